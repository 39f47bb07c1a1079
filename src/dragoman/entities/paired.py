"""A name listed beside people is a person's (issue 14): "Sanders or Warren", "Klobuchar and
Warren", "Biden, Warren and Sanders". ``referents`` asks this of one-word names NER calls a
place: a town of the gazetteer that shares a surname of the article ("Warren") is the person
when the word is mostly written in such lists, whatever NER typed each mention. The words
right beside the mention are read, not NER's spans (NER often misses the surname next to it)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from dragoman.entities.kb import token_key
from dragoman.entities.packwords import every_pack
from dragoman.entities.referentvote import Form

# Disjunctions, which the packs' ``list_conjunctions`` do not hold ("Sanders or Warren").
DISJUNCTIONS = every_pack(lambda w: w.disjunctions)
# Characters read on each side of a mention for its list neighbour (a comma, one conjunction
# and a surname).
_WINDOW = 40
# A comma and/or one lower-case word between two names, then the other name.
_AFTER = re.compile(r"(?P<gap>,? (?:(?P<conj>[a-z]+) )?)(?P<name>[A-Z][\w'’-]*)")
_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]*)(?P<gap>,? (?:(?P<conj>[a-z]+) )?)$")


def placed_alone(text: str, forms: Sequence[Form], person_words: set[str],
                 conj: frozenset[str]) -> Counter[str]:
    """One-word forms NER calls a place, by token key, less those listed beside a person's
    name (one whose last word is in ``person_words``, the last words of the article's
    people). ``conj``: the language's list conjunctions, casefolded."""
    placed: Counter[str] = Counter()
    for f in forms:
        m = f.mention
        if len(f.words) != 1 or m.label != "LOC":
            continue
        after = _AFTER.match(text, m.end, m.end + _WINDOW)
        before = _BEFORE.search(text, max(0, m.start - _WINDOW), m.start)
        if not any(_listed(found, f.words[0], person_words, conj) for found in (after, before)):
            placed[f.words[0]] += 1
    return placed


def _listed(found: re.Match[str] | None, word: str, person_words: set[str],
            conj: frozenset[str]) -> bool:
    """Whether a neighbour matched by ``_AFTER`` or ``_BEFORE`` is another person's name
    listed with the mention: after a comma, a conjunction or both."""
    if found is None:
        return False
    key = token_key(found["name"])
    if key == word or key not in person_words:
        return False
    joiner = found["conj"]
    return joiner in conj or joiner in DISJUNCTIONS if joiner else "," in found["gap"]
