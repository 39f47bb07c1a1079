"""Where ingest time goes: per-stage seconds and cProfile's top functions.

Ingests real pages (default: the Fundus evaluation pages under ../shared/data, else the
bundled samples) into a temporary archive in this process, under cProfile, then prints the
seconds of each pipeline stage and of the steps after it (dedup, store, stories,
statements) and the functions with the most cumulative and own time.

    python -m bench.profile [PATH ...] [--limit 40] [--top 25] [--no-stories]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FUNDUS_HTML = ROOT.parent / "shared" / "data" / "extraction" / "fundus-eval" / "dataset" / "html"
SAMPLES = ROOT / "src" / "dragoman" / "data" / "samples"


def default_paths(limit: int) -> list[str]:
    folder = FUNDUS_HTML if FUNDUS_HTML.is_dir() else SAMPLES
    return [str(p) for p in sorted(folder.iterdir()) if p.is_file()][:limit]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="pages, folders (default: Fundus pages or the samples)")
    ap.add_argument("--limit", type=int, default=40, help="at most this many default pages")
    ap.add_argument("--top", type=int, default=25, help="functions listed per table")
    ap.add_argument("--no-stories", action="store_true", help="leave out story placement")
    args = ap.parse_args(argv)
    if args.no_stories:
        os.environ["DRAGOMAN_STORIES"] = "0"
    from dragoman.archive import Archive

    paths = args.paths or default_paths(args.limit)
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp, Archive(str(Path(tmp) / "profile.db")) as archive:
        t0 = time.perf_counter()
        profiler.enable()
        report = archive.ingest(paths)
        profiler.disable()
        wall = time.perf_counter() - t0
    print(f"{len(report.added)} articles, {len(report.failures)} failed, {wall:.2f} s wall "
          f"(load average {os.getloadavg()[0]:.1f})")
    print("per stage (seconds):")
    for st in report.stages:
        print(f"  {st.name:<12} {st.seconds:8.3f}  {st.records_out:>5} out {st.failures:>4} failed")
    for step, seconds in report.steps.items():
        print(f"  {step:<12} {seconds:8.3f}")
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(args.top)
        text = out.getvalue()
        print(f"\ntop {args.top} functions by {order} time:")
        print(text[max(text.find("   ncalls"), 0):])


if __name__ == "__main__":
    main()
