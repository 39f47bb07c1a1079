"""Near-duplicates: copies point at their original, the original lists its copies."""

from __future__ import annotations

from pathlib import Path

from dragoman.archive import Archive
from dragoman.dedup import NearDuplicateIndex, signature
from dragoman.identity import article_id
from tests.sources.conftest import NO_STORIES
from tests.support import make_articles, make_near_duplicates, write_warc


def test_index_finds_each_variant_and_no_false_match() -> None:
    originals = make_articles(40, seed=21)
    copies = make_near_duplicates(originals, 40, seed=22)
    index = NearDuplicateIndex()
    for page in originals:
        sig = signature(page.text)
        assert index.find_original(sig) is None  # distinct reports are not copies
        index.add(page.url, sig)
    found = {c.variant: 0 for c in copies}
    for copy in copies:
        if index.find_original(signature(copy.text)) == copy.original:
            found[copy.variant] += 1
    assert set(found) == {"edited", "retitled", "truncated", "edited+truncated"}
    assert sum(found.values()) >= 38


def test_short_texts_are_not_signed() -> None:
    assert signature("Too short to tell a copy from a coincidence.").empty


def test_archive_marks_copies_across_runs_and_sessions(tmp_path: Path) -> None:
    originals = make_articles(10, seed=23)
    copies = make_near_duplicates(originals, 6, seed=24)
    write_warc(originals, tmp_path / "orig.warc")
    write_warc(copies, tmp_path / "copies.warc.gz")
    db = str(tmp_path / "a.db")
    with Archive(db, settings=NO_STORIES) as archive:
        archive.ingest([str(tmp_path / "orig.warc")])
    # a new session reloads the persisted signatures
    with Archive(db, settings=NO_STORIES) as archive:
        report = archive.ingest([str(tmp_path / "copies.warc.gz")])
        assert len(report.added) == 6
        for copy in copies:
            article = archive.get(article_id(copy.url, ""))
            assert article.duplicate_of == article_id(copy.original, "")
        first = article_id(copies[0].original, "")
        assert article_id(copies[0].url, "") in archive.copies(first)
        assert archive.get(first).duplicate_of is None  # originals stay originals
        assert archive.stats()["articles"] == 16  # duplicates are kept
