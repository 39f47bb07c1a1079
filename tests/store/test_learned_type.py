"""A learned entity's stored type follows the linker's latest vote; an analyst's retype wins
over later articles, and its undo brings back the linker's latest answer (both backends)."""

from __future__ import annotations

from typing import Any

from dragoman.entities.memory import Memory
from dragoman.model import Article, Entity, EntityType, Mention

# Original text: a made-up scripting tool.
TEXT = "Install Quillet first. Quillet scripts run anywhere."


def _article(aid: str, label: EntityType) -> Article:
    return Article(id=aid, source="test", text=TEXT, title=aid, language="en",
                   mentions=[Mention(8, 15, "Quillet", label, "x-quillet"),
                             Mention(23, 30, "Quillet", label, "x-quillet")],
                   entities=[Entity("x-quillet", "Quillet", label, {}, ["Quillet"])])


def _type(s: Any) -> str:
    return next(str(r["type"]) for r in s.entity_counts() if r["id"] == "x-quillet")


def test_stored_type_follows_the_latest_vote_and_a_retype_wins(store: Any) -> None:
    s: Any = store
    s.put_article(_article("a1", "LOC"))
    assert _type(s) == "LOC"
    s.put_article(_article("a2", "MISC"))
    assert _type(s) == "MISC"  # no longer the founding article's type
    retype = s.add_correction("retype", "x-quillet", type="org", reason="a company")
    s.put_article(_article("a3", "LOC"))
    assert _type(s) == "ORG"
    s.undo_correction(retype.id)
    assert _type(s) == "LOC"  # the linker's answer as of the latest article


def test_mentions_vote_by_number() -> None:
    memory = Memory()
    memory.remember("x-quillet", "LOC", "Quillet", "Quillet")
    memory.weigh_mentions([Mention(0, 7, "Quillet", "LOC", "x-quillet")])
    memory.weigh_mentions([Mention(0, 7, "Quillet", "MISC", "x-quillet")] * 3
                          + [Mention(0, 7, "Quillet", "MISC", "kb-id")])
    assert memory.types["x-quillet"] == "MISC"
    assert "kb-id" not in memory.types  # KB entities keep the knowledge base's type
