"""Words with offsets, and the per-language cue lexicon compiled from LanguageRules."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from dragoman.language.normalize import normalize_for_match
from dragoman.language.rules import LanguageRules

# A word: letters/digits plus Arabic diacritics and tatweel (so offsets stay exact),
# with inner apostrophes and hyphens (don't, gouvernement-clé), except before a French
# inverted subject pronoun ("dit-il", "a-t-elle": "dit" "il", "a" "t" "elle"), and the
# zero-width non-joiner inside
# Persian words (می‌گوید, گفت‌وگو "dialogue", which is no "گفت" "said").
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+"
                   r"(?:(?!-t-|-(?:il|elle|ils|elles|on)\b)(?:['’\-]|\u200c)[\w\u064b-\u065f]+)*")


# Read-only by contract: ``words`` hands out the same objects for every span of a cached text
# (not frozen: a frozen dataclass is slower to build, and words are built by the thousand).
@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    key: str  # normalized form


# Normalized forms of recently seen words (news text repeats its words; normalizing is the
# quote stage's largest cost).
_key = lru_cache(maxsize=65536)(normalize_for_match)


# The words of the latest whole texts tokenised (the article, and the short phrases tokenised
# between its spans), with their starts: the quote stage asks for the words of thousands of
# spans of the article, and a span cut at a space gets a slice of that list (a binary
# search), not a new scan. The number only bounds memory (not calibrated).
_CACHED_TEXTS = 16
_whole: OrderedDict[str, tuple[list[Word], list[int]]] = OrderedDict()


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    if start == 0 and stop == len(text):
        ws = _scan(text, 0, stop)
        _whole[text] = (ws, [w.start for w in ws])
        _whole.move_to_end(text)
        while len(_whole) > _CACHED_TEXTS:
            _whole.popitem(last=False)
        return list(ws)
    known = _whole.get(text)
    if known is not None and _clean_cut(text, start) and _clean_cut(text, stop):
        _whole.move_to_end(text)
        ws, starts = known
        return ws[bisect.bisect_left(starts, start):bisect.bisect_left(starts, stop)]
    return _scan(text, start, stop)


# A character no part of ``_WORD`` matches (a space, a quotation mark, a full stop).
_BREAK = re.compile(r"[^\w\u0610-\u061a\u064b-\u065f\u0670\u0640'’\-\u200c]")


def _clean_cut(text: str, pos: int) -> bool:
    """``pos`` is an end of the text or touches a character ``_WORD`` cannot match: no word
    runs across it and ``_WORD`` reads nothing past it there, so the words of a span cut there
    are those of the whole text that lie inside the span."""
    return pos == 0 or pos == len(text) or (0 < pos < len(text) and (
        _BREAK.match(text, pos - 1) is not None or _BREAK.match(text, pos) is not None))


def _scan(text: str, start: int, stop: int) -> list[Word]:
    return [Word(m.start(), m.end(), w, _key(w)) for m in _WORD.finditer(text, start, stop)
            for w in (m.group(),)]


def iter_words(text: str, start: int = 0, end: int | None = None) -> Iterator[Word]:
    """The words of ``words`` one by one, for a check that may stop at the first."""
    stop = len(text) if end is None else end
    for m in _WORD.finditer(text, start, stop):
        yield Word(m.start(), m.end(), m.group(), _key(m.group()))


class Phrases(dict[str, tuple[str, ...]]):
    """First normalized word -> full normalized phrases (longest first), also indexed by
    length: a generated verb list puts hundreds of phrases under one auxiliary ("ha", "hanno"),
    and a match is then one set lookup per phrase length, not a scan of the phrases."""

    def __init__(self, table: dict[str, tuple[str, ...]]) -> None:
        super().__init__(table)
        self.lengths: dict[str, tuple[tuple[int, frozenset[str]], ...]] = {}
        self.seconds: dict[str, tuple[str, ...]] = {}  # second words of two-word phrases
        for first, phrases in table.items():
            split = [p.split(" ") for p in phrases]
            sizes = sorted({len(p) for p in split}, reverse=True)
            self.lengths[first] = tuple((n, frozenset(p for p in phrases if p.count(" ") == n - 1))
                                        for n in sizes)
            self.seconds[first] = tuple(dict.fromkeys(p[1] for p in split if len(p) == 2))


def phrases(items: tuple[str, ...]) -> Phrases:
    """First normalized word -> full normalized phrases (longest first)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        parts = tuple(w.key for w in words(item))
        if parts:
            out.setdefault(parts[0], []).append(parts)
    return Phrases({k: tuple(" ".join(p) for p in sorted(v, key=len, reverse=True))
                    for k, v in out.items()})


@dataclass(frozen=True, slots=True)
class Lexicon:
    rules: LanguageRules
    verbs: dict[str, tuple[str, ...]]
    participles: frozenset[str]
    addressee_verbs: frozenset[str]
    markers: dict[str, tuple[str, ...]]
    complementizers: frozenset[str]
    pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    pronoun_gender: dict[str, str]
    roles: frozenset[str]
    stops: frozenset[str]
    clitics: tuple[str, ...]
    blockers: frozenset[str] = frozenset()
    passives: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()  # normalized phrases, words joined by spaces
    content_blockers: frozenset[str] = frozenset()
    clause_subjects: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    asides: frozenset[str] = frozenset()  # relatives that open an aside ("dont", and ``relatives``)
    closing_markers: frozenset[str] = frozenset()  # markers only after a comma ("…, so X.")
    person_roles: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()  # topic prepositions ("über")
    adverbs: frozenset[str] = frozenset()  # between a cue and its inverted subject ("auch")
    postposed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "X zufolge"
    # "nach eigenen Angaben": the clause's subject is the source
    subject_markers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    as_words: frozenset[str] = frozenset()  # "…, wie X mitteilte"
    clause_openers: frozenset[str] = frozenset()  # "asked whether …", "said if …"
    sentence_conjunctions: frozenset[str] = frozenset()  # "But the law failed, he said"
    marker_starts: frozenset[str] = frozenset()  # first words of all three kinds of marker
    # speech acts (dragoman.quotes.speechacts): cue phrase -> (construction, act only)
    acts: dict[str, tuple[str, bool]] = field(default_factory=dict)
    act_firsts: frozenset[str] = frozenset()  # first words of the keys of ``acts``
    act_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # act-only cues
    naming_articles: frozenset[str] = frozenset()
    naming_objects: frozenset[str] = frozenset()
    durations: frozenset[str] = frozenset()
    quantity_objects: frozenset[str] = frozenset()  # "said little about …"
    # one-word speech verbs with a spelling that ends in a letter with a diacritic ("dijo",
    # no; "explicó", "dichiarò", yes): see ``marked_ending``
    marked_verbs: frozenset[str] = frozenset()
    pronoun_verbs: frozenset[str] = frozenset()  # "he remarks": cues after a subject pronoun

    def strip_clitic(self, key: str, known: frozenset[str] | dict[str, tuple[str, ...]]) -> str:
        """``key`` without one leading clitic when that makes it a known word (وقال -> قال)."""
        if key in known:
            return key
        for c in self.clitics:
            if key.startswith(c) and len(key) > len(c) + 1 and key[len(c):] in known:
                return key[len(c):]
        return key

    def elided(self, key: str) -> int:
        """Length of an elided complementizer glued to the word ``key`` ("qu’une"), or 0."""
        return next((len(c) for c in self.complementizers
                     if c.endswith(("'", "’")) and key.startswith(c) and len(key) > len(c)), 0)

    def match_phrase(self, ws: list[Word], i: int,
                     table: dict[str, tuple[str, ...]]) -> int:
        """Number of words of the longest phrase of ``table`` starting at ws[i] (0 if none);
        a phrase ending in a one-letter preposition glued to the next word ("وفقا لوزارة")
        counts the words before it (see ``glued``)."""
        first = self.strip_clitic(ws[i].key, table)
        if first not in table:
            return 0
        lengths = (table.lengths[first] if isinstance(table, Phrases)
                   else Phrases({first: table[first]}).lengths[first])
        for n, known in lengths:
            if i + n > len(ws):
                continue
            got = [first, *(w.key for w in ws[i + 1:i + n])]
            if " ".join(got) in known:
                return n
            # A one-letter preposition glued to the next word: "وفقا لوزارة" for "وفقا لـ".
            glued = got[-1][:1]
            if (n > 1 and glued in self.clitics and len(got[-1]) > 2
                    and " ".join([*got[:-1], glued]) in known):
                return n - 1
        return 0

    def glued(self, ws: list[Word], i: int, n: int, table: dict[str, tuple[str, ...]]) -> int:
        """Characters of ws[i + n] that belong to the phrase matched at ws[i] ("ل")."""
        first = self.strip_clitic(ws[i].key, table)
        got = " ".join([first, *(w.key for w in ws[i + 1:i + n])])
        if got in table.get(first, ()) or i + n >= len(ws):
            return 0
        nxt = ws[i + n].key
        for phrase in table.get(first, ()):
            if phrase.startswith(got + " ") and len(phrase) == len(got) + 2:
                letter = phrase[-1]
                if nxt.startswith(letter):  # the letter and any diacritics on it
                    word = ws[i + n].text
                    k = 1
                    while k < len(word) and unicodedata.combining(word[k]):
                        k += 1
                    return k
        return 0


# Shortest first part of a compound whose last part is a role ("Energie" of "Energieexperte").
MIN_COMPOUND_LEAD = 3


class _Elided(frozenset[str]):
    """Role words, also behind an elided article or preposition glued to them ("l’avocat",
    "l'azienda", "dell'ente"): the word after the apostrophe is the role."""

    __slots__ = ()

    def __contains__(self, key: object) -> bool:
        if frozenset.__contains__(self, key):
            return True
        if not isinstance(key, str):
            return False
        cut = max(key.rfind("'"), key.rfind("’"))
        return 0 < cut < len(key) - 1 and frozenset.__contains__(self, key[cut + 1:])


class _Compounds(_Elided):
    """Words that also close a compound: in a language that writes its compounds as one word
    ("Energieexperte", "Verbandschef", "Cannabis-Experte") the compound is one of them."""

    __slots__ = ()

    def __contains__(self, key: object) -> bool:
        if _Elided.__contains__(self, key):
            return True
        if not isinstance(key, str):
            return False
        return any(frozenset.__contains__(self, key[i:].lstrip("-"))
                   for i in range(MIN_COMPOUND_LEAD, len(key) - 3))


def _keys(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_for_match(x) for x in items)


_CACHE: dict[str, Lexicon] = {}


def lexicon(rules: LanguageRules) -> Lexicon:
    """The compiled lexicon of ``rules`` (cached per language code)."""
    if rules.code not in _CACHE:
        _CACHE[rules.code] = _compile(rules)
    return _CACHE[rules.code]


def _compile(rules: LanguageRules) -> Lexicon:
    markers = phrases((*rules.reported_speech_markers, *rules.closing_speech_markers))
    postposed = phrases(rules.postposed_markers)
    subject_markers = phrases(rules.subject_source_markers)
    acts = {" ".join(w.key for w in words(form)): act for form, act in rules.speech_acts.items()}
    return Lexicon(
        rules=rules,
        verbs=phrases(rules.speech_verbs),
        participles=_keys(rules.speech_participles),
        addressee_verbs=_keys(rules.addressee_verbs),
        markers=markers,
        complementizers=_keys(rules.complementizers),
        pronouns=_keys(rules.speaker_pronouns),
        person_pronouns=_keys(tuple(p for p, _ in rules.speaker_pronoun_genders)),
        pronoun_gender={normalize_for_match(p): g for p, g in rules.speaker_pronoun_genders},
        roles=(_Compounds(_keys(rules.speaker_roles)) if rules.capitalised_nouns
               else _Elided(_keys(rules.speaker_roles))),
        stops=_keys(rules.speaker_stop_words),
        clitics=tuple(normalize_for_match(c) for c in rules.clitic_prefixes),
        blockers=_keys(rules.cue_blockers),
        passives=_keys(rules.passive_auxiliaries),
        object_verbs=frozenset(" ".join(w.key for w in words(v)) for v in rules.object_verbs),
        content_blockers=_keys(rules.content_blockers),
        clause_subjects=_keys(rules.clause_subjects),
        auxiliaries=_keys(rules.auxiliaries),
        relatives=_keys(rules.relative_pronouns),
        asides=_keys((*rules.relative_pronouns, *rules.aside_relatives)),
        closing_markers=_keys(rules.closing_speech_markers),
        person_roles=_keys(rules.person_roles),
        topics=_keys(rules.topic_prepositions),
        adverbs=_keys((*rules.speaker_adverbs, *rules.weekdays, *rules.relative_days)
                      if rules.speaker_adverbs else ()),
        postposed=postposed,
        subject_markers=subject_markers,
        as_words=_keys(rules.as_clause_words),
        clause_openers=_keys(rules.clause_openers),
        sentence_conjunctions=_keys(rules.sentence_conjunctions),
        marker_starts=frozenset(markers) | frozenset(postposed) | frozenset(subject_markers),
        acts=acts,
        act_firsts=frozenset(form.split()[0] for form in acts),
        act_verbs=phrases(rules.speech_act_verbs),
        naming_articles=_keys(rules.naming_articles),
        naming_objects=_keys(rules.naming_object_pronouns),
        durations=_keys(rules.duration_words),
        quantity_objects=_keys(rules.quantity_objects),
        marked_verbs=frozenset(normalize_for_match(v) for v in rules.speech_verbs
                               if " " not in v and _ends_marked(v)),
        pronoun_verbs=_keys(rules.pronoun_verbs),
    )


_DAYS: dict[str, frozenset[str]] = {}


def day_keys(lex: Lexicon) -> frozenset[str]:
    """The pack's weekdays and relative days as word keys ("sábado" folds to "sabado")."""
    if lex.rules.code not in _DAYS:
        _DAYS[lex.rules.code] = _keys((*lex.rules.weekdays, *lex.rules.relative_days))
    return _DAYS[lex.rules.code]


def _ends_marked(word: str) -> bool:
    """The word's last letter carries an accent of the Latin and Cyrillic scripts ("nié",
    "dichiarò"; not the Arabic vowel marks writers may add to any word)."""
    return "\u0300" <= unicodedata.normalize("NFD", word.casefold())[-1:] <= "\u036f"


def marked_ending(w: Word, lex: Lexicon) -> bool:
    """``w`` ends in a letter with a diacritic that no listed spelling of the one-word verb it
    folds to has: another word ("nié", "estimé": the French participle, not the present
    "nie", "estime"). Writers drop diacritics (the match is on folded keys), they do not
    add them."""
    return _ends_marked(w.text) and w.key not in lex.marked_verbs
