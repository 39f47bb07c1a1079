"""Compression bombs and oversized inputs cost one input, bounded memory, never the batch."""

from __future__ import annotations

import functools
import gzip
import io
import json
import sys
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dragoman.model import Failure, RawPage
from dragoman.sources import DEFAULT_MAX_BYTES, read_paths

ARTICLE = (
    "Ferry Service Resumes on the Northern Route\n\n"
    "The ferry between Kessel and the northern islands sailed again on Monday after repairs "
    "to the harbour ramp, the operator said.\n\n"
    "Passengers who had waited for a week were given priority on the first crossing.\n"
)
# Peak Python allocation allowed while a bomb is read. The default page limit is 10 MiB;
# the bombs inflate to 64-200 MiB, so a reader that inflates everything goes far past it.
PEAK_BOUND_BYTES = 48 * 1024 * 1024


def _zeros_member(size: int, level: int = 9) -> bytes:
    """One gzip member inflating to ``size`` zero bytes, compressed in 1 MiB steps."""
    packer = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(size >> 20)]
    return b"".join(parts) + packer.flush()


def _concatenated_bomb(members: int = 200) -> bytes:
    return _zeros_member(1 << 20) * members  # 200 members of 1 MiB each: ~200 KB on disk


@functools.cache
def _single_member_bomb() -> bytes:
    return _zeros_member(64 << 20, level=1)


def _peak(run: Callable[[], list[RawPage | Failure]]) -> tuple[list[RawPage | Failure], int]:
    tracemalloc.start()
    try:
        records = run()
        return records, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _read(*paths: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawPage | Failure]:
    return list(read_paths([str(p) for p in paths], max_bytes=max_bytes))


@pytest.mark.parametrize("make_bomb", [_concatenated_bomb, _single_member_bomb])
@pytest.mark.parametrize("name", ["bomb.txt.gz", "bomb.jsonl.gz", "bomb.gz"])
def test_gzip_bomb_is_refused_in_bounded_memory_and_the_next_file_is_read(
    tmp_path: Path, name: str, make_bomb: Callable[[], bytes]
) -> None:
    (tmp_path / "a").mkdir()
    bomb = tmp_path / "a" / name
    bomb.write_bytes(make_bomb())
    good = tmp_path / "b_good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    records, peak = _peak(lambda: _read(tmp_path / "a", good))
    assert peak < PEAK_BOUND_BYTES, f"peak {peak / 2**20:.0f} MiB while reading a bomb"
    failures = [r for r in records if isinstance(r, Failure)]
    assert len(failures) == 1 and failures[0].source.startswith(str(bomb))
    assert "compression bomb" in failures[0].reason or "over the limit" in failures[0].reason
    pages = [r for r in records if isinstance(r, RawPage)]
    assert [p.source for p in pages] == [str(good)] and "Kessel" in pages[0].content


def test_several_bombs_in_a_row_then_good_files(tmp_path: Path) -> None:
    bomb = _concatenated_bomb()
    for i in range(3):
        (tmp_path / f"{i}_bomb.html.gz").write_bytes(bomb)
    (tmp_path / "4_good.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    records, peak = _peak(lambda: _read(tmp_path))
    assert peak < PEAK_BOUND_BYTES
    assert [type(r).__name__ for r in records] == ["Failure"] * 3 + ["RawPage"]


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_bomb_on_stdin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(_concatenated_bomb()))
    records, peak = _peak(lambda: list(read_paths(["-"])))
    assert peak < PEAK_BOUND_BYTES
    assert len(records) == 1 and isinstance(records[0], Failure) and records[0].source == "stdin"


def test_multi_member_gzip_is_read_whole(tmp_path: Path) -> None:
    half = len(ARTICLE) // 2
    path = tmp_path / "two.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE[:half].encode()) + gzip.compress(ARTICLE[half:].encode()))
    (page,) = _read(path)
    assert isinstance(page, RawPage) and page.content == ARTICLE


def test_truncated_gzip_is_one_failure_naming_the_file(tmp_path: Path) -> None:
    data = gzip.compress((ARTICLE * 50).encode())
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    (failure,) = _read(path)
    assert isinstance(failure, Failure) and failure.source == str(path)
    assert "truncated gzip" in failure.reason


def _jsonl_rows(count: int, words: int) -> Iterator[str]:
    for i in range(count):
        body = f"Report number {i} from the coastal town. " + "tide " * words
        yield json.dumps({"url": f"https://news.example/{i}", "text": body})


@pytest.mark.parametrize("compressed", [False, True])
def test_jsonl_larger_than_the_limit_is_read_record_by_record(tmp_path: Path, compressed: bool) -> None:
    rows = list(_jsonl_rows(40, words=50))  # each ~330 bytes, ~13 KB in all
    rows.insert(7, json.dumps({"url": "https://news.example/huge", "text": "wave " * 1000}))
    data = ("\n".join(rows) + "\n").encode()
    path = tmp_path / ("dump.jsonl.gz" if compressed else "dump.jsonl")
    path.write_bytes(gzip.compress(data) if compressed else data)
    assert len(data) > 2000
    records = _read(path, max_bytes=2000)
    failures = [r for r in records if isinstance(r, Failure)]
    assert [(f.source, f.reason) for f in failures] == [
        (f"{path}:8", f"record is {len(rows[7])} bytes, over the limit of 2000 bytes")
    ]
    pages = [r for r in records if isinstance(r, RawPage)]
    assert len(pages) == 40 and pages[-1].source == f"{path}:41"


def test_jsonl_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for row in _jsonl_rows(2500, words=200):  # ~2.7 MB
            out.write(row + "\n")

    def count() -> list[RawPage | Failure]:
        seen = 0
        for record in read_paths([str(path)], max_bytes=4000):
            assert isinstance(record, RawPage)
            seen += 1
        assert seen == 2500
        return []

    _, peak = _peak(count)
    assert peak < path.stat().st_size // 4, "the JSONL file was held in memory"
