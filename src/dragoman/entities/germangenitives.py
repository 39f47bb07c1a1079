"""German names in the genitive cut out of the span around them (moved out of
``germanspans``, which applies ``genitive_cut`` to its shaped mentions): "Deutschlands
Landwirte" -> "Deutschlands", "Wohlstand Kenias" -> "Kenias"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import cast

from dragoman.entities import germanarticle, germanknown, germanpage, germanwords
from dragoman.entities.germanframing import noun_before_name
from dragoman.entities.germanlexicon import MIN_STEM, common_noun, given_name, head_in, known_place
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import CommonWords
from dragoman.model import EntityType, Mention

PLACE_HEADS, LANDMARK_HEADS, ORG_HEADS = WORDS.place_heads, WORDS.landmark_heads, WORDS.org_heads
_TOKEN = re.compile(r"\S+")
_TITLE_WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*$")


def title_word(word: str) -> bool:
    """A capitalised word of letters, not an acronym ("Bundeskanzler", "Klingbeil", not "BSC")."""
    return bool(_TITLE_WORD.match(word))


def genitive_cut(m: Mention, text: str, people: set[str], common: CommonWords | None,
                 gazetteer: frozenset[str] | None) -> Mention:
    """A name in the genitive before the common noun it owns ends the span, with its "-s"
    (the gold keeps it): "Deutschlands Landwirte", "Gerda Brandts Romane". The genitive is a
    word in "-s" (not "-ss", "-es", "-us": "Deutsches Museum", "Marcus") whose bare form is a
    known place, is written in the text, or follows given names; the words after it are
    common nouns or roles ("Bistums Trier", "Nicos Poulantzas" stay). A place's bare form
    types LOC, a person's word or a given name before it PER; ``_owner_cut`` the other way."""
    spans = [(w.start(), w.end()) for w in _TOKEN.finditer(m.text)]
    words = [m.text[a:b] for a, b in spans]
    for i, word in enumerate(words[:-1]):
        bare = word[:-1]
        if (not word.endswith("s") or word.endswith(("ss", "es", "us")) or len(bare) < MIN_STEM
                or not word[:1].isupper() or given_name(word) or common_noun(word, common)
                or not all(given_name(w) for w in words[:i])
                or not all(_owned_noun(w, common) or germanwords.role_noun(w) for w in words[i + 1:])
                or head_in(words[-1], (*LANDMARK_HEADS, *ORG_HEADS, "haus"))):
            continue
        place = known_place(bare, gazetteer)
        after_given = i > 0
        known = _known_owner(bare) if i == 0 else None
        if not (place or after_given or known or germanpage.written_bare(bare, text)):
            continue
        end = m.start + spans[i][1]
        label = "LOC" if place else "PER" if after_given or bare in people else known or m.label
        return replace(m, end=end, text=text[m.start:end], label=label)
    return _owner_cut(m, text, words, people, common, gazetteer)


def _owner_cut(m: Mention, text: str, words: list[str], people: set[str], common: CommonWords | None,
               gazetteer: frozenset[str] | None) -> Mention:
    """A common noun (listed, or a word behind a determiner: "vom wachsenden Wohlstand") before
    the genitive of a known place or of a person the page names is no part of the name:
    "Wohlstand Kenias" -> "Kenias" (LOC), "Intervention Brandts" -> PER. A name's head stays."""
    last = words[-1] if len(words) == 2 else ""
    bare = last[:-1]
    if (not last.endswith("s") or last.endswith(("ss", "us")) or len(bare) < MIN_STEM
            or not title_word(words[0]) or common_noun(last, common)):
        return m
    place = known_place(bare, gazetteer)
    known = _known_owner(bare)
    head = (given_name(words[0]) or known_place(words[0], gazetteer) or germanwords.institution(words[0])
            or any(head_in(words[0], h) for h in (ORG_HEADS, PLACE_HEADS, LANDMARK_HEADS)))
    before = germanarticle.tokens(text[max(0, m.start - germanarticle.LOOK_BACK):m.start])
    noun = _owned_noun(words[0], common) or (
        bool(before) and germanarticle.standing(before[-germanarticle.MAX_ADJECTIVES - 1:]) == "det")
    if head or not noun or not (place or bare in people or known):
        return m  # a name's head: "Universität Wiens" stays
    start = m.end - len(last)
    return replace(m, start=start, text=last, label="LOC" if place else known or "PER")


def _owned_noun(word: str, common: CommonWords | None) -> bool:
    """A common noun a genitive owns: of the lexicon, or two lexicon nouns joined
    ("Batterie|sparte", "Aggressions|politik"; ``germanframing``)."""
    return common_noun(word, common) or (
        title_word(word) and not given_name(word) and noun_before_name(word, common))


def _known_owner(bare: str) -> EntityType | None:
    """The seed-KB type of a genitive's bare form ("Teslas" -> Tesla, ORG), None when unknown
    or shared by two types."""
    return cast(EntityType, germanknown.known_type(bare) or None)
