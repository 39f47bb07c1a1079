"""The "quotes" analysis stage: fills Article.quotes (after the entities stage when it runs)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any

from dragoman.model import Article
from dragoman.pipeline.budget import MAX_ANALYSED_CHARS, analysed_end, mark_partial
from dragoman.pipeline.stage import Stage, map_stage
from dragoman.quotes.detect import find_quotes
from dragoman.quotes.marks import find_quoted
from dragoman.quotes.places import PlaceLookup, kb_places

# What is read past ``analysed_end`` to count the quoted spans a long page loses (its warning):
# at most MAX_COUNTED_CHARS characters, in pieces of COUNT_PIECE_MARKS quotation marks. Pairing
# marks costs little where they pair (0.1 s per million characters) but up to 0.7 ms per mark
# where they do not (5,000 "«" in a row: 3.5 s on the busy 2-core development machine; the
# 2 M characters of ' "word' once counted here: 63 s), so the count stops once
# MAX_UNPAIRED_MARKS marks were left unpaired (about 1 s at worst).
MAX_COUNTED_CHARS = MAX_ANALYSED_CHARS
COUNT_PIECE_MARKS = 500
MAX_UNPAIRED_MARKS = 1_000
_QUOTE_MARK = re.compile("[\"'«»‹›“”„‟‘’‚]")  # the marks ``marks.find_quoted`` pairs


def _quotes(article: Article, places: PlaceLookup | None = None, continued: bool = False) -> Article:
    article.quotes, warnings = find_quotes(_analysed_part(article), places, continued)
    article.warnings.extend(warnings)
    return article


def _analysed_part(article: Article) -> Article:
    """The article, or on a very long page a copy cut at ``analysed_end`` (quote offsets
    into the copy are offsets into the whole text)."""
    end = analysed_end(article.text)
    if end == len(article.text):
        return article
    mark_partial(article, "quotes", f"quotations looked for in the first {end} of "
                 f"{len(article.text)} characters; {_unread_quotations(article.text, end)}")
    return replace(article, text=article.text[:end],
                   sentences=[s for s in article.sentences if s[1] <= end],
                   mentions=[m for m in article.mentions if m.end <= end])


def _unread_quotations(text: str, end: int) -> str:
    """What the cut at ``end`` loses: the quoted spans of the rest, not attributed and not
    stored (counted in a bounded part of it: MAX_COUNTED_CHARS, MAX_UNPAIRED_MARKS). A piece
    ends before a mark; the next one starts after the last closing mark found, so a quotation
    a piece's end cuts is read whole in the next."""
    limit = min(len(text), end + MAX_COUNTED_CHARS)
    marks = [m.start() for m in _QUOTE_MARK.finditer(text, end, limit)]
    dropped, unpaired, counted, first = 0, 0, end, 0
    while first < len(marks) and unpaired < MAX_UNPAIRED_MARKS:
        last = min(first + COUNT_PIECE_MARKS, len(marks))
        stop = marks[last] if last < len(marks) else limit
        spans, _ = find_quoted(text[counted:stop])
        dropped += len(spans)
        unpaired += last - first - 2 * len(spans)  # the work spent on marks left unpaired
        counted = counted + spans[-1].end + 1 if spans else stop
        first = bisect_left(marks, counted, first)
    if first == len(marks):
        counted = limit
    if counted == len(text):
        return f"{dropped} quoted spans after character {end} dropped"
    return (f"{dropped} quoted spans in characters {end}-{counted} dropped "
            f"(the {len(text) - counted} characters after them not counted)")


def quotes_stage(cache_dir: str | None = None, places: bool = True, continued: bool = False,
                 **_: Any) -> Stage:
    """Mentions are used when present (speaker ids); without them speakers stay raw text.

    ``places``: countries and large cities of the knowledge base (the one the entities stage
    loads, from ``cache_dir``) may speak even where the entities stage left them unlinked.
    ``continued``: German bare Konjunktiv sentences after a statement are its speaker's too
    (the ``continued_speech`` setting; ``quotes/germancontinued.py``)."""
    state: dict[str, PlaceLookup] = {}

    def run(article: Article) -> Article:
        if places and "places" not in state:
            from dragoman.entities.kb import load_kb

            state["places"] = kb_places(load_kb(cache_dir))
        return _quotes(article, state.get("places"), continued)

    return map_stage("quotes", run, needs=frozenset({"text", "language", "sentences"}),
                     adds=frozenset({"quotes"}))
