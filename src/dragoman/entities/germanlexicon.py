"""The German lexicon of the span shaping (``germanspans``, ``germanlink``): shipped German
place names and given names, and whether a capitalised word is a common noun (listed, a listed
compound head, or built with a noun-forming suffix of the language pack)."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from dragoman.entities import germanarticle
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import CommonWords
from dragoman.language.normalize import normalize_for_match

PLACES_FILE = Path(__file__).resolve().parent / "models" / "ner-de.places.txt.gz"
GIVEN_FILE = Path(__file__).resolve().parent / "models" / "ner-de.given.txt.gz"
# Noun-forming suffixes ("-ung", "-heit"): a capitalised word ending in one is a common noun,
# hardly a name (place names in -ung, -heit... are rare).
NOUN_SUFFIXES = WORDS.noun_suffixes
# Each noun suffix needs this many letters before it.
MIN_STEM = 4
_GENITIVE = ("s",)


def _lines(path: Path) -> frozenset[str]:
    if not path.is_file():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


@lru_cache(maxsize=1)
def german_places() -> frozenset[str]:
    """Normalized German place names (``eval/ner_de_places.py``), empty when not shipped."""
    return _lines(PLACES_FILE)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case given names (``eval/ner_de_names.py``), empty when not shipped."""
    return _lines(GIVEN_FILE)


def given_name(word: str) -> bool:
    """A listed given name, also written with soft hyphens ("Ma\u00adria")."""
    return word[:1].isupper() and germanarticle.plain(word).lower() in given_names()


def known_place(name: str, gazetteer: frozenset[str] | None) -> bool:
    """A German place name or a gazetteer place, also in the genitive ("Kärntens")."""
    key = normalize_for_match(germanarticle.plain(name))
    keys = [key, *(key[: -len(e)] for e in _GENITIVE if key.endswith(e) and len(key) > 4)]
    places = german_places()
    return any(k in places or k in (gazetteer or frozenset()) for k in keys)


def suffix_noun(word: str) -> bool:
    low = word.lower()
    return any(low.endswith(s) and len(low) - len(s) >= MIN_STEM for s in NOUN_SUFFIXES)


def common_noun(word: str, common: CommonWords | None) -> bool:
    """A capitalised German common noun: listed, a listed compound head, or noun-suffixed."""
    word = germanarticle.plain(word)
    if word.lower() in (common.names if common else frozenset()):
        return False
    return suffix_noun(word) or (common is not None and common.noun(word))


def head_in(word: str, heads: tuple[str, ...]) -> bool:
    """Whether ``word`` (or its last hyphenated part), also in the genitive, is or ends in one of
    ``heads`` (a compound: "Postbank"; heads of three letters or fewer only as whole words)."""
    low = word.lower().rpartition("-")[2]
    forms = [low, *(low[: -len(e)] for e in ("es", "s") if low.endswith(e))]
    return any(f == h or (len(h) > 3 and f.endswith(h) and len(f) > len(h) + 2)
               for f in forms for h in heads)
