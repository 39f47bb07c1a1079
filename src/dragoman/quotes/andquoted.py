"""The subject of a cue coordinated by "and" right after a quoted phrase ("He called her
“weak” and said she had no support"): the clause's opening pronoun or name, read across the
quotation marks that stop the ordinary subject phrase (``andclause``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.speakers import DETERMINERS, Speaker, phrase_speaker

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context
    from dragoman.quotes.lexicon import Word

# Most words from the clause's first word to the cue: the bound of ``coordinated``'s
# COORDINATED_SENTENCE_WORDS (one sentence of two or three coordinated verb phrases), which
# cannot be imported here (it imports ``attach``). PolNeAR train: 16 -> 40, one statement more.
CLAUSE_WORDS = 40
# What ends the clause the coordinated verbs share: a sentence or clause mark, brackets or a
# dash set off by spaces ("For that she drew his ire - he called her …"); commas and
# quotation marks do not ("opposes “x,” supports “y” and recalled").
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]—–]|\s-\s")
_CLOSING_MARK = re.compile(r"[”\"»’']")


def subject_across_quotes(ctx: _Context, cue: Cue, floor: int) -> Speaker | None:
    """The opening subject of the clause when a list conjunction after a closing quotation
    mark stands right before the cue; None otherwise."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    i = cue.wi
    if i < 2 or ws[i - 1].key not in lex.rules.list_conjunctions or not _CLOSING_MARK.search(
            text, ws[i - 2].end, ws[i - 1].start):
        return None
    k = i - 1
    while (k > 0 and ws[k - 1].start >= floor and i - k <= CLAUSE_WORDS
           and not _CLAUSE_BREAK.search(text, ws[k - 1].end, ws[k].start)):
        k -= 1
    if ws[k].key in lex.stops and ws[k].key not in lex.pronouns:
        k = _after_complementizer(ctx, k, i - 1)  # "It is such a presence that Ann Lee …"
    if i - k > CLAUSE_WORDS or (ws[k].key in lex.stops and ws[k].key not in lex.pronouns
                                and ws[k].key not in DETERMINERS):
        return None  # "When Ann Lee arrived, …": a subordinate clause, not the subject
    if ws[k].key in lex.pronouns:
        return phrase_speaker(text, ws[k:k + 1], lex, ctx.mentions, before_verb=True)
    head: list[Word] = []
    for w in ws[k:i - 1]:
        if not (w.text[:1].isupper() or w.key in DETERMINERS or w.key in lex.roles) or (
                head and "," in text[head[-1].end:w.start]):  # "Ann Lee, Tom Ray and …"
            break
        head.append(w)
    return phrase_speaker(text, head, lex, ctx.mentions, before_verb=True) if head else None


def coordinated_after_agent(ctx: _Context, cue: Cue) -> bool:
    """A passive's agent cue right after a list conjunction ("was drafted by X and said") is
    a verb of its own: turn it into one and say so (True), so that no phrase before it, which
    holds the by-phrase ("y dijo Ann Lee": not "por Tom Ray"), is read as its subject."""
    if cue.kind != "agent" or cue.inner is None or not cue.wi or (
            ctx.words[cue.wi - 1].key not in ctx.lex.rules.list_conjunctions):
        return False
    cue.kind, cue.inner = "verb", None
    return True


def _after_complementizer(ctx: _Context, k: int, j: int) -> int:
    """The word after the last complementizer outside quotation marks in ws[k:j], else k."""
    ws = ctx.words
    for m in range(j - 1, k - 1, -1):
        if ws[m].key in ctx.lex.complementizers and not ctx.inside_quotation(
                ws[m].start + 1, ws[m].start):  # a quoted span with a <= start < b
            return m + 1
    return k
