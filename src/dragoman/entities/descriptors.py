"""Descriptions NER ran into a name, and repairs of an unlinked span from the words around
it (issue 14; split from ``nameclass``): words before a known given name that describe the person
("Segelprofi Thomas Reinholt", "Tesla-CEO Elon Musk", "Mississippi Democrat Theodore Bilbo") are
cut off; a head word NER left out after the span is taken in; a person's span closed by group
words after a known place is that place ("Iowa Republican")."""

from __future__ import annotations

from collections.abc import Callable

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
from dragoman.entities.tokenize import tokenize
from dragoman.language.rules import rules_for
from dragoman.model import Mention


def reshape(mention: Mention, text: str, limit: int, language: str | None,
            kb_type: Callable[[str, bool], str | None]) -> Mention:
    """Repairs of an unlinked NER span from the words around and in it: a head word NER left
    out after it is taken in (``head_after``; ``limit``: the next mention's start); a person's
    span closed by group words that follow a known place is that place ("Iowa Republican" ->
    "Iowa", LOC; ``kb_type``: the knowledge base's type of a name, gazetteer towns too)."""
    if mention.entity_id is not None:
        return mention
    rules = rules_for(language)
    nouns = bool(rules and rules.capitalised_nouns)
    cut = descriptor_cut(mention.text, mention.label == "PER", nouns)  # "Segelprofi Thomas Reinholt"
    # no known name, a town's too, up to the given name ("San Diego" of "San Diego Padres")
    given_end = mention.text.find(" ", cut)
    if cut and all(kb_type(mention.text[:end].rstrip(), True) is None for end in (cut, given_end)):
        mention.start, mention.text, mention.label = mention.start + cut, mention.text[cut:], "PER"
    end = head_after(text, mention.end, limit, language)
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


def descriptor_cut(text: str, person: bool = False, nouns: bool = True) -> int:
    """Characters of capitalised words that are no given name before a known given name that
    opens a full name ("Segelprofi Thomas Reinholt", "Rookie Daniel Okafor"): a common
    noun or a word run on from the sentence, no part of the person's name; 0 when there are
    none, when the span has no surname after the given name, or when a head word says the
    span names an organisation or place ("San Jose State", "Fort William Henry Hotel").
    ``person``: NER tagged the span as a person, so an occupation noun of a pack (and the words
    before it) before two or three capitalised words goes too ("Yo Bassist Corin Vale").
    ``nouns``: the language capitalises its nouns (German), so an unknown capitalised word before
    a given name is likelier a noun than a first given name; elsewhere ("Marisol Ana Quintero")
    only an occupation noun is cut."""
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
        if person and named and keys[k - 1] in occupation_keys():
            return spans[k][0]
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
