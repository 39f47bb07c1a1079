"""A German compound of two common nouns the tagger typed a place or an organisation (issue
14, pool A: "Katzennase", "Speicherdauer", "Papierform", "Pflanzenmilch", "Untersuchungshaft"
LOC or ORG). The shaping's lexicon knows such words only when their head is a listed compound
head; here a one-word mention that splits into two nouns of the lexicon (each of
``MIN_PART`` letters or more, the pack's linking elements allowed between them) names nothing.
Not: persons (surnames are compounds: "Bergmann", "Rosenbaum"), MISC (laws: "Mietrechtsgesetz"),
known places and seed-KB names ("Friedrichshafen", "Volkswagen"), bodies ("Bundesregierung"),
words with a head of names of the pack ("Lindenstraße", "Stadtsparkasse", "Handelsblatt",
"Autostadt"), given names, words after a capitalised word ("Quartier Rosenstein",
"Google Translate": part of a name), words with a capital inside ("PayPal"), a noun and a
place name's ending ("Ochsenfurt", "Drachenfels"), a word alone in quotation marks (a title:
"„Traumschiff“"), and the last word of a coordination of truncated compounds ("Energie- und
Klimafonds": the tagger saw the tail of a name)."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities import germanknown, germanwords
from dragoman.entities.germanlexicon import given_name, head_in, known_place
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import noun_stems
from dragoman.language import de
from dragoman.model import Mention

# Letters of each part: shorter parts split names into chance words ("Ros|en|stein"). Set by hand.
MIN_PART = 4
# The labels a noun compound is dropped from (persons and MISC are left, see the docstring).
DROPPED_LABELS = frozenset({"LOC", "ORG"})
_NOUN_SHAPE = re.compile(r"[^\W\d_][^\W\d_A-ZÄÖÜ]+$")
_NAME_BEFORE = re.compile(r"[A-ZÄÖÜ][\w.&]*[ ]$")
# "Energie- und |Klimafonds": a truncated compound and one lower-case word before the mention.
_TRUNCATED_BEFORE = re.compile(r"\w- [^\W\d_A-ZÄÖÜ]+ $")
# Characters read before the mention for _NAME_BEFORE and _TRUNCATED_BEFORE (a word or two).
_BEFORE_REACH = 40
# Quotation marks around a one-word title ("„Traumschiff“", "«Tagesthemen»"), of any language.
_QUOTES = frozenset("\"'„“”‚‘’«»‹›")
# Heads that close names of places, buildings, bodies, media and works: such a compound is a
# name as often as a noun ("Lindenstraße", "Handelsblatt", "Stadtsparkasse", "Autostadt").
_NAME_HEADS = (*WORDS.place_heads, *WORDS.landmark_heads, *WORDS.building_heads, *WORDS.org_heads,
               *WORDS.feature_heads, *WORDS.territory_heads, *WORDS.institution_heads,
               *de.RULES.entity_words.medium_name_heads, *de.RULES.entity_words.body_kind_nouns,
               *WORDS.compound_name_heads)


def _noun_modifier(modifier: str, lexicon: frozenset[str]) -> bool:
    """Whether ``modifier`` is a noun of ``lexicon``, also with a linking element after it."""
    forms = [modifier, *(modifier[: -len(e)] for e in WORDS.compound_linkers
                         if modifier.endswith(e) and len(modifier) - len(e) >= MIN_PART)]
    return any(f in lexicon for f in forms)


@lru_cache(maxsize=65536)
def noun_compound(word: str, lexicon: frozenset[str]) -> bool:
    """Whether ``word`` is two nouns of ``lexicon`` joined, as the docstring says."""
    low = word.lower()
    for k in range(MIN_PART, len(low) - MIN_PART + 1):
        head, modifier = low[k:], low[:k]
        if not any(h in lexicon for h in noun_stems(head)):
            continue
        if _noun_modifier(modifier, lexicon):
            return True
    return False


def toponym(word: str, lexicon: frozenset[str]) -> bool:
    """Whether ``word`` is a noun of ``lexicon`` and an ending of place names ("Ochsen|furt"; not
    "Quarzge|stein", whose head is "Gestein")."""
    low = word.lower()
    return any(low.endswith(end) and len(low) - len(end) >= MIN_PART
               and _noun_modifier(low[: -len(end)], lexicon) for end in WORDS.toponym_heads)


def _quoted(m: Mention, text: str) -> bool:
    return text[m.start - 1:m.start] in _QUOTES and text[m.end:m.end + 1] in _QUOTES


def _kept(m: Mention, text: str, lexicon: frozenset[str], gazetteer: frozenset[str] | None) -> bool:
    word = m.text
    if m.label not in DROPPED_LABELS or not word[:1].isupper() or not _NOUN_SHAPE.match(word):
        return True
    before = text[max(0, m.start - _BEFORE_REACH):m.start]
    if _NAME_BEFORE.search(before) or _TRUNCATED_BEFORE.search(before) or _quoted(m, text):
        return True  # "Quartier Rosenstein", "Google Translate", "Energie- und Klimafonds"
    if (toponym(word, lexicon) or known_place(word, gazetteer) or germanknown.known_name(word)
            or given_name(word) or germanwords.body_name(word) or head_in(word, _NAME_HEADS)):
        return True
    return not noun_compound(word, lexicon)


def without_noun_compounds(text: str, mentions: list[Mention], lexicon: frozenset[str],
                           gazetteer: frozenset[str] | None) -> list[Mention]:
    """``mentions`` without the noun compounds typed a place or an organisation."""
    return [m for m in mentions if _kept(m, text, lexicon, gazetteer)]
