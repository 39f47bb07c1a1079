"""Quoted phrases that are pieces of the writer's own sentence, whose speaker no cue names.

A quotation with no cue that stands inside a sentence (no comma, colon or dash before its
opening mark) and opens on a lower-case word is a constituent of the writer's clause ("the
idea of “that total inner confidence”", "implores his readers “to become more aware …”"):
a noun phrase, an infinitive or a clause's tail. It keeps no speaker (the subject of an
earlier sentence would be a guess), unless the speaker is named in its own sentence before
it ("Ali called on Muslims to “stand up to …”") or a person, a personal pronoun or a role
stands there ("The mayor now speaks of “a financial abyss …”", "She vows to “defend …”"): a
partial quotation of that person. A short lower-case phrase right before a capitalised name
is an epithet (``titles``).

Also the paragraph test of quotations that go on (``fills_paragraph``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.mentions import Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context


def lowercase_opening(text: str, q: QuotedSpan) -> bool:
    """The quotation's first letter is a lower-case one (digits and marks skipped)."""
    for ch in text[q.start:q.end]:
        if ch.isalpha():
            return ch.islower()
    return False


def writers_phrase(ctx: _Context, q: QuotedSpan, sp: Speaker | None) -> bool:
    """``q`` has no cue, stands inside its sentence and opens in lower case, and its speaker
    is not named in that sentence before it ("Ali urged Muslims to “stand up …”" keeps Ali,
    whose words they are; "the idea of “that total inner confidence”" has no speaker)."""
    if not lowercase_opening(ctx.text, q):
        return False
    sent_start = ctx.sentence(q.open_at)[0]
    if sp is not None and sent_start <= sp.start < q.open_at:
        return False
    # a person or a role in the sentence may be its subject ("Le maire, qui …, évoque « un
    # gouffre … »"), whose words they may be: only a sentence with neither is the writer's
    lex = ctx.lex
    return not any(m.label == "PER" for m in ctx.mentions.within(sent_start, q.open_at)) and not any(
        w.key in lex.person_pronouns or lex.strip_clitic(w.key, lex.roles) in lex.roles
        for w in ctx.words[ctx.word_at(sent_start):ctx.word_at(q.open_at)])


_PARAGRAPH_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
CLOSERS = "”\"’'»"
FINAL_MARKS = frozenset(".!?…؟")


def fills_paragraph(text: str, q: QuotedSpan) -> bool:
    """Nothing but spaces (or a full stop put outside the marks) follows ``q`` in its
    paragraph."""
    k = q.close_at + 1
    while k < len(text) and (text[k] in CLOSERS or text[k] in FINAL_MARKS):
        k += 1  # the second character of a typewriter mark (''), a full stop after «…»
    return _PARAGRAPH_END.match(text, k) is not None
