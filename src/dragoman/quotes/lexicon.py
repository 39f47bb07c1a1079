"""Words with offsets, and the per-language cue lexicon compiled from LanguageRules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
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


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    key: str  # normalized form


# Normalized forms of recently seen words (news text repeats its words; normalizing is the
# quote stage's largest cost).
_key = lru_cache(maxsize=65536)(normalize_for_match)


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    return [Word(m.start(), m.end(), m.group(), _key(m.group()))
            for m in _WORD.finditer(text, start, stop)]


def _phrases(items: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """First normalized word -> full normalized phrases (longest first)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        parts = tuple(w.key for w in words(item))
        if parts:
            out.setdefault(parts[0], []).append(parts)
    return {k: tuple(" ".join(p) for p in sorted(v, key=len, reverse=True)) for k, v in out.items()}


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
    closing_markers: frozenset[str] = frozenset()  # markers only after a comma ("…, so X.")
    person_roles: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()  # topic prepositions ("über")

    def strip_clitic(self, key: str, known: frozenset[str] | dict[str, tuple[str, ...]]) -> str:
        """``key`` without one leading clitic when that makes it a known word (وقال -> قال)."""
        if key in known:
            return key
        for c in self.clitics:
            if key.startswith(c) and len(key) > len(c) + 1 and key[len(c):] in known:
                return key[len(c):]
        return key

    def match_phrase(self, ws: list[Word], i: int,
                     table: dict[str, tuple[str, ...]]) -> int:
        """Number of words of the longest phrase of ``table`` starting at ws[i] (0 if none);
        a phrase ending in a one-letter preposition glued to the next word ("وفقا لوزارة")
        counts the words before it (see ``glued``)."""
        first = self.strip_clitic(ws[i].key, table)
        for phrase in table.get(first, ()):
            parts = phrase.split(" ")
            n = len(parts)
            if i + n > len(ws):
                continue
            got = [first, *(w.key for w in ws[i + 1:i + n])]
            if got == parts:
                return n
            # A one-letter preposition glued to the next word: "وفقا لوزارة" for "وفقا لـ".
            last = parts[-1]
            if (len(last) == 1 and last in self.clitics and got[:-1] == parts[:-1]
                    and got[-1].startswith(last) and len(got[-1]) > 2):
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


def _keys(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_for_match(x) for x in items)


_CACHE: dict[str, Lexicon] = {}


def lexicon(rules: LanguageRules) -> Lexicon:
    """The compiled lexicon of ``rules`` (cached per language code)."""
    if rules.code not in _CACHE:
        _CACHE[rules.code] = _compile(rules)
    return _CACHE[rules.code]


def _compile(rules: LanguageRules) -> Lexicon:
    return Lexicon(
        rules=rules,
        verbs=_phrases(rules.speech_verbs),
        participles=_keys(rules.speech_participles),
        addressee_verbs=_keys(rules.addressee_verbs),
        markers=_phrases((*rules.reported_speech_markers, *rules.closing_speech_markers)),
        complementizers=_keys(rules.complementizers),
        pronouns=_keys(rules.speaker_pronouns),
        person_pronouns=_keys(tuple(p for p, _ in rules.speaker_pronoun_genders)),
        pronoun_gender={normalize_for_match(p): g for p, g in rules.speaker_pronoun_genders},
        roles=_keys(rules.speaker_roles),
        stops=_keys(rules.speaker_stop_words),
        clitics=tuple(normalize_for_match(c) for c in rules.clitic_prefixes),
        blockers=_keys(rules.cue_blockers),
        passives=_keys(rules.passive_auxiliaries),
        object_verbs=frozenset(" ".join(w.key for w in words(v)) for v in rules.object_verbs),
        content_blockers=_keys(rules.content_blockers),
        clause_subjects=_keys(rules.clause_subjects),
        auxiliaries=_keys(rules.auxiliaries),
        relatives=_keys(rules.relative_pronouns),
        closing_markers=_keys(rules.closing_speech_markers),
        person_roles=_keys(rules.person_roles),
        topics=_keys(rules.topic_prepositions),
    )
