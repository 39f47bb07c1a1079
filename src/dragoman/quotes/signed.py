"""A quotation signed on its own line after the closing mark: "“… works.” Ann Lee, Daily Post"
(reviews and testimonials on product and press pages). The name right after the mark, and
nothing but a comma and a short outlet after it up to the line end, is the speaker; not the
name on the line before, which signs the quotation before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.attach import resolve
from dragoman.quotes.lexicon import words
from dragoman.quotes.speakers import MAX_SPEAKER_WORDS, Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context
    from dragoman.quotes.marks import QuotedSpan

_SIGNED = re.compile(r"[\"”»][ \t\xa0]+(?=\w)")  # the closing mark, spaces, a word: one line


def signed_speaker(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """The person (or outlet) signing a quotation that opens its line, after the closing mark
    on the same line: a mention starting right after the mark and ending the line or followed
    by a comma (a person's outlet: "Ann Lee, Daily Post"); at most ``MAX_SPEAKER_WORDS``
    words after the mark."""
    text = ctx.text
    m = _SIGNED.match(text, q.close_at)
    if m is None or text[text.rfind("\n", 0, q.open_at) + 1:q.open_at].strip():
        return None
    eol = text.find("\n", m.end())
    eol = len(text) if eol < 0 else eol
    if len(words(text, m.end(), eol)) > MAX_SPEAKER_WORDS:
        return None
    found = next((x for x in ctx.mentions.within(m.end(), eol) if x.start == m.end()), None)
    if found is None or found.label not in ("PER", "ORG"):
        return None
    rest = text[found.end:eol].strip()
    if rest and not (found.label == "PER" and rest.startswith(",")):
        return None  # "“…” Ann Lee said …": a clause, its cue is found elsewhere
    return resolve(ctx, ctx.mentions.speaker(found), m.end())
