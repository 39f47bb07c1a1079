"""Truncated, garbage and oversized WARC input: reported per record, never stored as complete."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.archive import Archive
from dragoman.cli import main
from dragoman.model import Failure, RawPage
from dragoman.settings import Settings
from dragoman.sources import read_paths
from dragoman.sources.warc import read_warc
from tests.support import make_articles, write_warc

FETCHED = datetime(2024, 6, 1, 12, tzinfo=UTC)
NAMES = ["crawl.warc", "crawl.warc.gz"]


def _cut_inside_last_page(tmp_path: Path, name: str) -> tuple[Path, Path, list[str]]:
    """A complete WARC of three pages and a copy cut in the middle of the third page's body."""
    pages = make_articles(3, seed=21)
    full = write_warc(pages, tmp_path / f"full-{name}", fetched=FETCHED, noise=False)
    data = full.read_bytes()
    last_page_start = data.rindex(b"WARC/1.0") if name.endswith(".warc") else _last_member(data)
    cut = tmp_path / f"cut-{name}"
    cut.write_bytes(data[: last_page_start + (len(data) - last_page_start) // 2])
    return full, cut, [p.url for p in pages]


def _last_member(data: bytes) -> int:
    return data.rindex(b"\x1f\x8b\x08")


@pytest.mark.parametrize("name", NAMES)
def test_truncated_record_is_a_failure_naming_file_record_and_url(tmp_path: Path, name: str) -> None:
    _, cut, urls = _cut_inside_last_page(tmp_path, name)
    records = list(read_warc(cut, max_bytes=10_000_000))
    assert [r.url for r in records if isinstance(r, RawPage)] == urls[:2]
    failures = [r for r in records if isinstance(r, Failure)]
    assert len(failures) == 1
    assert failures[0].source == f"{cut}#3"
    assert failures[0].reason.startswith("truncated") and urls[2] in failures[0].reason


@pytest.mark.parametrize("name", NAMES)
def test_a_cut_copy_does_not_shadow_the_complete_one(
    tmp_path: Path, name: str
) -> None:
    full, cut, urls = _cut_inside_last_page(tmp_path, name)
    # stories play no part here
    with Archive(str(tmp_path / "x.db"), settings=Settings(stories=False)) as archive:
        first = archive.ingest([str(cut)])
        assert len(first.added) == 2 and len(first.failures) == 1 and not first.ok
        second = archive.ingest([str(full)])
        assert len(second.added) == 1 and len(second.existing) == 2
        stored = archive.get(second.added[0])
        assert stored.url == urls[2]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("keep", [30, 300, -40])  # inside the first header, the second record, the end
def test_a_file_cut_anywhere_reports_the_cut(tmp_path: Path, name: str, keep: int) -> None:
    full = write_warc(make_articles(2, seed=22), tmp_path / name, fetched=FETCHED)  # with noise records
    data = full.read_bytes()
    full.write_bytes(data[:keep])
    records = list(read_paths([str(full)]))
    failures = [r for r in records if isinstance(r, Failure)]
    assert len(failures) == 1 and failures[0].source.startswith(str(full))
    assert failures[0].reason.startswith(("truncated", "no WARC record found"))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("content", [b"<html><body>a web page, not an archive</body></html>\n" * 10,
                                     b"\x00\x01\x02\x03" * 500, b""])  # fmt: skip
def test_garbage_is_a_clear_error(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (failure,) = read_paths([str(path)])
    assert isinstance(failure, Failure) and failure.source == str(path)
    assert failure.reason.startswith(("not a WARC file", "empty file", "no WARC record found"))


@pytest.mark.parametrize("name", NAMES)
def test_garbage_after_good_records_keeps_them_and_reports_the_rest(tmp_path: Path, name: str) -> None:
    full = write_warc(make_articles(2, seed=23), tmp_path / name, fetched=FETCHED, noise=False)
    full.write_bytes(full.read_bytes() + b"trailing junk that is not a record\r\n" * 10)
    records = list(read_paths([str(full)]))
    assert [type(r).__name__ for r in records] == ["RawPage", "RawPage", "Failure"]
    assert "unreadable WARC data after record 2" in records[2].reason  # type: ignore[union-attr]


def test_record_over_the_limit_is_refused_alone(tmp_path: Path) -> None:
    pages = make_articles(3, seed=24)
    path = write_warc(pages, tmp_path / "a.warc.gz", fetched=FETCHED, noise=False)
    sizes = [len(r.content.encode()) for r in read_warc(path, 10_000_000) if isinstance(r, RawPage)]
    limit = sorted(sizes)[1]  # the largest page is over it, the two others are not
    records = list(read_warc(path, limit))
    assert sum(isinstance(r, RawPage) for r in records) == 2
    (failure,) = [r for r in records if isinstance(r, Failure)]
    assert f"over the limit of {limit} bytes" in failure.reason and failure.source.startswith(f"{path}#")


def test_ingest_of_a_cut_warc_exits_1_with_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAGOMAN_STORIES", "0")
    _, cut, urls = _cut_inside_last_page(tmp_path, "crawl.warc.gz")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "ingest", str(cut)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {cut}#3: truncated") and urls[2] in errors[0]
