"""The SQL store's incremental statement queries: regrouping from the earliest new quotation
after each ingest stores the grouping a whole regrouping of the archive gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import dragoman
from dragoman.model import Article, Quote
from dragoman.statements import update_statements
from tests.quotes.test_statements_incremental import _Embedder, _stream
from tests.store.conftest import pg_schema


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty archive (a file, or a schema on the PostgreSQL test server)."""
    if request.param == "sqlite":
        yield str(tmp_path / "a.db")
        return
    with pg_schema() as url:
        yield url


def _articles(rows: list[dict[str, Any]]) -> list[Article]:
    by_id: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_id.setdefault(row["article_id"], []).append(row)
    return [Article(id=aid, source=aid, text="x" * 200, language="en",
                    published=parts[0]["published"], title=aid,
                    quotes=[Quote(r["start"], r["end"], r["text"], True, "said", r["cue_start"],
                                  speaker_id=r["speaker_id"], speaker_name=r["speaker_id"])
                            for r in parts])
            for aid, parts in by_id.items()]


class _WholeOnly:
    """The store seen without its incremental queries: every call regroups the archive."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.rows: dict[tuple[Any, Any, Any], Any] | None = None

    def statement_sources(self) -> list[dict[str, Any]]:
        return self.store.statement_sources()  # type: ignore[no-any-return]

    def replace_statements(self, rows: Any) -> None:
        self.rows = {(a, s, e): sid for a, s, e, sid in rows}


@pytest.mark.parametrize("seed", [2, 3])  # with late arrivals and undated articles
def test_incremental_regrouping_in_the_store_equals_the_whole_archive_grouping(
        location: str, seed: int) -> None:
    batches = _stream(seed, shuffled=True)
    with dragoman.Archive(location) as archive:
        store, whole = archive.store, 0
        replace = store.replace_statements

        def counted(rows: Any, replace: Any = replace) -> None:
            nonlocal whole
            whole += 1
            replace(rows)

        store.replace_statements = counted  # type: ignore[method-assign]
        embedder = _Embedder()
        for batch in batches:
            for article in _articles(batch):
                store.put_article(article)
            assert store.ungrouped_statement_day() is not None
            update_statements(store, embedder)
            assert store.ungrouped_statement_day() is None
        assert whole == 0  # every regrouping was incremental
        keys = [(r["article_id"], r["start"], r["end"]) for r in store.statement_sources()]
        full = _WholeOnly(store)
        update_statements(full, _Embedder())  # type: ignore[arg-type]
        assert full.rows and store.statement_ids(keys) == full.rows
        assert len(set(full.rows.values())) < len(keys)  # some statements were joined


def test_a_quotation_that_lost_its_speaker_forces_a_whole_regrouping(location: str) -> None:
    with dragoman.Archive(location) as archive:
        store = archive.store
        for article in _articles([r for b in _stream(1, shuffled=False)[:2] for r in b]):
            store.put_article(article)
        update_statements(store, _Embedder())

        def rows_of_a0000() -> int:
            found = store._q("SELECT COUNT(*) AS n FROM statement_quotes WHERE article_id = 'a0000'")
            return int(next(iter(found))["n"])

        assert rows_of_a0000() > 0
        with store._write():
            store._q("UPDATE quotes SET speaker_id = NULL WHERE article_id = 'a0000'")
        assert store.statements_stale() and store.ungrouped_statement_day() is None
        update_statements(store, _Embedder())  # the whole grouping, without a0000
        assert rows_of_a0000() == 0 and not store.statements_stale()


def _grouped_archive(archive: Any, batches: int) -> Any:
    store = archive.store
    for article in _articles([r for b in _stream(1, shuffled=False)[:batches] for r in b]):
        store.put_article(article)
    update_statements(store, _Embedder())
    assert store.ungrouped_statement_day() is None
    return store


def _drop_statement_rows(store: Any, article_id: str) -> None:
    with store._write():
        store._q(f"DELETE FROM statement_quotes WHERE article_id = {store.dialect.param}",
                 (article_id,))


def test_a_quotation_that_lost_its_speaker_is_seen_while_new_ones_wait(location: str) -> None:
    with dragoman.Archive(location) as archive:
        store = _grouped_archive(archive, 1)
        for article in _articles(_stream(1, shuffled=False)[1]):
            store.put_article(article)
        assert store.ungrouped_statement_day() is not None  # the new batch
        with store._write():
            store._q("UPDATE quotes SET speaker_id = NULL WHERE article_id = 'a0000'")
        assert store.ungrouped_statement_day() is None  # the orphan wins: a whole regrouping


def test_a_quotation_gone_from_a_kept_article_forces_a_whole_regrouping(location: str) -> None:
    with dragoman.Archive(location) as archive:
        store = _grouped_archive(archive, 2)
        with store._write():
            store._q("DELETE FROM quotes WHERE article_id = 'a0001'")
        assert store.statements_stale() and store.ungrouped_statement_day() is None
        for article in _articles(_stream(1, shuffled=False)[2]):
            store.put_article(article)  # new quotations do not hide the gone one
        assert store.ungrouped_statement_day() is None


def test_an_older_article_without_statements_is_found_behind_the_last_ingest(
        location: str) -> None:
    with dragoman.Archive(location) as archive:
        store = _grouped_archive(archive, 2)
        p = store.dialect.param
        ids = [r["id"] for r in store._q("SELECT id FROM articles ORDER BY rowid")]
        counts = {aid: int(next(iter(store._q(
            f"SELECT count(*) AS n FROM statement_quotes WHERE article_id = {p}", (aid,))))["n"])
            for aid in ids}
        old = next(aid for aid in ids[: len(ids) // 2] if counts[aid])
        _drop_statement_rows(store, old)  # an older article whose grouping was lost
        day = store.ungrouped_statement_day()
        published = next(iter(store._q(f"SELECT published FROM articles WHERE id = {p}",
                                       (old,))))["published"]
        earliest = min((r["published"] or "" for r in store.statement_sources()
                        if r["article_id"] == old), default=None)
        assert day == (published or "") == earliest
        update_statements(store, _Embedder())
        assert store.ungrouped_statement_day() is None and not store.statements_stale()


def test_sources_since_are_the_filtered_whole_sources_in_date_order(location: str) -> None:
    with dragoman.Archive(location) as archive:
        store = _grouped_archive(archive, 3)
        whole = store.statement_sources()
        undated = {r["speaker_id"] for r in whole if r["published"] is None}
        dates = sorted({r["published"] for r in whole if r["published"]})
        assert undated and len(dates) > 2
        for day in (None, dates[len(dates) // 2], dates[-1] + "x"):
            expected = [r for r in whole if r["published"] is None or r["speaker_id"] in undated
                        or (day is not None and r["published"] >= day)]
            got = store.statement_sources_since(day)
            assert [{k: v for k, v in r.items() if k != "statement_id"} for r in got] == expected
            assert all(r["statement_id"] for r in got)
