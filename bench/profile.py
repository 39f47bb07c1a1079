"""Where ingest time goes: per-stage CPU seconds and cProfile's top functions.

Ingests real pages (default: the first ``--limit`` pages of ``bench.realpages``, the Fundus
evaluation pages then the htmldate-eval pages under ../shared/data, else the bundled samples)
into a temporary archive in this process (one worker), twice:

1. without a profiler, every stage clocked in CPU seconds (``time.process_time``: the
   pipeline's and the archive's stage clocks read this process's CPU time instead of the wall
   clock), beside the run's wall and CPU seconds and trafilatura's bare ``extract`` on the same
   pages in the same process (its CPU seconds, and the ratio ingest / trafilatura);
2. under cProfile (skipped with ``--no-cprofile``), into a second new archive: the functions
   with the most cumulative and own time. Imports and models are loaded by then, so this run
   shows the steady state and the first one the one-off costs too. cProfile inflates
   Python-level calls (2-3x on small functions): its tables say where to look, the first
   table how much.

    python -m bench.profile [PATH ...] [--limit 100] [--top 25] [--no-stories] [--save FILE]

On a shared machine CPU seconds are the figure to compare: the wall clock counts other jobs.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import tempfile
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "dragoman" / "data" / "samples"


def default_paths(limit: int) -> list[str]:
    from bench.realpages import page_files

    real = page_files(limit)
    return [str(p) for p in real] or [str(p) for p in sorted(SAMPLES.iterdir()) if p.is_file()][:limit]


@contextlib.contextmanager
def cpu_clocks() -> Iterator[None]:
    """Stage clocks (``pipeline/runner.py``, ``archive.py``) read CPU time while inside."""
    from dragoman import archive
    from dragoman.pipeline import runner

    cpu = types.SimpleNamespace(perf_counter=time.process_time)
    modules = (runner, archive)
    saved = [vars(m)["time"] for m in modules]
    for module in modules:
        setattr(module, "time", cpu)  # noqa: B010 - the modules' own name for the clock
    try:
        yield
    finally:
        for module, clock in zip(modules, saved, strict=True):
            setattr(module, "time", clock)  # noqa: B010


def ingest(paths: list[str], stories: bool, profiler: cProfile.Profile | None = None) -> dict[str, Any]:
    """One ingest into a new archive: wall and CPU seconds, stage seconds, the report."""
    from dragoman.archive import Archive
    from dragoman.model import RawPage
    from dragoman.settings import Settings
    from dragoman.sources import read_paths

    pages = [r for r in read_paths(paths) if isinstance(r, RawPage)]
    clocks = cpu_clocks() if profiler is None else contextlib.nullcontext()
    with tempfile.TemporaryDirectory() as tmp, clocks, Archive(
            str(Path(tmp) / "profile.db"), settings=Settings(stories=stories)) as archive:
        t0, c0 = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        report = archive.ingest(pages)
        if profiler is not None:
            profiler.disable()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    stages = {s.name: s.seconds for s in report.stages}
    stages.update(report.steps)
    return {"pages": pages, "report": report, "wall": wall, "cpu": cpu, "stages": stages}


def trafilatura_cpu(pages: list[Any]) -> float:
    """CPU seconds of ``trafilatura.extract`` on the pages (after one warm-up page)."""
    import trafilatura

    if pages:
        trafilatura.extract(pages[0].content)
    c0 = time.process_time()
    for page in pages:
        trafilatura.extract(page.content)
    return time.process_time() - c0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="pages, folders (default: real pages or the samples)")
    ap.add_argument("--limit", type=int, default=100, help="at most this many default pages")
    ap.add_argument("--top", type=int, default=25, help="functions listed per table")
    ap.add_argument("--no-stories", action="store_true", help="leave out stories and statements")
    ap.add_argument("--no-cprofile", action="store_true", help="only the CPU-clocked run")
    ap.add_argument("--save", metavar="FILE", help="also write the cProfile stats (pstats) to FILE")
    args = ap.parse_args(argv)
    paths = args.paths or default_paths(args.limit)
    load = os.getloadavg()[0]
    run = ingest(paths, stories=not args.no_stories)
    traf = trafilatura_cpu(run["pages"])
    report = run["report"]
    print(f"{len(report.added)} articles, {len(report.failures)} failed; ingest {run['wall']:.2f} s "
          f"wall, {run['cpu']:.2f} s CPU; trafilatura extract {traf:.2f} s CPU; CPU ratio "
          f"ingest/trafilatura {run['cpu'] / max(traf, 1e-9):.2f} (load average {load:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after)")
    print("per stage (CPU seconds, this process):")
    for name, seconds in run["stages"].items():
        print(f"  {name:<12} {seconds:8.3f}  {seconds / max(run['cpu'], 1e-9):6.1%}")
    if args.no_cprofile:
        return
    profiler = cProfile.Profile()
    prof = ingest(paths, stories=not args.no_stories, profiler=profiler)
    print(f"\nunder cProfile: {prof['wall']:.2f} s wall, {prof['cpu']:.2f} s CPU")
    if args.save:
        profiler.dump_stats(args.save)
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(args.top)
        text = out.getvalue()
        print(f"\ntop {args.top} functions by {order} time:")
        print(text[max(text.find("   ncalls"), 0):])


if __name__ == "__main__":
    main()
