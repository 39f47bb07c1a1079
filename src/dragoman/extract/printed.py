"""Dates a page prints for its readers: every day in its visible text, and the date printed
just after its headline (where bylines and datelines stand).

extract/pubdate.py uses them to break ties the machine-readable sources leave (a page that
shows only its update day; a stated date the page never shows while it prints another one
under its headline). Scanning the text costs time, so the caller asks only when a rule needs it.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from dragoman.extract.dates import find_dates

_NOT_SHOWN = "not(ancestor::script or ancestor::style or ancestor::noscript)"
# Plain strings (smart_strings=False): no back-reference to each text node's element.
_VISIBLE_TEXT = etree.XPath(f"//body//text()[{_NOT_SHOWN}]", smart_strings=False)
_AFTER = etree.XPath(f"following::text()[{_NOT_SHOWN}]", smart_strings=False)
# Characters of visible text after the <h1> searched for its date: a byline, a dateline and
# a standfirst fit; the article's body rarely starts with a date. Set on the dev part of the
# htmldate evaluation set (eval/dates.py; only this value was tried).
HEADLINE_WINDOW_CHARS = 300


def visible_days(tree: HtmlElement) -> tuple[str, ...]:
    """The days (ISO) printed in the page's visible text, in page order."""
    text = " ".join(" ".join(_VISIBLE_TEXT(tree)).split())
    return tuple(d.iso[:10] for d in find_dates(text))


def headline_date(tree: HtmlElement, window: int = HEADLINE_WINDOW_CHARS) -> str | None:
    """The first date (ISO, with its time when printed) in the ``window`` characters of
    visible text that follow the page's first <h1>; None without either."""
    h1 = tree.find(".//h1")
    if h1 is None:
        return None
    parts: list[str] = []
    size = 0
    for node in _AFTER(h1):
        text = " ".join(node.split())
        if text:
            parts.append(text)
            size += len(text) + 1
            if size > window:
                break
    found = find_dates(" ".join(parts)[:window])
    return found[0].iso if found else None
