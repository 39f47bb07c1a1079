"""The Archive: the library entry point that ties sources, the pipeline and storage together."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dragoman.dedup.tracker import DuplicateTracker
from dragoman.errors import DragomanError
from dragoman.executors.pool import PagePool
from dragoman.model import Article, Failure, RawPage, Record
from dragoman.pipeline import Pipeline, StageStats
from dragoman.pipeline.standard import ingest_stages
from dragoman.sources import DEFAULT_MAX_BYTES, read_paths
from dragoman.store import ArchiveStore, SearchHit, open_store

if TYPE_CHECKING:
    from dragoman.stories.service import StoryService

DEFAULT_DB = "dragoman.db"


def default_db() -> str:
    return os.environ.get("DRAGOMAN_DB") or DEFAULT_DB


@dataclass(slots=True)
class IngestReport:
    added: list[str] = field(default_factory=list)  # article ids
    existing: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    stages: list[StageStats] = field(default_factory=list)
    # Seconds spent after the analysis stages: "dedup", "store", "stories".
    steps: dict[str, float] = field(default_factory=dict)

    def time(self, step: str, seconds: float) -> None:
        self.steps[step] = self.steps.get(step, 0.0) + seconds

    @property
    def ok(self) -> bool:
        return not self.failures


class Archive:
    """An archive of analysed articles: ``Archive(path).ingest(paths)``."""

    def __init__(self, location: str | None = None, store: ArchiveStore | None = None) -> None:
        self.location = location or default_db()
        self.store: ArchiveStore = store if store is not None else open_store(self.location)
        self.dedup = DuplicateTracker(self.store)
        # Quotation embeddings kept across regroupings (dragoman.statements): each ingest
        # embeds only the quotations new to this archive object.
        self._statement_vectors: dict[tuple[str, str], Any] = {}

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
        workers: int = 1,
    ) -> IngestReport:
        """Ingest paths ("-" for stdin) or RawPages; one transaction per article.

        Re-ingesting the same page adds nothing. Failures are collected in the
        report; every other input is still ingested. ``workers`` > 1 extracts pages in
        that many processes (``executors.pool``); the archive is the same as with one.
        """
        items = list(inputs)
        paths = [i for i in items if isinstance(i, str)]
        pages = [i for i in items if isinstance(i, RawPage)]

        def records() -> Iterator[RawPage | Failure]:
            yield from pages
            yield from read_paths(paths, max_bytes=max_bytes)

        return self.ingest_records(records(), on_record, workers=workers)

    def ingest_records(
        self, records: Iterable[Record], on_record: Callable[[Record], None] | None = None,
        workers: int = 1,
    ) -> IngestReport:
        # Learned names keep their ids across ingests.
        options = {"entities": {"known": self.store.entity_aliases()}}
        pool = PagePool(workers) if workers > 1 else None
        pipeline = Pipeline(pool.archive_stages(options) if pool else ingest_stages(options))
        report = IngestReport()
        try:
            for record in pipeline.run(pool.prepared(records) if pool else records):
                if isinstance(record, Failure):
                    report.failures.append(record)
                elif isinstance(record, Article):
                    if self.add_article(record, report):
                        report.added.append(record.id)
                    else:
                        report.existing.append(record.id)
                if on_record is not None:
                    on_record(record)
        finally:
            if pool is not None:
                pool.close()
        report.stages = (pool.stage_stats() if pool else []) + pipeline.stats
        if report.added or self.stories_pending():
            started = time.perf_counter()
            self.update_stories(report)
            report.time("stories", time.perf_counter() - started)
        if report.added and os.environ.get("DRAGOMAN_STORIES", "1") != "0":
            started = time.perf_counter()  # the same embedder, already loaded for stories
            try:
                self.update_statements()
            except DragomanError as exc:
                report.failures.append(Failure("<statements>", str(exc), "statements"))
            report.time("statements", time.perf_counter() - started)
        return report

    # -- stories (dragoman.stories): embed and place new articles after each ingest ----------
    def story_service(self) -> StoryService:
        """The story service over this archive (embedder from $DRAGOMAN_EMBEDDER, default use)."""
        from dragoman.stories.service import StoryService

        if getattr(self, "_stories", None) is None:
            self._stories = StoryService(self.store,
                                         os.environ.get("DRAGOMAN_EMBEDDER", "use"))
        return self._stories

    def stories_pending(self) -> bool:
        return bool(self.store.unclustered_article_ids())

    def update_stories(self, report: IngestReport | None = None) -> int:
        """Embed and place every article without a story; failures go to ``report``."""
        if os.environ.get("DRAGOMAN_STORIES", "1") == "0":
            return 0
        try:
            return self.story_service().update()
        except DragomanError as exc:
            if report is None:
                raise
            report.failures.append(Failure("<stories>", str(exc), "stories"))
            return 0

    # -- statements (dragoman.statements): one statement, every article that reported it ---
    def update_statements(self, force: bool = False) -> int:
        """Regroup quotations into statements when new ones arrived (or ``force``); returns
        the number of statements (0 when nothing was to do)."""
        from dragoman.statements import update_statements

        if not force and not self.store.statements_stale():
            return 0
        return update_statements(self.store, self.story_service().embedder, self._statement_vectors)

    def recluster(self) -> int:
        """Rebuild every story and storyline from scratch (stored vectors are reused)."""
        return self.story_service().recluster()

    def hybrid_search(self, query: str, lang: str | None = None, limit: int = 20) -> list[SearchHit]:
        """Keyword hits fused with cross-lingual embedding hits (dragoman.search.hybrid)."""
        from dragoman.search.hybrid import hybrid_search

        return hybrid_search(self.store, self.story_service(), query, lang=lang, limit=limit)

    def add_article(self, article: Article, report: IngestReport | None = None) -> bool:
        """Store one analysed article, marking it when it copies one already stored
        (``duplicate_of``); False when it is already in the archive."""
        t0 = time.perf_counter()
        self.dedup.mark(article)
        t1 = time.perf_counter()
        stored = self.store.put_article(article)
        t2 = time.perf_counter()
        if stored:
            self.dedup.remember(article)
        else:
            self.dedup.forget(article)
        if report is not None:
            report.time("dedup", (t1 - t0) + (time.perf_counter() - t2))
            report.time("store", t2 - t1)
        return stored

    def get(self, article_id: str) -> Article:
        return self.store.get_article(article_id)

    def copies(self, article_id: str) -> list[str]:
        """Ids of the near-duplicate copies recorded for an original article."""
        return list(self.store.copies_of(article_id))

    def articles(self) -> Iterator[Article]:
        return self.store.iter_articles()

    def search(self, query: str, lang: str | None = None, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, lang=lang, limit=limit)

    def stats(self) -> dict[str, object]:
        return self.store.stats()
