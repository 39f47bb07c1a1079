"""Page work in a pool of worker processes, results back in input order.

``PagePool(workers).prepared(records)`` sends each ``RawPage`` to a worker process that
runs the per-page stages (``page_stages``: extraction and language identification, pure
functions of the page) and NER (``entities.stage.recognize_mentions``), and gets back the
``Article`` or the ``Failure`` naming the page; the NER mentions wait in the pool until the
parent's entities stage links them (``PagePool.archive_stages``).
Records come out in input order (a reorder buffer: the futures are kept in submission
order), with at most ``in_flight`` pages out at a time, so memory stays bounded however
long the input. Failures from the sources pass through without a worker.

The stages that keep state across articles (``archive_stages``: entity linking learns
names as it goes, quotes attribute to linked entities) and everything after them (near-
duplicate marking, the one writer, story placement) stay in the parent, in input order,
so an archive built with N workers is the one built with one.

Workers start from a ``forkserver`` (``spawn`` where there is none), never by forking a
parent that may hold native models or open databases; each loads its models once, in
the initializer. A worker that dies (e.g. killed, or a crash in native code) costs the
page it held: that page becomes a Failure and the pool is restarted for the rest.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dragoman.entities.stage import Recognized, recognize_mentions
from dragoman.model import Article, Failure, RawPage, Record
from dragoman.pipeline import Pipeline, StageStats
from dragoman.pipeline.site_repeats import SITE_WINDOW_RECORDS, with_site_repeats
from dragoman.pipeline.stage import Stage
from dragoman.pipeline.standard import analysis_stages, extract_stage, language_stage

# Fewest pages for which a pool is started: below it the pages are prepared in this process.
# Starting two workers (forkserver, imports, models) costs about as much as preparing 8-16
# real news pages (bench.profile on the Fundus pages: ~0.3-0.7 s per page under load), so
# a handful of pages, e.g. one CLI call per test, is faster without a pool.
POOL_MIN_PAGES = 16
# Pages handed out but not yet taken back, per worker: enough to keep every worker busy
# while the parent analyses and stores, few enough that memory stays bounded (each page
# is at most --max-bytes).
IN_FLIGHT_PER_WORKER = 4
# Times a page may be out in a pool that breaks before it fails on its own.
MAX_TRIES = 2
# Seconds between two checks by a worker that its parent still runs.
PARENT_CHECK_S = 1.0
# Modules the forkserver imports once, so that each worker forks with them loaded.
PRELOAD = ["dragoman.extract", "dragoman.language.detect", "dragoman.language.segment"]
# A tiny page each worker extracts in its initializer, so its models load before real work.
_WARM_PAGE = RawPage("<warm-up>", "<html><head><title>Warm</title></head><body><article>"
                     + "<p>The council met on Monday and approved the plan for the port.</p>" * 6
                     + "</article></body></html>", kind="html")

StageOptions = Mapping[str, Mapping[str, Any]]


def default_workers() -> int:
    """The CLI's default: one worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def page_stages() -> list[Stage]:
    """Stages that depend on one page only: they may run in any process, in any order."""
    return [extract_stage(), language_stage()]


def archive_stages(options: StageOptions | None = None) -> list[Stage]:
    """The analysis stages after ``page_stages``, run in input order in the parent."""
    return [s for s in analysis_stages(options) if s.name != "language"]


# -- worker side -------------------------------------------------------------------------------
_worker_stages: list[Stage] = []

StageTimes = list[tuple[str, float, int, int]]  # name, seconds, records out, failures
Prepared = tuple[list[Record], StageTimes, list[Recognized | None]]


def _init_worker(parent: int) -> None:
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _worker_stages[:] = page_stages()
    _prepare_one(_WARM_PAGE, ner=True)


def _exit_with(parent: int) -> None:
    """End this worker when the parent process is gone (e.g. kill -9): nothing else would,
    it would wait for pages forever."""
    while True:
        time.sleep(PARENT_CHECK_S)
        try:
            os.kill(parent, 0)
        except (ProcessLookupError, PermissionError):  # gone, or its pid taken by another user
            os._exit(1)


def _prepare_one(page: RawPage, ner: bool = False,
                 models: tuple[str | None, str | None] = (None, None),
                 cache_dir: str | None = None) -> Prepared:
    """The page through ``page_stages``; with ``ner``, NER too (``Recognized`` per article)
    with ``models``: the entities stage's (backend, models_dir); ``cache_dir`` (the setting)
    names where the knowledge base NER's span shaping reads is kept (loaded once a worker)."""
    if ner and cache_dir is not None:
        from dragoman.entities.kb import load_kb

        load_kb(cache_dir)
    pipeline = Pipeline(_worker_stages or page_stages())
    out = list(pipeline.run([page]))
    times = [(s.name, s.seconds, s.records_out, s.failures) for s in pipeline.stats]
    found: list[Recognized | None] = []
    if ner:
        t0 = time.perf_counter()
        found = [recognize_mentions(r, *models) if isinstance(r, Article) else None for r in out]
        times.append(("ner", time.perf_counter() - t0, sum(f is not None for f in found), 0))
    return out, times, found


def _warm_parent(cache_dir: str | None = None) -> None:
    """Load what the parent needs once (the knowledge base) while the workers start; any
    error is raised again, with its input named, where the parent needs it."""
    try:
        from dragoman.entities.kb import load_kb

        load_kb(cache_dir)
    except Exception:  # only a head start: the parent loads them again if this failed
        pass


# -- parent side -------------------------------------------------------------------------------
def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


@dataclass
class PagePool:
    """Per-page stages over a stream of records in ``workers`` processes (see module doc)."""

    workers: int
    in_flight: int = 0  # 0: IN_FLIGHT_PER_WORKER per worker, plus the site stage's window
    min_pages: int | None = None  # None: POOL_MIN_PAGES
    stats: dict[str, StageStats] = field(default_factory=dict)
    _executor: ProcessPoolExecutor | None = None
    _site_window: int = 0  # records the site stage takes at once (archive_stages sets it)
    _ping: Future[int] | None = None  # the first task of the current pool
    _no_workers: bool = False  # a pool broke before its first task: prepare pages here
    # NER done in a worker, by article, until the entities stage takes it.
    _recognized: _ByArticle = field(default_factory=lambda: _ByArticle())
    # The entities stage's options the workers need: NER (backend, models_dir), KB cache.
    _models: tuple[str | None, str | None] = (None, None)
    _cache_dir: str | None = None

    def __enter__(self) -> PagePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def stage_stats(self) -> list[StageStats]:
        return list(self.stats.values())

    def archive_stages(self, options: StageOptions | None = None) -> list[Stage]:
        """``archive_stages``, the entities stage taking the NER done in the workers, after
        the site-boilerplate stage (``pipeline.site_repeats``)."""
        opts = dict(options or {})
        entities = opts.get("entities", {})
        self._models = (entities.get("backend"), entities.get("models_dir"))
        self._cache_dir = entities.get("cache_dir")
        opts["entities"] = {**entities, "recognized": self._recognized.pop}
        self._site_window = SITE_WINDOW_RECORDS
        # site boilerplate dropped in the parent: a changed text's worker NER is discarded
        return with_site_repeats(archive_stages(opts), changed=self._recognized.pop)

    def prepared(self, records: Iterable[Record]) -> Iterator[Record]:
        """``records`` with every RawPage replaced by its Article or Failure, in order."""
        it = iter(records)
        minimum = POOL_MIN_PAGES if self.min_pages is None else self.min_pages
        head = list(islice(it, max(minimum, 1)))
        if self.workers <= 1 or len(head) < minimum:
            for record in (*head, *it):
                yield from self._here(record)
            return
        yield from self._pooled(_chain(head, it))

    def _here(self, record: Record) -> list[Record]:
        if not isinstance(record, RawPage):
            return [record]
        out, times, _ = _prepare_one(record)
        self._count(times)
        return out

    def _count(self, times: StageTimes) -> None:
        for name, seconds, out, failures in times:
            st = self.stats.setdefault(name, StageStats(name))
            st.seconds += seconds
            st.records_out += out
            st.failures += failures

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_init_worker,
                                   initargs=(os.getpid(),))

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = self._new_executor()
            # Answered once a worker has started: a pool that breaks before that cannot start
            # workers here at all (e.g. a main module that starts the pool when imported,
            # without ``if __name__ == "__main__"``), and the pages are prepared in this process.
            try:
                self._ping = self._executor.submit(os.getpid)
            except BrokenProcessPool:
                self._no_workers = True  # broke before it could even take the first call
                raise
        return self._executor

    def _submit(self, record: Record) -> Record | Future[Prepared]:
        if not isinstance(record, RawPage):
            return record
        if self._no_workers:  # workers cannot start here: prepare it in this process
            done: Future[Prepared] = Future()
            done.set_result(_prepare_one(record))
            return done
        try:
            return self._pool().submit(_prepare_one, record, True, self._models, self._cache_dir)
        except BrokenProcessPool as exc:  # broke before this page was sent: handled as if
            broken: Future[Prepared] = Future()  # it had broken while the page was out
            broken.set_exception(exc)
            return broken

    def _pooled(self, records: Iterator[Record]) -> Iterator[Record]:
        # The site stage takes a whole window before the analysis runs: the next window stays
        # out to the workers meanwhile, so extraction and analysis still overlap.
        limit = self.in_flight or self._site_window + IN_FLIGHT_PER_WORKER * self.workers
        threading.Thread(target=_warm_parent, args=(self._cache_dir,), daemon=True).start()
        pending: deque[_Entry] = deque()
        for record in records:
            pending.append(_Entry(record, self._submit(record)))
            while len(pending) >= limit:
                yield from self._take(pending)
        while pending:
            yield from self._take(pending)

    def _take(self, pending: deque[_Entry]) -> list[Record]:
        entry = pending[0]
        if not isinstance(entry.result, Future):
            pending.popleft()
            return [entry.result]
        try:
            out, times, found = entry.result.result()
        except BrokenProcessPool:
            # Any page out may have killed the worker: each is tried again in a new pool,
            # and one that was out when a pool broke MAX_TRIES times fails alone.
            if self._ping is not None and not _finished(self._ping):
                self._no_workers = True  # the pool broke before any worker could answer
            self._restart(pending)
            if entry.tries < MAX_TRIES or self._no_workers:
                return []
            pending.popleft()
            return [Failure(entry.sent.source, "the worker process preparing this page died "
                            f"{MAX_TRIES} times (killed, or a crash in native code)", "extract")]
        pending.popleft()
        self._count(times)
        for record, recognized in zip(out, found, strict=False):
            if isinstance(record, Article) and recognized is not None:
                self._recognized.put(record, recognized)
        return out

    def _restart(self, pending: deque[_Entry]) -> None:
        """A new pool after a worker died; the pages still out are sent again."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        for entry in pending:
            if isinstance(entry.result, Future) and not _finished(entry.result):
                entry.tries += 1
                if entry is not pending[0] or entry.tries < MAX_TRIES or self._no_workers:
                    entry.result = self._submit(entry.sent)


@dataclass(slots=True)
class _Entry:
    """A record as sent, and the record itself or the future of its prepared records."""

    sent: Record
    result: Record | Future[Prepared]
    tries: int = 0


def _finished(future: Future[Any]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _ByArticle:
    """Values by Article object (identity), each taken once."""

    def __init__(self) -> None:
        self._values: dict[int, tuple[Article, Recognized]] = {}

    def put(self, article: Article, value: Recognized) -> None:
        self._values[id(article)] = (article, value)

    def pop(self, article: Article) -> Recognized | None:
        kept = self._values.pop(id(article), None)
        return kept[1] if kept is not None and kept[0] is article else None

    def __len__(self) -> int:
        return len(self._values)


def _chain(head: list[Record], rest: Iterator[Record]) -> Iterator[Record]:
    yield from head
    yield from rest


__all__ = ["POOL_MIN_PAGES", "PagePool", "archive_stages", "default_workers", "page_stages"]
