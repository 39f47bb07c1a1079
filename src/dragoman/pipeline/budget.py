"""A CPU-time budget per page across all analysis stages.

Extraction has its own budget (``extract/limits.py``); after it, the stages that
analyse one Article (language, entities, quotes, …) share ``PAGE_ANALYSIS_BUDGET_S``.
The clock of a page starts when the first stage that accepts Articles receives it
(``map_stage`` calls ``page_clock``; ``Pipeline.run`` forgets the clock as each record
enters). A stage that finds the page's budget spent is
skipped for that page, and the article keeps a ``partial analysis`` warning saying
which stages did not run; long stages also check ``over_budget()`` between steps and
stop early, saying so. Per-step work is bounded by the caps of each stage (e.g.
``entities/stage.py``), so a page can overrun its budget by at most one capped step.

Records pass through ``map_stage`` chains one at a time, so the page being analysed
is the one whose clock is current; the clock is kept per thread and counts that thread's
CPU time (``time.thread_time``): a page is not cut short because other work (other
threads of ``serve``, worker processes, other jobs on the machine) took the cores.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from dragoman.model import Article

# CPU seconds all analysis stages together may spend on one page. Calibrated on the bundled
# samples and the NTREX-128 documents: a news article takes well under 1 s on the busy
# 2-core development machine, a 1 M-character page about 10 s within the per-stage caps.
PAGE_ANALYSIS_BUDGET_S = 20.0
# Warnings of partially analysed articles start with this.
PARTIAL = "partial analysis"
# Analysis stages read at most this many first characters of a page's text (cut at a
# paragraph break when there is one). The 80 Fundus evaluation pages have at most 37 k
# characters of text; on the busy 2-core development machine NER, linking scans and quote
# detection cost about 30, 6 and 25 s per million characters of short-paragraph text.
MAX_ANALYSED_CHARS = 200_000


@dataclass(slots=True)
class PageClock:
    article: Article
    started: float
    seconds: float

    def spent(self) -> float:
        return time.thread_time() - self.started

    def over(self) -> bool:
        return self.spent() > self.seconds


_local = threading.local()


def page_clock(article: Article, seconds: float | None = None) -> PageClock:
    """The clock of ``article``: the current one, else a new one started now."""
    clock: PageClock | None = getattr(_local, "clock", None)
    if clock is None or clock.article is not article:
        budget = PAGE_ANALYSIS_BUDGET_S if seconds is None else seconds
        clock = _local.clock = PageClock(article, time.thread_time(), budget)
    return clock


def forget() -> None:
    """No page is being analysed (a record is entering a pipeline): the next Article a
    stage sees starts a fresh clock, even an object analysed before."""
    _local.clock = None


def over_budget(article: Article) -> bool:
    """Whether ``article``'s analysis has run past its budget (False when no clock runs
    for it, e.g. a stage called outside a pipeline)."""
    clock: PageClock | None = getattr(_local, "clock", None)
    return clock is not None and clock.article is article and clock.over()


def mark_partial(article: Article, stage: str, what: str) -> None:
    """Note on the article that ``stage`` did not do all its work, and why."""
    article.warnings.append(f"{PARTIAL}: {stage}: {what}")


def is_partial(article: Article) -> bool:
    return any(w.startswith(PARTIAL) for w in article.warnings)


def analysed_end(text: str) -> int:
    """Where analysis of ``text`` stops: its end, or the last paragraph break before
    MAX_ANALYSED_CHARS (the limit itself when there is none)."""
    if len(text) <= MAX_ANALYSED_CHARS:
        return len(text)
    cut = text.rfind("\n\n", 0, MAX_ANALYSED_CHARS)
    return cut if cut > 0 else MAX_ANALYSED_CHARS
