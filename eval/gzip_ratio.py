"""Gzip inflate ratios of real inputs (calibrates sources.streams.MAX_INFLATE_RATIO).

Prints the compressed/inflated ratio of each bundled sample, of the pages of
tests/extract/pages, of the seeds (../shared/seeds, when present), of a JSONL of generated
articles, and of the worst case: one record repeated. Usage: python eval/gzip_ratio.py
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.support import make_articles, render_html

ROOT = Path(__file__).resolve().parents[1]


def ratio(data: bytes) -> float:
    return len(data) / len(gzip.compress(data))


def main() -> None:
    files = [*sorted((ROOT / "src/dragoman/data/samples").rglob("*.*")),
             *sorted((ROOT / "tests/extract/pages").glob("*")),
             *sorted((ROOT.parent / "shared/seeds").glob("*"))]  # fmt: skip
    ratios = [ratio(p.read_bytes()) for p in files if p.is_file()]
    print(f"{len(ratios)} single pages: {min(ratios):.1f}x - {max(ratios):.1f}x")
    pages = make_articles(2000, seed=5)
    rows = [json.dumps({"url": p.url, "html": render_html(p)}) for p in pages]
    print(f"JSONL of {len(rows)} generated HTML articles: {ratio(chr(10).join(rows).encode()):.1f}x")
    print(f"one record repeated 2000 times: {ratio(chr(10).join([rows[0]] * 2000).encode()):.0f}x")
    print(f"zeros (10 MiB): {ratio(bytes(10 << 20)):.0f}x")


if __name__ == "__main__":
    main()
