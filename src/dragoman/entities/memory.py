"""Names as the linker compares them: readings of a mention (Arabic proclitics, leading
titles, over-wide NER spans) and the Memory of names learned from text, indexed by key,
consonant skeleton and vowelled skeleton in each script."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

from dragoman.entities.crossscript import CrossScript, StoredContext
from dragoman.entities.kb import (
    KnowledgeBase,
    lacks_script,
    name_key,
    name_skeleton,
    tagged_vowelled,
    token_key,
    variant_key,
)
from dragoman.entities.nameclass import head_keys
from dragoman.entities.tokenize import tokenize
from dragoman.entities.transliterate import deletions, name_script, near, vowels_written
from dragoman.language import ar
from dragoman.language.rules import all_rules
from dragoman.model import Mention

# Skeleton matching needs at least this many consonant classes in the whole name:
# shorter skeletons (Ali, Eli, Adam → "L", "DM") collide between unrelated names.
SKELETON_MIN = 5
# Names with fewer consonant classes than SKELETON_MIN match across scripts only with their
# vowels too (Revlon ~ ريفلون), and only from this many classes (Kim ~ كيم is too short).
SHORT_NAME_MIN = 3
# Shortest vowelled skeleton of a one-word place matched across scripts (BVLV, Palu).
PLACE_VOWELLED_MIN = 4
# A token's skeleton may differ by one edit (never in its first consonant) only when it has
# at least this many classes: at 4, Zelenskyy (SLNSK) met Luhansk (لوهانسك, LNSK).
SKELETON_NEAR_MIN = 5
# A learned one-word name is spotted in other-script text NER missed only with at least
# this many consonant classes (Arabic words reach 5 with affixes: مستشفيات is MSTSFT).
SPOT_SINGLE_MIN = 7
# ... or, matched with its vowels, this many letters of vowelled skeleton (Lombok, لومبوك:
# LVMBVK; Boots, BVTS, is too short to look for in running text).
SPOT_VOWELLED_MIN = 6
# Longest learned name (in words) spotted in text.
SPOT_MAX_TOKENS = 3
ARABIC = re.compile("[\u0600-\u06ff]")


# Lower-case words a written name may hold between its capitalised first and last words.
_NAME_JOINERS = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "du", "van",
                           "von", "der", "den", "la", "le", "y", "e", "of", "and", "&"})  # fmt: skip
# Letters a written form needs at least (two initials, "J. R.", are no name to spot).
WRITTEN_LETTERS_MIN = 5


def written_form(alias: str) -> bool:
    """Whether ``alias`` is a name form to spot as written: two words or more, one space
    apart, opening and closing with a capitalised word (not all capitals: "NEW YORK" is a
    headline's), lower-case words only from ``_NAME_JOINERS`` in between, no title word."""
    words = alias.split(" ")
    if len(words) < 2 or "" in words or sum(c.isalpha() for c in alias) < WRITTEN_LETTERS_MIN:
        return False
    if not all(_capitalised(w) for w in (words[0], words[-1])):
        return False
    if any(not _capitalised(w) and w not in _NAME_JOINERS for w in words[1:-1]):
        return False
    return not any(_title_word(w) for w in words)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word[1:])


# Ids of entities learned from text, not from the knowledge base.
LEARNED_PREFIX = "x-"


def learned_id(key: str) -> str:
    """The id of an entity learned from text: deterministic in its name key alone, so that
    NER calling one name PER here and ORG there (a club, a company) does not split it; the
    type is a property of the entity (``Memory.types``), decided by its sightings."""
    return LEARNED_PREFIX + hashlib.sha1(key.encode()).hexdigest()[:12]


@lru_cache(maxsize=1 << 16)
def proclitic_variants(text: str) -> tuple[tuple[int, str], ...]:
    """``(shift, name)`` readings of a mention: as written, then without Arabic proclitics
    (و ف then ب ل ك; ``للـ`` is ل + ال) or a leading English "the"."""
    out = [(0, text)]
    if text[:4].lower() == "the " and len(text) > 4:
        out.append((4, text[4:]))
    if not ARABIC.match(text):
        return tuple(out)
    i = 1 if text[:1] in ("و", "ف") and len(text) > 4 else 0
    if i:
        out.append((1, text[1:]))
    if text[i : i + 1] in ("ب", "ل", "ك") and len(text) - i > 3:
        if text[i : i + 2] == "لل":
            out.append((i, "ال" + text[i + 2 :]))
        else:
            out.append((i + 1, text[i + 1 :]))
    return tuple(out)


# Words NER sometimes takes into a name ("President X", "المحللة فلانة"): tried off the
# front of a mention when the whole is unknown (as ``token_key`` folds them).
_TITLE_WRITTEN = (
    # Arabic professions NER takes into a name ("المحللة فلانة")
    "المحلل", "المحللة", "الخبير", "الخبيرة", "الباحث", "الباحثة", "الكاتب",
    "الكاتبة", "الصحفي", "الصحفية", "الناشط", "الناشطة", "اللاعب", "اللاعبة", "المدرب",
    "الفنان", "الفنانة", "رئيس", "وزير",
    # Words Arabic NER glues to a name: prepositions, "team", "company", "newspaper".
    "على", "أمام", "لصالح", "ضد", "فريق", "لفريق", "نادي", "لنادي", "المتصدر", "منتخب",
    "مدرب", "قائد", "زعيم", "شركة", "صحيفة", "لصحيفة", "وكالة", "قناة", "مجلة", "موقع",
    # and every language pack's titles and honorifics ("السيد", "آقای", "Sayın")
    *(title for rules in all_rules() for title in rules.titles),
)  # fmt: skip
_TITLE_WORDS = frozenset(token_key(w) for w in _TITLE_WRITTEN)


# Title words written with a final alif maqsura ("على", "on"): the same word written with a
# final ya is a given name ("علي", Ali), which the folded key cannot tell apart.
_MAQSURA_TITLES = frozenset(token_key(w) for w in _TITLE_WRITTEN if w.endswith("ى"))


def _title_word(word: str) -> bool:
    """A title or honorific; a bare capital letter is an initial or a street's letter ("M
    Street"), never French "M." without its full stop."""
    if len(word) == 1:
        return False
    key = token_key(word)
    return key in _TITLE_WORDS and not (key in _MAQSURA_TITLES and word.endswith("ي"))


# Apostrophes opening the possessive clitic ``tokenize`` splits off a word ("King" "’s"); a
# title word so possessed is part of a body's name, never a person's title (issue 14).
POSSESSIVE_MARKS = "'’"


def possessive_clitic(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether token ``i`` of ``text`` is a possessive clitic glued to the word before it
    ("King’s", "Kings’"); an apostrophe after a space is a transliterated ayn ("Sheikh ’Ali")."""
    return 0 < i < len(spans) and text[spans[i][0]] in POSSESSIVE_MARKS and (
        spans[i][0] == spans[i - 1][1])


def title_cut(text: str) -> int:
    """Characters of leading title words in ``text`` (0 when none, never the whole; "علي
    عبد الله صالح" keeps its given name, though "على" is glued to names). A title word before
    one organisation head is the body's name ("General Assembly"), as in ``titles``."""
    spans = tokenize(text)
    drop = 0
    while drop < len(spans) - 1 and _title_word(text[slice(*spans[drop])]):
        drop += 1
    if drop == len(spans) - 1 and head_keys().get(token_key(text[slice(*spans[drop])])) == "ORG":
        return 0
    if drop and possessive_clitic(text, spans, drop):
        return 0  # "King’s College London": a titled owner names a body
    return spans[drop][0] if drop else 0


def mention_variants(text: str) -> list[tuple[int, str]]:
    """``proclitic_variants`` and, after them, the same without leading title words."""
    out = list(proclitic_variants(text))
    for shift, variant in proclitic_variants(text):
        cut = title_cut(variant)
        if cut:
            out.append((shift + cut, variant[cut:]))
    return out


def loose_variants(text: str) -> list[tuple[int, str]]:
    """Last-resort readings of an Arabic mention NER cut too wide: without the و/ف of
    every word ("وإيسي وتويزرمان"), then without leading words ("قام كوفاتشيتش")."""
    if not ARABIC.match(text):
        return []
    spans = tokenize(text)
    if len(spans) < 2:
        return []
    words = [text[a:b] for a, b in spans]
    out = []
    bare = [w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w for w in words]
    if bare != words:
        out.append((len(words[0]) - len(bare[0]), " ".join(bare)))
    out.extend((spans[k][0], text[spans[k][0] :]) for k in range(1, len(spans)))
    return out


# Letters a word must keep behind a glued preposition to be read as a name there: shorter
# rests are often the word itself (منصور is no من + صور "Tyre"). Checked on NTREX dev text.
GLUED_REST_MIN = 5


def glued_readings(text: str) -> list[tuple[int, str]]:
    """An Arabic mention whose first word runs a preposition into a name (text that lost its
    spaces: "منكاليفورنيا", "إلىصنداي تايمز"): ``(shift, the text after the preposition)``."""
    if not ARABIC.match(text):
        return []
    first = text.split(maxsplit=1)[0]
    return [(len(p), text[len(p) :]) for p in ar.GLUED_PREPOSITIONS
            if first.startswith(p) and len(first) - len(p) >= GLUED_REST_MIN]


def vowels_agree(mine: str, theirs: str, mine_arabic: bool) -> bool:
    a, b = mine.split(), theirs.split()
    if len(a) != len(b):
        return False
    pairs = zip(a, b, strict=True) if mine_arabic else zip(b, a, strict=True)
    return all(vowels_written(arabic, latin) for arabic, latin in pairs)


def usable_skeleton(skeleton: str) -> bool:
    return len(skeleton.replace(" ", "")) >= SKELETON_MIN


def tokens_near(a: str, b: str, fuzzy: bool) -> bool:
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    return all(
        x == y or (fuzzy and min(len(x), len(y)) >= SKELETON_NEAR_MIN and x[0] == y[0] and near(x, y))
        for x, y in zip(ta, tb, strict=True)
    )


class Memory:
    """Names of entities learned from text (and new spellings of KB entities).

    Filled from an archive's snapshot (``remember`` per stored alias; ``context``: one
    learned entity's stored articles, ``Store.entity_context``, read by ``crossscript`` the
    first time it wants that entity's context) and by the linker as it goes, so one ingest
    run and the next share identities and cross-script context.
    """

    def __init__(self, rows: Iterable[tuple[str, str, str, str, str | None]] = (),
                 context: StoredContext | None = None) -> None:
        self.types: dict[str, str] = {}
        self._votes: dict[str, dict[str, int]] = {}  # id -> sightings per type, first first
        self._weights: dict[str, dict[str, float]] = {}  # id -> summed scores per type
        self.display: dict[str, str] = {}
        self.names: dict[str, dict[str, str]] = {}
        self.by_key: dict[str, str] = {}
        self.skeletons: dict[str, set[str]] = {}
        # Indexes from a key to entity ids keep the ids in first-seen order, as dicts used as
        # ordered sets (a list's membership test made indexing n names cost n squared).
        self.near_skeleton: dict[str, dict[str, None]] = {}
        # script:skeleton -> id of names distinctive enough to spot in text NER missed
        # (None when two entities share one).
        self.spotted: dict[str, str | None] = {}
        self.vowelled: dict[str, dict[str, None]] = {}  # script:vowelled skeleton -> ids
        self.spot_first: set[str] = set()  # first words of spotted keys: a quick filter
        self.short: dict[str, dict[str, None]] = {}  # script:skeleton -> ids, every name
        self.vowelled_of: dict[str, set[str]] = {}  # id -> its script:vowelled keys
        # A person's surname alone ("Ashford" of "John Q. Ashford") -> people who have it. Not
        # in ``by_key``: a surname names its person only while one person has it.
        self.surnames: dict[str, dict[str, None]] = {}
        # Learned entities' names by word skeleton, with the entities named beside them
        # (``crossscript``: looser cross-script keys, confirmed by context).
        self.cross = CrossScript(stored=context)
        # Exact written forms of learned names of people and organisations of two words or
        # more ("Henrik Voss") -> the entity (None when two share one), and their first words:
        # spotted as written in later articles of any language (``writtennames``).
        self.written: dict[str, str | None] = {}
        self.written_first: set[str] = set()
        # The knowledge base the memory's resolver links with (``use_kb``); KB place names
        # remembered before it is known wait in ``_kb_places``.
        self.kb: KnowledgeBase | None = None
        self._kb_places: list[tuple[str, str]] = []
        self._unspelled: dict[str, bool] = {}
        for entity_id, label, name, alias, language in rows:
            self.remember(entity_id, label, name, alias, language)

    def use_kb(self, kb: KnowledgeBase) -> None:
        """Link with ``kb`` (the resolver's): its places remembered so far, and from now on,
        are matched across scripts when they lack a script (``_kb_place``)."""
        if kb is not self.kb:
            self.kb, self._unspelled = kb, {}
            waiting, self._kb_places = self._kb_places, []
            for entity_id, alias in waiting:
                self._kb_place(entity_id, alias)

    def _kb_place(self, entity_id: str, alias: str) -> None:
        """A knowledge-base place with no name in some script (Palu, no Arabic name): its
        names as the text writes them are matched across scripts like a learned entity's."""
        if self.kb is None:
            self._kb_places.append((entity_id, alias))
            return
        unspelled = self._unspelled.get(entity_id)
        if unspelled is None:
            entity = self.kb.entities.get(entity_id)
            unspelled = entity is not None and entity.type == "LOC" and lacks_script(entity)
            self._unspelled[entity_id] = unspelled
        if unspelled:
            self.cross.add(entity_id, alias, heads=True)

    def remember(
        self,
        entity_id: str,
        label: str,
        name: str,
        alias: str,
        language: str | None = None,
        vote: bool = True,
    ) -> None:
        """Index ``alias`` as a name of ``entity_id``; ``vote``: count it as a sighting of
        the entity as ``label`` (a form already counted through its mention is not)."""
        key = name_key(alias)
        if not key:
            return
        self._sighted(entity_id, label, vote)
        if entity_id.startswith("x-"):
            self.cross.add(entity_id, alias, heads=label != "PER")
        elif label == "LOC":
            self._kb_place(entity_id, alias)
        if label in ("PER", "ORG") and written_form(alias):
            known = self.written.get(alias, entity_id)
            self.written[alias] = entity_id if known == entity_id else None
            self.written_first.add(alias.split(" ", 1)[0])
        self.display.setdefault(entity_id, name)
        if language:
            self.names.setdefault(entity_id, {}).setdefault(language, alias)
        words = name_key(name).split()
        if label == "PER" and " " not in key and key in words[1:]:
            self.surnames.setdefault(key, {})[entity_id] = None
        elif label == "PER" and len(words) > 1 and key == words[0]:
            pass  # a first name alone ("Hunter" of "Hunter Biden") names no one across articles
        else:
            self.by_key.setdefault(key, entity_id)
            self.by_key.setdefault(variant_key(key), entity_id)
        skel = name_skeleton(alias)
        script = name_script(alias)
        consonants = len(skel.replace(" ", ""))
        vkey = tagged_vowelled(alias)
        if consonants >= SHORT_NAME_MIN:
            for index, key in ((self.vowelled, vkey), (self.short, f"{script}:{skel}")):
                index.setdefault(key, {})[entity_id] = None
            self.vowelled_of.setdefault(entity_id, set()).add(vkey)
        if (
            label in ("PER", "ORG", "LOC")
            and consonants >= SHORT_NAME_MIN
            and (len(vkey.partition(":")[2].replace(" ", "")) >= SPOT_VOWELLED_MIN)
        ):
            self._spottable("v|" + vkey, entity_id)
        tagged = f"{script}:{skel}"
        if not usable_skeleton(skel) or tagged in self.skeletons.setdefault(entity_id, set()):
            return
        self.skeletons[entity_id].add(tagged)
        parts = skel.split()
        if label in ("PER", "ORG", "LOC") and (
            (len(parts) > 1 and all(len(p) >= 2 for p in parts)) or len(skel) >= SPOT_SINGLE_MIN
        ):
            self._spottable(tagged, entity_id)
        for variant in deletions(skel):
            self.near_skeleton.setdefault(f"{script}:{variant}", {})[entity_id] = None

    def weigh_mentions(self, mentions: Iterable[Mention]) -> None:
        """Each mention of a learned entity, as its article typed it, is one vote on the
        entity's type: an article that names it ninety times outweighs one that names it once."""
        for m in mentions:
            if m.entity_id is not None and m.entity_id.startswith(LEARNED_PREFIX):
                self._vote(m.entity_id, m.label, m.score)

    def _sighted(self, entity_id: str, label: str, vote: bool) -> None:
        """A vote for ``label``, or without one (a mention that votes at its article's end,
        ``weigh_mentions``: not counted twice) the entity's type until then if it has none."""
        if vote:
            self._vote(entity_id, label)
        elif entity_id not in self.types:
            self.types[entity_id] = label

    def _vote(self, entity_id: str, label: str, score: float = 1.0) -> None:
        """One more sighting of ``entity_id`` as ``label`` (``score``: how sure its tagger
        was): its type is the label seen most often; on a tie the one its sightings were
        surer of in sum, then the first one seen."""
        votes = self._votes.setdefault(entity_id, {})
        weights = self._weights.setdefault(entity_id, {})
        votes[label] = votes.get(label, 0) + 1
        weights[label] = weights.get(label, 0.0) + score
        self.types[entity_id] = max(votes, key=lambda t: (votes[t], weights[t]))  # first of ties

    def _spottable(self, key: str, entity_id: str) -> None:
        known = self.spotted.get(key, entity_id)
        self.spotted[key] = entity_id if known == entity_id else None
        self.spot_first.add(key.split(" ", 1)[0])  # "v|Arab:LVMBVK" or "Latn:STLTNBRG"


# Latin letters as Arabic spells them out in acronyms (سي إن إن = CNN), after
# ``token_key`` folding; some names stand for two letters (بي: B or P).
_LETTER_NAMES: dict[str, str] = {
    "ايه": "ae", "اي": "aei", "بي": "bp", "سي": "c", "دي": "d", "اف": "f", "جي": "g",
    "اتش": "h", "ايتش": "h", "اتشي": "h", "جيه": "j", "جاي": "j", "كيه": "k", "كاي": "k",
    "ال": "l", "ام": "m", "ان": "n", "او": "o", "كيو": "q", "ار": "r", "اس": "s", "تي": "t",
    "يو": "u", "في": "v", "دبليو": "w", "اكس": "x", "واي": "y", "زد": "z", "زي": "z",
}  # fmt: skip
# Most readings of one spelled-out acronym tried (each ambiguous letter doubles them).
MAX_ACRONYM_READINGS = 16


def letter_name(key: str) -> bool:
    """Whether a word (its ``token_key``) is the Arabic name of a Latin letter."""
    return key in _LETTER_NAMES


def vowel_letter_name(key: str) -> bool:
    """Whether a word (its ``token_key``) is the Arabic name of a Latin vowel ("إيه", A): a
    vowel initial has no consonant, so a name's words (``crossscript.name_words``) lack it."""
    return key in _LETTER_NAMES and set(_LETTER_NAMES[key]) <= set("aeiou")


def acronym_readings(text: str) -> list[str]:
    """Latin acronyms an Arabic spelled-out one may stand for: سي بي إس → ["cbs", "cps"]."""
    if not ARABIC.match(text):
        return []
    keys = name_key(text).split()
    # token_key drops a leading "ال", so the letter L (إل / ال) arrives as an empty key.
    letters = [_LETTER_NAMES.get(k) for k in keys]
    if len(letters) < 2 or any(options is None for options in letters):
        return []
    readings = [""]
    for options in letters:
        readings = [r + o for r in readings for o in options or ""][:MAX_ACRONYM_READINGS]
    return readings
