"""Which lines of one text are Title Case lines (``linkdoc.title_case_line``), each line judged
once. ``referentvote.referent_head`` asks for every form of a name that ties for its head, once
per referent: one line of tags holding 1,500 forms of five words cost 1,500 readings of the whole
line (6 s for 54,000 characters). The line around a span is found by bisecting the offsets of
the text's line breaks, read once, not by searching the text backwards from every span."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from dragoman.entities.linkdoc import title_case_line

Span = tuple[int, int]


class TitleCaseLines:
    """The Title Case status of the lines of ``text`` (``running``: as ``title_case_line``)."""

    def __init__(self, text: str, running: bool) -> None:
        self.text = text
        self.running = running
        self._breaks: list[int] | None = None  # offsets of "\n", read on the first question
        self._known: dict[Span, bool] = {}

    def line_of(self, start: int, end: int) -> Span:
        """From after the last line break before ``start`` to the first one at or after ``end``
        (the text's end where there is none): a span across a break takes both lines."""
        if self._breaks is None:
            self._breaks = _line_breaks(self.text)
        before = bisect_left(self._breaks, start)
        after = bisect_left(self._breaks, end)
        return (self._breaks[before - 1] + 1 if before else 0,
                self._breaks[after] if after < len(self._breaks) else len(self.text))

    def holds(self, start: int, end: int) -> bool:
        """Whether the line around the span ``start``-``end`` is written in Title Case."""
        line = self.line_of(start, end)
        if line not in self._known:
            self._known[line] = title_case_line(self.text[line[0] : line[1]], running=self.running)
        return self._known[line]


def _line_breaks(text: str) -> list[int]:
    breaks = []
    at = text.find("\n")
    while at >= 0:
        breaks.append(at)
        at = text.find("\n", at + 1)
    return breaks


# One article at a time: ``referent_head`` is asked once per referent of the article being read.
@lru_cache(maxsize=1)
def article_lines(text: str, running: bool) -> TitleCaseLines:
    """The lines of ``text``, shared by every question about the same text (an equal text
    gives the same answers, so reusing its lines is never wrong)."""
    return TitleCaseLines(text, running)
