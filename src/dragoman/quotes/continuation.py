"""A quotation that goes on with the one before it ("“A,” she said. “B.”"): the tests that
decide whether a quotation with no cue of its own continues the previous statement."""

from __future__ import annotations

import bisect
from itertools import islice
from typing import TYPE_CHECKING

from dragoman.model import Quote
from dragoman.quotes.colons import SENTENCE_MARK
from dragoman.quotes.cues import Cue
from dragoman.quotes.fragments import CLOSERS, FINAL_MARKS, fills_paragraph
from dragoman.quotes.lexicon import _WORD
from dragoman.quotes.marks import QuotedSpan, _before_spaces

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Most words after a quotation that closes its paragraph ("“…,” said Ann Lee, a lawyer.") for a
# quotation opening the next paragraph with no cue of its own to go on with it; a cue clause's
# length (a name and a short appositive), not a fitted value.
CONTINUED_TAIL_WORDS = 12


def new_cue_between(cues: list[Cue], cue_starts: list[int], floor: int, q: QuotedSpan,
                    prev: Quote) -> bool:
    """A cue other than the previous quotation's own stands in ``q``'s clause before it ("“A,”
    she wrote. She wrote that Tom Ray “B.”"): ``q`` is that cue's, not a continuation."""
    return any(c.end <= q.open_at and c.kind != "marker" and c.start != prev.cue_start
               for c in cues[bisect.bisect_left(cue_starts, floor):
                             bisect.bisect_left(cue_starts, q.open_at)])


def same_statement(ctx: _Context, prev: Quote, q: QuotedSpan) -> bool:
    """``q`` goes on with the quotation before it: in the same paragraph, or as a paragraph
    holding nothing but ``q`` right after a paragraph that ends with that quotation or its cue
    clause ("“A,” she said. ¶ “B.”"). Not after a question (an answer may follow it), nor
    when more of ``q``'s paragraph follows it ("¶ “B.” That was how Tom Ray put it.")."""
    text = ctx.text
    nl = text.find("\n", prev.end, q.open_at)
    if nl < 0:
        return True
    if (_WORD.search(text, nl, q.open_at) or not fills_paragraph(text, q)
            or final_mark(text, prev.start, prev.end) == "?"):
        return False
    if final_mark(text, q.start, q.end) not in FINAL_MARKS:
        return False  # "“End the conflict”" alone on its line: a heading
    tail = list(islice(_WORD.finditer(text, prev.end, nl), CONTINUED_TAIL_WORDS + 1))
    return (len(tail) <= CONTINUED_TAIL_WORDS
            and not SENTENCE_MARK.search(text[prev.end:nl].strip(" .," + CLOSERS)))


def final_mark(text: str, start: int, end: int) -> str:
    """The last character of a quotation that is no space, or the one right after its closing
    mark (« … ». puts the full stop outside)."""
    k = _before_spaces(text, start, end)
    if k > start and text[k - 1] in FINAL_MARKS:
        return text[k - 1]
    after = text[end + 1:end + 2]
    return after if after in FINAL_MARKS else ""

