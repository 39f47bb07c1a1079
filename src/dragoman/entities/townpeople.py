"""A town named like a person of the page (issue 14, the analyst pool read at ranks 51-250):
after "Elizabeth Warren" or "Dianne Austin", the word "Warren" or "Austin" alone is that
person's surname, not the gazetteer town of that name (Warren, Michigan; Austin, Texas) that a
one-word look-up reached. Only where the page writes the person in full with a common given
name first, exactly one such person has the surname, and no mention of the town follows a
locative preposition ("in Austin", "nach Warren": the packs' ``locative_prepositions``) or
before its region ("Garland (Texas)"), nor in the sentence that names the person in full,
unless read there as a person's (``_personal``: NER typed it a person, or a speech verb, a
title or an age stands beside it): "Der Bürgermeister Franz Essen besuchte Essen" writes two
referents, the person and the town, and the page's other "Essen" stay the town too."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from dragoman.entities.kb import KnowledgeBase, name_key, token_key
from dragoman.entities.nameclass import given_name_keys, title_keys
from dragoman.entities.packwords import every_pack
from dragoman.entities.personcue import age_follows
from dragoman.entities.speechcue import speaks
from dragoman.entities.tokenize import tokenize
from dragoman.language.rules import all_rules, rules_for
from dragoman.model import Mention

# Characters looked back for the word before a mention.
_WORD_REACH = 16
# A capitalised word after a comma or in brackets right after the town: its region.
_REGION_AFTER = re.compile(r"(?:, | \()[A-ZÀ-Þ]")
# A sentence's end between two mentions: a stop (a footnote's number, a closing quote or
# bracket may follow it: "Starting Line.2 Warren") before a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\d\"”’»)\]]*\s|\n")


@lru_cache(maxsize=1)
def _locatives() -> frozenset[str]:
    return every_pack(lambda w: w.locative_prepositions)


def _people_by_surname(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    """Surname key -> the page's mentions of persons written in full, given name first."""
    given = given_name_keys()
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        words = name_key(m.text).split()
        if m.label == "PER" and m.entity_id and len(words) >= 2 and words[0] in given:
            out.setdefault(words[-1], []).append(m)
    return out


def towns_named_for_people(kb: KnowledgeBase, text: str, mentions: list[Mention],
                           language: str | None = None) -> None:
    """Relink each one-word mention of a gazetteer town that is the surname of the page's one
    person of that surname to that person (module docstring); none where the page writes one
    of the town's mentions as a place (``_placed``), or beside the person's full name
    (``_beside``): then it reads the word as the town ("schools closed in Warren ... while
    Warren waited")."""
    towns = [m for m in mentions if _town_word(kb, m)]
    if not towns:
        return
    people = _people_by_surname(mentions)
    speech = _speech_words(language)
    placed = {m.entity_id for m in towns if _placed(text, m) or (
        _beside(text, m, people.get(token_key(m.text), [])) and not _personal(text, m, speech))}
    for m in towns:
        ids = {p.entity_id for p in people.get(token_key(m.text), [])}
        if len(ids) == 1 and m.entity_id not in placed:
            m.entity_id, m.label, m.reason = next(iter(ids)), "PER", "article-surname"


def _beside(text: str, m: Mention, fulls: list[Mention]) -> bool:
    """Whether ``m`` stands in the sentence of one of the ``fulls`` (no sentence end between)."""
    return any(not _SENTENCE_END.search(text[min(f.end, m.end) : max(f.start, m.start)])
               for f in fulls if f.end <= m.start or m.end <= f.start)


def _town_word(kb: KnowledgeBase, m: Mention) -> bool:
    entity = kb.entities.get(m.entity_id or "")
    return entity is not None and entity.population > 0 and " " not in m.text.strip()


@lru_cache(maxsize=16)
def _speech_words(language: str | None) -> frozenset[str]:
    """Token keys of the language's speech verbs; of every pack's without a language."""
    rules = rules_for(language) if language else None
    packs = [rules] if rules is not None else list(all_rules())
    return frozenset(token_key(v) for r in packs for v in r.speech_verbs)


def _personal(text: str, m: Mention, speech: frozenset[str]) -> bool:
    """Read as a person's: NER typed the mention a person, or a speech verb stands right after
    or before it ("Warren said", "sagte Warren"), a title right before it ("Senator Warren"),
    or an age after it ("Warren, 75,")."""
    if m.label == "PER" or speaks(text, m.start, m.end, speech) or age_follows(text, m.end, brackets=False):
        return True
    before = tokenize(text, max(0, m.start - _WORD_REACH), m.start)
    return bool(before) and token_key(text[slice(*before[-1])]) in title_keys()


def _placed(text: str, m: Mention) -> bool:
    """Written as a place: after a locative preposition, or before its region ("Garland
    (Texas)", "Warren, Michigan")."""
    before = text[max(0, m.start - _WORD_REACH) : m.start].split()[-1:]
    return (bool(before) and before[0].casefold() in _locatives()) or bool(
        _REGION_AFTER.match(text, m.end))
