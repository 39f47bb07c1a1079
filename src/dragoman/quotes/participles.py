"""The subject of a participle cue ("…, saying", "…, adding"): the noun phrase opening the
clause the participle hangs on, after any introductory phrase ("At a rally in Ames, Iowa, on
Sunday, Ann Lee urged …, saying", "WASHINGTON (UPI) — In response to …, the senator's aide
wrote …, adding").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.cues import Cue, valid_speaker
from dragoman.quotes.groups import GROUP_HEADS
from dragoman.quotes.lexicon import Word
from dragoman.quotes.speakers import (
    _ROLE_LINKS,
    DETERMINERS,
    MAX_SPEAKER_WORDS,
    Speaker,
    _chunk_before,
    phrase_speaker,
)

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# What sets a clause or an introductory phrase off from the next one.
_SEGMENT_BREAK = re.compile(r"[,;—–]|\s-\s")
# Coordinators before a participle that goes on with the clause ("wrote to her and telling").
_AND = frozenset({"and", "or"})


def participle_subject(ctx: _Context, cue: Cue, sent_start: int) -> Speaker | None:
    """The noun phrase opening the last clause before a participle set off by a comma (a name,
    a pronoun, a determiner or role word with its noun); None when no clause opens with one,
    or in scripts without capitals and languages that capitalise every noun."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if not lex.rules.has_case or lex.rules.capitalised_nouns or lex.rules.subject_after_verb:
        return None
    if cue.wi == 0:
        return None
    before = ws[cue.wi - 1]
    if not _SEGMENT_BREAK.search(text, before.end, cue.start):
        if before.text[:1].isupper():  # "footage of Ann Lee saying": the name before it
            chunk = _chunk_before(text, ws, cue.wi, sent_start)
            return phrase_speaker(text, chunk, lex, ctx.mentions, before_verb=True)
        if before.key in lex.stops and before.key not in _AND:
            return None  # "for saying": the clause's subject, read as before
    lo = ctx.word_at(sent_start)
    starts = [k for k in range(lo, cue.wi)
              if k == lo or _SEGMENT_BREAK.search(text, ws[k - 1].end, ws[k].start)]
    for k in reversed(starts):
        if ctx.inside_quotation(ws[k].start, ws[k].end):
            continue
        phrase = _opening_phrase(ctx, ws, k, cue.wi)
        if not phrase:
            continue
        sp = phrase_speaker(text, phrase, lex, ctx.mentions, before_verb=True)
        if sp is not None and valid_speaker(sp, lex, ctx.mentions):
            return sp
    return None


def _opening_phrase(ctx: _Context, ws: list[Word], k: int, end: int) -> list[Word]:
    """The noun phrase at ws[k]: capitalised words, determiners and role or group words, with
    nothing but spaces between them; empty when a preposition or adverb opens the segment
    ("At a rally", "Here in Ames", "Shortly after") or the phrase runs into the cue."""
    lex = ctx.lex
    first = ws[k]
    if first.key in lex.stops and first.key not in DETERMINERS and (
            first.key not in lex.pronouns):
        return []
    out: list[Word] = []
    for w in ws[k:end]:
        if out and ctx.text[out[-1].end:w.start].strip() not in ("", "."):
            break
        linked = w.key in _ROLE_LINKS and out and lex.strip_clitic(out[-1].key, lex.roles) in (
            lex.roles)
        if not (linked or w.text[:1].isupper() or w.key in DETERMINERS or w.key in GROUP_HEADS
                or lex.strip_clitic(w.key, lex.roles) in lex.roles):
            break
        out.append(w)
        if w.key in lex.pronouns:
            break
    if not out or len(out) > MAX_SPEAKER_WORDS or k + len(out) >= end:
        return []
    return out
