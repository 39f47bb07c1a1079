"""Descriptor nouns before an organisation's or a place's name (issue 14, pool A's German pages
read as an analyst: "Kohlemine Adani", "Zeitung The Independent", "Aggregator BonnerBlogs.de",
"Flächenland Bayern", "WBA-Titelträgerin Viviane Obenauf" typed ORG).

``germanframing.leading_noun_cut`` cuts a common noun before a person's name from a span the
tagger typed a person; the tagger types many more such spans an organisation or a place. Here a
span typed ORG, LOC or MISC that opens with a common noun (``germanframing.noun_before_name``: a
lexicon noun, a hyphenated compound ending in one, two lexicon nouns joined) loses that noun when
the words after it are a name:

* a given name and at least one more capitalised word, no common noun among them: a person;
* a seed-KB name or a known place ("Flächenland Bayern", "Versandriese Amazon"): that type;
* an acronym ("Welthandelsgremium WTO"), an English article's title ("Zeitung The Independent"),
  a landmark's or building's noun and its name ("Internat Schloss Marquartstein");
* up to ``MAX_REST_WORDS`` capitalised words that are no German common noun and no frequent
  word of the loan language (English), after a noun of ``MIN_DESCRIPTOR_LETTERS`` letters or
  more naming a firm by its trade ("Minenbetreiber Kestrelmont"; not "Panda Garden", "Deadline
  Day"; a body's, stop's or shop's noun is part of its name: "Berufsfeuerwehr Biel",
  "Metrostation Lampugnano", "Weinbau Rust", "Brauerei Schlenkerla"); the noun types the name:
  a person's title or deed gives PER ("Autokanzler Schröder"), a firm's trade ORG.

Kept whole: a first word that heads names itself (a body's, place's, landmark's or building's
noun, a body kind: "Universität Mannheim", "Forum Waffenrecht", "Theater Thikwa"), a listed
territory noun ("Kanton Bern", "Freistadt Rust": ``germanterritories``; an unlisted compound of
one goes before a known place: "Flächenland Bayern"), a given name, a title the page writes
before a name, a known place or name, a noble's title, a role before a common noun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import cast

from dragoman.entities import germanknown, germanpeople, germanwords
from dragoman.entities.foreignphrases import MAX_RANK
from dragoman.entities.frequentwords import frequent_ranks
from dragoman.entities.germanframing import BODY_KINDS, MIN_LEADING_NOUN, NAME_HEADS, noun_before_name
from dragoman.entities.germanlexicon import common_noun, given_name, head_in, known_place
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import CommonWords
from dragoman.language import de
from dragoman.language.de_nouns import FIRM_AGENT_HEADS, LEGAL_FORMS, NOBLE_TITLES, PERSON_NOUN_HEADS
from dragoman.language.en_entities import MEDIUM_NAME_ARTICLES
from dragoman.model import EntityType, Mention

# Letters of a descriptor noun before a name the KB does not know: shorter lexicon nouns open
# English and brand names ("Panda Garden", "Trick Shot"); set by hand on pool A's German pages
# (the right cuts there open with nouns of 7 letters or more: "Zeitung", "Kohlemine").
MIN_DESCRIPTOR_LETTERS = 7
# Letters of any descriptor noun cut: the person rule's ``MIN_LEADING_NOUN`` (imported).
# Letters of each word of an unknown name after the noun: shorter ones are letters of a list or
# a series ("Hepatitis A", "Steuern T", "Clearing-Stelle Za" on pool A's pages).
MIN_NAME_LETTERS = 3
# Words of an unknown name after the noun: longer runs are headings and lists.
MAX_REST_WORDS = 3
# Labels of the mentions this rule cuts (a person's descriptor is ``germanframing``'s).
_LABELS = ("ORG", "LOC", "MISC")
_NOBLE_TITLES = tuple(NOBLE_TITLES)
# The article of an English title named after a German noun ("Zeitung The Independent"): the
# English pack's article of a paper's name, capitalised as it opens the title.
_ENGLISH_ARTICLES = frozenset(w.capitalize() for w in MEDIUM_NAME_ARTICLES)
# Endings of a lone word that may be a genitive after the noun it follows ("Ottos", "Jesu").
_GENITIVE_ENDINGS = ("s", "u")
# Seed-KB types a name after any descriptor may have (a place after a body's noun names it).
_NAMED_THINGS = ("ORG", "MISC")
# Kinds of descriptor nouns (``_descriptor``).
TERRITORY, HEAD, PLAIN = "territory", "head", "plain"


def descriptor_cut(m: Mention, common: CommonWords | None, gazetteer: frozenset[str] | None,
                   titled: Callable[[str], bool]) -> Mention:
    """``m`` without a descriptor noun before its name, as the module docstring says."""
    words = m.text.split(" ")
    if m.label not in _LABELS or len(words) < 2 or not all(words):
        return m
    first, rest = words[0], words[1:]
    kind = _descriptor(first, common, gazetteer, titled)
    label = _name_label(first, kind, rest, m.label, common, gazetteer) if kind else None
    if label is None:
        return m
    name = " ".join(rest)
    start = m.end - len(name)
    return replace(m, start=start, text=name, label=cast(EntityType, label))


def _descriptor(first: str, common: CommonWords | None, gazetteer: frozenset[str] | None,
                titled: Callable[[str], bool]) -> str:
    """The kind of the common noun ``first`` opening a span: ``TERRITORY`` (an unlisted
    compound of a territory's noun, "Flächenland"), ``HEAD`` (a noun that heads names itself,
    "Nachrichtenagentur", "Partei"), ``PLAIN`` (any other, "Kohlemine"); "" for no descriptor
    (a listed territory noun, a given name, a title the page writes, a known place or name, a
    noble's title, a frequent word of the loan language: "Deadline", "Panda" open English names,
    an inflected adjective: "Kurdischen Gemeinde Deutschland")."""
    if (len(first) < MIN_LEADING_NOUN or not first[:1].isupper() or not first.replace("-", "").isalpha()
            or given_name(first) or titled(first) or known_place(first, gazetteer)
            or germanknown.known_name(first) or germanwords.has_head(first, _NOBLE_TITLES)
            or _frequent(first.rpartition("-")[2]) or germanpeople.adjective(first, common)):
        return ""
    territory, listed = _territory(first)
    if territory:
        return "" if listed else TERRITORY
    if not noun_before_name(first, common):
        return ""
    low = first.lower()
    heads = (*NAME_HEADS, *WORDS.compound_name_heads)
    return HEAD if head_in(first, heads) or low in BODY_KINDS else PLAIN


def plain_descriptor(first: str, common: CommonWords | None, gazetteer: frozenset[str] | None,
                     titled: Callable[[str], bool]) -> bool:
    """Whether ``first`` is a ``PLAIN`` descriptor noun ("Kohlemine"; not "Messe", "Kanton")."""
    return _descriptor(first, common, gazetteer, titled) == PLAIN


def _territory(first: str) -> tuple[bool, bool]:
    """Whether ``first`` is a territory's noun or a compound of one, and whether it is listed."""
    low = first.rpartition("-")[2].lower()
    listed = low in WORDS.territory_heads
    return listed or any(low.endswith(h) for h in WORDS.territory_heads), listed


def _name_label(first: str, kind: str, rest: list[str], label: str, common: CommonWords | None,
                gazetteer: frozenset[str] | None) -> str | None:
    """The type of the name ``rest`` after a descriptor of ``kind``; None when no name."""
    if rest[-1] in LEGAL_FORMS:
        return None  # a firm's full name ("Siemens AG", "Fischer Dübel GmbH"): no descriptor
    name = " ".join(rest)
    known = germanknown.known_type(name)
    if kind == TERRITORY:  # "Flächenland Bayern" is Bayern; "Kanton Bern" never comes here
        return "LOC" if known_place(name, gazetteer) or known == "LOC" else None
    if known in _NAMED_THINGS or (len(rest) == 1 and _acronym(rest[0])) or (
            len(rest) > 1 and rest[0] in _ENGLISH_ARTICLES and all(_name_word(w, common) for w in rest[1:])):
        return known or label  # "Nachrichtenagentur Reuters", "Zeitung The Independent"
    if kind == HEAD or known or known_place(name, gazetteer) or head_in(rest[-1], NAME_HEADS):
        return None  # "Messe Frankfurt", "Lebenshilfe Dortmund"; "Malteser Hilfsdienst" ends in its head
    if len(rest) > 1 and given_name(rest[0]) and all(
            w[:1].isupper() and not common_noun(w, common) for w in rest[1:]):
        return "PER"
    if len(rest) > 1 and head_in(rest[0], NAME_HEADS) and all(_name_word(w, common) for w in rest[1:]):
        return label  # "Internat Schloss Marquartstein"
    if genitive_like(rest):
        return None  # a genitive after its noun ("die Gesundheit Ottos"): ``germangenitives``
    if (len(first) >= MIN_DESCRIPTOR_LETTERS and len(rest) <= MAX_REST_WORDS and _firm_noun(first)
            and unknown_name(rest, common)):
        # the noun says what the name is: "Autokanzler Schröder" a person, "Minenbetreiber X" a firm
        return "PER" if _person_noun(first) else "ORG"
    return None


def unknown_name(rest: list[str], common: CommonWords | None) -> bool:
    """Whether the words ``rest`` after a descriptor noun are an unknown name: each a name word
    (``_name_word``), no frequent loan-language word, of ``MIN_NAME_LETTERS`` letters or more."""
    return all(_name_word(w, common) and not _frequent(w) and len(w) >= MIN_NAME_LETTERS for w in rest)


def genitive_like(rest: list[str]) -> bool:
    """Whether ``rest`` is one word ending like a genitive after its noun ("Ottos", "Jesu")."""
    return len(rest) == 1 and rest[0].endswith(_GENITIVE_ENDINGS)


def _firm_noun(word: str) -> bool:
    """A noun naming a firm by its trade ("Minenbetreiber", "Autobauer") or a person by a deed
    ("Titelträgerin"), which no name opens; not a body's, site's or shop's noun, part of a name
    ("Berufsfeuerwehr Biel", "Metrostation Lampugnano", "Weinbau Rust", "Brauerei Schlenkerla")."""
    return (germanwords.org_descriptor(word) or germanwords.role_noun(word)
            or germanwords.has_head(word, (*FIRM_AGENT_HEADS, *PERSON_NOUN_HEADS)))


def _person_noun(word: str) -> bool:
    """A noun naming a person by a title or a deed ("Autokanzler", "Whistleblowerin"), not a firm."""
    return not germanwords.org_descriptor(word) and (
        germanwords.role_noun(word) or germanwords.has_head(word, PERSON_NOUN_HEADS))


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalnum()


def _name_word(word: str, common: CommonWords | None) -> bool:
    """A capitalised word that is no common noun, no compound of one and no title ("Adani",
    "Marquartstein"; not "Hilfsdienst" of "Malteser Hilfsdienst")."""
    return (word[:1].isupper() and not common_noun(word, common)
            and not germanwords.role_noun(word) and not noun_before_name(word, common))


def _frequent(word: str) -> bool:
    """A frequent word of the loan language ("Garden", "Day")."""
    ranks = frequent_ranks(de.RULES.entity_words.loan_phrase_language)
    return ranks.get(word.lower(), MAX_RANK) < MAX_RANK
