"""Hyphenated coordination inside a speaker phrase: a word ending in a suspended hyphen, a
coordinator and a compound are one noun ("Zoo- und Tierparkdirektor", "die Bau- und
Verkehrsministerin", "Innen- oder Justizminister"; Dutch "land- en tuinbouw"). The
coordinator there joins two halves of one word, not two phrases, so the speaker phrase goes
on through it."""

from __future__ import annotations

import re
from functools import cache

from dragoman.language.normalize import normalize_for_match
from dragoman.language.speakerwords import speaker_words
from dragoman.quotes.lexicon import Lexicon, Word

# The gap after a word whose second half is left out: a hyphen (or a non-breaking or Unicode
# hyphen, not a dash), then spaces.
_SUSPENDED = re.compile(r"[-\u2010\u2011]\s+")
_HYPHENS = frozenset("-\u2010\u2011")


@cache
def _coordinators(code: str, listing: tuple[str, ...]) -> frozenset[str]:
    """The pack's ``list_conjunctions`` and the speaker words' ``coordinators`` ("und",
    "sowie", "oder") as word keys (``code`` names the pack in the cache)."""
    return frozenset(normalize_for_match(w) for w in (*listing, *speaker_words(code).coordinators))


def suspended_coordination(text: str, ws: list[Word], j: int, lex: Lexicon) -> bool:
    """ws[j] is a coordinator joining a word written with a suspended hyphen ("Bau-") to the
    word right after it ("Verkehrsministerin"): "Bau- und Verkehrsministerin" is one noun."""
    if j < 1 or j + 1 >= len(ws) or text[ws[j - 1].end:ws[j - 1].end + 1] not in _HYPHENS:
        return False  # (the common case, checked first: every word of a phrase is asked)
    if ws[j].key not in _coordinators(lex.rules.code, lex.rules.list_conjunctions):
        return False
    return (bool(_SUSPENDED.fullmatch(text[ws[j - 1].end:ws[j].start]))
            and text[ws[j].end:ws[j + 1].start].isspace())


def merge_compounds(text: str, chunk: list[Word], lex: Lexicon) -> list[Word]:
    """``chunk`` with each suspended coordination made one word that spans it and keys as its
    last part, the compound's head ("Bau- und Verkehrsministerin" keys as
    "verkehrsministerin", a role): the phrase reads as "die Verkehrsministerin" does."""
    if len(chunk) < 3 or not any(suspended_coordination(text, chunk, j, lex)
                                 for j in range(1, len(chunk) - 1)):
        return chunk
    out: list[Word] = []
    j = 0
    while j < len(chunk):
        if j + 2 < len(chunk) and suspended_coordination(text, chunk, j + 1, lex):
            first, head = chunk[j], chunk[j + 2]
            out.append(Word(first.start, head.end, text[first.start:head.end], head.key))
            j += 3
            continue
        out.append(chunk[j])
        j += 1
    return out
