"""Which full name of an article a shorter name stands for (``referents``, ``referentorgs``,
``orgformal``): an acronym of its initials ("LAPD" after "Los Angeles Police Department",
"SPVM" for "Service de police de la Ville de Montréal"), the name without its head words
("Simpson" for "Simpson Oil"), or the end or start of a longer organisation's name ("Housing
Authority" in "Tolbury Housing Authority"). The head words are ``nameclass.head_keys`` (every
pack's); an article's names are indexed once (``owner_index``), so each look-up is a probe.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dragoman.entities.kb import name_key, token_key
from dragoman.entities.nameclass import POSSESSIVES, head_keys
from dragoman.entities.spanshape import NAME_PARTICLES
from dragoman.entities.tokenize import tokenize


def _words(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text) if text[a:b] not in POSSESSIVES]


@lru_cache(maxsize=4096)  # asked once per one-word mention and organisation of an article
def bare_name(text: str) -> str:
    """The name key of an organisation's name without its head words at either end
    ("Simpson Oil" -> "simpson", "Banque de France" -> "de france"); "" when none is cut or
    nothing would be left."""
    keys = [k for w in _words(text) if (k := token_key(w))]
    heads = head_keys()
    cut = keys[:]
    while len(cut) > 1 and heads.get(cut[-1]) == "ORG":
        cut.pop()
    while len(cut) > 1 and heads.get(cut[0]) == "ORG":
        cut.pop(0)
    return " ".join(cut) if len(cut) < len(keys) else ""


def organisation_host(words: list[str], kind: str,
                      names: Sequence[tuple[list[str], str]]) -> int | None:
    """Index in ``names`` ((token keys, type) of the article's full names) of the one
    longer organisation name that an organisation's name ``words`` is part of: its end
    ("Housing Authority" in "Tolbury Housing Authority") or its start followed by head words
    only ("Metropolitan Police" in "Metropolitan Police Department"); None when none or two."""
    if kind != "ORG":
        return None
    n = len(words)
    hosts = [
        i for i, (other, other_kind) in enumerate(names)
        if other_kind == "ORG" and len(other) > n
        and (other[-n:] == words
             or (other[:n] == words and all(head_keys().get(w) == "ORG" for w in other[n:])))
    ]  # fmt: skip
    return hosts[0] if len(hosts) == 1 else None


@dataclass(frozen=True, slots=True)
class OwnerIndex:
    """An article's full names ((full name, type)) indexed by what a one-word mention may
    match: their initials (``initials``) and their names without head words
    (``bare_name``). Built once per article (``owner_index``), so one look-up costs the same
    however many names the article has."""

    acronyms: dict[str, list[int]]
    bare: dict[str, list[int]]


def owner_index(names: Sequence[tuple[str, str]]) -> OwnerIndex:
    """The index ``abbreviation_owner`` reads; positions are those of ``names``."""
    acronyms: dict[str, list[int]] = {}
    bare: dict[str, list[int]] = {}
    for i, (full, kind) in enumerate(names):
        if kind in ("ORG", "LOC") and len(_words(full)) >= 2:
            for letters in dict.fromkeys(initials(full)):
                acronyms.setdefault(letters, []).append(i)
        if kind == "ORG":
            bare.setdefault(bare_name(full), []).append(i)
    return OwnerIndex(acronyms, bare)


def abbreviation_owner(text: str, label: str, index: OwnerIndex) -> int | None:
    """Position (in the names ``index`` was built from) of the one organisation or place a
    one-word mention abbreviates (capitals, 2+ letters, dots allowed: "LAPD", "L.A.P.D.", the
    ``initials`` of a name of two words or more) or names without its head
    words ("Simpson" for "Simpson Oil": ``bare_name``; not a word NER calls a place,
    "Newport" beside "Newport Police"); None when none or two."""
    owners: set[int] = set()
    letters = text.replace(".", "")
    if len(letters) >= 2 and letters.isalpha() and letters.isupper():
        owners.update(index.acronyms.get(letters, ()))
    if label != "LOC":
        owners.update(index.bare.get(name_key(text), ()))
    return owners.pop() if len(owners) == 1 else None


def initials(name: str) -> tuple[str, str, str]:
    """The initials of a name: of all its words, of those not in lower case ("Office for
    Budget Responsibility" -> "OFBR", "OBR"), and of all but its particles, as French
    acronyms keep lower-case nouns ("Service de police de la Ville de Montréal" -> "SPVM");
    a dotted abbreviation gives all its letters ("D.C. Housing Authority" -> "DCHA")."""
    full, short, content = [], [], []
    for word in _words(name):
        letters = [c for c in word if c.isalpha()]
        if not letters:
            continue
        part = "".join(letters) if "." in word and len(letters) <= 3 else letters[0]
        full.append(part.upper())
        if not word.islower():
            short.append(part.upper())
        if word.lower() not in NAME_PARTICLES:
            content.append(part.upper())
    return "".join(full), "".join(short), "".join(content)
