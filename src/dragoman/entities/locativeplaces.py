"""A place NER called a person (issue 14, NTREX and the analyst pool): "the mood here in
Denver", "she flew to Denver", "fans from Denver" - a one-word name that the knowledge base
knows as a place only, written after a locative preposition of the article's language (the
pack's ``locative_prepositions``), is the place: its mentions are retyped LOC before the
article's referents are formed, so the name links to the place instead of founding a learned
person. Unless the article also writes the word as a person: a full name ending with it ("John
Denver"), a title or honorific before one of its mentions ("Mayor Denver", "Mr Denver"), or a
speech verb right after one ("Denver said").

A name of two words or more is read so too when the whole name is a place the knowledge base
or the gazetteer knows ("fans from Ann Arbor", "the office in Salt Lake City"); a person's
name written after the preposition ("a visit to Mary Okafor") is no place of either. A person
the article names with it ("Mayor Ann Arbor", a longer name ending with it) keeps it a
person."""

from __future__ import annotations

from collections.abc import Callable

from dragoman.entities.kb import name_key, token_key
from dragoman.entities.speechcue import speaks_after, speech_words
from dragoman.entities.titles import titles_before
from dragoman.language.rules import rules_for
from dragoman.model import Mention

KbType = Callable[[str, bool], str | None]

# Characters looked back for the two words before a mention.
_WORD_REACH = 32


def places_after_locatives(text: str, mentions: list[Mention], kb_type: KbType,
                           language: str | None) -> None:
    """Retype LOC every unlinked PER mention of a key that one of them writes after a locative
    preposition, when the knowledge base (gazetteer towns too) knows the whole name as a place
    only and no mention of the article writes it as a person (module docstring)."""
    rules = rules_for(language)
    if rules is None or not rules.entity_words.locative_prepositions:
        return
    words = rules.entity_words
    candidates = [m for m in mentions if m.label == "PER" and m.entity_id is None
                  and preposition_before(text, m.start, words.locative_prepositions,
                                         words.non_locative_heads, _WORD_REACH)]
    keys = {place_key(m.text) for m in candidates}
    keys = {k for k in keys if k and kb_type(k, True) == "LOC"}
    if not keys:
        return
    keys -= _persons(text, mentions, keys, language)
    for m in mentions:
        if m.label == "PER" and m.entity_id is None and place_key(m.text) in keys:
            m.label = "LOC"


def place_key(name: str) -> str:
    """The key of a name: its one word's ("Denver's" keeps its "s", as before names of two
    words were read), or its words' joined by spaces."""
    name = name.strip()
    return name_key(name) if " " in name else token_key(name)


def preposition_before(text: str, start: int, prepositions: frozenset[str], heads: frozenset[str],
                       reach: int, *, elisions: tuple[str, ...] = (), governor_marks: str = ",;:",
                       capitals_govern: bool = False) -> bool:
    """Whether the word right before ``start`` (one space before it, no punctuation between: "in
    Denver", not "in 2019, Denver"; or glued to it by one of ``elisions``, "d'Oloron") is one of
    ``prepositions``, read in the ``reach`` characters before, and not governed by the word
    before it: one of ``heads`` ("according to Warren") once ``governor_marks`` and an elided
    article ("l'équipe") are cut, or with ``capitals_govern`` a capitalised one ("Banque de
    France")."""
    before = text[max(0, start - reach) : start]
    if elisions and before.endswith(elisions):
        glued = before.split()[-1] if before.split() else ""
        preposition, rest = glued.casefold(), before[: len(before) - len(glued)]
    elif before.endswith((" ", "\u00a0")) and before.split():
        preposition, rest = before.split()[-1].casefold(), before.rstrip()[: -len(before.split()[-1])]
    else:
        return False
    if preposition.replace("’", "'") not in prepositions:
        return False
    governors = rest.split()
    if not governors:
        return True
    governor = governors[-1].strip(governor_marks)
    for mark in elisions:
        governor = governor.rsplit(mark, 1)[-1]  # "l'équipe" -> "équipe"
    return not (capitals_govern and governor[:1].isupper()) and governor.casefold() not in heads


def _persons(text: str, mentions: list[Mention], keys: set[str], language: str | None) -> set[str]:
    """The ``keys`` the article also writes as a person's name (module docstring)."""
    speech = speech_words(language)
    out: set[str] = set()
    for key in keys:
        size = len(key.split())
        for m in mentions:
            words = name_key(m.text).split()
            if " ".join(words[-size:]) != key:
                continue
            if len(words) > size:
                if m.label == "PER":
                    out.add(key)  # "John Denver"
            elif titles_before(text, m.start) or m.role or speaks_after(text, m.end, speech):
                out.add(key)  # "Mayor Denver", "Denver said"
    return out
