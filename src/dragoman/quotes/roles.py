"""A role phrase as speaker ("the Secretary General", "der Virologe"): the person the article
names next to that role."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from weakref import WeakKeyDictionary

from dragoman.language.contentwords import content_words
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Mention
from dragoman.quotes.headlineroles import headline_role_holder
from dragoman.quotes.lexicon import Lexicon, words
from dragoman.quotes.pressnames import press_name
from dragoman.quotes.speakers import DETERMINERS, SPEAKER_MEMORY_CHARS, Mentions, Speaker

# An elided article glued to its noun ("l'azienda", "l’ente").
_ELIDED = re.compile(r"^(\w)['’](?=\w)")
# How far after an earlier role phrase a name may stand to identify it ("the
# Secretary General, Jens Stoltenberg"), in characters.
ROLE_NAME_DISTANCE = 60
# Most words of the body after a role's link for the role word alone to stand for the phrase
# ("Konzernchef von FACC"; longer, the phrase may end on the person's own name: "der Experte
# von Tax Justice Network Ann Roy"), set on those two phrases of the dev pages.
ROLE_BODY_WORDS = 2
# Most modifiers written after an organisation noun for its phrase to stand for that
# organisation ("le quotidien conservateur américain"): set by hand from the French dev page
# of eval/data/quotes/real that writes it, not fitted.
POSTPOSED_MODIFIERS = 2
_SENTENCE_END = re.compile(r"[.!?;]\s")


@lru_cache(maxsize=32)
def _appositive(determiners: tuple[str, ...]) -> re.Pattern[str]:
    """What stands between a name and its role in an appositive: ", the", ", NATO's" (the
    language's ``appositive_determiners``), then at most three words."""
    alternatives = "".join(re.escape(d) + "|" for d in determiners)
    return re.compile(r",\s+(?:" + alternatives + r"[\w.-]+['’]s)?\s*(?:[\w-]+\s+){0,3}")


def resolve_role(text: str, speaker: Speaker, lex: Lexicon, mentions: Mentions) -> Speaker:
    """A role phrase ("the Secretary General") -> the person named next to it earlier (in the
    headline, with no one so named before it: the person the body names with it,
    ``headlineroles``); an organisation noun ("el sitio") -> the organisation named next to it
    ("el sitio Don't Kill My App")."""
    keys = [k for k in re.findall(r"\w+", speaker.text.casefold()) if k not in DETERMINERS]
    keys = keys[1:] if keys[:1] and keys[0] in dict(lex.rules.role_determiner_genders) else keys
    if not keys or not any(normalize_for_match(k) in lex.roles for k in keys) or (
            not mentions.items):
        return speaker
    label = "ORG" if normalize_for_match(keys[-1]) in _organisation_nouns(lex) else "PER"
    bodies = content_words(lex.rules.code)
    if label == "PER" and normalize_for_match(keys[-1]) in (
            bodies.collective_roles | bodies.group_nouns):
        return speaker  # "Police said", "the club said": the body, not the officer named with
        # the word before ("Club president Ana Ruiz")
    before = [x for x in mentions.within(max(0, speaker.start - ROLE_NAME_DISTANCE),
                                         speaker.start) if x.label == label][-1:]
    if before and re.fullmatch(r",\s*", text[before[0].end:speaker.start]):
        return mentions.speaker(before[0])  # "Charlotte Houpline, fondatrice WARA affirme"
    best = None
    for phrase in _role_phrases(keys, lex):
        ends, named = _role_names(text, phrase, mentions,
                                  _appositive(lex.rules.appositive_determiners), label, lex)
        i = bisect.bisect_right(ends, speaker.start) - 1  # the latest phrase ending before it
        best = named[i] if i >= 0 else None
        if best is not None:
            break
    if best is None and label == "PER":  # "Governor says …" heading "Governor Jay Inslee …"
        return headline_role_holder(text, speaker, lex, mentions) or speaker
    return mentions.speaker(best) if best else speaker


def _role_phrases(keys: list[str], lex: Lexicon) -> list[tuple[str, ...]]:
    """The role phrase, then its role word alone when a link and the body it serves follow it
    ("der Konzernchef von FACC" after "Konzernchef Robert Machtlinger")."""
    links = frozenset(normalize_for_match(x) for x in lex.rules.speaker_group_links)
    cut = next((n for n in range(1, len(keys)) if normalize_for_match(keys[n]) in links), 0)
    whole = tuple(keys)
    if not lex.rules.capitalised_nouns or not cut or (
            normalize_for_match(keys[0]) not in lex.roles or len(keys) - cut - 1 > ROLE_BODY_WORDS):
        # "der Experte von Tax Justice Network Ann Roy": a name may end it; German only, where
        # a compound role ("Konzernchef") names one office (in English "the head of X" after
        # another body's head took a wrong name on PolNeAR dev)
        return [whole]
    return [whole, whole[:cut]]


def _head_first(keys: list[str], nouns: frozenset[str], lex: Lexicon) -> list[str]:
    """A determiner, an organisation noun and up to ``POSTPOSED_MODIFIERS`` words after it
    that link nothing and name no role (adjectives written after their noun: "le quotidien
    conservateur américain", "la compagnie aérienne"): the determiner and the noun; else
    ``keys`` ("the company spokesman": a role after the noun, a person)."""
    if not 3 <= len(keys) <= 2 + POSTPOSED_MODIFIERS or keys[1] not in nouns:
        return keys
    links = _nouns(lex.rules.speaker_group_links)
    if any(k in links or k in lex.roles or k in nouns or k in lex.stops for k in keys[2:]):
        return keys
    return keys[:2]


@lru_cache(maxsize=32)
def _nouns(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_for_match(x) for x in items)


def _organisation_nouns(lex: Lexicon) -> frozenset[str]:
    return _nouns(lex.rules.organisation_nouns)


def organisation_holder(text: str, sp: Speaker, lex: Lexicon, mentions: Mentions,
                        spoken: Iterable[tuple[int, Speaker | None]]) -> Speaker | None:
    """"el organismo", "la misma compañía", "l'ente" with no name beside them (or after a
    role and a link: "un portavoz de la organización"): within
    ``SPEAKER_MEMORY_CHARS`` before, the latest organisation whose name holds that noun ("la
    Organización Meteorológica Mundial" for "la organización") or that follows one of the
    pack's organisation nouns ("la empresa Ferrovial"), else the organisation that
    spoke last, or for which someone spoke ("un portavoz de la Confederación …"; ``spoken``:
    the speakers of the cues before, latest first). A determiner, at most one
    modifier ("misma"), an organisation noun of the pack."""
    keys = [k for w in words(sp.text) for k in _ELIDED.sub(r"\1 ", w.key).split()]
    dets = dict(lex.rules.role_determiner_genders)
    nouns = _organisation_nouns(lex)
    if len(keys) > 3 and keys[-3] in lex.rules.speaker_group_links:
        keys = keys[-2:]  # "un portavoz de la organización": the organisation speaks
    keys = _head_first(keys, nouns, lex)  # "le quotidien conservateur américain"
    if not (2 <= len(keys) <= 3 and (keys[0] in DETERMINERS or keys[0] in dets)
            and keys[-1] in nouns):
        return None
    lo = max(0, sp.start - SPEAKER_MEMORY_CHARS)
    noun = keys[-1]

    def named_so(x: Mention) -> bool:  # "la Organización X", "la empresa X"
        before = words(text, max(0, x.start - ROLE_NAME_DISTANCE), x.start)[-1:]
        return noun in (w.key for w in words(text, x.start, x.end)) or bool(
            before and _ELIDED.sub("", before[0].key) in nouns and before[0].end + 1 >= x.start)

    named = [x for x in mentions.within(lo, sp.start) if x.label == "ORG" and (
        named_so(x) or press_name(text, x, noun, lex))]  # "le quotidien": the Journal
    if named:
        return mentions.speaker(named[-1])
    for at, c in spoken:
        if at < lo:
            return None
        if c is None or at >= sp.start:
            continue
        if c.label == "ORG":
            return c
        inside = [x for x in mentions.within(c.start, c.end) if x.label == "ORG"]
        if inside:  # "un portavoz de la Confederación Hidrográfica": the organisation
            return mentions.speaker(inside[0])
    return None


# Per article (its Mentions) and role phrase: where the phrase occurs, and the person named
# next to it there or at an earlier occurrence. Computed once, so resolving a role is not a
# scan of the whole text for every quotation (10,000 quotations of "the mayor" on one page).
_ROLE_NAMES: WeakKeyDictionary[
    Mentions, dict[tuple[tuple[str, ...], str], tuple[list[int], list[Mention | None]]]] = (
    WeakKeyDictionary())


def _role_names(text: str, keys: tuple[str, ...], mentions: Mentions,
                appositive: re.Pattern[str], label: str = "PER",
                lex: Lexicon | None = None,
                ) -> tuple[list[int], list[Mention | None]]:
    """Ends of the occurrences of the role phrase ``keys``, in order, and for each the person
    (or organisation: ``label``) named next to the latest occurrence up to it that has one.
    A name after a cue verb or a complementizer is no name of the role: it opens a clause
    ("sources familiar with the process said, Ann Lee did most of the work", "the paper's
    fear is that Ann Lee …"); nor is one in the next sentence."""
    cache = _ROLE_NAMES.setdefault(mentions, {})
    if (keys, label) in cache:
        return cache[keys, label]
    ends: list[int] = []
    named: list[Mention | None] = []
    best: Mention | None = None
    for m in _phrase_places(text, keys, mentions):
        near = [x for x in mentions.within(m.end(), m.end() + ROLE_NAME_DISTANCE)
                if x.label == label][:1]
        if near and (_SENTENCE_END.search(text, m.end(), near[0].start)
                     or (lex is not None and any(w.key in lex.verbs or w.key in lex.complementizers
                                                 for w in words(text, m.end(), near[0].start)))):
            near = []  # "… in the paper. Schwartz said": a name of the next sentence
        # or an appositive: "Lena Ortiz, the mayor of Riverside"
        near += [x for x in mentions.within(max(0, m.start() - ROLE_NAME_DISTANCE), m.start())
                 if x.label == label and appositive.fullmatch(text, x.end, m.start())][-1:]
        if near:
            best = near[0]
        ends.append(m.end())
        named.append(best)
    cache[keys, label] = (ends, named)
    return ends, named


_WORD_PLACES: WeakKeyDictionary[Mentions, tuple[list[re.Match[str]], dict[str, list[int]]]] = (
    WeakKeyDictionary())
_WORD_RUN = re.compile(r"\w+")


def _phrase_places(text: str, keys: tuple[str, ...], mentions: Mentions) -> list[re.Match[str]]:
    """The places ``text`` writes the words ``keys`` one after the other (any non-word
    characters between, any case), as one match spanning them. The text's words are indexed
    once per article, so each role phrase costs its first word's occurrences, not a scan of
    the text (1,000 distinct roles on one page were 1,000 scans)."""
    if mentions not in _WORD_PLACES:
        runs = list(_WORD_RUN.finditer(text))
        index: dict[str, list[int]] = {}
        for n, run in enumerate(runs):
            index.setdefault(run.group().casefold(), []).append(n)
        _WORD_PLACES[mentions] = (runs, index)
    runs, index = _WORD_PLACES[mentions]
    places: list[re.Match[str]] = []
    for n in index.get(keys[0], ()):
        if n + len(keys) <= len(runs) and all(
                runs[n + k].group().casefold() == key for k, key in enumerate(keys[1:], 1)):
            span = _SPAN.match(text, runs[n].start(), runs[n + len(keys) - 1].end())
            if span is not None:
                places.append(span)
    return places


# The whole of a span, as a match (callers read ``start()`` and ``end()``).
_SPAN = re.compile(r".+", re.DOTALL)
