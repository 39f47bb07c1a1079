"""Scale benchmark: does the ingest rate stay flat, and memory bounded, as the archive grows?

An archive is filled with generated pages (``bench/scalepages.py``: dated stream, ~2,300
people, ~480 places, one page in ten a near-duplicate) through the real pipeline
(``Archive.ingest``: extract, language, entities, quotes, near-duplicates, store, stories,
statements) in chunks, by one long-lived Archive with ``--fill-workers`` worker processes.
At each size in ``--sizes`` a probe (``--probe`` pages: the next pages of the stream) is
ingested by a fresh process that opens the archive as a CLI call would; its rate
(articles/second, opening the archive included), the seconds of each step and its peak RSS
are recorded. The probe's pages stay in the archive. The archive is built once and reused
across sizes (``--db`` keeps it, and a rerun resumes the fill where it stopped).

    python -m bench.scale [--sizes 1000,10000,100000] [--probe 300] [--db PATH]
                          [--fill-workers 2] [--workers 1] [--out bench/results/scale.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# Pages per fill call: large enough that per-call costs (statements regrouping, opening
# the dedup index) weigh as they do in a long ``watch`` run, small enough to log progress.
FILL_CHUNK = 2000
SEED = 2026


def _peak_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return round(int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _state_path(db: str) -> Path:
    return Path(db + ".stream.json")


def _next_index(db: str) -> int:
    path = _state_path(db)
    return int(json.loads(path.read_text())["next"]) if path.exists() else 0


def _set_next(db: str, index: int) -> None:
    _state_path(db).write_text(json.dumps({"next": index, "seed": SEED}))


def probe(db: str, start: int, count: int, workers: int) -> dict[str, Any]:
    """Ingest stream pages ``start``..``start+count`` into ``db`` in this (fresh) process."""
    from bench.scalepages import stream

    pages = stream(SEED, start, start + count)
    t0 = time.perf_counter()
    from dragoman.archive import Archive

    with Archive(db) as archive:
        opened = time.perf_counter()
        before = archive.store.count_articles()
        report = archive.ingest(pages, workers=workers)
        done = time.perf_counter()
    return {
        "articles_before": before, "added": len(report.added), "failed": len(report.failures),
        "open_s": round(opened - t0, 2), "ingest_s": round(done - opened, 2),
        "rate": round(len(report.added) / (done - t0), 2),
        "stages_s": {s.name: round(s.seconds, 2) for s in report.stages},
        "steps_s": {k: round(v, 2) for k, v in report.steps.items()},
        "peak_rss_mib": _peak_mib(), "load_average": round(os.getloadavg()[0], 2),
    }  # fmt: skip


def _probe_in_child(db: str, start: int, count: int, workers: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.scale", "--db", db, "--probe-at", str(start),
           "--probe", str(count), "--workers", str(workers)]  # fmt: skip
    out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1])
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def fill(db: str, target: int, workers: int, chunk: int, log: list[dict[str, Any]]) -> None:
    """Fill the archive through ``Archive.ingest`` until the stream index reaches ``target``."""
    from bench.scalepages import stream
    from dragoman.archive import Archive

    index = _next_index(db)
    if index >= target:
        return
    with Archive(db) as archive:
        while index < target:
            stop = min(target, index + chunk)
            t0 = time.perf_counter()
            report = archive.ingest(stream(SEED, index, stop), workers=workers)
            seconds = time.perf_counter() - t0
            index = stop
            _set_next(db, index)
            entry = {"to": index, "rate": round(len(report.added) / seconds, 2),
                     "steps_s": {k: round(v, 1) for k, v in report.steps.items()},
                     "rss_mib": _rss_mib(), "load_average": round(os.getloadavg()[0], 2)}
            log.append(entry)
            print(json.dumps(entry), file=sys.stderr, flush=True)


def run(args: argparse.Namespace, db: str) -> dict[str, Any]:
    results: dict[str, Any] = {
        "fill": (f"real pipeline: every article through Archive.ingest (extract, language, "
                 f"entities, quotes, near-duplicates, store, stories, statements) in chunks of "
                 f"{args.chunk} pages by one long-lived Archive with {args.fill_workers} "
                 "worker processes; probe pages stay in the archive"),
        "probe_pages": args.probe, "probe_workers": args.workers, "seed": SEED,
        "cpus_on_machine": os.cpu_count(),
        "load_average_at_start": round(os.getloadavg()[0], 2), "sizes": [],
    }  # fmt: skip
    earlier = Path(args.out)
    if args.db and earlier.exists():  # a resumed fill: keep the sizes probed before
        kept = json.loads(earlier.read_text())
        if kept.get("db") == args.db:
            results["sizes"] = [s for s in kept["sizes"] if s["size"] in args.sizes]
    results["db"] = args.db
    for size in args.sizes:
        if any(s["size"] == size for s in results["sizes"]):
            continue
        log: list[dict[str, Any]] = []
        t0 = time.perf_counter()
        fill(db, size, args.fill_workers, args.chunk, log)
        start = _next_index(db)
        result = _probe_in_child(db, start, args.probe, args.workers)
        _set_next(db, start + args.probe)
        results["sizes"].append({"size": size, "fill_s": round(time.perf_counter() - t0, 1),
                                 "fill_chunks": log, "probe": result,
                                 "db_mib": round(Path(db).stat().st_size / 2**20, 1)})
        first = results["sizes"][0]["probe"]["rate"]
        results["rate_vs_first_size"] = {str(s["size"]): round(s["probe"]["rate"] / first, 3)
                                         for s in results["sizes"]}
        results["load_average_at_end"] = round(os.getloadavg()[0], 2)
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(results, indent=2))
        print(json.dumps({"size": size, **result}), flush=True)
    return results


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")],
                    default=[1000, 10000, 100000])
    ap.add_argument("--probe", type=int, default=300, help="pages per probe")
    ap.add_argument("--workers", type=int, default=1, help="worker processes of each probe")
    ap.add_argument("--fill-workers", type=int, default=2)
    ap.add_argument("--chunk", type=int, default=FILL_CHUNK)
    ap.add_argument("--db", help="archive to build (kept; a rerun resumes); default temporary")
    ap.add_argument("--probe-at", type=int, help=argparse.SUPPRESS)  # the probe's own process
    ap.add_argument("--out", default="bench/results/scale.json")
    args = ap.parse_args(argv)
    if args.probe_at is not None:
        result = probe(args.db, args.probe_at, args.probe, args.workers)
        print(json.dumps(result))
        return result
    if args.db:
        return run(args, args.db)
    with tempfile.TemporaryDirectory() as tmp:
        return run(args, str(Path(tmp) / "scale.db"))


if __name__ == "__main__":
    main()
