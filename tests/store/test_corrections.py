"""Analyst corrections (merge, split, rename, retype, not an entity) on both backends: each
changes what the entity queries return, survives re-ingest and new articles, is listed with
when and why, and undo restores the linker's answer."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.errors import NotFound
from dragoman.model import Article, Entity, Mention, Quote
from dragoman.store.corrections import CorrectionError

# Original fixture text: the harbour master of a made-up port town.
TEXT = "Mira Halvorsen met the Port Authority. Halvorsen said the quay is closed."


def _article(aid: str, first: str = "Q-mira", second: str = "L-halvorsen") -> Article:
    """Mentions: 'Mira Halvorsen' (0-14) → first, 'Port Authority' (23-37) → ORG,
    'Halvorsen' (39-48) → second, who is quoted."""
    ents = {first: Entity(first, "Mira Halvorsen", "PER", {"en": "Mira Halvorsen"}, ["Mira Halvorsen"]),
            "Q-port": Entity("Q-port", "Port Authority", "ORG"),
            second: Entity(second, "Halvorsen", "PER", {}, ["Halvorsen"])}
    return Article(
        id=aid, source="test", text=TEXT, title=aid, language="en",
        mentions=[Mention(0, 14, "Mira Halvorsen", "PER", first),
                  Mention(23, 37, "Port Authority", "ORG", "Q-port"),
                  Mention(39, 48, "Halvorsen", "PER", second)],
        entities=list(ents.values()),
        quotes=[Quote(text="the quay is closed", start=54, end=72, direct=False, cue="said",
                      speaker_text="Halvorsen", speaker_start=39, speaker_end=48, speaker_id=second,
                      speaker_name="Halvorsen")],
    )


def _counts(store: Any) -> dict[str, tuple[str, str, int, int]]:
    return {r["id"]: (r["name"], r["type"], r["articles"], r["mentions"])
            for r in store.entity_counts()}


def test_merge_survives_new_articles_and_undo_restores(store: Any) -> None:
    s: Any = store
    s.put_article(_article("a1"))
    before = _counts(s)
    assert before["L-halvorsen"][3] == 1 and before["Q-mira"][3] == 1
    merge = s.add_correction("merge", "Q-mira", other_id="L-halvorsen",
                             reason="same harbour master")
    after = _counts(s)
    assert "L-halvorsen" not in after and after["Q-mira"][3] == 2
    assert s.find_entity_ids("Halvorsen") == ["Q-mira"]
    assert [q.quote.speaker_id for q in s.find_quotes()] == ["Q-mira"]
    # Re-ingest of the same article and a new article linked the old way: still merged.
    s.put_article(_article("a1"))
    s.put_article(_article("a2"))
    assert "L-halvorsen" not in _counts(s) and _counts(s)["Q-mira"][2:] == (2, 4)
    assert s.get_article("a2").mentions[2].entity_id == "Q-mira"
    listed = s.list_corrections("L-halvorsen")
    assert [(c.kind, c.reason) for c in listed] == [("merge", "same harbour master")]
    assert listed[0].created_at and listed[0].undone_at is None
    s.undo_correction(merge.id)
    assert _counts(s)["L-halvorsen"][2:] == (2, 2)
    assert s.list_corrections()[0].undone_at is not None
    with pytest.raises(CorrectionError, match="already undone"):
        s.undo_correction(merge.id)


def test_rename_retype_not_entity_and_split(store: Any) -> None:
    s: Any = store
    s.put_article(_article("a1"))
    s.put_article(_article("a2"))
    s.add_correction("rename", "Q-port", name="Harbour Board", reason="official name")
    retype = s.add_correction("retype", "Q-port", type="loc")
    assert _counts(s)["Q-port"][:2] == ("Harbour Board", "LOC")
    s.undo_correction(retype.id)
    assert _counts(s)["Q-port"][:2] == ("Harbour Board", "ORG")
    split = s.add_correction("split", "Q-mira", article_id="a2", name="Mira Halvorsen (mayor)")
    counts = _counts(s)
    assert counts["Q-mira"][2:] == (1, 1)
    assert counts[split.split_id] == ("Mira Halvorsen (mayor)", "PER", 1, 1)
    by_mention = s.add_correction("split", "L-halvorsen", article_id="a1", start=39, end=48)
    assert s.get_article("a1").quotes[0].speaker_id == by_mention.split_id
    s.add_correction("not_entity", "L-halvorsen", reason="not a person here")
    assert "L-halvorsen" not in _counts(s)
    mention = s.get_article("a2").mentions[2]
    assert (mention.start, mention.end, mention.entity_id) == (39, 48, None)
    s.put_article(_article("a3"))
    assert s.get_article("a3").mentions[2].entity_id is None
    for c in s.list_corrections(include_undone=False):
        s.undo_correction(c.id)
    counts = _counts(s)
    assert counts["Q-port"][:2] == ("Port Authority", "ORG") and split.split_id not in counts
    assert counts["L-halvorsen"][2:] == (3, 3) and counts["Q-mira"][2:] == (3, 3)


def test_bad_corrections_name_the_input(store: Any) -> None:
    s: Any = store
    s.put_article(_article("a1"))
    with pytest.raises(NotFound, match="no entity with id 'Q-nobody'"):
        s.add_correction("rename", "Q-nobody", name="X")
    with pytest.raises(NotFound, match="no entity with id 'Q-nobody'"):
        s.add_correction("merge", "Q-mira", other_id="Q-nobody")
    with pytest.raises(CorrectionError, match="into itself"):
        s.add_correction("merge", "Q-mira", other_id="Q-mira")
    with pytest.raises(CorrectionError, match="unknown type 'CITY'"):
        s.add_correction("retype", "Q-mira", type="CITY")
    with pytest.raises(NotFound, match="no mention in article 'zz'"):
        s.add_correction("split", "Q-mira", article_id="zz")
    with pytest.raises(NotFound, match="no correction with id 99"):
        s.undo_correction(99)
    assert s.list_corrections() == []
