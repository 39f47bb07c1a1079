"""The Archive: the library entry point that ties sources, the pipeline and storage together."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dragoman.archive_views import ArchiveViews
from dragoman.dedup.tracker import DuplicateTracker
from dragoman.errors import DragomanError
from dragoman.executors.pool import PagePool
from dragoman.model import Article, Failure, RawPage, Record
from dragoman.pipeline import Pipeline, StageStats
from dragoman.pipeline.site_repeats import with_site_repeats
from dragoman.pipeline.standard import PAGE_FIELDS, ingest_stages
from dragoman.settings import Settings
from dragoman.sources import DEFAULT_MAX_BYTES, read_paths
from dragoman.sources.http import FetchPolicy
from dragoman.store import ArchiveStore, SearchHit, open_store

if TYPE_CHECKING:
    from dragoman.entities.memory import Memory
    from dragoman.stories.service import StoryService


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


class Archive(ArchiveViews):
    """An archive of analysed articles: ``Archive(path).ingest(paths)``; what the faces read
    and the analysts' writes are the ``ArchiveViews`` methods (``archive_views.py``)."""

    def __init__(self, location: str | None = None, store: ArchiveStore | None = None,
                 settings: Settings | None = None) -> None:
        # ``settings`` (dragoman.settings, built at the boundary) choose the story step, the
        # embedder, the NER backend and the fetch limits of URL inputs; without them, the
        # library defaults. ``location`` wins over ``settings.db``.
        self.settings = settings if settings is not None else Settings()
        self.location = location or self.settings.db
        self.store: ArchiveStore = store if store is not None else open_store(self.location)
        self.dedup = DuplicateTracker(self.store)
        # Quotation embeddings kept across regroupings (dragoman.statements): each ingest
        # embeds only the quotations new to this archive object.
        self._statement_vectors: dict[tuple[str, str], Any] = {}
        # The entity linker's Memory as the last ingest left it, and the store's
        # ``memory_mark`` then (``_linker_memory``).
        self._memory: Memory | None = None
        self._memory_mark: tuple[int, ...] | None = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._memory = None
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
            yield from read_paths(paths, max_bytes=max_bytes,
                                  fetch=FetchPolicy.from_settings(self.settings))

        return self.ingest_records(records(), on_record, workers=workers)

    def ingest_records(
        self, records: Iterable[Record], on_record: Callable[[Record], None] | None = None,
        workers: int = 1,
    ) -> IngestReport:
        # Learned names keep their ids across ingests.
        memory, mark = self._linker_memory(), self._memory_mark
        self._memory_mark = None  # until this ingest is through
        options = {**self.settings.stage_options(),
                   "entities": {"memory": memory, **self.settings.entity_options()}}
        pool = PagePool(workers) if workers > 1 else None
        pipeline = (Pipeline(pool.archive_stages(options), given=PAGE_FIELDS) if pool
                    else Pipeline(with_site_repeats(ingest_stages(options))))
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
        after = self.store.memory_mark()
        if mark is not None and after[0] == mark[0] + len(report.added) and after[2:] == mark[2:]:
            self._memory_mark = after  # the store changed by this ingest alone
        if report.added or self.stories_pending():
            started = time.perf_counter()
            self.update_stories(report)
            report.time("stories", time.perf_counter() - started)
        if report.added and self.settings.stories:
            started = time.perf_counter()  # the same embedder, already loaded for stories
            try:
                self.update_statements()
            except DragomanError as exc:
                report.failures.append(Failure("<statements>", str(exc), "statements"))
            report.time("statements", time.perf_counter() - started)
        return report

    def _linker_memory(self) -> Memory:
        """The learned names and cross-script context the entity linker starts from: the
        Memory this Archive's last ingest left while the store changed by nothing else since
        (``dragoman watch`` and the server ingest page by page, as one long run would), else
        loaded from the store (its aliases; a learned entity's first articles, its context,
        are read when the linker first wants them: ``entities/crossscript.py``)."""
        mark = self.store.memory_mark()
        if self._memory is None or mark != self._memory_mark:
            from functools import partial

            from dragoman.entities.memory import Memory

            # the stored context as of now (articles to number mark[1]): later ones are
            # counted as the linker links them
            self._memory = Memory(self.store.entity_aliases(),
                                  partial(self.store.entity_context, upto=mark[1]))
        self._memory_mark = mark
        return self._memory

    # -- stories (dragoman.stories): embed and place new articles after each ingest ----------
    def story_service(self) -> StoryService:
        """The story service over this archive (embedder ``settings.embedder``, default use)."""
        from dragoman.stories.service import StoryService

        if getattr(self, "_stories", None) is None:
            self._stories = StoryService(self.store, self.settings.embedder)
        return self._stories

    def stories_pending(self) -> bool:
        return bool(self.store.unclustered_article_ids())

    def update_stories(self, report: IngestReport | None = None) -> int:
        """Embed and place every article without a story; failures go to ``report``."""
        if not self.settings.stories:
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
        the number of statements regrouped (0 when nothing was to do)."""
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
