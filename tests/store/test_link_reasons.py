"""Each mention's link reason and the person's role are stored (m010) on both backends: they
come back as written, an analyst's correction shows as the reason while it stands, and an
archive at schema version 9 is brought to version 10 with its mentions kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dragoman.model import Article, Entity, Mention
from dragoman.store import PostgresStore, SQLiteStore, open_store
from dragoman.store.migrations import MIGRATIONS
from tests.store.conftest import pg_schema

# Original fixture text: an envoy of a made-up country.
TEXT = "Ambassador Ines Varga arrived on Monday. Varga said the talks would resume."


def _article() -> Article:
    return Article(
        id="r1", source="test", text=TEXT, title="Talks", language="en",
        mentions=[Mention(11, 21, "Ines Varga", "PER", "L-varga", 0.91, "new", "Ambassador"),
                  Mention(41, 46, "Varga", "PER", "L-varga", 0.62, "referent"),
                  Mention(33, 39, "Monday", "MISC", None, 0.4)],
        entities=[Entity("L-varga", "Ines Varga", "PER", {"en": "Ines Varga"}, ["Ines Varga"])],
    )


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "archive.db")
        return
    with pg_schema() as url:
        yield url


def test_reason_and_role_round_trip(location: str) -> None:
    store = open_store(location)
    try:
        store.put_article(_article())
        got = {m.start: m for m in store.get_article("r1").mentions}
        assert (got[11].reason, got[11].role, got[11].score) == ("new", "Ambassador", 0.91)
        assert (got[41].reason, got[41].role, got[41].score) == ("referent", None, 0.62)
        assert (got[33].reason, got[33].role, got[33].entity_id) == ("", None, None)
        assert store.get_article("r1") == store.get_article("r1")  # stable
        assert sorted(store.get_article("r1").mentions, key=lambda m: m.start) == sorted(
            _article().mentions, key=lambda m: m.start)
    finally:
        store.close()


def test_a_correction_is_the_reason_while_it_stands(location: str) -> None:
    store = open_store(location)
    try:
        store.put_article(_article())
        fix = store.add_correction("split", "L-varga", article_id="r1", start=41, end=46,
                                   name="Varga (the minister)")
        by_start = {m.start: m for m in store.get_article("r1").mentions}
        assert (by_start[41].entity_id, by_start[41].reason) == (fix.split_id, "correction")
        assert by_start[11].reason == "new"  # untouched by the correction
        store.undo_correction(fix.id)
        by_start = {m.start: m for m in store.get_article("r1").mentions}
        assert (by_start[41].entity_id, by_start[41].reason) == ("L-varga", "referent")
    finally:
        store.close()


def _open(location: str, upto: int | None = None) -> Any:
    if location.startswith("postgresql"):
        return PostgresStore(location, schema_upto=upto)
    return SQLiteStore(location, schema_upto=upto)


def test_an_archive_at_version_9_is_migrated_to_10(location: str) -> None:
    old = _open(location, upto=9)
    assert old.schema_version == 9
    marks = old.dialect.marks
    with old._write():  # a linked mention as a version-9 archive held it: no reason, no role
        pg = location.startswith("postgresql")  # its full-text column is NOT NULL
        old._q("INSERT INTO articles (id, source, text, language" + (", search" if pg else "")
               + f") VALUES ({marks(4)}" + (", to_tsvector('simple', 'talks')" if pg else "")
               + ")", ("r9", "test", TEXT, "en"))
        old._q(f"INSERT INTO entities (id, name, type) VALUES ({marks(3)})",
               ("L-varga", "Ines Varga", "PER"))
        old._q('INSERT INTO mentions (article_id, start, "end", text, label, entity_id, score, '
               f"linked_id) VALUES ({marks(8)})",
               ("r9", 11, 21, "Ines Varga", "PER", "L-varga", 0.9, "L-varga"))
    columns = dict(old._q("SELECT * FROM mentions").fetchone())
    assert "reason" not in columns and "role" not in columns
    old.close()

    new = _open(location)
    try:
        assert new.schema_version == len(MIGRATIONS) == 10
        [mention] = new.get_article("r9").mentions
        assert (mention.entity_id, mention.score, mention.reason, mention.role) == (
            "L-varga", 0.9, "", None)
        new.put_article(_article())  # new rows keep theirs beside the old ones
        assert new.get_article("r1").mentions[0].role == "Ambassador"
    finally:
        new.close()
