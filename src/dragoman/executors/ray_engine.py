"""The batch engine on Ray Data: shards are processed in parallel by a pool of Ray actors.

Local mode (no address) starts Ray on this machine with ``workers`` CPUs; with
``address`` (``ray://head:10001`` or ``auto`` for the cluster this process runs in)
the run joins an existing cluster, whose nodes must have Dragoman installed.

Each actor (``ShardWorker``, one CPU) builds the pipeline and loads its models once, in
its constructor, then processes one shard per call; there are as many actors as CPUs
(``workers`` in local mode, the cluster's CPUs otherwise, at most one per shard).

Parquet output: each actor writes its shard's file itself (the folder must then be
shared storage visible to every node). Archive output: actors send each shard's article
rows back in one batch and this process writes them (one transaction per article,
near-duplicates marked), recording a shard once all its rows are stored.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

from dragoman.errors import MissingDependency
from dragoman.executors.batch import (
    ArchiveSink,
    BatchReport,
    Shard,
    process_shard,
    write_parquet_shard,
)
from dragoman.executors.records import ROW_COLUMNS, article_to_row, row_to_article
from dragoman.model import Article, Failure, RawPage
from dragoman.pipeline import Pipeline
from dragoman.pipeline.standard import StageOptions, ingest_stages

# A small page each actor analyses in its constructor, so that every model is loaded
# before its first shard.
_WARM_PAGE = RawPage("<warm-up>", "<html><head><title>Port council vote</title></head><body>"
                     "<article>" + "<p>Mara Lindqvist of the port authority said on Monday that "
                     "\u201cthe council approved the plan\u201d in Valdoria.</p>" * 6
                     + "</article></body></html>", kind="html")


def _failures_json(failures: list[Failure]) -> str:
    return json.dumps([[f.source, f.reason, f.stage] for f in failures], ensure_ascii=False)


class ShardWorker:
    """A Ray Data actor: the pipeline's models loaded once; one shard per call."""

    def __init__(self, out: str | None, max_bytes: int,
                 options: StageOptions | None = None) -> None:
        t0 = time.perf_counter()
        self.out, self.max_bytes, self.options = out, max_bytes, options
        for _ in Pipeline(ingest_stages(options)).run([_WARM_PAGE]):
            pass
        self.warm_s = time.perf_counter() - t0

    def _run(self, item: dict[str, Any]) -> tuple[list[Article], list[Failure], float]:
        t0 = time.perf_counter()
        articles: list[Article] = []
        failures: list[Failure] = []
        for record in process_shard(item["path"], self.max_bytes, options=self.options):
            (articles if isinstance(record, Article) else failures).append(record)  # type: ignore[arg-type]
        return articles, failures, time.perf_counter() - t0

    def __call__(self, item: dict[str, Any]) -> dict[str, Any]:
        """Parquet output: the shard's file written here; its counts go back."""
        articles, failures, seconds = self._run(item)
        write_parquet_shard(str(self.out), Shard(item["key"], item["path"]), articles)
        return {"key": item["key"], "articles": len(articles),
                "failures": _failures_json(failures), "seconds": seconds,
                "warm_s": self.warm_s}  # fmt: skip


class ShardRows(ShardWorker):
    """Archive output: the shard's article rows go back, then one row closing the shard."""

    def __call__(self, item: dict[str, Any]) -> Iterator[dict[str, Any]]:  # type: ignore[override]
        articles, failures, _ = self._run(item)
        for article in articles:
            yield {"kind": "article", **article_to_row(article, item["key"]),
                   "articles": 0, "failures": ""}  # fmt: skip
        end = {c: None for c in ROW_COLUMNS}
        yield {**end, "kind": "end", "shard": item["key"], "articles": len(articles),
               "failures": _failures_json(failures)}  # fmt: skip


def actor_count(shards: int, cpus: float) -> int:
    """Actors to start: one per CPU, at most one per shard, at least one."""
    return max(1, min(shards, int(cpus)))


def run_ray(
    pending: list[Shard],
    out: str,
    sink: ArchiveSink | None,
    report: BatchReport,
    address: str | None = None,
    workers: int | None = None,
    max_bytes: int = 10 * 1024 * 1024,
    options: StageOptions | None = None,
) -> None:
    try:
        import ray
    except ImportError as exc:
        raise MissingDependency("ray", "ray", "batch --engine ray") from exc
    if not pending:
        return
    started = not ray.is_initialized()
    if started:
        ray.init(address=address, num_cpus=None if address else workers,
                 include_dashboard=False, log_to_driver=False)  # fmt: skip
    try:
        cpus = (ray.cluster_resources().get("CPU", 1)  # type: ignore[no-untyped-call, unused-ignore]
                if address or not workers else workers)
        actors = actor_count(len(pending), cpus)
        ds = ray.data.from_items([{"key": s.key, "path": s.path} for s in pending],
                                 override_num_blocks=len(pending))  # fmt: skip
        if sink is None:
            done = ds.map(ShardWorker,  # type: ignore[arg-type, unused-ignore]
                          fn_constructor_args=(out, max_bytes, options), concurrency=actors,
                          num_cpus=1)
            for row in done.iter_rows():
                report.articles += int(row["articles"])
                report.failures += [Failure(*f) for f in json.loads(row["failures"])]
            return
        rows = ds.flat_map(ShardRows, fn_constructor_args=(None, max_bytes, options),
                           concurrency=actors, num_cpus=1)
        _store_rows(rows, pending, sink, report)
    finally:
        if started:
            ray.shutdown()


def _store_rows(rows: Any, pending: list[Shard], sink: ArchiveSink, report: BatchReport) -> None:
    shards = {s.key: s for s in pending}
    expected: dict[str, int] = {}
    stored: dict[str, int] = {}
    for row in rows.iter_rows():
        key = row["shard"]
        if row["kind"] == "end":
            expected[key] = int(row["articles"])
            report.failures += [Failure(*f) for f in json.loads(row["failures"])]
        else:
            sink.add(row_to_article(row), report)
            stored[key] = stored.get(key, 0) + 1
        if key in expected and stored.get(key, 0) == expected[key]:
            sink.finish(shards[key], expected.pop(key))
