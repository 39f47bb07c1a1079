"""A place NER called a person (issue 14, NTREX and the analyst pool): "the mood here in
Denver", "she flew to Denver", "fans from Denver" - a one-word name that the knowledge base
knows as a place only, written after a locative preposition of the article's language (the
pack's ``locative_prepositions``), is the place: its mentions are retyped LOC before the
article's referents are formed, so the name links to the place instead of founding a learned
person. Unless the article also writes the word as a person: a full name ending with it ("John
Denver"), a title or honorific before one of its mentions ("Mayor Denver", "Mr Denver"), or a
speech verb right after one ("Denver said")."""

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
    """Retype LOC every unlinked one-word PER mention of a key that one of them writes after a
    locative preposition, when the knowledge base (gazetteer towns too) knows the name as a
    place only and no mention of the article writes it as a person (module docstring)."""
    rules = rules_for(language)
    if rules is None or not rules.entity_words.locative_prepositions:
        return
    words = rules.entity_words
    candidates = [m for m in mentions if m.label == "PER" and m.entity_id is None
                  and " " not in m.text.strip()
                  and _after(text, m.start, words.locative_prepositions, words.non_locative_heads)]
    keys = {token_key(m.text) for m in candidates}
    keys = {k for k in keys if k and kb_type(k, True) == "LOC"}
    if not keys:
        return
    keys -= _persons(text, mentions, keys, language)
    for m in mentions:
        if m.label == "PER" and m.entity_id is None and token_key(m.text.strip()) in keys:
            m.label = "LOC"


def _after(text: str, start: int, locatives: frozenset[str], heads: frozenset[str]) -> bool:
    """Whether the word right before ``start`` is one of ``locatives`` (no punctuation
    between: "in Denver", not "in 2019, Denver"), not governed by a word of ``heads``
    ("according to Warren")."""
    before = text[max(0, start - _WORD_REACH) : start]
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    if not words or words[-1].casefold() not in locatives:
        return False
    return len(words) < 2 or words[-2].casefold().strip(",;:") not in heads


def _persons(text: str, mentions: list[Mention], keys: set[str], language: str | None) -> set[str]:
    """The ``keys`` the article also writes as a person's name (module docstring)."""
    speech = speech_words(language)
    out: set[str] = set()
    for m in mentions:
        words = name_key(m.text).split()
        if not words or words[-1] not in keys:
            continue
        if len(words) > 1:
            if m.label == "PER":
                out.add(words[-1])  # "John Denver"
        elif titles_before(text, m.start) or m.role or speaks_after(text, m.end, speech):
            out.add(words[0])  # "Mayor Denver", "Denver said"
    return out
