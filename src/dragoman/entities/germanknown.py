"""Names the German span shaping keeps although the page writes them only behind an article
("der Kreml", "die Caritas", "von Microsoft"; issue 15, fourth pass): names of the project's
seed knowledge base (``dragoman/data/kb/*.jsonl``: names in every language and aliases) and
the German names of countries and territories (babel/CLDR). The rules of ``germanarticle``
drop a one-word mention whose word a page writes behind determiners only; a German common
noun is no name of either source, so their names stay (``germanspans._kept_word``). Rivers
and regions ("die Elbe", "im Allgäu") are in neither source and are still lost."""

from __future__ import annotations

from functools import lru_cache

from dragoman.entities.kbsources import SEED_ENTITY_FILES, seed_rows
from dragoman.language import de
from dragoman.language.normalize import normalize_for_match

NAME_FIELDS = ("en", "fr", "es", "de")
# CLDR codes of no territory ("Unbekannte Region"); numeric codes, world regions ("Welt"), are
# left out too: "die Welt" is mostly the common noun.
NOT_TERRITORIES = frozenset({"ZZ"})
# The ending of a plural name in the dative ("den Niederlanden"): its "-n" is dropped.
DATIVE_PLURAL = "en"


@lru_cache(maxsize=1)
def known_names() -> dict[str, str]:
    """Normalized names and aliases of the seed KB and German territory names -> their type
    ("PER", "ORG", "LOC"; empty for a name of entities of two types)."""
    from babel import Locale

    territories = Locale(de.RULES.code).territories
    names = dict.fromkeys((normalize_for_match(name) for code, name in territories.items()
                           if code.isalpha() and code not in NOT_TERRITORIES), "LOC")
    for file in SEED_ENTITY_FILES:
        for row in seed_rows(file):
            for name in [*(row[f] for f in NAME_FIELDS if f in row), *row.get("aka", [])]:
                key = normalize_for_match(name)
                names[key] = row["type"] if names.get(key, row["type"]) == row["type"] else ""
    return names


def known_type(words: str) -> str | None:
    """The type of ``words`` as a seed-KB name or alias or a German territory name, also in
    the dative plural ("in den Niederlanden"); "" when two types share it, None when unknown."""
    key = normalize_for_match(words)
    names = known_names()
    if key not in names and key.endswith(DATIVE_PLURAL):
        key = key[:-1]
    return names.get(key)


def known_name(words: str) -> bool:
    """Whether ``words`` are a seed-KB name or alias or a German territory name."""
    return known_type(words) is not None
