"""A quotation signed on its own line after the closing mark: "“… works.” Ann Lee, Daily Post"
(reviews and testimonials on product and press pages). The name right after the mark, and
nothing but a comma and a short outlet after it up to the line end, is the speaker; not the
name on the line before, which signs the quotation before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.attach import resolve
from dragoman.quotes.complements import ARTICLES, DETERMINERS
from dragoman.quotes.lexicon import Lexicon, words
from dragoman.quotes.speakers import MAX_SPEAKER_WORDS, Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context
    from dragoman.quotes.marks import QuotedSpan

_SENTENCE_END = re.compile(r"[.!?…]\W*$")  # a testimonial is a sentence: "“… works.”"
_SIGNED = re.compile(r"[\"”»][ \t\xa0]+(?=\w)")  # the closing mark, spaces, a word: one line
_NAME_CHARS = 60  # a person's name right after the closing mark ends within these characters


def _work_title(quoted: str, lex: Lexicon) -> bool:
    """The quoted words name a work and its author follows ("“The Old Man and the Sea” Ernest
    Hemingway", "“Imagine” John Lennon"): no sentence end inside the marks, and every word in
    lower case a function word (capitals for all other words, as titles write them)."""
    if _SENTENCE_END.search(quoted):
        return False
    small = (lex.stops, lex.rules.list_conjunctions, DETERMINERS, ARTICLES)
    return all(w.text[:1].isupper() or any(w.key in group for group in small)
               for w in words(quoted))


def signed_speaker(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """The person (or outlet) signing a quotation that opens its line, after the closing mark
    on the same line: a mention starting right after the mark and ending the line or followed
    by a comma (a person's outlet: "Ann Lee, Daily Post"); at most ``MAX_SPEAKER_WORDS``
    words after the mark."""
    text = ctx.text
    if (elided := _elided_cue(ctx, q)) is not None:
        return elided
    m = _SIGNED.match(text, q.close_at)
    if m is None or text[text.rfind("\n", 0, q.open_at) + 1:q.open_at].strip() or (
            _work_title(text[q.start:q.end], ctx.lex)):
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


def _elided_cue(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """“…,” Ann Lee, a fellow at the institute. — the writer left the verb out: a quotation
    that opens its sentence and closes on a comma, then a person's name set off by a comma (the
    appositive after it). A quoted title in a list ("included “Hey Jude,” Paul Simon, and …")
    is no statement."""
    text = ctx.text
    m = _SIGNED.match(text, q.close_at)
    if m is None or text[q.end - 1:q.end] != "," or text[ctx.sentence(q.open_at)[0]:q.open_at].strip(
            ) or _work_title(text[q.start:q.end], ctx.lex):
        return None
    found = next((x for x in ctx.mentions.within(m.end(), m.end() + _NAME_CHARS)
                  if x.start == m.end()), None)
    if found is None or found.label != "PER" or not text.startswith(",", found.end):
        return None
    return resolve(ctx, ctx.mentions.speaker(found), m.end())
