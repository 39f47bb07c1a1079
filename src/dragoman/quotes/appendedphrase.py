"""Reported content after the cue that is no clause but a phrase added to the cue's object,
for languages that capitalise every noun (German), checked by ``germanclauses.clause_checks``:
"Sie warnte vor neuem Hass, auch in Europa, und wandte sich gegen Gewalt", "warnte vor
Hass, vor allem im Netz". The content opens with a particle or a preposition and, up to a
second clause joined by a comma and a coordinator (", und …") or its end, holds no word
that can be a verb: each lower-case word is a function word (articles, prepositions, the
pack's particles) or an adjective before its noun (a lower-case word right before a
capitalised one, after a function word or another adjective: never right after a noun or
name, where it is the verb). "warnte, auch in Europa wachse der Hass" ("wachse"), "sagte, nur
Bildung schafft Chancen" ("schafft") and "sagte, im Mai, also bald, sei es soweit" ("sei")
stay. Written from the grammar with original sentences
(``tests/quotes/test_dequotes_verbfinal.py``), not read off any evaluation set.
"""

from __future__ import annotations

import re

from dragoman.language.speakerwords import SpeakerWords, folded
from dragoman.model import Quote
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.lexicon import Lexicon, Word, words

_SECOND_CLAUSE = re.compile(r"[;]|,\s*(?:und|oder|sowie|aber)\b")


_FUNCTION: dict[str, frozenset[str]] = {}  # by pack code


def _function_words(lex: Lexicon, sw: SpeakerWords) -> frozenset[str]:
    rules = lex.rules
    if rules.code in _FUNCTION:
        return _FUNCTION[rules.code]
    found = folded((*lex.stops, *lex.content_blockers, *ARTICLES, *rules.noun_cues,
                    *rules.governing_prepositions, *rules.topic_prepositions,
                    *rules.speaker_adverbs, *rules.fronted_openers, *sw.focus_particles,
                    *sw.relative_prepositions))
    return _FUNCTION.setdefault(rules.code, found)


def _verb_like(found: list[Word], n: int, function: frozenset[str]) -> bool:
    w = found[n]
    if not w.text.isalpha() or not w.text[:1].islower() or w.key in function:
        return False
    if n + 1 >= len(found) or not found[n + 1].text[:1].isupper():
        return True
    # An adjective before its noun ("vor neuen Regeln") follows a function word or another
    # adjective; right after a noun or name it is the verb ("auch Europa wachse Hass").
    return n > 0 and found[n - 1].text[:1].isupper()


def verb_in(found: list[Word], lex: Lexicon, sw: SpeakerWords) -> int | None:
    """Index of the first word of ``found`` that can be a verb (as the module says), or
    None."""
    function = _function_words(lex, sw)
    return next((n for n in range(len(found)) if _verb_like(found, n, function)), None)


def verb_like_at(found: list[Word], n: int, lex: Lexicon, sw: SpeakerWords) -> bool:
    """``found[n]`` can be a verb (as the module says)."""
    return _verb_like(found, n, _function_words(lex, sw))


def finite_helper(found: list[Word], lex: Lexicon) -> bool:
    """``found`` holds an auxiliary or a modal verb ("hat", "will"): a clause's finite verb."""
    return any(w.key in lex.auxiliaries or w.text in lex.rules.modal_verbs for w in found)


def last_verb(found: list[Word], lex: Lexicon, sw: SpeakerWords) -> int | None:
    """Index of the last word of ``found`` that can be a verb (as the module says), or
    None."""
    function = _function_words(lex, sw)
    return next((n for n in range(len(found) - 1, -1, -1) if _verb_like(found, n, function)),
                None)


def appended_phrase(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    """``q`` (reported) is a phrase added to its cue's object: see the module."""
    if q.direct or q.cue_end is None or q.start < q.cue_end or not sw.focus_particles:
        return False
    end = m.start() if (m := _SECOND_CLAUSE.search(text, q.start, q.end)) else q.end
    found = words(text, q.start, end)
    if not found or found[0].key not in _function_words(lex, sw) or (
            found[0].key in lex.complementizers):
        return False
    return verb_in(found, lex, sw) is None


__all__ = ["appended_phrase", "finite_helper", "last_verb", "verb_in", "verb_like_at"]
