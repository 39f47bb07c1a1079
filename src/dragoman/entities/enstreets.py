"""Names closing with a street designator that are no street (read by
``products.product_referent``): a designator (``en_entities.STREET_DESIGNATORS``: "Drive",
"Boulevard") makes a name a place (``nameclass.head_type``), but a firm names its services so
too and a work takes a street's name:

* a firm the knowledge base knows is the name's first of two words and the designator also
  names a product (``en_entities.PRODUCT_DESIGNATORS``: "Google Drive", "Amazon Drive"): a
  firm's service, MISC, unless a house number stands before a form ("1600 Amazon Drive"); not
  a longer name or another designator, a town's street ("Apple Valley Road", "Tesla Road");
* a noun of works stands right before a form ("the film Mulholland Drive", "the album Sunset
  Parkway"; the packs' ``work_kinds``): a title, MISC, unless a form stands after a locative
  preposition or a house number anywhere on the page ("a house in Mulholland Drive"), or an
  indefinite determiner leads the noun, an adjective then ("a single Main Street bakery";
  ``en_entities.MODIFIER_DETERMINERS``).

A real street of a page ("shops on Rodeo Drive", "1200 Lake Shore Drive") has neither."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from dragoman.entities.kb import token_key
from dragoman.language.en_entities import MODIFIER_DETERMINERS, PRODUCT_DESIGNATORS, STREET_DESIGNATORS
from dragoman.language.rules import all_rules

KbType = Callable[[str, bool], str | None]  # (name, gazetteer towns too) -> KB type, or None
Occurrences = Callable[[str, str], Iterator[int]]

# Characters looked back for the word before a form.
_LOOKBACK = 30
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+$")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d{1,5}[A-Za-z]?[ \u00a0]+$")


@lru_cache(maxsize=1)
def _designators() -> frozenset[str]:
    return frozenset(token_key(w) for w in STREET_DESIGNATORS)


@lru_cache(maxsize=1)
def _products() -> frozenset[str]:
    return frozenset(token_key(w) for w in PRODUCT_DESIGNATORS)


@lru_cache(maxsize=1)
def _work_kinds() -> frozenset[str]:
    return frozenset(token_key(w) for r in all_rules() for w in r.work_kinds)


@lru_cache(maxsize=1)
def _locatives() -> frozenset[str]:
    return frozenset(w for r in all_rules() for w in r.entity_words.locative_prepositions)


def _before(text: str, start: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    return found.group(1) if found else ""


def _titled(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a noun of works no indefinite determiner
    leads ("the film Mulholland Drive", not "a single Main Street bakery")."""
    found = _WORD_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    if found is None or not found.group(1).islower() or token_key(found.group(1)) not in _work_kinds():
        return False
    return _before(text, found.start()).lower() not in MODIFIER_DETERMINERS


def _numbered(text: str, start: int) -> bool:
    return _NUMBER_BEFORE.search(text, max(0, start - _LOOKBACK), start) is not None


def designated_thing(names: Iterable[str], longest: str, text: str, kb_type: KbType | None,
                     occurrences: Occurrences) -> bool:
    """Whether a referent typed a place whose longest name ``longest`` closes with a street
    designator is a firm's service or a work's title (the module docstring)."""
    words = longest.split()
    if len(words) < 2 or token_key(words[-1]) not in _designators():
        return False
    places = [s for name in dict.fromkeys(names) for s in occurrences(text, name)]
    if not places or any(_numbered(text, s) for s in places):
        return False
    firm = words[0][:1].isupper() and kb_type is not None and kb_type(words[0], False) == "ORG"
    if firm and len(words) == 2 and token_key(words[-1]) in _products() and kb_type is not None:
        return kb_type(longest, True) is None
    if any(_before(text, s).lower() in _locatives() for s in places):
        return False
    return any(_titled(text, s) for s in places)
