"""A descriptor noun before a name the page also writes without it (issue 14, pool A's German
pages: "Kohlemine Adani" ORG beside "Adani Group", "Kaffeerösterei Tchibo" beside "Tchibo").

``germandescriptors`` cuts a plain common noun off a name only when the noun says what the name
is (a firm's trade: "Minenbetreiber"), since a site's or shop's noun is often part of the name
("Brauerei Schlenkerla"). The page itself tells: when the tagger finds the same name as an
organisation elsewhere on the page with no such noun ("Adani Group", "Adani"), the noun was a
description, not part of the name. A span typed ORG of a plain descriptor noun
(``germandescriptors.plain_descriptor``, of ``MIN_DESCRIPTOR_LETTERS`` letters or more) and one
to ``MAX_REST_WORDS`` name words (no common noun, no frequent English word, ``MIN_NAME_LETTERS``
letters or more each) becomes the name when another ORG mention of the page is or opens with
those words, or the page writes the one-word name as a compound's modifier before a common noun
("Adani-Geschäftes"). The same span typed a person becomes that organisation when the page
then has it as one (the tagger types one span both ways on a page). Not when the name is a
known place ("Berufsfeuerwehr Biel"), ends in a legal form ("... GmbH"), or is one word ending
like a genitive ("Gesundheit Ottos": ``germangenitives``). Spans typed a place are left, and a
bare occurrence is no evidence: pool A writes "in Biel", "Rust" beside "Berufsfeuerwehr Biel",
"Weinbau Rust", where the noun is part of the body's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dragoman.entities.germandescriptors import (
    MAX_REST_WORDS,
    MIN_DESCRIPTOR_LETTERS,
    genitive_like,
    plain_descriptor,
    unknown_name,
)
from dragoman.entities.germanlexicon import common_noun, known_place
from dragoman.entities.germanpeople import titled_words
from dragoman.entities.spanshape import CommonWords
from dragoman.language.de_nouns import LEGAL_FORMS
from dragoman.model import Mention

# A capitalised word, a hyphen and a capitalised lower-case word: a compound's modifier and head.
_MODIFIER = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w]*)-([A-ZÄÖÜ][a-zäöüß]+)(?![\w-])")


def _org_prefixes(mentions: list[Mention]) -> frozenset[str]:
    """The word prefixes of the page's organisation mentions ("Adani", "Adani Group" of
    "Adani Group")."""
    prefixes: set[str] = set()
    for m in mentions:
        if m.label == "ORG":
            words = m.text.split(" ")
            prefixes.update(" ".join(words[:k]) for k in range(1, min(len(words), MAX_REST_WORDS) + 1))
    return frozenset(prefixes)


def _compound_modifiers(text: str, common: CommonWords | None) -> frozenset[str]:
    """Capitalised words the page writes before a hyphen and a common noun ("Adani" of
    "Adani-Geschäftes", "Adani-Konzern"): a name made the modifier of a compound."""
    return frozenset(found[1] for found in _MODIFIER.finditer(text) if common_noun(found[2], common))


def _cut(m: Mention, label: str, named: frozenset[str], common: CommonWords | None,
         gazetteer: frozenset[str] | None, titled: Callable[[str], bool],
         memo: dict[tuple[str, ...], bool]) -> Mention:
    words = m.text.split(" ")
    if m.label != label or not 2 <= len(words) <= MAX_REST_WORDS + 1 or not all(words):
        return m
    first, rest = words[0], words[1:]
    if len(first) < MIN_DESCRIPTOR_LETTERS or rest[-1] in LEGAL_FORMS or genitive_like(rest):
        return m
    key = (label, *words)
    if key not in memo:
        memo[key] = (unknown_name(rest, common)
                     and not known_place(" ".join(rest), gazetteer)
                     and plain_descriptor(first, common, gazetteer, titled)
                     and " ".join(rest) in named)
    if not memo[key]:
        return m
    name = " ".join(rest)
    return replace(m, start=m.end - len(name), text=name, label="ORG")


def bare_names(text: str, mentions: list[Mention], common: CommonWords | None,
               gazetteer: frozenset[str] | None) -> list[Mention]:
    """``mentions`` of ``text`` with the descriptor nouns of the module docstring cut off."""
    titled = titled_words(text)
    memo: dict[tuple[str, ...], bool] = {}
    named = _org_prefixes(mentions) | _compound_modifiers(text, common)
    cut = [_cut(m, "ORG", named, common, gazetteer, titled, memo) for m in mentions]
    # the tagger's person reading of the same span, once the page has the firm ("Adani")
    firms = _org_prefixes(cut)
    return [_cut(m, "PER", firms, common, gazetteer, titled, memo) for m in cut]
