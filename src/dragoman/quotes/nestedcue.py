"""A speech verb inside another's reported clause has that clause's subject as its speaker.

"Ann Lee said the officer told her she had to leave": the words before "told" run back over
"Ann Lee said"; the speaker of "told" is read from the words after the earlier cue ("the
officer"), not from the whole run, where the outer speaker's name wins over a role phrase;
and a role phrase read there is not the outer speaker, who spoke last ("Tom Reed said the
judge told him …": the judge).
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.cues import Cue
from dragoman.quotes.lexicon import Word
from dragoman.quotes.speakers import Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

_PUNCTUATION = re.compile(r"[^\w\s]")


def _naming_verbs(ctx: _Context) -> frozenset[str]:
    return _normalized(ctx.lex.rules.naming_verbs)


@cache  # once per language pack, not once per cue
def _normalized(verbs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_for_match(v) for v in verbs)


def _earlier_cue(ctx: _Context, lo: int, hi: int) -> Cue | None:
    """The last verb cue already attached, with a speaker, lying between ``lo`` and ``hi``
    (cues are attached in text order: the search starts at the last one before ``hi`` and
    stops at the first one before ``lo``; once all are attached, later cues are skipped)."""
    done = ctx.cues_done
    for k in range(bisect.bisect_left(done, hi, key=lambda c: c.start) - 1, -1, -1):
        c = done[k]
        if c.start <= lo:
            return None
        if c.kind == "verb" and c.speaker is not None and c.end <= hi:
            return c
    return None


def after_earlier_cue(ctx: _Context, cue: Cue, before: list[Word]) -> list[Word]:
    """The words of ``before`` (the chunk before ``cue``) after the last verb cue already
    attached that ends inside it and has a speaker; ``before`` itself when none does or when
    nothing would be left."""
    if not before or ctx.words[cue.wi].key in _naming_verbs(ctx):
        return before  # "X reported the senator called the plan a mistake": a label, X's report
    earlier = _earlier_cue(ctx, before[0].start, cue.start)
    if earlier is None:
        return before
    rest = [w for w in before if w.start >= earlier.end]
    while rest and rest[0].key in ctx.lex.complementizers:
        rest = rest[1:]  # "X said that experts say": "experts"
    return rest or before


def not_outer_speaker(ctx: _Context, cue: Cue, sp: Speaker | None,
                      resolved: Speaker | None, sent_start: int) -> Speaker | None:
    """``resolved`` (what the phrase ``sp`` before ``cue`` was taken to stand for), unless
    ``sp`` is a role phrase inside the reported clause of an earlier cue of the sentence and
    ``resolved`` is that cue's own speaker: "Tom Reed said the judge told him …" is the
    judge's, not Reed's, though Reed spoke last. Then ``sp`` itself."""
    if sp is None or resolved is None or sp.label or sp.text.casefold() in ctx.lex.pronouns:
        return resolved
    earlier = _earlier_cue(ctx, sent_start - 1, sp.start + 1)
    if earlier is None or earlier.speaker is None or sp.start < earlier.end:
        return resolved
    return sp if resolved.start == earlier.speaker.start else resolved


def opens_inner_clause(ctx: _Context, cue: Cue) -> bool:
    """The subject of ``cue`` opens the reported clause of an earlier cue of its sentence
    ("Ann Lee said the report told a different story"): the words before that subject are the
    earlier cue's speaker and verb, no content of ``cue``."""
    sp = cue.subject
    if sp is None or sp.start >= cue.start:
        return False
    earlier = _earlier_cue(ctx, ctx.sentence(cue.start)[0] - 1, sp.start + 1)
    if earlier is None or _PUNCTUATION.search(ctx.text, earlier.end, sp.start):
        return False  # "as bad as she said, he said, why …": a new clause after the comma
    between = [w for w in ctx.words[earlier.wj:cue.wi] if w.end <= sp.start]
    return all(w.key in ctx.lex.complementizers for w in between)


__all__ = ["after_earlier_cue", "not_outer_speaker", "opens_inner_clause"]
