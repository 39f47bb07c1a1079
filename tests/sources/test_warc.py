"""WARC reading: only 2xx HTML response records become pages, with the WARC date as fetch time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from dragoman.archive import Archive
from dragoman.model import Failure, RawPage
from dragoman.sources import read_paths
from dragoman.sources.warc import read_warc
from tests.sources.conftest import NO_STORIES
from tests.support import make_articles, write_warc

FETCHED = datetime(2024, 6, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_yields_html_responses_only(tmp_path: Path, name: str) -> None:
    pages = make_articles(4, seed=11)
    path = write_warc(pages, tmp_path / name, fetched=FETCHED)  # with request/image/404 noise
    records = list(read_warc(path, max_bytes=10_000_000))
    assert all(isinstance(r, RawPage) for r in records)
    assert [r.url for r in records] == [p.url for p in pages]  # type: ignore[union-attr]
    assert {r.fetched_at for r in records} == {FETCHED}  # type: ignore[union-attr]
    assert pages[0].paragraphs[0][:60] in records[0].content  # type: ignore[union-attr]


def test_read_paths_dispatches_warc_and_ingest_stores_articles(tmp_path: Path) -> None:
    pages = make_articles(3, seed=12)
    write_warc(pages, tmp_path / "a.warc.gz", fetched=FETCHED)
    assert sum(isinstance(r, RawPage) for r in read_paths([str(tmp_path)])) == 3
    with Archive(str(tmp_path / "x.db"), settings=NO_STORIES) as archive:
        report = archive.ingest([str(tmp_path / "a.warc.gz")])
        assert len(report.added) == 3 and report.ok
        article = archive.get(report.added[0])
        assert article.fetched_at == FETCHED.isoformat()
        assert article.title == pages[0].title
        again = archive.ingest([str(tmp_path / "a.warc.gz")])
        assert not again.added and len(again.existing) == 3


def test_corrupt_warc_is_one_failure(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00not really gzip at all")
    records = list(read_paths([str(bad)]))
    assert len(records) <= 1
    assert all(isinstance(r, Failure) and "bad.warc.gz" in r.source for r in records)
