"""Descriptions NER ran into a name, and repairs of an unlinked span from the words around
it (issue 14; split from ``nameclass``): words before a known given name that describe the person
("Segelprofi Thomas Reinholt", "Tesla-CEO Elon Musk", "Mississippi Democrat Theodore Bilbo") are
cut off; a head word NER left out after the span is taken in; a person's span closed by group
words after a known place is that place ("Iowa Republican")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.headline import family_descriptor, lower_lead_cut
from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import (
    POSSESSIVES,
    given_name_keys,
    group_keys,
    head_after,
    head_keys,
    occupation_keys,
    person_span_refused,
    title_keys,
)
from dragoman.entities.openers import opener_cut
from dragoman.entities.tokenize import tokenize
from dragoman.language.rules import rules_for
from dragoman.language.segment import LineIndex
from dragoman.model import Mention


def reshape(mention: Mention, text: str, limit: int, language: str | None,
            kb_type: Callable[[str, bool], str | None]) -> Mention:
    """Repairs of an unlinked NER span from the words around and in it: a head word NER left
    out after it is taken in (``head_after``; ``limit``: the next mention's start); a person's
    span closed by group words that follow a known place is that place ("Iowa Republican" ->
    "Iowa", LOC; ``kb_type``: the knowledge base's type of a name, gazetteer towns too)."""
    if mention.entity_id is not None:
        return mention
    if (opener := opener_cut(mention.text, text, mention.start, kb_type)) > 0:
        mention.start, mention.text = mention.start + opener, mention.text[opener:]  # "Each Trust"
    if (lead := lower_lead_cut(mention.text, language)) > 0:  # "interior of Volta"
        mention.start, mention.text = mention.start + lead, mention.text[lead:]
    if (family := family_descriptor(mention.text)) > 0:
        # "Mother-of-three Ann Lee": whoever the count describes is a person
        mention.start, mention.text, mention.label = mention.start + family, mention.text[family:], "PER"
    rules = rules_for(language)
    nouns = bool(rules and rules.capitalised_nouns)
    # "Segelprofi Thomas Reinholt", "Psychoanalyst Ann Lee"
    cut = descriptor_cut(mention.text, mention.label == "PER", nouns,
                         lambda word: _written_lower(text, word) or _ist_noun(word))
    # no known name, a town's too, up to the given name ("San Diego" of "San Diego Padres")
    given_end = mention.text.find(" ", cut)
    if cut and all(kb_type(mention.text[:end].rstrip(), True) is None for end in (cut, given_end)):
        mention.start, mention.text, mention.label = mention.start + cut, mention.text[cut:], "PER"
    end = head_after(text, mention.end, limit, language)
    kept = acronym_title_tail(mention.text, _capitals_line(text, mention.start))
    if end == mention.end and kept < len(mention.text):
        end = mention.start + kept  # "Limbic CEO": the firm, its officer's title left out
    if mention.label == "PER" and person_span_refused(mention.text):
        spans = [s for s in tokenize(mention.text) if token_key(mention.text[slice(*s)]) not in group_keys()]
        place = mention.text[: spans[-1][1]] if spans else ""
        if place and kb_type(place, True) == "LOC":
            end, mention.label = mention.start + len(place), "LOC"
    mention.end, mention.text = end, text[mention.start : end]
    return mention


# Most words a span may lose before a given name as a descriptor ("Segelprofi"; a longer run
# is likelier a name of its own), and most words of the person's name from its given name on.
DESCRIPTOR_WORDS_MAX = 2
DESCRIBED_NAME_MAX = 3


def descriptor_cut(text: str, person: bool = False, nouns: bool = True,
                   common: Callable[[str], bool] | None = None) -> int:
    """Characters of capitalised words that are no given name before a known given name that
    opens a full name ("Segelprofi Thomas Reinholt", "Rookie Daniel Okafor"): a common
    noun or a word run on from the sentence, no part of the person's name; 0 when there are
    none, when the span has no surname after the given name, or when a head word says the
    span names an organisation or place ("San Jose State", "Fort William Henry Hotel").
    ``person``: NER tagged the span as a person, so an occupation noun of a pack (and the words
    before it) before two or three capitalised words goes too ("Yo Bassist Corin Vale").
    ``nouns``: the language capitalises its nouns (German), so an unknown capitalised word before
    a given name is likelier a noun than a first given name; elsewhere ("Marisol Ana Quintero")
    only an occupation noun is cut, or a word ``common`` says the article writes in lower case
    too ("Psychoanalyst Stephen Grosz": a noun opening the sentence, no first given name).
    A person's span of two words loses an occupation noun in front ("Footballer Neymar")."""
    if text.count(" ") == 1 and person:
        first, _, second = text.partition(" ")
        if token_key(first) in occupation_keys() and second[:1].isupper():
            return len(first) + 1
    if text.count(" ") < 2:
        return 0  # under three words
    spans = [s for s in tokenize(text) if text[slice(*s)] not in POSSESSIVES]
    words = [text[slice(*s)] for s in spans]
    if len(words) < 3 or not words[1][:1].isupper():
        return 0
    given, heads = given_name_keys(), head_keys()
    keys = [token_key(w) for w in words]
    if any(key in heads for key in keys):
        return 0
    for k in range(1, min(DESCRIPTOR_WORDS_MAX, len(words) - 2) + 1):
        rest = words[k:]
        named = len(rest) <= DESCRIBED_NAME_MAX and all(w[:1].isupper() for w in rest)
        if named and keys[k - 1] in occupation_keys() and (person or keys[k] in given):
            return spans[k][0]  # "Yo Bassist Corin Vale"; "Drummer Mia Holt" typed ORG
        if (named and k == 1 and common is not None and keys[1] in given and keys[0] not in given
                and not nouns and common(words[0])):
            return spans[1][0]
        if named and k == 1 and len(rest) == 2 and _role_compound(words[0], nouns):
            return spans[k][0]  # "Tesla-CEO Elon Musk", "Leverkusen-Trainer Xabi Alonso"
        if named and keys[k - 1] in group_keys() and keys[k] in given:
            return spans[k][0]  # "Mississippi Democrat Theodore Bilbo"
        if not nouns or keys[k] not in given:
            continue
        if not named or any(key in given or not w.isalpha() or not w[:1].isupper()
                            for w, key in zip(words[:k], keys[:k], strict=True)):
            return 0
        return spans[k][0]
    return 0


def _role_compound(word: str, nouns: bool) -> bool:
    """A compound closed by a title or occupation noun where nouns are capitalised ("SPD-Chef",
    "Tesla-CEO"): it describes the person after it, the part before the hyphen is his team."""
    owner, hyphen, role = word.rpartition("-")
    key = token_key(role)
    return nouns and bool(owner and hyphen) and (key in title_keys() or key in occupation_keys())


# Endings of agent nouns of a person's trade or creed ("psychoanalyst", "economist",
# "publisher", "director", "historian", "consultant", "president"), and the fewest letters of
# such a noun: shorter words ending so are given names too ("Peter", "Victor", "Grant").
_AGENT_ENDINGS = ("ist", "yst", "er", "or", "ian", "ant", "ent")
AGENT_NOUN_MIN = 6
# Determiners an article writes before a common noun ("the psychoanalyst", "our economist").
_NOUN_DETERMINERS = "the|a|an|this|that|our|their|his|her|its"


def _written_lower(text: str, word: str) -> bool:
    """Whether the article writes ``word`` as a common agent noun too, in lower case after an
    article or determiner ("the psychoanalyst" beside "Psychoanalyst Stephen Grosz"); not any
    lower-case use: given names are common words as well ("Rose", "Mark", "Grace", "Will")."""
    lower = word.lower()
    if lower == word or len(lower) < AGENT_NOUN_MIN or not lower.endswith(_AGENT_ENDINGS):
        return False
    known = _lower_writings(text)
    if lower not in known:
        pattern = rf"(?<!\w)(?:{_NOUN_DETERMINERS})\s+{re.escape(lower)}(?!\w)"
        known[lower] = re.search(pattern, text, re.IGNORECASE) is not None
    return known[lower]


# One article at a time, as ``_capital_lines``: each word is looked for once per text, not once
# per mention it opens (a page of 1,500 mentions read its whole text 250 times).
@lru_cache(maxsize=1)
def _lower_writings(text: str) -> dict[str, bool]:
    return {}


# Shortest word read as an "-ist" noun of a person's trade ("Economist", "Analyst"):
# shorter ones are names ("Christ", "Kist"). Set by hand.
IST_NOUN_MIN = 7


def _ist_noun(word: str) -> bool:
    """A noun of a person's trade or creed by its "-ist" ending ("Psychoanalyst", "Novelist"),
    asked of a word before a known given name only (``descriptor_cut``); not a Nordic surname
    in "-quist"/"-qvist" ("Lindquist", "Bergqvist")."""
    low = word.lower()
    return (len(word) >= IST_NOUN_MIN and word.isalpha() and low.endswith(("ist", "yst"))
            and not low.endswith(("quist", "qvist")))


# An officer's title written as an acronym: chief executive, financial, operating, technology
# officer ("CEO", "CFO", "COO", "CTO", "CMO", "CISO").
_EXECUTIVE = re.compile(r"C[A-Z]{1,3}O")


def acronym_title_tail(text: str, capitals: bool = False) -> int:
    """Where a name ends once an executive's title written as an acronym closing it is cut off
    ("Limbic CEO", "Tesla CFO" -> the firm); ``len(text)`` when none, never the whole. Only
    an officer's acronym ("C?O"): other capitals close names ("Congo DR", "Silverado LT"), and
    a spelled-out title closes names of offices ("Health Minister", "Prime Minister").
    ``capitals``: the line is written in capitals, where no word tells an acronym."""
    spans = tokenize(text)
    if len(spans) < 2 or capitals or text.isupper():
        return len(text)
    last = text[slice(*spans[-1])]
    if _EXECUTIVE.fullmatch(last) and token_key(last) in title_keys():
        rest = [token_key(text[slice(*s)]) for s in spans[:-1]]
        if not any(key in title_keys() for key in rest):
            return spans[-2][1]
    return len(text)


class _CapitalLines:
    """Which lines of ``text`` are written in capitals, each line read once: a one-line page of
    thousands of mentions asked for its line per mention (quadratic on Arabic or Chinese text,
    where ``isupper`` finds no cased letter to stop at)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines = LineIndex(text)
        self._known: dict[tuple[int, int], bool] = {}

    def holds(self, start: int) -> bool:
        line = self._lines.line_of(start, start)
        if line not in self._known:
            self._known[line] = self.text[line[0] : line[1]].isupper()
        return self._known[line]


# One article at a time: the linker asks about the mentions of one text in a row.
@lru_cache(maxsize=1)
def _capital_lines(text: str) -> _CapitalLines:
    return _CapitalLines(text)


def _capitals_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is written in capitals (a headline or a caption)."""
    return _capital_lines(text).holds(start)
