"""The organisations among an article's referent groups (``referents``): an organisation's
name joined to the one longer name it is part of (``orgformal``: "Housing Authority" into
"Tolbury Housing Authority"), and the one organisation or place a one-word mention
abbreviates ("LAPD" for "Los Angeles Police Department")."""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.nameowners import OwnerIndex, abbreviation_owner
from dragoman.entities.orgformal import organisation_or_formal_host
from dragoman.entities.referentvote import Form, KbType, aged
from dragoman.model import EntityType

_GIVEN_NAMES = given_name_keys()  # the English list and every language pack's


@dataclass(slots=True)
class Group:
    """The forms of one referent being grouped, and the type their vote gave them."""

    forms: list[Form]
    type: EntityType = "MISC"


def merge_organisations(groups: list[Group], kb_type: KbType | None) -> list[Group]:
    """Join an organisation's name to the one longer one it is part of (``orgformal``)."""
    merged: set[int] = set()
    orgs = [i for i, g in enumerate(groups) if g.type == "ORG"]  # only these host or join
    # a host begins or ends with the name's words: only names sharing its first or last
    # word are offered, not every organisation of the article
    by_end: dict[tuple[int, str], list[int]] = {}
    for j in orgs:
        by_end.setdefault((0, groups[j].forms[0].words[0]), []).append(j)
        by_end.setdefault((-1, groups[j].forms[0].words[-1]), []).append(j)
    # a "person" opening an organisation's name before its head words ("Blue Marine" PER beside
    # "Blue Marine Foundation"): no given name in front, no title, honorific or age with it
    named = [i for i, g in enumerate(groups) if g.type == "PER" and g.forms[0].words[0] not in _GIVEN_NAMES
             and not any(f.titled or f.honorific or aged(f) for f in g.forms)] if orgs else []
    for i in [*orgs, *named] if len(orgs) > 1 or named else ():
        words = groups[i].forms[0].words
        near = sorted({*by_end.get((0, words[0]), ()), *by_end.get((-1, words[-1]), ())})
        hosts = [j for j in near if j != i and j not in merged and len(groups[j].forms[0].words) > len(words)]
        names = [(groups[j].forms[0].words, "ORG") for j in hosts]
        if (host := organisation_or_formal_host(words, names, kb_type)) is not None:
            merged.add(i)
            groups[hosts[host]].forms.extend(groups[i].forms)
    return [g for i, g in enumerate(groups) if i not in merged]


def organisation_owner(groups: list[Group], index: OwnerIndex, f: Form,
                       kb_type: KbType | None) -> Group | None:
    """The one organisation or place of the article a one-word mention abbreviates
    (``nameowners.abbreviation_owner``; ``index``: of each group's head and type), unless it is
    a known name or a town's ("Newport"); a word the knowledge base does not know is no
    town, whatever NER calls it ("Parkland" beside "Parkland Corp")."""
    label = f.mention.label
    if kb_type is not None:
        if kb_type(f.mention.text, True) is not None:
            return None
        label = "ORG" if label == "LOC" else label
    owner = abbreviation_owner(f.mention.text, label, index)
    return groups[owner] if owner is not None else None
