"""A person whose surname is a place's head word ("Ben Street", "Amy Bridge", "Tom Lane";
issue 14): ``nameclass.head_type`` reads "Street" closing a name as a place's head, which
outweighs NER's person in the referent's vote (``referentvote``). Streets and stations are
named after given names too ("George Street", "Elizabeth Station"), so the head word's place
vote is dropped only where the page gives the referent a person's evidence beyond the given
name: a title or honorific, an age, the surname written alone as a form of the referent
("Street said"; no page calls a street "Street"), or a speech verb beside a form no
preposition governs (a place speaks only as a metonym, "Downing Street said", whose first word
is no given name; "Residents of Mary Road complained": the residents speak), nor an
auxiliary follows ("said Elizabeth Street would reopen": the subject of what was said)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_keys, title_keys
from dragoman.language.rules import all_rules, rules_for
from dragoman.model import Mention

if TYPE_CHECKING:
    from dragoman.language.rules import LanguageRules

# Words of a person's full name written so: a given name and a surname.
_FULL_NAME_WORDS = 2
# Characters looked back from a form for a preposition governing it.
_LOOK_BACK = 24
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_NOUN_THEN_NAME = re.compile(r" ([^\W\d_]+) ([^\W\d_]+)")


class PersonForm(Protocol):
    """What a referent's form tells (``referentvote.Form``)."""

    @property
    def words(self) -> list[str]: ...
    @property
    def titled(self) -> bool: ...
    @property
    def speaks(self) -> bool: ...
    @property
    def honorific(self) -> bool: ...
    @property
    def aged(self) -> bool: ...
    @property
    def mention(self) -> Mention: ...


def person_with_place_surname(forms: Sequence[PersonForm], text: str,
                              pack: LanguageRules | None) -> bool:
    """Whether a referent is a person whose surname is a place's head word (see the module
    docstring): a form of a given name and a place head, and a person's evidence. A title NER
    ran into a form it typed a place ("Mr Ben Street") is one. ``pack``: the article's, whose
    prepositions (``content_blockers``) govern a form; every pack's when None."""
    surnames: set[str] = set()
    titled = False
    for f in forms:
        lead = _leading_titles(f.words)
        if _given_then_place_head(f.words[lead:]):
            surnames.add(f.words[-1])
            titled = titled or lead > 0
    if not surnames:
        return False
    packs = [pack] if pack is not None else all_rules()
    blockers = frozenset(w for p in packs for w in p.content_blockers)
    auxiliaries = frozenset(w for p in packs for w in p.auxiliaries)
    return titled or any(f.titled or f.honorific or f.aged
                         or (f.speaks and _speaker(text, f.mention, blockers, auxiliaries)
                             and not _modifier(text, f.mention, packs))
                         or (len(f.words) == 1 and f.words[0] in surnames) for f in forms)


def _speaker(text: str, m: Mention, blockers: frozenset[str], auxiliaries: frozenset[str]) -> bool:
    """Whether a form beside a speech verb may be its speaker: no preposition right before it
    ("of Mary Road"), no auxiliary right after it ("Elizabeth Street would")."""
    before = _LAST_WORD.search(text[max(0, m.start - _LOOK_BACK):m.start])
    after = _NEXT_WORD.match(text, m.end)
    return not ((before is not None and before.group(1) in blockers)
                or (after is not None and after.group(1) in auxiliaries))


def _modifier(text: str, m: Mention, packs: Sequence[LanguageRules]) -> bool:
    """Whether a form modifies the noun after it, before the speaker's own name ("said George
    Street shopkeeper Ann Reed"): a lower-case word, then a capitalised one. Not a speech verb,
    a conjunction, a preposition or an auxiliary there ("Ben Street told Sky", "said Ben Street
    and Amy Bridge", "said Ben Street in Leeds"): the form is the speaker's name."""
    after = _NOUN_THEN_NAME.match(text, m.end)
    if after is None or not after.group(1).islower() or not after.group(2)[:1].isupper():
        return False
    key = token_key(after.group(1))
    return not any(key in _speaker_joins(p.code) for p in packs)


@lru_cache(maxsize=64)
def _speaker_joins(code: str) -> frozenset[str]:
    """Token keys of the words after a form that leave it the speaker (``_modifier``)."""
    p = rules_for(code)
    if p is None:
        return frozenset()
    return frozenset(token_key(w) for w in (*p.speech_verbs, *p.list_conjunctions,
                                            *p.content_blockers, *p.auxiliaries))


def _leading_titles(words: list[str]) -> int:
    lead = 0
    while lead < len(words) and words[lead] in title_keys():
        lead += 1
    return lead


def _given_then_place_head(words: list[str]) -> bool:
    return (len(words) == _FULL_NAME_WORDS and words[0] in given_name_keys()
            and head_keys().get(token_key(words[1])) == "LOC")
