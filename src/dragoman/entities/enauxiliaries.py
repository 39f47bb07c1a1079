"""Auxiliary verbs and everyday lower-case words NER ran into a name (issue 14, English junk
spans on pool A and NTREX English dev):

* a lower-case word closing a span is the sentence going on after the name, never the name's
  last word ("I don't think that Joe Biden can win", "the St. Louis metro area"): an auxiliary
  or modal verb of the pack (``auxiliary_verbs``) or a frequent word of the language
  (``frequentwords``) is cut off the end, a name particle ("van", "de", "al") never;
* a capitalised auxiliary opening a question ("Does Apple still ..?", "Can Biden win
  Michigan?") or a conditional clause without "if" (the pack's ``inversion_auxiliaries``:
  "Should Nostrand Houses elect the trust, ...") is cut off the front.

An opening auxiliary is kept where the knowledge base or the gazetteer knows the span as
written ("Can Tho") or where it is a given name; an auxiliary that is also a name word (the pack's
``auxiliaries_also_given``: "Will Smith", "Can Gio", "Will County") is cut only when the rest
is a name the knowledge base knows, a person's where NER typed a person ("Can Zelensky")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.frequentwords import frequent_words
from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.tokenize import tokenize
from dragoman.language.nameparticles import SIGNATURE_PARTICLES
from dragoman.language.rules import rules_for
from dragoman.model import Mention

KbType = Callable[[str, bool], str | None]  # (name, gazetteer towns too) -> KB type, or None

# What may stand between a sentence's end and its first word: spaces and opening quotes.
_LEAD = " \t\"'“‘«„("
# Where a sentence ends: the first of these after the span says whether it asks.
_SENTENCE_END = re.compile(r"[.!?\n]")
# Characters read after the span for its sentence's end: a longer sentence is no headline's or
# lead's question, and the bound keeps a page of colons from being read to its end per span.
# Set by hand (a long headline question is under 200 characters), not tuned.
QUESTION_CHARS_MAX = 400


@lru_cache(maxsize=16)
def _auxiliaries(language: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rules = rules_for(language)
    if rules is None:
        return frozenset(), frozenset(), frozenset()
    words = rules.entity_words
    return words.auxiliary_verbs, words.inversion_auxiliaries, words.auxiliaries_also_given


@lru_cache(maxsize=16)
def _count_words(language: str | None) -> frozenset[str]:
    rules = rules_for(language)
    return frozenset(rules.entity_words.family_counts if rules is not None else ())


def lower_tail_end(name: str, language: str | None) -> int:
    """Where a span ends once the lower-case auxiliaries and frequent words closing it are cut
    off ("Joe Biden can" -> 9); ``len(name)`` when none, never the whole, never a name
    particle, a count word of the pack ("one", "twins") nor a word written with a capital or a
    digit inside ("al-Balah", "i3")."""
    auxiliaries, _, _ = _auxiliaries(language)
    if not auxiliaries:
        return len(name)
    frequent = frequent_words(language or "")
    spans = tokenize(name)
    keep = len(spans)
    while keep > 1:
        word = name[slice(*spans[keep - 1])]
        if not (word.isalpha() and word.islower()) or word in SIGNATURE_PARTICLES:
            break
        if word not in auxiliaries and (word not in frequent or word in _count_words(language)):
            break  # a number closes names: "Formula one", "Air Force one", "Minnesota twins"
        keep -= 1
    if keep == len(spans) or not name[spans[keep - 1][0]].isupper():
        return len(name)
    return spans[keep - 1][1]


def auxiliary_opener_cut(name: str, text: str, start: int, language: str | None,
                         kb_type: KbType, person: bool = False) -> int:
    """Characters of a capitalised auxiliary that opens both the span ``name`` (at ``start`` of
    ``text``) and a question or an "if"-less conditional clause ("Does Apple" -> 5); 0 when
    none (see the module docstring). An auxiliary that is also a given name (the pack's
    ``auxiliaries_also_given``) is cut only off a name the knowledge base knows, a person's
    where NER typed the span a person (``person``): "Can Zelensky", not "Will Ferrell"."""
    auxiliaries, inversions, given = _auxiliaries(language)
    spans = tokenize(name)
    if not auxiliaries or len(spans) < 2:
        return 0
    first, second = name[slice(*spans[0])], name[slice(*spans[1])]
    word = first.lower()
    if not (first[:1].isupper() and not first.isupper() and second[:1].isupper()):
        return 0
    if word not in auxiliaries or token_key(first) in given_name_keys():
        return 0
    before = text[:start].rstrip(_LEAD)
    if before and before[-1] not in ".!?:\n":
        return 0
    if word not in inversions and not _asks(text, start + len(name)):
        return 0
    if kb_type(name, True) is not None:
        return 0
    if word in given and not _known_rest(name[spans[1][0]:], kb_type, person):
        return 0  # "Will Smith", "Can Gio", "Will County": the word may be the name's own
    return spans[1][0]


def _known_rest(rest: str, kb_type: KbType, person: bool) -> bool:
    """Whether the name after an auxiliary that is also a given name is one the knowledge base
    or gazetteer knows, a person's where NER typed the span a person ("Can Zelensky")."""
    found = kb_type(rest, True)
    return found == "PER" if person else found is not None


def _asks(text: str, end: int) -> bool:
    found = _SENTENCE_END.search(text, end, end + QUESTION_CHARS_MAX)
    return found is not None and found.group() == "?"


def shape_auxiliaries(mention: Mention, text: str, language: str | None, kb_type: KbType) -> None:
    """Cut an opening question auxiliary and a closing lower-case word off an NER mention, in
    place (see the module docstring)."""
    cut = auxiliary_opener_cut(mention.text, text, mention.start, language, kb_type,
                               mention.label == "PER")
    if cut:
        mention.start, mention.text = mention.start + cut, mention.text[cut:]
    end = lower_tail_end(mention.text, language)
    if end < len(mention.text):
        mention.end, mention.text = mention.start + end, mention.text[:end]
