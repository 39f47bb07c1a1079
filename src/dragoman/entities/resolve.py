"""Looking a name up: which KB or learned entity a mention's text refers to.

By name key (knowledge base, then the ``Memory`` of learned entities), then by
consonant skeleton in another script (``transliterate``), then by a place's
Latin skeleton, a translated head word ("جامعة ميشيغان", University of Michigan), a
spelled-out acronym, or a KB name NER gave the wrong type.
``Linker`` (``dragoman.entities.linking``) builds on this per article.
"""

from __future__ import annotations

from collections.abc import Iterable

from dragoman.entities.crossscript import bare_name
from dragoman.entities.cutscript import loose_side
from dragoman.entities.kb import (
    RANK_SEED,
    KnowledgeBase,
    load_kb,
    name_key,
    name_skeleton,
    tagged_vowelled,
    token_key,
    variant_key,
)
from dragoman.entities.memory import (
    PLACE_VOWELLED_MIN,
    SHORT_NAME_MIN,
    Memory,
    acronym_readings,
    glued_readings,
    loose_variants,
    mention_variants,
    proclitic_variants,
    tokens_near,
    usable_skeleton,
    vowels_agree,
)
from dragoman.entities.resolvewords import (
    bare_word,
    definite_detour,
    head_translations,
    is_common_word,
    only_one,
)
from dragoman.entities.transliterate import NAME_SCRIPTS, deletions, name_script
from dragoman.entities.wordclass import given_name_alone, never_a_place
from dragoman.language.normalize import normalize_for_match
from dragoman.language.scripts import ARABIC, LATIN
from dragoman.model import Mention

# Which entity types a mention of each NER label may link to, preferred first
# (ORG/LOC metonymy: "the Kremlin said", "Russia beat Spain").
COMPATIBLE_TYPES: dict[str, tuple[str, ...]] = {
    "PER": ("PER",),
    "ORG": ("ORG", "LOC", "MISC"),
    "LOC": ("LOC", "ORG"),
    "MISC": ("MISC", "ORG"),
}

# A one-word Latin name shorter than this meets a KB name by exact key only, not by the
# looser ``variant_key`` (Slavic endings: Zelenskyy ~ Zelensky), which at that length joins
# ordinary words to names ("Messy" ~ Messi; seen on the DEV-eligible real pages).
VARIANT_WORD_MIN = 6
# KB acronyms of at most this many letters must be written in capitals to be meant: "Who"
# and "Ecb" are not the WHO and the ECB ("Nato", "Unesco", "Opec" are, in British style).
ACRONYM_CAPS_MAX = 3
# A city NER tagged as a person ("Pyongyang must give up") is that city when it has at least
# this many people (the bar at which kbsources looks for a city in untagged text) and its own
# name is no given name and no person's name the KB or the archive knows. Checked on NTREX dev
# (Pyongyang tagged PER) and the entity audit's dev pages: at 500,000 a baby "Charlotte" became
# the city (Denver, 0.7M, tagged PER on NTREX dev, is left to NER).
PERSON_TYPED_CITY_POPULATION = 1_000_000


class NameResolver:
    """Resolves names against a knowledge base and a memory of learned entities."""

    # Whether a surname alone may link to the one archive person who has it (the linker
    # turns it off for a surname two people of the article share).
    archive_surnames: bool = True

    def __init__(self, kb: KnowledgeBase | None = None, memory: Memory | None = None) -> None:
        self.kb = kb if kb is not None else load_kb()
        self.memory = memory if memory is not None else Memory()
        self.memory.use_kb(self.kb)  # KB places lacking a script are matched across scripts
        self._kb_skeletons: dict[str, set[str]] | None = None
        self._definite: dict[str, bool] = {}  # KB place id -> named with ال only (Arabic)

    # -- looking a name up ------------------------------------------------------------------
    def type_of(self, entity_id: str) -> str | None:
        entity = self.kb.entities.get(entity_id)
        return entity.type if entity is not None else self.memory.types.get(entity_id)

    def _pick(self, ids: Iterable[str], label: str, key: str | None = None) -> str | None:
        """The best candidate of a compatible type: seed KB entries first (a LOC "White
        House" is the building, not Casablanca's old name), then by type, then (given the
        name's ``key``) one whose own name it is before one it is only an alias of
        ("Islamabad" the capital, not Chattogram's old name), then rank."""
        found = [(order, n, i) for n, i in enumerate(ids) if (order := self.pick_order(i, label, key))]
        return min(found)[2] if found else None

    def pick_order(self, entity_id: str, label: str, key: str | None = None) -> tuple[bool, int, bool] | None:
        """How ``_pick`` orders a candidate before rank; None for a type ``label`` excludes."""
        allowed = COMPATIBLE_TYPES.get(label, (label,))
        kind = self.type_of(entity_id)
        if kind is None or kind not in allowed:
            return None
        own = key is None or self._own_key(entity_id, key)
        return self.in_gazetteer(entity_id), allowed.index(kind), not own

    def namesakes(self, text: str, label: str, entity_id: str) -> list[str]:
        """The KB entities of ``text``'s key that ``lookup`` ranks level with ``entity_id`` but
        for rank (Haarlem and Harlem, both "هارلم"), ``entity_id`` included; [] if it is none."""
        key = name_key(text)
        ids = self.kb.by_key.get(key, ())
        own = key if name_script(key) == LATIN else None
        order = self.pick_order(entity_id, label, own) if entity_id in ids else None
        return [i for i in ids if order is not None and self.pick_order(i, label, own) == order]

    def _own_key(self, entity_id: str, key: str) -> bool:
        """Whether ``key`` is or opens a display name of the entity ("Leon": "León de Aldama")."""
        ent = self.kb.entities.get(entity_id)
        return ent is not None and any(f"{name_key(n)} ".startswith(f"{key} ") for n in ent.names.values())

    def in_gazetteer(self, entity_id: str) -> bool:
        return (entity := self.kb.entities.get(entity_id)) is not None and entity.rank < RANK_SEED

    def _skeletons_of(self, entity_id: str) -> set[str]:
        if entity_id in self.memory.skeletons:
            return self.memory.skeletons[entity_id]
        if self._kb_skeletons is None:
            inverse: dict[str, set[str]] = {}
            for skel, ids in self.kb.by_skeleton.items():
                for i in ids:
                    inverse.setdefault(i, set()).add(skel)
            self._kb_skeletons = inverse
        return self._kb_skeletons.get(entity_id, set())

    def _by_skeleton(self, name: str, label: str) -> str | None:
        """An entity with a name of the same consonant skeleton in another script (within
        one edit per long word when either side is Arabic); for short names, the same
        skeleton with its vowels."""
        skel = name_skeleton(name)
        script = name_script(name)
        if not usable_skeleton(skel):
            if len(skel.replace(" ", "")) < SHORT_NAME_MIN:
                return None
            _, _, vkey = tagged_vowelled(name).partition(":")
            ids = [
                i
                for other in NAME_SCRIPTS
                if other != script
                for index in (self.kb.by_vowelled, self.memory.vowelled)
                for i in index.get(f"{other}:{vkey}", ())
            ]
            agree = []
            if script in (ARABIC, LATIN):  # Arabic leaves short vowels unwritten
                other = LATIN if script == ARABIC else ARABIC
                for entity_id in self.memory.short.get(f"{other}:{skel}", ()):
                    for tagged in self.memory.vowelled_of.get(entity_id, ()):
                        if tagged.startswith(other) and vowels_agree(
                            vkey, tagged.partition(":")[2], script == ARABIC
                        ):
                            agree.append(entity_id)
            # the same written vowels (تشيلسي ~ Chelsea) outweigh vowels merely not
            # contradicted (~ Celesio), whatever types NER gave either
            return (
                self._pick(ids, label) or only_one(ids) or self._pick(agree, label) or only_one(agree)
            )
        pool: list[str] = []
        for other in NAME_SCRIPTS:
            if other == script:
                continue
            fuzzy = (script, other) == (ARABIC, LATIN)  # Arabic spells Latin names by ear
            for variant in deletions(skel) if fuzzy else (skel,):
                pool.extend(self.kb.near_skeleton.get(f"{other}:{variant}", ()))
                pool.extend(self.memory.near_skeleton.get(f"{other}:{variant}", ()))
        exact, close = [], []
        for entity_id in dict.fromkeys(pool):
            for tagged in self._skeletons_of(entity_id):
                other, _, s = tagged.partition(":")
                if other == script:
                    continue
                if s == skel:
                    exact.append(entity_id)
                elif tokens_near(skel, s, (script, other) == (ARABIC, LATIN)):
                    close.append(entity_id)
        # The one name of this spelling in another script outweighs NER's label for it
        # (NER often tags a club PER in one language and ORG or LOC in the other).
        return self._pick(exact, label) or self._pick(close, label) or only_one(exact)

    def kb_type(self, name: str, gazetteer: bool = False) -> str | None:
        """The type of the knowledge-base entity a name is, when all its entries agree;
        ``gazetteer``: towns of the gazetteer count too (by default they are no evidence:
        "Preston" the surname is also a town), by their own names only ("Harper", an old
        name of Costa Mesa, is no town)."""
        for _, variant in proclitic_variants(name):
            found = self.kb.by_key.get(name_key(variant), ())
            ids = [i for i in found if not self.in_gazetteer(i) or (gazetteer and self._own_name(i, variant))]
            if ids:
                types = {self.kb.entities[i].type for i in ids}
                return types.pop() if len(types) == 1 else None
        return None

    def _own_name(self, entity_id: str, name: str) -> bool:
        """Whether ``name`` is a display name of the KB entity (not only an alias)."""
        key = name_key(name)
        return any(name_key(n) == key for n in self.kb.entities[entity_id].names.values())

    def lookup(self, name: str, label: str) -> str | None:
        """The entity a name refers to, by key (KB, then memory), then by skeleton."""
        key = name_key(name)
        if not key or is_common_word(name, key):
            return None
        if self._bare_acronym(name, key):
            return None  # "Who" opening a sentence is not the WHO
        # own names decide in Latin script only: the gazetteer gives one namesake an Arabic
        # display name and the others the same spelling as an alias (Birmingham, Alabama)
        found = self._pick(self.kb.by_key.get(key, ()), label, key if name_script(key) == LATIN else None)
        if found is None and (" " in key or not key.isascii() or len(key) >= VARIANT_WORD_MIN):
            found = self._pick(self.kb.variant_keys.get(variant_key(key), ()), label)
        for k in (key, variant_key(key)):
            if found is None and k in self.memory.by_key:
                known = self.memory.by_key[k]
                # a learned name is one entity whatever NER calls it this time
                found = known if known.startswith("x-") else self._pick((known,), label)
        if found is None and label == "PER" and " " not in key and self.archive_surnames:
            people = self.memory.surnames.get(key, {})
            if len(people) == 1:  # a surname alone: the one person of the archive with it
                found = next(iter(people))
        return found

    def _bare_acronym(self, name: str, key: str) -> bool:
        """A short KB acronym (``ACRONYM_CAPS_MAX`` letters or fewer: WHO, ECB) written in
        Latin script without its capitals ("Who", "Ecb")."""
        return (len(key) <= ACRONYM_CAPS_MAX and key in self.kb.acronyms and name.isascii()
                and not name.isupper())

    def cross_script(self, name: str, mentions: Iterable[Mention]) -> str | None:
        """The learned entity of another script that ``name`` is by a looser key, when the
        article's other ``mentions`` name entities named with it before (``crossscript``).
        The article's context is its linked mentions and, for those not linked yet (they are
        learned in text order), what their names would find."""
        cross, types = self.memory.cross, self.memory.types
        readings = [v for _, v in proclitic_variants(name)]
        # an Arabic name with a translated head: كنيسة ريفرسايد ~ "Riverside Church"
        readings += [b for v in readings if name_script(v) == ARABIC and (b := bare_name(v)) is not None]
        matching = [(v, ids) for v in readings if (ids := cross.matching(v, types))]
        if not matching:
            return None  # the common case: no learned name of another script meets it
        context: set[str] = set()
        for m in mentions:
            if m.entity_id:
                context.add(m.entity_id)
            elif m.text != name:
                found = self.lookup(m.text, m.label) or self._by_skeleton(m.text, m.label)
                if found is not None:
                    context.add(found)
        for variant, ids in matching:
            found = cross.attach(variant, context, types, ids)
            if found is not None:
                return found
        return None

    def person_refused(self, text: str, found: str | None) -> bool:
        """Whether a person's name ``text`` met ``found`` across scripts only by a name of it
        without its head word (``crossscript.bare_name``: "Sawiris" of "Sawiris Foundation")."""
        return found is not None and self.memory.cross.only_bare(
            found, [v for _, v in proclitic_variants(text)], self.memory.types)

    def place_refused(self, text: str, found: str | None) -> bool:
        """Whether ``found`` is a place that ``text`` cannot name (a disease, a month, a given
        name: "كورونا" is not Corona, California; "Alexander" is not Alexandria), or a place
        Arabic always names with the article written without it ("يونان", Yunnan or a
        surname, is not اليونان, Greece; "هند", a given name, is not الهند)."""
        return found is not None and self.type_of(found) == "LOC" and (
            never_a_place(text) or (bare_word(text) and self._definite_only(found)))

    def _definite_only(self, entity_id: str) -> bool:
        """Whether every Arabic name of the KB place ``entity_id`` is one word with ال."""
        if entity_id not in self._definite:
            entity = self.kb.entities.get(entity_id)
            arabic = [n.strip() for n in (*entity.names.values(), *entity.aliases)
                      if name_script(n) == ARABIC] if entity is not None else []
            self._definite[entity_id] = bool(arabic) and all(
                " " not in n and normalize_for_match(n).startswith("ال") for n in arabic)
        return self._definite[entity_id]

    def resolve(self, text: str, label: str, exact: bool = False) -> tuple[str | None, int]:
        """``(entity id, characters of proclitic to drop)`` for a mention's text; ``exact``:
        by key only (KB, then memory), no skeleton or other loose match."""
        if self._bare_acronym(text, name_key(text)):
            return None, 0  # "Who" opening a sentence is not the WHO, by any look-up
        found, shift = self._resolve(text, label, exact)
        return (None, 0) if self.place_refused(text, found) else (found, shift)

    def cut_side(self, text: str, label: str) -> tuple[str | None, int]:
        """``resolve`` for one side of a span ``splitting`` may cut in two: a Latin side by its
        key only ("Kontakt" of "Christine Kontakt" is no Connecticut by skeleton), and a
        surname alone reaches no archive person ("Best" of "Best Buy", "King" of "Martin
        Luther King"). Other scripts keep their cross-script look-ups (``cutscript``)."""
        surnames, self.archive_surnames = self.archive_surnames, False
        try:
            found, shift = self.resolve(text, label, exact=True)
            if found is None and name_script(text) != LATIN:
                found, shift = loose_side(self, text, label)
            return found, shift
        finally:
            self.archive_surnames = surnames

    def _resolve(self, text: str, label: str, exact: bool = False) -> tuple[str | None, int]:
        variants = mention_variants(text)
        for shift, variant in variants:
            found = self.lookup(variant, label)
            if found is not None:
                return found, shift
        if exact:
            return None, 0
        for shift, variant in variants:
            found = self._by_skeleton(variant, label)
            if found is not None:
                return found, shift
        if name_script(text) != LATIN:
            found, shift = self._spelled_abroad(variants, label)
            if found is not None:
                return found, shift
        for shift, variant in variants:  # a spelled-out acronym: سي إن إن = CNN
            for reading in acronym_readings(variant):
                found = self.lookup(reading, label)
                if found is not None:
                    return found, shift
        for shift, variant in variants:  # NER got the type wrong ("Zelenskyy" as LOC)
            key = name_key(variant)
            if is_common_word(variant, key):
                continue
            found = self._only_seed(self.kb.by_key.get(key, []), label)
            if found is not None:
                return found, shift
        return self._city_by_own_name(variants, label)

    def _city_by_own_name(self, variants: list[tuple[int, str]], label: str) -> tuple[str | None, int]:
        """A large city by one of its own names, whatever NER's label: a one-word name NER
        tagged PER (``PERSON_TYPED_CITY_POPULATION``), or an Arabic name of two words that
        is the city's one-word Arabic name split at its syllables ("بيونغ يانغ" ~ بيونغيانغ)."""
        for shift, variant in variants:
            key = name_key(variant)
            keys = [key] if label == "PER" and " " not in key and not given_name_alone(variant) else []
            if name_script(variant) == ARABIC and key.count(" ") == 1:
                keys.append(key.replace(" ", ""))
            for k in keys:
                ids = self.kb.by_key.get(k, ())
                if self.memory.surnames.get(k) or any(self.kb.entities[i].type == "PER" for i in ids):
                    continue
                cities = [i for i in ids if self._large_city(i, k)]
                if len(cities) == 1:
                    return cities[0], shift
        return None, 0

    def _large_city(self, entity_id: str, key: str) -> bool:
        entity = self.kb.entities[entity_id]
        return (entity.type == "LOC" and entity.population >= PERSON_TYPED_CITY_POPULATION
                and any(name_key(n) == key for n in entity.names.values()))

    def _only_seed(self, same_key: list[str], label: str) -> str | None:
        """The one seed entity of a name key, whatever NER's label: alone, or beside gazetteer
        towns of that name ("Google" the company, not the Kansas place), unless NER calls
        the name a person and the seed entity is a place ("Jordan" the player stays no
        country where a town shares the name)."""
        seeds = [i for i in same_key if self.kb.entities[i].rank >= RANK_SEED]
        if len(seeds) != 1:
            return None
        if len(same_key) > 1 and label == "PER" and self.kb.entities[seeds[0]].type == "LOC":
            return None
        return seeds[0]

    def _spelled_abroad(self, variants: list[tuple[int, str]], label: str) -> tuple[str | None, int]:
        """A non-Latin name that spells a place's Latin name (``_place_by_skeleton``) or
        translates an organisation's or place's head word and spells the rest
        (``_by_translated_head``)."""
        if label in ("LOC", "ORG"):
            found, shift = self._place_by_skeleton(variants, label)
            if found is not None:
                return found, shift
        for shift, variant in variants:  # "جامعة ميشيغان" = University of Michigan
            found = self._by_translated_head(variant, label)
            if found is not None:
                return found, shift
        return None, 0

    def _by_translated_head(self, name: str, label: str) -> str | None:
        """The Latin-script entity an Arabic name is when its first word translates the head
        of that name and the rest spells the other words (``ar.HEAD_TRANSLATIONS``): "جامعة
        ميشيغان" is "University of Michigan" or "Michigan University", the same consonant
        skeleton (``name_skeleton`` reads each word in its own script)."""
        head, _, rest = name.partition(" ")
        english = head_translations().get(token_key(head)) if rest else None
        if not english or name_script(rest) != ARABIC:
            return None
        for word in english:
            for pattern in (f"{word} of {rest}", f"{rest} {word}"):
                skel = name_skeleton(pattern)
                if not usable_skeleton(skel):
                    continue
                tagged = f"{LATIN}:{skel}"
                pool = [*self.memory.near_skeleton.get(tagged, ()), *self.kb.near_skeleton.get(tagged, ())]
                exact = [i for i in dict.fromkeys(pool) if tagged in self._skeletons_of(i)]
                found = self._pick(exact, label) or only_one(exact)
                if found is not None:
                    return found
        return None

    def _place_by_skeleton(self, variants: list[tuple[int, str]], label: str) -> tuple[str | None, int]:
        """An Arabic or Cyrillic spelling of a city's Latin name, same skeleton."""
        for shift, variant in variants:
            skel = name_skeleton(variant)
            if usable_skeleton(skel):
                key = skel
            else:  # short names with their vowels: Palu ~ بالو (BVLV)
                key = tagged_vowelled(variant).partition(":")[2]
                if len(skel) < 2 or len(key) < PLACE_VOWELLED_MIN or " " in key:
                    continue
            found = self._pick(self.kb.place_skeletons.get(f"{LATIN}:{key}", []), label)
            if found is not None and not definite_detour(variant, self.kb.entities[found].name):
                return found, shift
        return None, 0

    def _kb_place(self, entity_id: str) -> bool:
        return (entity := self.kb.entities.get(entity_id)) is not None and entity.type == "LOC"

    def resolve_loosely(self, text: str, label: str) -> tuple[str | None, int]:
        """``resolve`` for a mention NER cut too wide (see ``loose_variants``). A KB place found
        by dropping leading words of a span NER did not call a place is the end of a longer
        name: "بايرن ميونيخ" (Bayern Munich) is not the city ميونيخ, "اتحاد طنجة" not Tangier
        (a person still is: "سيعتمد إيفو مورالس")."""
        words = len(text.split())
        for shift, variant in loose_variants(text):
            found = self.lookup(variant, label) or self._by_skeleton(variant, label)
            if found is None or self.place_refused(variant, found):
                continue
            if len(variant.split()) < words and label != "LOC" and self._kb_place(found):
                continue
            return found, shift
        for shift, variant in glued_readings(text):  # by its exact name only
            found = self.lookup(variant, label)
            if found is not None and not self.place_refused(variant, found):
                return found, shift
        return None, 0
