"""German place names the tagger typed otherwise (issue 14, German entities of pool A).

* A territory's noun opening a name ("Kanton Genf", "Land Brandenburg", "Kurdengebiet Rojava",
  "Freistadt Rust"; the pack's ``territory_heads``) makes it a place: always when the tagger
  typed it a person (no person's name opens with such a noun), and when typed an organisation or
  other if the rest is a known place or the noun is a compound of the head ("Grenzstadt").
  Not: a first word that is itself a place ("Deutschland Tour", "Darmstadt 98"), an
  organisation's unit ("DGB-Region Südwestfalen"), a common noun after the head ("Insel
  Verlag"), a brand of a bare head and an unknown word ("Land Rover").
* A place adjective before a natural feature's head ("Neusiedler See", "Thüringer Wald"; the
  pack's ``feature_heads``) is a place, not an organisation or a person (not after a given
  name: "Peter Wald").
"""

from __future__ import annotations

from dataclasses import replace

from dragoman.entities.germanlexicon import common_noun, given_name, known_place
from dragoman.entities.germanwords import MIN_PREFIX, WORDS
from dragoman.entities.spanshape import CommonWords
from dragoman.language.de_nouns import HEAD_INFLECTIONS, PLACE_ADJECTIVE_ENDING
from dragoman.model import Mention

# Most words a territory's name runs to after its noun ("Kanton Basel-Landschaft", "Republik
# Côte d'Ivoire"); longer spans are phrases, not names. Set by hand.
MAX_NAME_WORDS = 3
# Letters of a territory's noun that closes a compound ("Grenz|stadt", "Kurden|gebiet"): shorter
# heads close firms', persons' and countries' names ("Kaufland Polen", "Rowland Hill"). Set by
# review_deent on "land", the one shorter head.
MIN_COMPOUND_HEAD = 5


def _stems(word: str) -> list[str]:
    low = word.lower()
    return [low, *(low[: -len(e)] for e in HEAD_INFLECTIONS if low.endswith(e) and len(low) - len(e) > 2)]


def _territory_head(word: str) -> tuple[bool, bool]:
    """Whether ``word`` is a territory's noun, and whether it is a compound of one."""
    part = word.rpartition("-")[2]
    if part != word and any(c.isupper() for c in word.rpartition("-")[0][1:]):
        return False, False  # "DGB-Region": an organisation's unit
    heads = WORDS.territory_heads
    stems = _stems(part)
    # "Freistadt", "Kurdengebiet": a compound of a shorter head, listed or not
    compound = any(s.endswith(h) and len(s) - len(h) >= MIN_PREFIX and len(h) >= MIN_COMPOUND_HEAD
                   for s in stems for h in heads)
    return compound or any(s in heads for s in stems), compound


def _name_word(word: str, common: CommonWords | None) -> bool:
    return word[:1].isupper() and not common_noun(word, common)


def territory_label(m: Mention, common: CommonWords | None,
                    gazetteer: frozenset[str] | None) -> Mention:
    """``m`` typed a place when its first word is a territory's noun, as the docstring says."""
    words = m.text.split()
    if m.label == "LOC" or not 2 <= len(words) <= MAX_NAME_WORDS + 1 or not words[0][:1].isupper():
        return m
    head, compound = _territory_head(words[0])
    rest = words[1:]
    # a listed noun is no place of its name ("Kanton" is Guangzhou too); a compound can be one
    place = known_place(words[0], gazetteer) and not any(s in WORDS.territory_heads for s in _stems(words[0]))
    if not head or place or not all(_name_word(w, common) for w in rest):
        return m
    if m.label == "PER" or compound or known_place(" ".join(rest), gazetteer):
        return replace(m, label="LOC")
    return m


def feature_label(m: Mention) -> Mention:
    """``m`` typed a place when it is a place adjective and a natural feature's head."""
    words = m.text.split()
    if m.label == "LOC" or len(words) != 2 or not words[0][:1].isupper() or words[1].isupper():
        return m
    # "Peter Wald", "Walter See": a given name, the person's
    adjective = (words[0].lower().endswith(PLACE_ADJECTIVE_ENDING) and words[0][1:].islower()
                 and not given_name(words[0]))
    if adjective and any(stem in WORDS.feature_heads for stem in _stems(words[1])):
        return replace(m, label="LOC")
    return m


def place_labels(mentions: list[Mention], common: CommonWords | None,
                 gazetteer: frozenset[str] | None) -> list[Mention]:
    return [feature_label(territory_label(m, common, gazetteer)) for m in mentions]
