"""CPU seconds of the statement step after each of several ingests into one archive.

Ingests the real pages of ``bench.realpages`` (``--pages``, default 150: the 80 Fundus
evaluation pages and the first 70 htmldate-eval pages) in ``--batches`` equal ingests into a
new SQLite archive, one process, and prints the CPU seconds (``time.process_time``) of
``update_statements`` after each: the regrouping from the earliest new quotation on, with
only comparable quotations embedded (``dragoman.statements``). Says so and does nothing when
the pages are absent.

    python -m bench.statements_cost [--pages 150] [--batches 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any


def run(pages: int, batches: int) -> list[float] | None:
    from bench.realpages import page_files
    from dragoman import statements
    from dragoman.archive import Archive
    from dragoman.model import RawPage
    from dragoman.sources import read_paths

    files = page_files(pages)
    if not files:
        return None
    raw = [r for r in read_paths([str(p) for p in files]) if isinstance(r, RawPage)]
    seconds: list[float] = []
    update = statements.update_statements

    def timed(*args: Any, **kwargs: Any) -> int:
        started = time.process_time()
        try:
            return update(*args, **kwargs)
        finally:
            seconds.append(time.process_time() - started)

    statements.update_statements = timed  # type: ignore[assignment]  # the archive's import
    try:
        size = -(-len(raw) // batches)
        with tempfile.TemporaryDirectory() as tmp, Archive(str(Path(tmp) / "s.db")) as archive:
            for i in range(0, len(raw), size):
                archive.ingest(raw[i : i + size], workers=1)
    finally:
        statements.update_statements = update  # type: ignore[assignment]
    return seconds


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=150)
    ap.add_argument("--batches", type=int, default=2)
    args = ap.parse_args(argv)
    load = os.getloadavg()[0]
    seconds = run(args.pages, args.batches)
    if seconds is None:
        print("skipped: no real pages under ../shared/data")
        return
    print(f"statements CPU seconds per ingest: {[round(s, 3) for s in seconds]} "
          f"(load average {load:.1f} before, {os.getloadavg()[0]:.1f} after)")


if __name__ == "__main__":
    main()
