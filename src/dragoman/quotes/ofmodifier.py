"""A speaker text that is the object of a preposition modifying the cue's subject: "A friend
of the coach said …", "The mother of the victim said …", "A nurse at the clinic said …": the
speaker is the whole phrase the preposition hangs on, not the noun after it. Only a common
noun phrase after the preposition (a determiner opens it; "a friend of Ann Lee" is left to the
name rules), only a determiner phrase of lower-case nouns before it that opens its clause, and
only when the phrase runs up to the cue. The prepositions are the language's data
(``SpeakerWords.modifier_prepositions``; not "for": "a spokeswoman for the bank" speaks for it).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from dragoman.language.speakerwords import folded, speaker_words
from dragoman.model import Quote
from dragoman.quotes.complements import ARTICLES, DETERMINERS
from dragoman.quotes.groups import QUANTIFIERS
from dragoman.quotes.lexicon import Lexicon, Word, words

# Most lower-case words of the phrase before the preposition after its determiner ("the
# elderly mother"): a noun and two modifiers, the shape of a short noun phrase.
HEAD_PHRASE_WORDS = 3
_ONE_SPACE = re.compile(r"[ \xa0]")
# What stands before a clause-opening determiner: the text's start, a sentence's end, a
# quotation mark or a comma (after an opening phrase, or a quotation before its cue).
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?\n,;:—–“”\"(]\s*)$")


def modifier_head(text: str, q: Quote, lex: Lexicon, closes: bool) -> Quote:
    """``q`` with the phrase a prepositional modifier hangs on as its speaker (see the module);
    ``closes``: the speaker phrase runs up to its cue."""
    preps = folded(speaker_words(lex.rules.code).modifier_prepositions)
    start, end = q.speaker_start, q.speaker_end
    if not preps or not closes or start is None or end is None or q.cue_start is None or (
            q.cue_start < end):
        return q
    own = words(text, start, end)
    if not own or own[0].key not in DETERMINERS | ARTICLES:
        return q  # a name, a pronoun: not this shape
    before = words(text, max(0, start - 120), start)[-(HEAD_PHRASE_WORDS + 2):]
    if len(before) < 3 or before[-1].key not in preps or not _ONE_SPACE.fullmatch(
            text[before[-1].end:start]):
        return q
    for n in range(len(before) - 3, -1, -1):
        det, phrase = before[n], before[n + 1:-1]
        if det.key in DETERMINERS | ARTICLES and _nouns(text, before[n:], lex) and (
                _CLAUSE_OPEN.search(text[max(0, det.start - 3):det.start])):
            if any(w.key in QUANTIFIERS for w in phrase):
                return q  # "one of the aides": a group's member (headnoun.of_group)
            span = text[det.start:end]
            return replace(q, speaker_start=det.start, speaker_text=span, speaker_name=span,
                           speaker_id=None)
    return q


def _nouns(text: str, run: list[Word], lex: Lexicon) -> bool:
    """``run`` (determiner, words, preposition) is one phrase of lower-case words joined by
    single spaces, none a stop word, verb or auxiliary."""
    for a, b in itertools.pairwise(run):
        if not _ONE_SPACE.fullmatch(text[a.end:b.start]):
            return False
    return all(w.text.islower() and w.key.isalpha() and w.key not in lex.stops
               and w.key not in DETERMINERS and w.key not in ARTICLES
               and not any(w.key in known for known in (lex.verbs, lex.auxiliaries, lex.passives))
               for w in run[1:-1])


__all__ = ["modifier_head"]
