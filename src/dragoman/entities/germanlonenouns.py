"""German common nouns tagged alone as a place, a body or a thing (issue 14, pool A's German
pages read as an analyst: "Hotel" LOC, "Konferenz" ORG, "Saison" ORG, "Sport" ORG, "Ware" LOC,
"Yoga" LOC, "Ich" ORG, "Natürlich" ORG).

The noun lexicon (``ner-de.nouns.txt.gz``) leaves out the nouns that open or close names
("Hotel Adlon", "Theater Basel") and the nouns that are also some hamlet's name in the
gazetteer ("Ende", "Lage"), so the shaping never drops them. Alone, such a noun names nothing:
``ner-de.lonenouns.txt.gz`` (``eval/ner_de_lonenouns.py``) lists those forms that WikiANN never
tags as a one-word name, and a one-word mention typed LOC, ORG or MISC that is one of them is
dropped, as is one that German writes in lower case (a pronoun, adverb, adjective or verb the
common-word list knows) capitalised by its place: "Ich" ORG, "Natürlich" ORG, "Weiß" ORG in a
list of colours.

Kept: persons (a dictionary's nouns are surnames too: "Neubauer"), a word the page writes after
an honorific, a role or a given name ("Herr Bäcker"), a word of a person's name on the page
or of a name of several words on the page, unless a hyphen follows it (the short form:
"Borussia Dortmund" ... "Borussia", "Nationalpark Wattenmeer" ... "Wattenmeer"; not "Sport-,
Kultur-"), seed-KB names, German places and given names, the common-word list's known names, a
word alone in quotation marks (a title: "„Konferenz“"), a word after a preposition that a name
follows with no article ("in Nord", "bei Netto"), and a word right after a capitalised word
that is no common noun (the tail of a name the tagger cut: "Grand Hotel") or a noun of a
town's part ("Stadtteil Nord": ``de_nouns.DISTRICT_HEADS``).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from dragoman.entities import germanknown, germanpeople
from dragoman.entities.germanlexicon import common_noun, given_name, head_in, known_place
from dragoman.entities.spanshape import CLAUSE_WORDS, FUNCTION_WORDS, CommonWords, noun_shaped, noun_stems
from dragoman.language.de_nouns import BARE_PREPOSITIONS, DISTRICT_HEADS
from dragoman.model import Mention

LONE_NOUNS_FILE = Path(__file__).resolve().parent / "models" / "ner-de.lonenouns.txt.gz"
# The labels dropped: persons are left (see the docstring).
DROPPED_LABELS = frozenset({"LOC", "ORG", "MISC"})
_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß][a-zäöüß]+)*$")
# A capitalised word and a space right before the mention ("Grand |Hotel").
_WORD_BEFORE = re.compile(r"([A-ZÄÖÜ][\w.&]*) $")
# Any word and a space right before the mention ("bei |Netto").
_WORD_BEFORE_ANY = re.compile(r"(\w+) $")
# Characters read before the mention for _WORD_BEFORE (one word).
_BEFORE_REACH = 30
# Quotation marks around a one-word title, of any language.
_QUOTES = frozenset("\"'„“”‚‘’«»‹›")


@lru_cache(maxsize=1)
def lone_nouns(path: Path = LONE_NOUNS_FILE) -> frozenset[str]:
    """The lower-case forms of the side file (front-coded, see ``eval/ner_de_nouns.py``);
    none when it is not shipped."""
    forms: set[str] = set()
    if not path.is_file():
        return frozenset()
    previous = ""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line[:1].isdigit():
                previous = previous[: int(line[0])] + line[1:]
                forms.add(previous)
    return frozenset(forms)


def lone_noun(word: str) -> bool:
    """Whether ``word`` (or the stem left by a plural or genitive ending) is a listed form."""
    nouns = lone_nouns()
    return bool(nouns) and noun_shaped(word) and any(f in nouns for f in noun_stems(word.lower()))


def _plain_word(word: str, common: CommonWords | None) -> bool:
    """A common noun or a word the common-word list or the closed classes write in lower case
    ("Die", "Beim", "Auch" opening a sentence)."""
    low = word.lower()
    if not noun_shaped(word):
        return False  # "PlayStation |Plus": a name's shape, whatever its ending
    return low in FUNCTION_WORDS or low in CLAUSE_WORDS or common_noun(word, common) or (
        common is not None and common.common(word))


def _lower_word(word: str, common: CommonWords | None) -> bool:
    """A word German writes in lower case, capitalised by its place ("Ich sehe", "Natürlich
    wollen", "Gelb, Blau und Weiß")."""
    low = word.lower()
    return low in FUNCTION_WORDS or low in CLAUSE_WORDS or (common is not None and low in common.plain)


def _after_bare_preposition(m: Mention, text: str) -> bool:
    """Whether a preposition a name follows with no article stands right before ``m`` ("in
    Nord", "bei Netto"): a common noun there takes an article ("in der Nordkurve")."""
    before = _WORD_BEFORE_ANY.search(text, max(0, m.start - _BEFORE_REACH), m.start)
    return bool(before and before[1].lower() in BARE_PREPOSITIONS)


def _kept(m: Mention, text: str, common: CommonWords | None, titled: Callable[[str], bool],
          name_words: frozenset[str]) -> bool:
    word = m.text
    if m.label not in DROPPED_LABELS or not _WORD.match(word) or not (
            lone_noun(word) or _lower_word(word, common)):
        return True
    quoted = text[m.start - 1:m.start] in _QUOTES and text[m.end:m.end + 1] in _QUOTES
    if quoted or _after_bare_preposition(m, text):
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start - _BEFORE_REACH), m.start)
    if before and (not _plain_word(before[1], common) or head_in(before[1], DISTRICT_HEADS)):
        return True  # "Grand Hotel": the tail of a name; "Stadtteil Nord": a part's name
    if (common is not None and word.lower() in common.names) or germanknown.known_name(word) \
            or given_name(word) or known_place(word, None):
        return True
    # a word cut off before a hyphen is a compound's first part ("des Sport-, Kultur- und"),
    # whatever name of the page holds it ("Safe Sport")
    return (word in name_words and text[m.end:m.end + 1] != "-") or titled(word)


def without_lone_nouns(text: str, mentions: list[Mention], common: CommonWords | None) -> list[Mention]:
    """``mentions`` of ``text`` without the one-word common nouns of the module docstring."""
    titled = germanpeople.titled_words(text)
    # words of persons' names and of names of several words (a short form: "Borussia")
    name_words = frozenset(w for m in mentions if m.label == "PER" or " " in m.text
                           for w in m.text.split())
    return [m for m in mentions if _kept(m, text, common, titled, name_words)]
