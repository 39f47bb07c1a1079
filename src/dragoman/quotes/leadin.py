"""The unquoted words that open a sentence before its quotation, when the cue comes after it.

"With thousands of counting systems, “there is no single point of failure,” he said": the
statement is the whole clause before the cue, and, as at least half of it lies inside the
quotation marks, it stays a direct quotation (the definition of a mixed quotation in
``reported.MIXED_QUOTED_SHARE``). A lead-in that would make the quotation less than half of
the statement is left out: the quotation alone is the speaker's words.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from dragoman.model import Quote
from dragoman.quotes.cues import Cue
from dragoman.quotes.lexicon import _WORD
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.reported import MIXED_QUOTED_SHARE
from dragoman.quotes.sentences import past_dateline

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context


# The quotation's last character closes a statement or a clause ("“No,” she said").
_CLOSING_PUNCT = ",.;:!?…"


def _mark_width(text: str, at: int) -> int:
    """Width of the closing mark at ``at``: two for a typewriter double mark (``''``)."""
    return 2 if text[at:at + 2] in ("''", "``") else 1


def lead_in(ctx: _Context, q: QuotedSpan, floor: int, cue: Cue | None,
            cue_starts: list[int], cues: list[Cue]) -> int:
    """Where the statement of ``q`` starts: the first word of its sentence (from ``floor``) when
    the cue follows the quotation, no cue stands before it and the quotation, marks included,
    is still at least half of it; otherwise the quotation's own start."""
    text = ctx.text
    if cue is None or cue.start < q.end or floor > q.open_at:
        return q.start
    floor = past_dateline(text, floor, q.open_at + 1)  # "PARIS (AFP) - « … »": no lead-in
    first = _WORD.search(text, floor, q.open_at)
    if first is None:
        return q.start
    before = cues[bisect.bisect_left(cue_starts, floor):bisect.bisect_left(cue_starts, q.open_at)]
    if any(c.kind != "marker" for c in before):
        return q.start  # "said that if it fails, “…”": reported content that a quotation ends
    close = q.close_at
    quoted = close + _mark_width(text, close) - q.open_at  # ``open_at``: the mark's first character
    size = close + _mark_width(text, close) - first.start()
    return first.start() if quoted >= MIXED_QUOTED_SHARE * size else q.start


def resumes_after(text: str, q: QuotedSpan, prev: Quote | None, cue: Cue) -> bool:
    """``q`` goes on with the statement ``prev`` after its own cue, in a new sentence
    ("“They would be wrong,” Ann Lee, a spokeswoman, said in Fresno, Calif. “The reality
    is …”"): the cue between them is ``prev``'s, set after it, and a full stop ends the
    sentence before the opening mark (which a sentence splitter may have missed after an
    abbreviation)."""
    if prev is None or not prev.direct or prev.cue_start != cue.start or cue.start < prev.end:
        return False
    k = q.open_at - 1
    while k > cue.end and text[k].isspace():
        k -= 1
    return text[k] == "."


def runs_into_clause(ctx: _Context, q: QuotedSpan, cue: Cue) -> bool:
    """The quotation opens a clause that goes on past its closing mark to a comma before the
    cue ("»Vorerst« werde man nichts schließen, sagt X", "“For now” the firm waits, says X"):
    a phrase the writer quotes inside the statement, not the statement: no punctuation in or
    right after the quotation's end, a lower-case word after it, and less than
    ``MIXED_QUOTED_SHARE`` of the clause quoted (more is a mixed direct quotation, as in
    ``lead_in``: "“We are glad” about it, said X")."""
    text = ctx.text
    if cue.start < q.end or text[q.end - 1:q.end] in _CLOSING_PUNCT:
        return False
    end = q.close_at + _mark_width(text, q.close_at)
    after = _WORD.search(text, end, cue.start)
    comma = text.rfind(",", end, cue.start)
    if after is None or text[end:after.start()].strip() or not after.group()[:1].islower() or (
            comma < after.end()):
        return False
    sent_end = ctx.sentence(cue.start)[1]
    if any(end < a < sent_end for a, _ in ctx.quoted):
        return False  # "“If …” by X, Ann Lee said, “we would …”": one statement, split
    return end - q.open_at < MIXED_QUOTED_SHARE * (comma - q.open_at)

