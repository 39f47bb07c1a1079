"""Real-page ingest benchmark: Dragoman with 1 and N worker processes against trafilatura's
bare ``extract`` on the same real news pages, runs interleaved.

Pages: the Fundus evaluation pages (``../shared/data/extraction/fundus-eval/dataset/html``)
and the first htmldate-eval pages by name (``../shared/data/dates/htmldate-eval/pages``),
``--pages`` in all (default 181); the benchmark says so and writes nothing when they are
absent. Each run is its own process (so its memory is its own), reads the pages before the
clock starts, and measures:

- ``trafilatura``: ``trafilatura.extract(html)`` on each page, one process;
- ``dragoman-W``: ``Archive.ingest(pages, workers=W)`` into a new SQLite archive — extraction,
  every analysis stage, near-duplicates, storage, stories and statements (the CLI's
  ``dragoman ingest``), worker start-up included.

Written in the same run: pages/s, the wall ratio Dragoman/trafilatura, the CPU seconds of
each run's process tree and the CPU ratio Dragoman/trafilatura (on a shared machine the wall
clock counts other jobs' time; CPU seconds do not), per-stage seconds,
peak memory of the run's process tree (sum of RSS, an upper bound since forked workers
share pages, and sum of PSS), the 1-minute load average before and after each run, and after
each round the cores this process tree actually got (``cores_available``: N processes extract
the same pages at once; CPU seconds over wall seconds — on a shared machine it can be 1.0 with
2 cores, and then no number of workers is faster than one).

    python -m bench.realpages [--pages 181] [--workers N] [--repeats 2] [--no-stories]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
FOLDERS = (SHARED / "extraction" / "fundus-eval" / "dataset" / "html",
           SHARED / "dates" / "htmldate-eval" / "pages")
SAMPLE_S = 0.25  # seconds between two memory samples


def page_files(count: int) -> list[Path]:
    files: list[Path] = []
    for folder in FOLDERS:
        if folder.is_dir():
            files += sorted(p for p in folder.iterdir() if p.is_file())
    return files[:count]


# -- memory of a process tree, sampled from /proc ----------------------------------------------
def _tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += parents.get(pid, [])
    return tree


_TICK_S = 1 / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 0.01


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of one process so far (/proc/PID/stat), None when gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) * _TICK_S


def _memory_kib(pids: list[int]) -> tuple[int, int]:
    rss = pss = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


class MemorySampler:
    """Peak memory of this process and its descendants (workers, forkserver), and the CPU
    seconds the descendants used (the last value sampled for each: a worker's last quarter
    second before it exits may be missed)."""

    def __init__(self) -> None:
        self.peak_rss = self.peak_pss = 0
        self.child_cpu: dict[int, float] = {}
        self.own_cpu = 0.0  # this sampling thread's CPU seconds, not the run's
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.thread_time()
            tree = _tree(os.getpid())
            rss, pss = _memory_kib(tree)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            for pid in tree[1:]:
                seconds = _cpu_seconds(pid)
                if seconds is not None:
                    self.child_cpu[pid] = max(seconds, self.child_cpu.get(pid, 0.0))
            self.own_cpu += time.thread_time() - started
            self._stop.wait(SAMPLE_S)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# -- one run (in its own process) --------------------------------------------------------------
def _read(count: int) -> list[Any]:
    from dragoman.model import RawPage
    from dragoman.sources import read_paths

    return [r for r in read_paths([str(p) for p in page_files(count)]) if isinstance(r, RawPage)]


def run_trafilatura(pages: list[Any]) -> dict[str, Any]:
    import trafilatura

    t0 = time.perf_counter()
    ok = sum(1 for page in pages if trafilatura.extract(page.content))
    return {"seconds": time.perf_counter() - t0, "extracted": ok}


def run_dragoman(pages: list[Any], workers: int, stories: bool = True) -> dict[str, Any]:
    from dragoman.archive import Archive
    from dragoman.settings import Settings

    with tempfile.TemporaryDirectory() as tmp, Archive(str(Path(tmp) / "bench.db"),
                                                       settings=Settings(stories=stories)) as archive:
        t0 = time.perf_counter()
        report = archive.ingest(pages, workers=workers)
        seconds = time.perf_counter() - t0
    stages = {s.name: round(s.seconds, 2) for s in report.stages}
    stages.update({k: round(v, 2) for k, v in report.steps.items()})
    return {"seconds": seconds, "added": len(report.added), "failed": len(report.failures),
            "failures": [f"{Path(f.source).name}: {f.reason}" for f in report.failures],
            "stage_seconds": stages}


def one_run(what: str, count: int, stories: bool = True) -> dict[str, Any]:
    pages = _read(count)
    load_before = os.getloadavg()[0]
    with MemorySampler() as memory:
        children_before, own_before = dict(memory.child_cpu), memory.own_cpu
        cpu0 = time.process_time()
        if what == "trafilatura":
            out = run_trafilatura(pages)
        else:
            out = run_dragoman(pages, int(what.split("-")[1]), stories)
        cpu = time.process_time() - cpu0 - (memory.own_cpu - own_before)
    children = sum(memory.child_cpu.values()) - sum(children_before.values())
    out.update(pages=len(pages), pages_per_second=round(len(pages) / out["seconds"], 2),
               cpu_seconds=round(cpu + children, 2), cpu_seconds_workers=round(children, 2),
               seconds=round(out["seconds"], 2), load_before=round(load_before, 2),
               load_after=round(os.getloadavg()[0], 2),
               peak_rss_mib=round(memory.peak_rss / 1024), peak_pss_mib=round(memory.peak_pss / 1024))
    return out


def _extract_cpu(count: int) -> tuple[float, float]:
    """CPU and wall seconds of extracting ``count`` pages in this process."""
    from dragoman.extract import extract_page

    pages = _read(count)
    c0, w0 = time.process_time(), time.perf_counter()
    for page in pages:
        try:
            extract_page(page)
        except Exception:  # a page that fails still cost its time
            continue
    return time.process_time() - c0, time.perf_counter() - w0


def cores_available(processes: int, count: int = 40) -> float:
    """How many cores this process tree gets now: ``processes`` extract the same pages at
    once; CPU seconds over wall seconds (2.0 = two free cores, 1.0 = one, whatever the count)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("forkserver")) as ex:
        ex.submit(_extract_cpu, 1).result()  # imports, models
        done = [f.result() for f in [ex.submit(_extract_cpu, count) for _ in range(processes)]]
    return round(sum(cpu for cpu, _ in done) / max(wall for _, wall in done), 2)


# -- the benchmark -----------------------------------------------------------------------------
def summarize(runs: dict[str, list[dict[str, Any]]], workers: int) -> dict[str, Any]:
    median = {what: statistics.median(r["seconds"] for r in rs) for what, rs in runs.items()}
    cpu = {what: statistics.median(r["cpu_seconds"] for r in rs) for what, rs in runs.items()}
    traf = median["trafilatura"]
    return {
        "median_seconds": {k: round(v, 2) for k, v in median.items()},
        "pages_per_second": {k: round(runs[k][0]["pages"] / v, 2) for k, v in median.items()},
        "wall_ratio_dragoman_over_trafilatura": {
            k: round(v / traf, 2) for k, v in median.items() if k != "trafilatura"},
        "median_cpu_seconds": {k: round(v, 2) for k, v in cpu.items()},
        "cpu_ratio_dragoman_over_trafilatura": {
            k: round(v / cpu["trafilatura"], 2) for k, v in cpu.items() if k != "trafilatura"},
        "speedup_1_to_n_workers": round(median["dragoman-1"] / median[f"dragoman-{workers}"], 2),
        "peak_pss_mib": {k: max(r["peak_pss_mib"] for r in rs) for k, rs in runs.items()},
        "peak_rss_sum_mib": {k: max(r["peak_rss_mib"] for r in rs) for k, rs in runs.items()},
        "load_average": [r["load_before"] for rs in runs.values() for r in rs],
    }  # fmt: skip


def main(argv: list[str] | None = None) -> dict[str, Any] | None:
    from dragoman.executors.pool import default_workers

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=181)
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--no-stories", action="store_true", help="leave out stories and statements")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: a single run, JSON on stdout
    ap.add_argument("--out", default="bench/results/realpages.json")
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one_run(args.one, args.pages, stories=not args.no_stories)))
        return None
    if not page_files(args.pages):
        print(f"skipped: no real pages under {FOLDERS[0]} or {FOLDERS[1]}")
        return None
    order = ["trafilatura", "dragoman-1", f"dragoman-{args.workers}"]
    runs: dict[str, list[dict[str, Any]]] = {what: [] for what in order}
    cores: list[float] = []  # cores the process tree got, measured after each round
    for _ in range(args.repeats):
        for what in order:  # interleaved: load changes hit every configuration alike
            out = subprocess.run([sys.executable, "-m", "bench.realpages", "--one", what,
                                  "--pages", str(args.pages)] + (["--no-stories"] * args.no_stories),
                                 check=True, capture_output=True, text=True).stdout
            runs[what].append(json.loads(out.strip().splitlines()[-1]))
            print(what, json.dumps(runs[what][-1]), flush=True)
        cores.append(cores_available(args.workers))
    results = {"pages": runs["trafilatura"][0]["pages"], "workers": args.workers,
               "stories": not args.no_stories, "cpus": os.cpu_count(),
               "summary": {**summarize(runs, args.workers), "cores_available": cores}, "runs": runs}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(json.dumps(results["summary"], indent=2))
    return results


if __name__ == "__main__":
    main()
