"""Words NER takes into the front of a name that belong to the sentence, not to the name
(issue 14, "entities an analyst can trust"):

* a compound adjective of place or origin: "Cornwall-based Eden Project", "Rutgers-led team",
  "Amsterdam-based United Repair Centre" name the Eden Project and the United Repair Centre;
  the adjective alone ("California-based") names no entity of its own;
* a quantifier: "Many FoodCorp stores" is about FoodCorp.

The words are the packs' (``EntityWords.modifier_suffixes``, ``quantifiers``).
"""

from __future__ import annotations

import re

from dragoman.entities.packwords import alternation, every_pack, every_pack_in_order
from dragoman.entities.tokenize import tokenize

# The second part of a compound adjective that says where a thing is based, who leads or owns
# it ("Cornwall-based", "Rutgers-led", "state-owned").
MODIFIER_SUFFIXES = every_pack_in_order(lambda w: w.modifier_suffixes)
# Quantifiers that open a sentence and never a name ("Many FoodCorp stores").
QUANTIFIERS = every_pack(lambda w: w.quantifiers)
_MODIFIER = re.compile(r"\w[\w.'’]*(?:[-‐][\w.]+)*[-‐]" + alternation(MODIFIER_SUFFIXES),
                       re.IGNORECASE)


def modifier_word(word: str) -> bool:
    """Whether one word is a compound adjective of place or origin ("California-based",
    "Los Angeles-area" is read word by word: "Angeles-area")."""
    return _MODIFIER.fullmatch(word) is not None


def leading_modifier_cut(text: str) -> int:
    """Characters of compound adjectives and quantifiers at the front of a span whose rest is
    a capitalised name ("Cornwall-based Eden Project" -> 15, "Many FoodCorp" -> 5); 0 when
    none, never the whole."""
    spans = tokenize(text)
    drop = 0
    while drop < len(spans) - 1 and _modifier_or_quantifier(text[slice(*spans[drop])]):
        drop += 1
    if not drop or not text[spans[drop][0]].isupper():
        return 0
    return spans[drop][0]


def _modifier_or_quantifier(word: str) -> bool:
    return modifier_word(word) or (word[:1].isupper() and word.casefold() in QUANTIFIERS)


def only_modifiers(text: str) -> bool:
    """A span made only of compound adjectives ("California-based", "Los Angeles-area"): the
    last word is one, the words before are capitalised words of its place."""
    spans = tokenize(text)
    return bool(spans) and modifier_word(text[slice(*spans[-1])]) and all(
        text[a].isupper() for a, _ in spans)
