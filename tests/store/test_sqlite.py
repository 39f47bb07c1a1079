"""The SQLite archive: migrations, idempotency, transactions, Arabic-aware search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dragoman.errors import NotFound, StoreError
from dragoman.model import Article, Block, Entity, Mention, Quote
from dragoman.store.migrations import MIGRATIONS
from dragoman.store.sqlite import SQLiteStore, fts_query


def _article(aid: str = "t1", text: str = "أكد الأمينُ العام أن الحلفَ سيحمي أراضي الحلفاء.",
             **kw: object) -> Article:
    return Article(id=aid, source="test", text=text, title=kw.pop("title", "عنوان"),  # type: ignore[arg-type]
                   language=kw.pop("language", "ar"), **kw)  # type: ignore[arg-type]


@pytest.fixture
def store() -> SQLiteStore:
    return SQLiteStore(":memory:")


def test_migrations_bring_schema_to_latest(store: SQLiteStore) -> None:
    version = store.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS) == store.schema_version


def test_roundtrip_keeps_every_field(store: SQLiteStore) -> None:
    text = "Jens Stoltenberg said: “We will defend every inch.”"
    art = _article("t2", text, title="T", language="en", authors=["A B"],
                   published="2024-05-25T23:53:00", published_confidence=0.9,
                   blocks=[Block(0, len(text))], sentences=[(0, len(text))])
    art.mentions = [Mention(0, 16, "Jens Stoltenberg", "PER", "e1")]
    art.entities = [Entity("e1", "Jens Stoltenberg", "PER", {"ar": "ينس ستولتنبرغ"})]
    art.quotes = [Quote(24, 50, text[24:50], True, "said", speaker_id="e1",
                        speaker_name="Jens Stoltenberg")]
    assert store.put_article(art)
    got = store.get_article("t2")
    assert got == art


def test_idempotent_by_id_and_url(store: SQLiteStore) -> None:
    assert store.put_article(_article("t1"))
    assert not store.put_article(_article("t1"))
    assert store.put_article(_article("u1", "other text", url="https://x.org/a"))
    assert not store.put_article(_article("u2", "changed text", url="https://x.org/a"))
    assert store.count_articles() == 2


def test_failed_write_leaves_nothing(store: SQLiteStore) -> None:
    art = _article("t9")
    art.quotes = [Quote(0, 4, "text", True), Quote(0, 4, "text", True)]
    art.mentions = [Mention(0, 3, "abc", "PER")]
    art.entities = [Entity("e", "n", "PER")]
    original = store._put_facts

    def explode(article: Article) -> None:
        original(article)
        raise RuntimeError("disk full")

    store._put_facts = explode  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        store.put_article(art)
    assert store.count_articles() == 0
    for table in ("articles_fts", "mentions", "quotes", "entities"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_arabic_search_folds_letter_variants(store: SQLiteStore) -> None:
    store.put_article(_article("t1"))
    store.put_article(_article("t2", "The harbour reopened on Thursday.", title="Port", language="en"))
    for query in ("اراضي", "أراضي", "الامين", "الحلف", "الأمينُ"):
        assert [h.article_id for h in store.search(query)] == ["t1"], query
    hit = store.search("اراضي")[0]
    assert "أراضي" in hit.snippet  # displayed text is the original
    assert store.search("harbour", lang="ar") == []
    assert [h.article_id for h in store.search("harbour", lang="en")] == ["t2"]


def test_query_syntax_is_neutralised(store: SQLiteStore) -> None:
    store.put_article(_article("t1"))
    for query in ('"', "AND OR NOT", "a:b", "(*)", "NEAR(", "-"):
        store.search(query)  # no sqlite3.OperationalError
    assert fts_query('اراضي "OR" x*') == '"اراضي" "or" "x"*'


def test_get_by_prefix_and_not_found(store: SQLiteStore) -> None:
    store.put_article(_article("t123"))
    store.put_article(_article("t124", "x y z"))
    assert store.get_article("t123").id == "t123"
    with pytest.raises(NotFound, match="more than one"):
        store.get_article("t12")
    with pytest.raises(NotFound, match="no article"):
        store.get_article("zzz")


def test_file_archive_uses_wal_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = SQLiteStore(path)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.put_article(_article("t1"))
    store.close()
    again = SQLiteStore(path)
    assert again.count_articles() == 1


def test_unusable_locations_raise_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        SQLiteStore(tmp_path / "no" / "such" / "dir.db")
    (tmp_path / "junk.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open archive"):
        SQLiteStore(tmp_path / "junk.db")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer than this Dragoman"):
        SQLiteStore(path)
