"""A plural demonstrative naming the people it describes speaks for them (issue 16, en-quotes):
"Those surveyed said …", "By a wide margin, those polled say …", "Those who attended said
…". The phrase is a group, as "some residents" is, so it is the speaker text, linked to no one
(PolNeAR train's missed statements held "those surveyed" six times). Only the demonstrative
opening its chunk (or after a conjunction: "and those polled say"), followed by one past
participle or a short relative clause with no comma: "those days said", "Those plans said"
(no participle), "those killed in the crash" (a participle with more words) name no speaker."""

from __future__ import annotations

from dragoman.language.clausewords import clause_words
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.mentions import Speaker

# Most words of the relative clause after the demonstrative ("those who were at the hearing"):
# a longer one may hold a clause of its own.
RELATIVE_WORDS = 6
# Shortest participle read by its ending ("led", "fed" are too short to tell from nouns).
_MIN_PARTICIPLE = 5


def _participle(w: Word, endings: tuple[str, ...]) -> bool:
    return (w.text[:1].islower() and len(w.key) >= _MIN_PARTICIPLE
            and w.key.endswith(endings))


def group_phrase(text: str, found: list[Word], lex: Lexicon) -> bool:
    """``found`` is a demonstrative and its participle or relative clause ("those surveyed")."""
    cw = clause_words(lex.rules.code)
    if len(found) < 2 or found[0].key not in cw.group_demonstratives:
        return False
    rest = found[1:]
    if len(rest) == 1:
        return _participle(rest[0], cw.participle_endings)
    return (rest[0].key in lex.relatives and len(rest) <= RELATIVE_WORDS
            and "," not in text[rest[0].start:rest[-1].end])


def respondents(text: str, before: list[Word], lex: Lexicon) -> Speaker | None:
    """The group phrase ending right before the cue (``before``: the words of its chunk)."""
    cw = clause_words(lex.rules.code)
    if not cw.group_demonstratives:
        return None
    at = next((i for i in range(len(before) - 1, -1, -1)
               if before[i].key in cw.group_demonstratives), None)
    if at is None or (at and before[at - 1].key not in lex.rules.list_conjunctions):
        return None
    if not group_phrase(text, before[at:], lex):
        return None
    return Speaker(before[at].start, before[-1].end, text[before[at].start:before[-1].end])
