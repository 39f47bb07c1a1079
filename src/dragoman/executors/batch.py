"""Batch runs: the standard pipeline over many input files, one shard per file.

``run_batch(inputs, out, engine="local"|"ray")`` runs ``ingest_stages()`` over each
shard and writes the articles either to an archive (``out`` is a PostgreSQL URL or
an SQLite path ending in .db) or to Parquet files in a folder (``out`` is a folder)
that ``load_parquet`` imports later. Each finished shard is recorded (a row in the
archive's ``shards`` table, or the shard's Parquet file, written atomically), so a
rerun after a crash or kill -9 skips finished shards and redoes the interrupted
one; article ids are content/URL keys, so redoing a shard adds nothing twice.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dragoman.archive import Archive
from dragoman.errors import InputError, MissingDependency
from dragoman.executors.pool import PagePool
from dragoman.executors.records import article_to_row, row_to_article
from dragoman.model import Article, Failure
from dragoman.pipeline import Pipeline
from dragoman.pipeline.site_repeats import with_site_repeats
from dragoman.pipeline.standard import PAGE_FIELDS, StageOptions, ingest_stages
from dragoman.settings import Settings
from dragoman.sources import DEFAULT_MAX_BYTES, read_paths


@dataclass(slots=True)
class Shard:
    key: str  # resolved path and size: a changed file is a new shard
    path: str

    @property
    def file_name(self) -> str:
        return hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:20] + ".parquet"


@dataclass(slots=True)
class BatchReport:
    shards: int = 0
    skipped: int = 0  # finished by an earlier run
    articles: int = 0  # produced by this run (added or already present)
    added: int = 0
    failures: list[Failure] = field(default_factory=list)


def plan_shards(inputs: list[str]) -> list[Shard]:
    """One shard per input file (folders expanded in name order, hidden files skipped)."""
    shards = []
    for name in inputs:
        root = Path(name)
        if not root.exists():
            raise InputError(name, "no such file or directory")
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            if path.name.startswith(".") or path.suffix == ".parquet":
                continue
            resolved = path.resolve()
            shards.append(Shard(f"{resolved}:{resolved.stat().st_size}", str(resolved)))
    return shards


def process_shard(path: str, max_bytes: int = DEFAULT_MAX_BYTES,
                  pool: PagePool | None = None,
                  options: StageOptions | None = None) -> Iterator[Article | Failure]:
    """The standard pipeline over one input file (pages extracted in ``pool`` when given;
    ``options`` for the stage factories, e.g. ``{"entities": settings.entity_options()}``)."""
    records = read_paths([path], max_bytes=max_bytes)
    stream = (Pipeline(pool.archive_stages(options), given=PAGE_FIELDS).run(pool.prepared(records))
              if pool is not None
              else Pipeline(with_site_repeats(ingest_stages(options))).run(records))
    for record in stream:
        if isinstance(record, Article | Failure):
            yield record


def is_archive_location(out: str) -> bool:
    return out.startswith(("postgresql://", "postgres://")) or out.endswith((".db", ".sqlite"))


# -- sinks -----------------------------------------------------------------------------------
class ArchiveSink:
    """Articles into an archive (near-duplicates marked); shard records in its ``shards`` table."""

    def __init__(self, location: str, settings: Settings | None = None) -> None:
        self.archive = Archive(location, settings=settings)
        self.state = self.archive.store

    def done(self, shard: Shard) -> bool:
        return bool(self.state.shard_done(shard.key))

    def add(self, article: Article, report: BatchReport) -> None:
        report.articles += 1
        report.added += self.archive.add_article(article)

    def finish(self, shard: Shard, articles: int) -> None:
        self.state.mark_shard(shard.key, articles)

    def close(self) -> None:
        self.archive.close()


def _pyarrow() -> tuple[object, object]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingDependency("pyarrow", "parquet", "Parquet batch output") from exc
    return pa, pq


def write_parquet_shard(out_dir: str, shard: Shard, articles: list[Article]) -> None:
    """Write a shard's articles atomically: the file appears complete or not at all."""
    pa, pq = _pyarrow()
    rows = [article_to_row(a, shard.key) for a in articles]
    columns = ("shard", "id", "language", "published", "title", "record")
    table = pa.table({c: [r[c] for r in rows] for c in columns},  # type: ignore[attr-defined]
                     schema=pa.schema([(c, pa.string()) for c in columns]))  # type: ignore[attr-defined]  # fmt: skip
    final = Path(out_dir) / shard.file_name
    tmp = final.with_suffix(f".tmp{os.getpid()}")
    pq.write_table(table, tmp)  # type: ignore[attr-defined]
    os.replace(tmp, final)


def parquet_done(out_dir: str, shard: Shard) -> bool:
    return (Path(out_dir) / shard.file_name).exists()


# -- engines ---------------------------------------------------------------------------------
def run_batch(
    inputs: list[str],
    out: str,
    engine: str = "local",
    address: str | None = None,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_shard: Callable[[int, int], None] | None = None,
    settings: Settings | None = None,
) -> BatchReport:
    """Run the pipeline over every unfinished shard and write the results to ``out``;
    ``on_shard(done, pending)`` is called after each shard of the local engine (progress).
    ``settings`` (built at the boundary) choose the NER models; default ``Settings()``."""
    settings = settings if settings is not None else Settings()
    options: StageOptions = settings.stage_options()
    shards = plan_shards(inputs)
    to_archive = is_archive_location(out)
    if not to_archive:
        Path(out).mkdir(parents=True, exist_ok=True)
    sink = ArchiveSink(out, settings) if to_archive else None
    try:
        pending = [s for s in shards if not (sink.done(s) if sink else parquet_done(out, s))]
        report = BatchReport(shards=len(shards), skipped=len(shards) - len(pending))
        if engine == "ray":
            from dragoman.executors.ray_engine import run_ray

            run_ray(pending, out, sink, report, address=address, workers=workers,
                    max_bytes=max_bytes, options=options)  # fmt: skip
        elif engine == "local":
            with PagePool(workers or 1) as pool:
                _run_local(pending, out, sink, report, max_bytes, on_shard, pool, options)
        else:
            raise ValueError(f"unknown engine {engine!r}; choose local or ray")
    finally:
        if sink is not None:
            sink.close()
    return report


def _run_local(
    pending: list[Shard], out: str, sink: ArchiveSink | None, report: BatchReport, max_bytes: int,
    on_shard: Callable[[int, int], None] | None = None, pool: PagePool | None = None,
    options: StageOptions | None = None,
) -> None:
    for done, shard in enumerate(pending, start=1):
        articles = []
        for record in process_shard(shard.path, max_bytes, pool, options):
            if isinstance(record, Failure):
                report.failures.append(record)
            elif sink is not None:
                sink.add(record, report)
                articles.append(record.id)
            else:
                articles.append(record)  # type: ignore[arg-type]
        if sink is not None:
            sink.finish(shard, len(articles))
        else:
            write_parquet_shard(out, shard, articles)  # type: ignore[arg-type]
            report.articles += len(articles)
        if on_shard is not None:
            on_shard(done, len(pending))


def load_parquet(out_dir: str, archive: Archive) -> BatchReport:
    """Import the Parquet files of a batch run into an archive (idempotent)."""
    _, pq = _pyarrow()
    report = BatchReport()
    for path in sorted(Path(out_dir).glob("*.parquet")):
        report.shards += 1
        table = pq.read_table(path)  # type: ignore[attr-defined]
        for row in table.to_pylist():
            report.articles += 1
            report.added += archive.add_article(row_to_article(row))
    return report


__all__ = ["BatchReport", "Shard", "load_parquet", "plan_shards", "run_batch"]
