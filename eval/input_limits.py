"""Cost of hostile and large inputs for the readers in sources/ (figures for the README).

Measures, with tracemalloc, the peak Python memory and the time to read: a gzip bomb
inflating to 1 GiB (concatenated members), a 64 MiB single-member bomb, a 50 MB JSONL of
small records, and a WARC.gz of 2,000 generated pages (timed without tracing).
Usage: python eval/input_limits.py
"""

from __future__ import annotations

import json
import tempfile
import time
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

from tests.support import make_articles, write_warc

from dragoman.model import Failure, RawPage
from dragoman.sources import read_paths


def _member(size: int, level: int) -> bytes:
    packer = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return b"".join(packer.compress(bytes(1 << 20)) for _ in range(size >> 20)) + packer.flush()


def _measure(label: str, path: Path, check: Callable[[list[str]], None]) -> None:
    started = time.perf_counter()
    check([type(r).__name__ for r in read_paths([str(path)])])
    seconds = time.perf_counter() - started  # timed without tracemalloc, which slows Python down
    tracemalloc.start()
    check([type(r).__name__ for r in read_paths([str(path)])])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    size = path.stat().st_size
    print(f"{label:<44} {size / 1e6:8.1f} MB on disk  peak {peak / 2**20:6.1f} MiB  {seconds:6.2f} s")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        bomb = root / "bomb.html.gz"
        bomb.write_bytes(_member(1 << 20, 9) * 1024)
        _measure("gzip bomb, 1 GiB in 1,024 members", bomb, _expect([Failure.__name__]))
        single = root / "single.jsonl.gz"
        single.write_bytes(_member(64 << 20, 1))
        _measure("gzip bomb, 64 MiB in one member, as JSONL", single, _expect([Failure.__name__]))
        dump = root / "dump.jsonl"
        with dump.open("w") as out:
            for i in range(25_000):
                out.write(json.dumps({"url": f"https://n.example/{i}", "text": "word " * 400}) + "\n")
        _measure("JSONL, 25,000 records of 2 KB", dump, _expect([RawPage.__name__] * 25_000))
        warc = write_warc(make_articles(2000, seed=3), root / "crawl.warc.gz")
        _measure("WARC.gz, 2,000 pages (+ noise records)", warc, _expect([RawPage.__name__] * 2000))


def _expect(expected: list[str]) -> Callable[[list[str]], None]:
    def check(kinds: list[str]) -> None:
        if kinds != expected:
            raise SystemExit(f"unexpected records: {kinds[:5]} … ({len(kinds)})")

    return check


if __name__ == "__main__":
    main()
