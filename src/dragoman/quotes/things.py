"""A thing pronoun as the subject of a cue ("At a minimum, it said, “…”", "It noted that …"):
the body it stands for, never the person quoted or named last."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.appositives import before_adverbs
from dragoman.quotes.lexicon import Lexicon, words
from dragoman.quotes.speakers import SPEAKER_MEMORY_CHARS, Speaker

# A possessive ("the candidate’s"): a modifier, not a subject.
_POSSESSIVE = re.compile(r"['’]s?$")

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context


def thing_referent(ctx: _Context, cue: Cue) -> Speaker | None:
    """The cue's subject is the pack's ``thing_pronouns`` word right before it ("it said"):
    the latest speaker within ``SPEAKER_MEMORY_CHARS`` before that is a body (``_body``),
    else the latest organisation mention there; None when the subject is no such pronoun or nothing fits."""
    pronouns = ctx.lex.rules.thing_pronouns
    if not pronouns or cue.wi == 0:
        return None
    k = before_adverbs(ctx.words, cue.wi)  # "it also adds", "it had said"
    prev = ctx.words[k - 1] if k else ctx.words[cue.wi - 1]
    if normalize_for_match(prev.text) not in pronouns or ctx.text[prev.end:ctx.words[k].start].strip():
        return None
    lo = max(0, cue.start - SPEAKER_MEMORY_CHARS)
    i = bisect.bisect_left(ctx.history, cue.start, key=lambda h: h[0])
    for at, sp in reversed(ctx.history[:i]):
        if at < lo:
            break
        if _body(sp, ctx.lex):
            return sp
    bodies = [m for m in ctx.mentions.within(lo, prev.start) if m.label == "ORG"]
    return ctx.mentions.speaker(bodies[-1]) if bodies else None


def _body(sp: Speaker, lex: Lexicon) -> bool:
    """An organisation or place mention, or a common noun phrase whose head is no person role
    ("the committee", "the ministry"), not a possessive: what "it" may stand for."""
    if sp.label:
        return sp.label != "PER"
    head = words(sp.text)[-1:]
    return bool(head) and head[0].text[:1].islower() and not _POSSESSIVE.search(
        head[0].text) and head[0].key not in lex.person_roles and head[0].key not in lex.pronouns


def writer_or_reader(ctx: _Context, cue: Cue, subject: Speaker | None) -> bool:
    """No subject phrase was found and the word right before the cue (past auxiliaries and
    manner adverbs: "you did say") is a clause subject that is no third person ("I said", "you
    say", "we wrote"; "it said" once ``thing_referent`` found no body): the writer, the reader
    or a thing speaks, no one named before, so nothing is resolved."""
    if subject is not None:
        return False
    wi = before_adverbs(ctx.words, cue.wi)
    if wi == 0:
        return False
    w, text = ctx.words[wi - 1], ctx.text
    if not (w.start == 0 or text[w.start - 1].isspace()) or text.startswith(".", w.end):
        return False  # "Lee wins R.I., vows": the "I" of an abbreviation
    if text[w.end:ctx.words[wi].start].strip():
        return False  # "Ed Pryor read it, then said": the word is no subject of the cue
    return w.key in ctx.lex.clause_subjects and w.key not in ctx.lex.pronouns
