"""Where one NER span holds two names: the point to cut it at.

Three readings, tried at each word boundary from the left:

1. both sides are known names (KB, learned, or tagged alone elsewhere in the article), at
   least one of them a known entity, and not both persons unless both are known entities
   (else a given name and a surname):
   ``الناتو ينس ستولتنبرغ``, ``Labour Tom Watson``;
2. an Arabic coordination: a word opening with the conjunction و after the first, with a
   known name after the و, or before it a known name that is not a person (an Arabic
   given name may open with و: ``وليد``, ``وائل``): ``ريفلون وإيسي``, ``كيم وترامب``;
3. a person span led by a known organisation or place and followed by a full name of at
   least two words (``ليفربول أليسون رمسيس``: a club, then its player); one word after it
   is a person's given name more often (``Paris Hilton``, ``Jordan Henderson``).

A product's name opening with its maker's stays whole: a span typed MISC (NER's or the
referent vote's type) is not cut where the rest is one word the knowledge base does not know
("Amazon Luna", "Nvidia Shield"): alone that word is the product's short form, and one word
founds no entity under some NER models, so the product would be lost.

A possessive between two names goes with neither ("Detroit’s Metro Times"). No cut leaves a
side that is one word naming a direction or a people's qualifier (the packs'
``compass_words`` and ``people_qualifiers``): such a word opens or closes the one name
("North Atlantic", "South Wales", "Denver East", "Native American"), and alone it would found
an entity "North" or "Native" that every page's compass word joins.

The unknown side of a cut keeps NER's label and is resolved or learned like any mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from dragoman.entities.kb import name_key, token_key
from dragoman.entities.memory import LEARNED_PREFIX
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.packwords import every_pack
from dragoman.entities.tokenize import tokenize

# Words of a person's full name (one kept after a leading organisation or place is cut
# off, or one tagged alone in the article).
PERSON_AFTER_PLACE_MIN = 2
_ARABIC_CONJUNCTION = re.compile("و[\u0600-\u06ff]{2,}")
_POSSESSIVES = frozenset({"'s", "’s", "'S", "’S"})


@dataclass(slots=True)
class Part:
    """A known name: its entity (None when only tagged alone elsewhere), the proclitic
    characters to drop, its type, whether its entity is a gazetteer entry only, and
    whether NER tagged it alone elsewhere in the article."""

    entity_id: str | None
    shift: int
    label: str
    gazetteer: bool = False
    tagged: bool = False


@dataclass(slots=True)
class Cut:
    """``text[:left_end]`` and ``text[right_start:]`` are the two names."""

    left_end: int
    right_start: int
    left: Part | None
    right: Part | None


Known = Callable[[str], Part | None]


def find_cut(text: str, label: str, known: Known) -> Cut | None:
    """The first cut of ``text`` (an unresolved span NER labelled ``label``) that one of the
    readings of the module docstring allows, or None."""
    spans = tokenize(text)
    whole = name_key(text)
    for k in range(1, len(spans)):
        left_end, right_start = spans[k - 1][1], spans[k][0]
        if text[right_start : spans[k][1]] in _POSSESSIVES:
            if k + 1 == len(spans):
                continue
            right_start = spans[k + 1][0]  # "Alaska’s Seattle": the owner, then the name
        left_text, right_text = text[:left_end], text[right_start:]
        if name_key(left_text) == whole or name_key(right_text) == whole:
            continue
        if _bound_word(left_text) or _bound_word(right_text):
            continue
        left, right = known(left_text), known(right_text)
        if label == "MISC" and len(right_text.split()) == 1 and not (right is not None and _entity(right)):
            continue  # "Amazon Luna": a product and its maker (module docstring)
        if _both_names(left, right, k, len(spans) - k) and not (
                label == "PER" and _given_and_surname(left_text, left, right, k, len(spans) - k)):
            return Cut(left_end, right_start, left, right)
        token = text[spans[k][0] : spans[k][1]]
        if _ARABIC_CONJUNCTION.fullmatch(token):
            bare = known(right_text[1:])
            if bare is not None or (left is not None and left.label != "PER"):
                return Cut(left_end, right_start + 1, left, bare)
        if (
            label == "PER"
            and _strong(left)
            and left is not None
            and left.entity_id is not None
            and left.label in ("ORG", "LOC")
            and len(spans) - k >= PERSON_AFTER_PLACE_MIN
            and right is None
        ):
            return Cut(left_end, right_start, left, None)
    return None


def _both_names(left: Part | None, right: Part | None, left_words: int, right_words: int) -> bool:
    """Reading 1. Not two parts of one person's name: a given name and a surname are each
    tagged alone in ordinary writing ("Holly Willoughby" ... "Willoughby said"), so two
    person parts stay together unless each is a distinct known entity, and so do two
    parts known only from the article's own tags unless one is a person's full name (two
    words or more) and the other is not a person ("Harbourside Tomas Eklund")."""
    if left is None or right is None or not (_strong(left) and _strong(right)):
        return False
    if left.label == "PER" and right.label == "PER":  # two known people, or one person
        return _entity(left) and _entity(right) and left.entity_id != right.entity_id
    if _entity(left) or _entity(right):
        return True
    return (left.label == "PER" and left_words >= PERSON_AFTER_PLACE_MIN) or (
        right.label == "PER" and right_words >= PERSON_AFTER_PLACE_MIN
    )


def _given_and_surname(left_text: str, left: Part | None, right: Part | None, left_words: int,
                       right_words: int) -> bool:
    """A two-word person span whose second word the archive or the article knows only as
    a learned name: a person's given name and surname, though the given name is also a
    place ("Paris Hilton" ... "Hilton said") or the surname was learned as one ("Rep. Mark
    Walker", "Walker" learned a place from another page). A KB entity on the right still
    cuts ("NATO Stoltenberg")."""
    if left is None or right is None or left_words != 1 or right_words != 1:
        return False
    if right.entity_id is not None and not right.entity_id.startswith(LEARNED_PREFIX):
        return False
    return right.label == "PER" or (left.label == "PER" and token_key(left_text) in given_name_keys())


@lru_cache(maxsize=1)
def _bound_keys() -> frozenset[str]:
    words = every_pack(lambda w: w.compass_words) | every_pack(lambda w: w.people_qualifiers)
    return frozenset(token_key(w) for w in words)


def _bound_word(side: str) -> bool:
    """One word that only ever opens or closes a name ("North", "Native"; module docstring)."""
    return " " not in side.strip() and token_key(side) in _bound_keys()


def _entity(part: Part) -> bool:
    return part.entity_id is not None and not part.gazetteer


def _strong(part: Part | None) -> bool:
    """Known well enough to cut beside without a conjunction: tagged alone in the article
    or not a gazetteer entry only (gazetteers hold many place names that are also common
    words and given names: Kennedy, Much)."""
    return part is not None and (part.tagged or not part.gazetteer)
