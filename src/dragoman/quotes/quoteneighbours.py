"""What stands right around a quotation, for a cue next to it: whether a position closely
follows one ("— …, a lancé"), and the subject of a verb-final cue right after one, which opens
the quotation's sentence before its opening mark ('Bakan Yılmaz, "…" dedi.'). Moved out of
``attach`` unchanged."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from dragoman.quotes.mentions import Speaker
from dragoman.quotes.speakers import phrase_speaker

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context


def subject_before_quote(ctx: _Context, cue: Cue) -> Speaker | None:
    """A verb-final cue right after a quotation: its subject opens the quotation's sentence,
    before the opening mark ('Bakan Yılmaz, "…" dedi.', "وزیر گفت «…» ")."""
    i = bisect.bisect_right(ctx.quoted, (cue.start, cue.start)) - 1
    if i < 0 or not 0 <= cue.start - ctx.quoted[i][1] <= 4:
        return None
    open_at = ctx.quoted[i][0] - 1
    start = ctx.sentence(open_at)[0]
    head = [w for w in ctx.words[ctx.word_at(start):ctx.word_at(open_at)]
            if not any(a <= w.start < b for a, b in ctx.quoted)]
    return phrase_speaker(ctx.text, head, ctx.lex, ctx.mentions, before_verb=True) if head else None


def right_after_quote(ctx: _Context, pos: int) -> bool:
    """``pos`` follows a quotation closely ("— …, a lancé", "—… —respondió")."""
    i = bisect.bisect_right(ctx.quoted, (pos, pos)) - 1
    return i >= 0 and 0 <= pos - ctx.quoted[i][1] <= 4


__all__ = ["right_after_quote", "subject_before_quote"]
