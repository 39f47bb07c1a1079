"""WARC batch benchmark: end-to-end articles/second/core for the full pipeline, and the
speed-up from 1 to 2 Ray workers.

A generated WARC set (``--pages`` pages in ``--shards`` files) goes through
``dragoman batch``: the local engine into an SQLite archive (read WARC, extract,
language, every analysis stage, near-duplicate marking, storage; one process = one
core), then the Ray engine in local mode with 1 and with 2 worker CPUs writing
Parquet (Ray started before the clock, so its start-up is not counted).

    python -m bench.warc [--pages 2000] [--shards 8] [--out bench/results/warc.json]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> dict[str, object]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--skip-ray", action="store_true")
    ap.add_argument("--out", default="bench/results/warc.json")
    args = ap.parse_args(argv)
    os.environ.setdefault("DRAGOMAN_STORIES", "0")  # stories are benchmarked on their own

    from tests.support import make_articles, write_warc

    from dragoman.executors.batch import run_batch
    from dragoman.pipeline.standard import ingest_stages

    results: dict[str, object] = {
        "pages": args.pages, "shards": args.shards,
        "stages": [s.name for s in ingest_stages()], "cpus_on_machine": os.cpu_count(),
        "load_average_at_start": round(os.getloadavg()[0], 2),
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        pages = make_articles(args.pages, seed=2024)
        per = -(-args.pages // args.shards)
        for i in range(args.shards):
            write_warc(pages[i * per:(i + 1) * per], folder / f"part{i:03d}.warc.gz")
        t0 = time.perf_counter()
        local = run_batch([str(folder)], str(Path(tmp) / "local.db"))
        seconds = time.perf_counter() - t0
        results["local_articles"] = local.articles
        results["local_seconds"] = round(seconds, 1)
        results["local_articles_per_second_per_core"] = round(local.articles / seconds, 1)
        try:
            import ray
        except ImportError:
            ray = None  # type: ignore[assignment]
            results["ray"] = "not installed (pip install 'dragoman[ray]')"
        if ray is not None and not args.skip_ray:
            for workers in (1, 2):
                ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
                t0 = time.perf_counter()
                rep = run_batch([str(folder)], str(Path(tmp) / f"ray{workers}"), engine="ray")
                seconds = time.perf_counter() - t0
                ray.shutdown()
                results[f"ray_{workers}_workers_seconds"] = round(seconds, 1)
                results[f"ray_{workers}_workers_articles_per_second"] = round(
                    rep.articles / seconds, 1)  # fmt: skip
            results["ray_speedup_1_to_2"] = round(
                float(results["ray_1_workers_seconds"])  # type: ignore[arg-type]
                / float(results["ray_2_workers_seconds"]), 2)  # type: ignore[arg-type]  # fmt: skip
    results["load_average_at_end"] = round(os.getloadavg()[0], 2)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(json.dumps(results))
    return results


if __name__ == "__main__":
    main()
