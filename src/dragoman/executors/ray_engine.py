"""The batch engine on Ray Data: shards are processed in parallel by Ray tasks.

Local mode (no address) starts Ray on this machine with ``workers`` CPUs; with
``address`` (``ray://head:10001`` or ``auto`` for the cluster this process runs
in) the run joins an existing cluster, whose nodes must have Dragoman installed.

Parquet output: each task writes its shard's file itself (the folder must then
be shared storage visible to every node). Archive output: tasks stream article
rows back and this process writes them (one transaction per article, near-
duplicates marked), recording a shard once all its rows are stored.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from functools import partial
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
from dragoman.model import Article, Failure


def _failures_json(failures: list[Failure]) -> str:
    return json.dumps([[f.source, f.reason, f.stage] for f in failures], ensure_ascii=False)


def _shard_to_parquet(item: dict[str, Any], out: str, max_bytes: int) -> dict[str, Any]:
    shard = Shard(item["key"], item["path"])
    articles: list[Article] = []
    failures: list[Failure] = []
    for record in process_shard(shard.path, max_bytes):
        (articles if isinstance(record, Article) else failures).append(record)  # type: ignore[arg-type]
    write_parquet_shard(out, shard, articles)
    return {"key": shard.key, "articles": len(articles), "failures": _failures_json(failures)}


def _shard_rows(item: dict[str, Any], max_bytes: int) -> Iterator[dict[str, Any]]:
    count, failures = 0, []
    for record in process_shard(item["path"], max_bytes):
        if isinstance(record, Article):
            count += 1
            yield {"kind": "article", **article_to_row(record, item["key"]),
                   "articles": 0, "failures": ""}  # fmt: skip
        else:
            failures.append(record)
    end = {c: None for c in ROW_COLUMNS}
    yield {**end, "kind": "end", "shard": item["key"], "articles": count,
           "failures": _failures_json(failures)}  # fmt: skip


def run_ray(
    pending: list[Shard],
    out: str,
    sink: ArchiveSink | None,
    report: BatchReport,
    address: str | None = None,
    workers: int | None = None,
    max_bytes: int = 10 * 1024 * 1024,
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
        ds = ray.data.from_items([{"key": s.key, "path": s.path} for s in pending],
                                 override_num_blocks=len(pending))  # fmt: skip
        if sink is None:
            done = ds.map(partial(_shard_to_parquet, out=out, max_bytes=max_bytes), num_cpus=1)
            for row in done.iter_rows():
                report.articles += int(row["articles"])
                report.failures += [Failure(*f) for f in json.loads(row["failures"])]
            return
        shards = {s.key: s for s in pending}
        expected: dict[str, int] = {}
        stored: Counter[str] = Counter()
        rows = ds.flat_map(partial(_shard_rows, max_bytes=max_bytes), num_cpus=1)
        for row in rows.iter_rows():
            key = row["shard"]
            if row["kind"] == "end":
                expected[key] = int(row["articles"])
                report.failures += [Failure(*f) for f in json.loads(row["failures"])]
            else:
                sink.add(row_to_article(row), report)
                stored[key] += 1
            if key in expected and stored[key] == expected[key]:
                sink.finish(shards[key], expected.pop(key))
    finally:
        if started:
            ray.shutdown()
