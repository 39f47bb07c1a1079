"""Bounds on the work one page may cost, so that a hostile or broken page costs only itself."""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from dragoman.errors import ExtractionError

# HTML larger than this (after scripts, styles, comments and inline data are cut) is
# refused. The largest page of the Fundus set is 1.3 M characters, 0.39 M without scripts;
# real articles are far below 8 MB, so only generated or hostile pages reach it.
MAX_HTML_CHARS = 8_000_000
# Plain-text pages (already flattened) larger than this are refused: line features cost
# ~4.5 s per million characters on the development machine, and a flattened article
# is rarely above 100 k characters (the seeds: 3-5 k).
MAX_TEXT_CHARS = 1_000_000
# Pages above this size are first stripped of scripts/styles/comments/data URIs (regex, linear).
STRIP_ABOVE_CHARS = 2_000_000
# Element nesting deeper than this is refused. lxml itself stops at 255 levels; real
# news pages stay far below (Fundus set: at most 27 levels), while deep nesting makes the
# recursive parts of trafilatura slow (0.7 s at 200 levels for a one-line page).
MAX_TREE_DEPTH = 120
# CPU-time budget for extracting one page (parsing, trafilatura, metadata, dates).
# The slowest Fundus page takes about 1 s on the busy 2-core development machine.
PAGE_TIME_BUDGET_S = 10.0

_HEAVY = re.compile(
    r"<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<!--.*?-->|<svg\b.*?</svg\s*>"
    r"|data:[a-z/+.-]+;base64,[A-Za-z0-9+/=]{64,}",
    re.IGNORECASE | re.DOTALL,
)


def bounded_html(html: str, source: str) -> str:
    """The page, cut down to its text-bearing markup when large; refused above the limit."""
    if len(html) > STRIP_ABOVE_CHARS:
        html = _HEAVY.sub(" ", html)
    if len(html) > MAX_HTML_CHARS:
        raise ExtractionError(
            source,
            f"HTML too large ({len(html) / 1e6:.1f} M characters without scripts and styles; "
            f"limit {MAX_HTML_CHARS / 1e6:.0f} M)",
        )
    return html


def bounded_text(text: str, source: str) -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionError(
            source,
            f"text page too large ({len(text) / 1e6:.1f} M characters; "
            f"limit {MAX_TEXT_CHARS / 1e6:.0f} M)",
        )
    return text


def tree_depth(tree: etree._Element) -> int:
    """Deepest element nesting below ``tree`` (iterative, no recursion)."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


# True when some element lies deeper than MAX_TREE_DEPTH below the root (evaluated in C).
_TOO_DEEP = etree.XPath("boolean(" + "/".join(["*"] * MAX_TREE_DEPTH) + ")")


def check_depth(tree: etree._Element, source: str) -> None:
    if _TOO_DEEP(tree):
        depth = tree_depth(tree)
        raise ExtractionError(
            source, f"markup nested {depth} levels deep (limit {MAX_TREE_DEPTH}); not an article"
        )


class PageTimeout(ExtractionError):
    """Extraction of one page ran over PAGE_TIME_BUDGET_S."""


@contextmanager
def time_budget(source: str, seconds: float = PAGE_TIME_BUDGET_S) -> Iterator[None]:
    """Raise PageTimeout when the block uses more than ``seconds`` of CPU time.

    CPU time of the process (``ITIMER_PROF``/SIGPROF), not wall-clock time: a page is not
    refused because other work held the cores (worker processes, other jobs). Enforced
    with a signal, so only in the main thread on POSIX; elsewhere the size and depth
    limits still bound the work.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_PROF)[0] > 0:
        yield  # another timer is running (nested use or the caller's own): leave it alone
        return

    def _expire(signum: int, frame: object) -> None:
        raise PageTimeout(source, f"extraction took more than {seconds:g} s of CPU time; page skipped")

    previous = signal.signal(signal.SIGPROF, _expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
