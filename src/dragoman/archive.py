"""The Archive: the library entry point that ties sources, the pipeline and storage together."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from dragoman.model import Article, Failure, RawPage, Record
from dragoman.pipeline import Pipeline, StageStats
from dragoman.pipeline.standard import ingest_stages
from dragoman.sources import DEFAULT_MAX_BYTES, read_paths
from dragoman.store import SearchHit, Store, open_store

DEFAULT_DB = "dragoman.db"


def default_db() -> str:
    return os.environ.get("DRAGOMAN_DB") or DEFAULT_DB


@dataclass(slots=True)
class IngestReport:
    added: list[str] = field(default_factory=list)  # article ids
    existing: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    stages: list[StageStats] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


class Archive:
    """An archive of analysed articles: ``Archive(path).ingest(paths)``."""

    def __init__(self, location: str | None = None, store: Store | None = None) -> None:
        self.location = location or default_db()
        self.store: Store = store if store is not None else open_store(self.location)

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(
        self,
        inputs: Iterable[str | RawPage],
        max_bytes: int = DEFAULT_MAX_BYTES,
        on_record: Callable[[Record], None] | None = None,
    ) -> IngestReport:
        """Ingest paths ("-" for stdin) or RawPages; one transaction per article.

        Re-ingesting the same page adds nothing. Failures are collected in the
        report; every other input is still ingested.
        """
        items = list(inputs)
        paths = [i for i in items if isinstance(i, str)]
        pages = [i for i in items if isinstance(i, RawPage)]

        def records() -> Iterator[RawPage | Failure]:
            yield from pages
            yield from read_paths(paths, max_bytes=max_bytes)

        return self.ingest_records(records(), on_record)

    def ingest_records(
        self, records: Iterable[Record], on_record: Callable[[Record], None] | None = None
    ) -> IngestReport:
        pipeline = Pipeline(ingest_stages())
        report = IngestReport()
        for record in pipeline.run(records):
            if isinstance(record, Failure):
                report.failures.append(record)
            elif isinstance(record, Article):
                if self.store.put_article(record):
                    report.added.append(record.id)
                else:
                    report.existing.append(record.id)
            if on_record is not None:
                on_record(record)
        report.stages = pipeline.stats
        return report

    def get(self, article_id: str) -> Article:
        return self.store.get_article(article_id)

    def articles(self) -> Iterator[Article]:
        return self.store.iter_articles()

    def search(self, query: str, lang: str | None = None, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, lang=lang, limit=limit)

    def stats(self) -> dict[str, object]:
        return self.store.stats()
