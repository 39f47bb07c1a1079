"""A place before a lower-case council noun typed as a body (issue 15, second pass).

English news writes the authority of a town as "Pendle council leader": the capitalised name is
the place, the lower-case "council" the body (written as a name it is "Pendle Council"). The
CoNLL model types such a name ORG or LOC by chance; a name before a council noun becomes a place
when the page gives evidence: another name that the model typed LOC before the same council noun
and the same word of the authority's office after it (``en_names.COUNCIL_OFFICE_WORDS``: "Burnley
council leader ... Pendle council leader"; a firm or a union before another phrase, "Tesco council
planners", "Unison council members", stays), or the model's gazetteer knows the whole name.
An acronym is never such a place ("GMB council members"); a party's name
("Labour council leader", "Reform council group": the knowledge base or a short list of the
pack) or a name with an organisation's head word stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.entities.entitled import kb_types
from dragoman.entities.nameclass import head_type
from dragoman.language.en_names import COUNCIL_NOUNS, COUNCIL_OFFICE_WORDS, COUNCIL_PARTY_WORDS
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Mention

# Most words of a place before a council noun ("West Lancashire council"); set by hand, checked
# on the probe sentences written for this rule.
COUNCIL_PLACE_MAX_WORDS = 3
# The council noun after a name and the lower-case word after it, if any ("council leader").
_COUNCIL_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(COUNCIL_NOUNS)) + r")\b(?:[ \t]+([a-z]+)\b)?")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def council_places(text: str, mentions: list[Mention],
                   gazetteer: frozenset[str] | None) -> list[Mention]:
    """``mentions`` with each ORG name before a lower-case council noun retyped LOC where the
    module docstring's evidence holds; order kept."""
    phrases = [_council_phrase(text, m) for m in mentions]
    if not any(p and m.label == "ORG" for m, p in zip(mentions, phrases, strict=True)):
        return mentions
    placed = {p for m, p in zip(mentions, phrases, strict=True) if p and m.label == "LOC"}
    return [replace(m, label="LOC")
            if p and m.label == "ORG"
            and ((p in placed and _office(p)) or _gazetteer_place(m.text, gazetteer))
            and not _body(m.text) else m
            for m, p in zip(mentions, phrases, strict=True)]


def _council_phrase(text: str, m: Mention) -> str:
    """The council noun and the word after it that follow ``m`` ("council leader"), or "" when
    ``m`` is no capitalised name of at most ``COUNCIL_PLACE_MAX_WORDS`` words before one."""
    if len(m.text.split()) > COUNCIL_PLACE_MAX_WORDS or _CAPITALISED.fullmatch(m.text) is None \
            or m.text.isupper():
        return ""
    found = _COUNCIL_AFTER.match(text, m.end)
    return "" if found is None else f"{found.group(1)} {found.group(2) or ''}"


def _office(phrase: str) -> bool:
    """Whether a council phrase names the authority's own office ("council leader")."""
    words = phrase.split()
    return len(words) > 1 and words[1] in COUNCIL_OFFICE_WORDS


def _gazetteer_place(name: str, gazetteer: frozenset[str] | None) -> bool:
    return gazetteer is not None and normalize_for_match(name) in gazetteer


def _body(name: str) -> bool:
    """A name the knowledge base types ORG, whose head word says a body ("Green Party") or
    that a party's short name opens (``en_names.COUNCIL_PARTY_WORDS``: "Reform")."""
    return (head_type(name) == "ORG" or name.split()[0].lower() in COUNCIL_PARTY_WORDS
            or "ORG" in kb_types(name))
