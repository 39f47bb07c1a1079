"""A subject whose appositive or relative clause runs up to its verb ("Carlos Ruiz, el
geólogo de la universidad, que midió 20,5 grados explica que …"): the person the sentence opens
with, not the last words of the clause ("5 grados")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.modifiers import possessive
from dragoman.quotes.speakers import Speaker

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Most characters between the person opening the sentence and the cue.
RELATIVE_SUBJECT_CHARS = 250


def relative_subject(ctx: _Context, cue: Cue, sent_start: int) -> Speaker | None:
    """The person mention opening the sentence, followed by a comma, when a relative clause
    (", que …", ", quien …": the pack's complementizers and relative pronouns after a comma)
    stands between it and the cue and no other person is named there."""
    lex = ctx.lex
    people = [m for m in ctx.mentions.within(sent_start, cue.start) if m.label == "PER"]
    if not people or cue.start - people[0].end > RELATIVE_SUBJECT_CHARS:
        return None
    first = people[0]
    if ctx.text[sent_start:first.start].strip(" \n\t\"“”«»") or not re.compile(
            r"\s*,").match(ctx.text, first.end):
        return None
    if any(m.text != first.text and not possessive(ctx.text, m) for m in people[1:]):
        return None
    words = ctx.words[ctx.word_at(first.end):cue.wi]
    relative = any((w.key in lex.complementizers or w.key in lex.relatives)
                   and "," in ctx.text[words[n - 1].end:w.start]
                   for n, w in enumerate(words) if n)
    return ctx.mentions.speaker(first) if relative else None
