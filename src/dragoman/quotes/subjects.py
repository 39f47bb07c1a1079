"""A common noun phrase opening the clause as the cue's subject, with the words that modify
it up to the cue ("People briefed on the talks said …", "Many in the crowd said …", "About
four in 10 say …", "Senior aides who have seen the numbers argue …"): the phrase-final words
next to the cue ("the talks", "the crowd") are not the speaker, the phrase's head is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.groups import QUANTIFIERS
from dragoman.quotes.speakers import Speaker

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Most words of such a subject phrase; the longest group subjects of PolNeAR train's missed
# statements run to 16 words ("Large majorities of … voters in six states going to the polls
# on Super Tuesday").
SUBJECT_PHRASE_WORDS = 16
# The head (a role or group noun, a quantifier or a number) is among the phrase's first words
# ("More than six in 10", "Other former intelligence officers").
HEAD_WORDS = 4
_LEAD = re.compile(r"[ \n\t\"“”«»]*")
_PUNCT = re.compile(r"[^\w\s'’.-]")


def opening_word(ctx: _Context, s_start: int) -> int:
    """Index of the sentence's first word, past spaces and quotation marks before it."""
    lead = _LEAD.match(ctx.text, s_start)
    return ctx.word_at(lead.end() if lead else s_start)


def opening_subject(ctx: _Context, cue: Cue, s_start: int) -> Speaker | None:
    """The noun phrase from the clause's start to the cue when a role or group noun, a
    quantifier or a number opens it; the clause starts at the sentence's start, after a
    conjunction opening it or after an introductory word set off by a comma ("Indeed, …")."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    first = opening_word(ctx, s_start)
    if first < cue.wi and ws[first].key in lex.sentence_conjunctions:
        first += 1  # "But hacking specialists say"
    if first + 1 < cue.wi and "," in text[ws[first].end:ws[first + 1].start]:
        first += 1  # "Indeed, proponents of … say"
    if cue.wi - first > SUBJECT_PHRASE_WORDS:
        return None  # (before the slice: a cue late in a long sentence reads no more of it)
    phrase = ws[first:cue.wi]
    if not phrase or _PUNCT.search(
            text, phrase[0].start, cue.start):
        return None
    counted = len(phrase) > 1 and counts(phrase[1].key)  # "About 4 in 10", "About one in five"
    if (phrase[0].key in lex.content_blockers and not counted) or phrase[-1].key in lex.stops or any(
            w.key in lex.verbs or w.key in lex.clause_subjects for w in phrase):
        return None  # "In five states voters said", "who said", "Aides say he told"
    if any(w.key in lex.stops and w.key not in lex.content_blockers
           and w.key not in lex.auxiliaries for w in phrase[1:]):
        return None  # "Some in the room clapped while others said": a clause before the cue's
    if any(w.key in lex.auxiliaries for w in phrase) and not any(
            w.key in lex.relatives or w.key in lex.complementizers for w in phrase):
        return None  # "By some standards one could say": a clause, not a subject
    head = phrase[:HEAD_WORDS]
    if not any(w.key in lex.roles or counts(w.key) for w in head):
        return None
    return Speaker(phrase[0].start, phrase[-1].end, text[phrase[0].start:phrase[-1].end])


def counts(key: str) -> bool:
    """A quantifier or a number ("several", "six", "10")."""
    return key in QUANTIFIERS or key.isdigit()
