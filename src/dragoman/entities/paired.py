"""A name listed beside people is a person's (issue 14): "Sanders or Warren", "Klobuchar and
Warren", "Biden, Warren and Sanders". ``referents`` asks this of one-word names NER calls a
place: a town of the gazetteer that shares a surname of the article ("Warren") is the person
when the word is mostly written in such lists, whatever NER typed each mention. The words
right beside the mention are read, not NER's spans (NER often misses the surname next to it)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.packwords import every_pack
from dragoman.entities.referentvote import Form
from dragoman.model import EntityType, Mention

# Disjunctions, which the packs' ``list_conjunctions`` do not hold ("Sanders or Warren").
DISJUNCTIONS = every_pack(lambda w: w.disjunctions)
# Characters read on each side of a mention for its list neighbour (a comma, one conjunction
# and a surname).
_WINDOW = 40
# A comma and/or one lower-case word between two names, then the other name.
_AFTER = re.compile(r"(?P<gap>,? (?:(?P<conj>[a-z]+) )?)(?P<name>[A-Z][\w'’-]*)")
_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]*)(?P<gap>,? (?:(?P<conj>[a-z]+) )?)$")
_GIVEN_NAMES = given_name_keys()


def placed_alone(text: str, forms: Sequence[Form], person_words: set[str],
                 conj: frozenset[str]) -> tuple[Counter[str], set[int]]:
    """One-word forms NER calls a place, by token key, less those listed beside a person's
    name (one whose last word is in ``person_words``, the last words of the article's
    people), and the starts of those listed ones: each is the person itself, whatever the
    count of the word's other mentions ("Klobuchar and Warren" beside two "Warren is …").
    ``conj``: the language's list conjunctions, casefolded."""
    placed: Counter[str] = Counter()
    listed: set[int] = set()
    for f in forms:
        m = f.mention
        if len(f.words) != 1 or m.label != "LOC":
            continue
        after = _AFTER.match(text, m.end, m.end + _WINDOW)
        before = _BEFORE.search(text, max(0, m.start - _WINDOW), m.start)
        if any(_listed(found, f.words[0], person_words, conj) for found in (after, before)):
            listed.add(m.start)
        else:
            placed[f.words[0]] += 1
    return placed, listed


def _listed(found: re.Match[str] | None, word: str, person_words: set[str],
            conj: frozenset[str]) -> bool:
    """Whether a neighbour matched by ``_AFTER`` or ``_BEFORE`` is another person's name
    listed with the mention: after a comma, a conjunction or both."""
    if found is None:
        return False
    key = token_key(found["name"])
    return key != word and key in person_words and _joined(found, conj)


class _Typed(Protocol):
    forms: list[Form]
    type: EntityType


def listed_people(text: str, groups: Sequence[_Typed], mentions: Sequence[Mention],
                  conj: frozenset[str], revote: Callable[[list[Form]], EntityType]) -> None:
    """Retype the full names NER did not call people that are listed beside people's names
    ("Ann Vale, Tom Reed and Lia Moss", "Vale or Reed"): each such form of two words or
    more, opening with a listed given name and written in capitals only (not "Ben & Jerry's",
    nor "Florence and the Machine"), is marked ``listed`` and its group voted again
    (``referentvote.LISTED_WEIGHT``). A neighbour counts where a name of a group typed PER,
    or a linked mention NER typed PER, starts right after the mention or ends right before
    it: names of firms listed together ("Morgan Stanley, Goldman Sachs") stay firms."""
    people = [f.mention for g in groups if g.type == "PER" for f in g.forms]
    people += [m for m in mentions if m.entity_id is not None and m.label == "PER"]
    starts, ends = {m.start for m in people}, {m.end for m in people}
    for g in groups:
        if g.type == "PER":
            continue
        marked = [f for f in g.forms if len(f.words) >= 2 and f.words[0] in _GIVEN_NAMES
                  and _capitals_only(f.mention.text) and _beside(text, f.mention, (starts, ends), conj)]
        for f in marked:
            f.listed = True
        if marked:
            g.type = revote(g.forms)


def _capitals_only(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split())


def _beside(text: str, m: Mention, people: tuple[set[int], set[int]], conj: frozenset[str]) -> bool:
    """Whether a person's name (``people``: where such names start, where they end) is
    listed right after or right before the mention."""
    starts, ends = people
    after = _AFTER.match(text, m.end, m.end + _WINDOW)
    before = _BEFORE.search(text, max(0, m.start - _WINDOW), m.start)
    return ((after is not None and after.start("name") in starts and _joined(after, conj))
            or (before is not None and before.end("name") in ends and _joined(before, conj)))


def _joined(found: re.Match[str], conj: frozenset[str]) -> bool:
    """Whether the gap to the neighbour lists it: a list conjunction, a disjunction or a comma."""
    joiner = found["conj"]
    return joiner in conj or joiner in DISJUNCTIONS if joiner else "," in found["gap"]
