"""Whether a German determiner can be the article of the singular noun after it, from the
genders of Wiktionary's nouns (``models/ner-de.genders.txt.gz``, built by
``eval/ner_de_genders.py``). A determiner before "acronym + noun" that cannot go with the noun
belongs to the pair as one name ("die IG Metall", "der DB Netz": "Metall" and "Netz" are
neuter), where a compound written apart takes its noun's article ("die CDU Fraktion", "der
TÜV Bericht", "das RKI Dashboard"). Feminine and plural nouns are never read so: "die" and
"der" go with both."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from dragoman.language.de_towngrammar import (
    FEMININE_SUFFIXES,
    NOT_MASCULINE_DETERMINERS,
    NOT_NEUTER_DETERMINERS,
)

GENDERS_FILE = Path(__file__).resolve().parent / "models" / "ner-de.genders.txt.gz"
# Letters of a compound's listed head and of the part before it ("Bahn|netz"; the build's
# ``HEAD_MIN``, ``PREFIX_MIN``).
HEAD_MIN, PREFIX_MIN = 4, 3
_EXCLUDED = {"m": NOT_MASCULINE_DETERMINERS, "n": NOT_NEUTER_DETERMINERS}
# Genders the file lists: feminine nouns only stop a compound's head search at the real head
# ("Schuss|waffe" is no "Schussw|affe").
_LISTED = "mnf"


@lru_cache(maxsize=1)
def genders() -> dict[str, str]:
    """Lower-case singular forms -> "m", "n" or "f"; empty when the file is not shipped."""
    if not GENDERS_FILE.is_file():
        return {}
    with gzip.open(GENDERS_FILE, "rt", encoding="utf-8") as handle:
        return {word: kind for kind, _, word in (line.rstrip("\n").partition(" ") for line in handle)
                if kind in _LISTED and word}


def singular_gender(noun: str) -> str | None:
    """"m" or "n" for a masculine or neuter singular noun ("Netz", "Bahnnetz": its longest
    listed head), None for any other word; a word in a feminine ending is read whole
    ("Sendung" is no "Sen|dung")."""
    if not noun.isalpha() or not noun[:1].isupper():
        return None
    low, known = noun.lower(), genders()
    if low in known or low.endswith(FEMININE_SUFFIXES):
        gender = known.get(low)
    else:
        gender = next((known[low[k:]] for k in range(PREFIX_MIN, len(low) - HEAD_MIN + 1)
                       if low[k:] in known), None)
    return gender if gender in _EXCLUDED else None


def not_its_article(determiner: str, noun: str) -> bool:
    """Whether ``determiner`` cannot be the article of the singular noun ``noun``."""
    gender = singular_gender(noun)
    return gender is not None and determiner.lower() in _EXCLUDED[gender]
