"""WARC batch benchmark: end-to-end articles/second/core for the full pipeline, and the
speed-up from 1 to 2 Ray workers.

A generated WARC set (``--pages`` pages in ``--shards`` files) goes through
``dragoman batch``: the local engine into an SQLite archive (read WARC, extract,
language, every analysis stage, near-duplicate marking, storage; one process = one
core), then the Ray engine in local mode with 1 and with 2 worker CPUs writing
Parquet (Ray started before the clock, so its start-up is not counted; each worker
actor's model loading is). The Ray runs alternate (1, 2, 1, 2, ... ``--rounds`` pairs)
so that a change in the machine's load hits both; each run records the load average
and the share of the machine's CPU time that was busy (``/proc/stat``, every process
included), and the speed-up is the ratio of the median walls.

    python -m bench.warc [--pages 2000] [--shards 8] [--rounds 2] [--out bench/results/warc.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path


def _cpu_times() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine since boot (Linux; zeros elsewhere)."""
    try:
        with open("/proc/stat") as fh:
            values = [int(v) for v in fh.readline().split()[1:]]
    except OSError:
        return 0, 0
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return sum(values) - idle, sum(values)


def _busy_share(before: tuple[int, int], after: tuple[int, int]) -> float | None:
    total = after[1] - before[1]
    return round((after[0] - before[0]) / total, 2) if total > 0 else None


class _RaySampler:
    """This machine's Ray processes, sampled every 0.25 s: peak RSS (MiB) by kind (the worker
    actors ``ray::...``, and Ray's own daemons: raylet, gcs_server ...) and the CPU seconds
    the workers used (utime + stime, from ``/proc``; Linux only)."""

    def __init__(self) -> None:
        self.peak: dict[int, tuple[str, float]] = {}
        self.cpu: dict[int, float] = {}  # worker pid -> CPU seconds, last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _RaySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        while not self._stop.wait(0.25):
            for proc in Path("/proc").glob("[0-9]*"):
                try:
                    name = (proc / "cmdline").read_bytes().split(b"\0")[0].decode(errors="replace")
                    if "ray" not in name:
                        continue
                    rss = next(int(ln.split()[1]) for ln in (proc / "status").read_text().splitlines()
                               if ln.startswith("VmRSS:")) / 1024
                    fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                except (OSError, StopIteration, ValueError, IndexError):
                    continue
                pid = int(proc.name)
                worker = name.startswith("ray::")
                kind = "worker_max" if worker else Path(name.split()[0]).name
                if rss > self.peak.get(pid, ("", 0.0))[1]:
                    self.peak[pid] = (kind, rss)
                if worker:  # fields 14 and 15 of /proc/PID/stat, after the name
                    self.cpu[pid] = (int(fields[11]) + int(fields[12])) / tick

    def summary(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for kind, rss in self.peak.values():
            out[kind] = round(max(out.get(kind, 0.0), rss), 1)
        return out


def main(argv: list[str] | None = None) -> dict[str, object]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--skip-ray", action="store_true")
    ap.add_argument("--rounds", type=int, default=2, help="alternating 1- and 2-worker Ray runs")
    ap.add_argument("--out", default="bench/results/warc.json")
    args = ap.parse_args(argv)
    from tests.support import make_articles, write_warc

    from dragoman.executors.batch import run_batch
    from dragoman.settings import Settings

    settings = Settings(stories=False)  # stories are benchmarked on their own
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
        local = run_batch([str(folder)], str(Path(tmp) / "local.db"), settings=settings)
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
            walls: dict[int, list[float]] = {1: [], 2: []}
            runs = []
            for round_ in range(args.rounds):
                for workers in (1, 2):
                    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
                    load, busy0 = os.getloadavg()[0], _cpu_times()
                    t0 = time.perf_counter()
                    out = Path(tmp) / f"ray{workers}-{round_}"
                    with _RaySampler() as rss:
                        rep = run_batch([str(folder)], str(out), engine="ray", settings=settings)
                    seconds = time.perf_counter() - t0
                    busy = _busy_share(busy0, _cpu_times())
                    ray.shutdown()
                    walls[workers].append(seconds)
                    runs.append({"workers": workers, "seconds": round(seconds, 1),
                                 "articles": rep.articles,
                                 "articles_per_second": round(rep.articles / seconds, 1),
                                 "load_average_before": round(load, 2),
                                 "machine_cpu_busy": busy, "peak_rss_mib": rss.summary(),
                                 "worker_cpu_s": round(sum(rss.cpu.values()), 1),
                                 # CPU the workers got, in cores: 2 workers on 2 free cores
                                 # would get ~2; on a busy machine they share what is left
                                 "worker_cores": round(sum(rss.cpu.values()) / seconds, 2)})
            results["ray_runs"] = runs
            for workers, values in walls.items():
                results[f"ray_{workers}_workers_seconds"] = round(statistics.median(values), 1)
                results[f"ray_{workers}_workers_articles_per_second"] = round(
                    args.pages / statistics.median(values), 1)  # fmt: skip
            results["ray_speedup_1_to_2"] = round(
                statistics.median(walls[1]) / statistics.median(walls[2]), 2)  # fmt: skip
    results["load_average_at_end"] = round(os.getloadavg()[0], 2)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(json.dumps(results))
    return results


if __name__ == "__main__":
    main()
