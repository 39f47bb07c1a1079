"""Lists of names in English news whose members the NER model types apart (issue 15, moved out
of ``enspans``, which applies it): in "Coalpool, Goscote, Harden and Blakenall" a member
without a head word takes the type most members share (``listed_alike``)."""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_type
from dragoman.language.en_names import LIST_CONJUNCTIONS
from dragoman.model import Mention

# A capitalised word of a name ("Coalpool", "O'Neill", "St.").
CAPITAL_WORD = re.compile(r"[A-Z][\w'’.-]*")
# What joins the names of a list ("Coalpool, Goscote, Harden and Blakenall").
_COMMA_CONJOINED = frozenset(f", {word} " for word in LIST_CONJUNCTIONS)
_LIST_JOINS = frozenset({", ", *_COMMA_CONJOINED, *(f" {word} " for word in LIST_CONJUNCTIONS)})
# Fewest members of a list that share a type before the other one-word members take it.
LIST_MAJORITY_MIN = 2
# The types a list's majority passes on: not ORG, which the model gives towns of sports results
# ("Leeds, Bradford and Wakefield" all ORG; probe sentences of lists of towns).
LIST_SPREAD_LABELS = frozenset({"LOC", "PER"})


def listed_alike(text: str, mentions: list[Mention]) -> list[Mention]:
    """In a list of names (``list_runs``; ``mentions`` sorted), a member without a head word
    takes the type (of ``LIST_SPREAD_LABELS``) that at least ``LIST_MAJORITY_MIN`` members
    share and more than any other type; people are named in full from a given name ("Wells
    Fargo and Credit Suisse" are no people), places by one word."""
    out = list(mentions)
    given = given_name_keys()
    for run in list_runs(text, out):
        labels = [out[n].label for n in run if out[n].label != "MISC"]
        counts = sorted(((labels.count(lab), lab) for lab in set(labels)), reverse=True)
        tied = len(counts) > 1 and counts[1][0] == counts[0][0]
        if not counts or counts[0][0] < LIST_MAJORITY_MIN or tied:
            continue
        label = counts[0][1]
        if label not in LIST_SPREAD_LABELS:
            continue
        for n in run:
            m = out[n]
            if m.label in (label, "MISC") or head_type(m.text) is not None:
                continue
            words = m.text.split()
            if (label == "PER") != (len(words) >= 2) or not all(CAPITAL_WORD.fullmatch(w) for w in words):
                continue  # people are named in full ("&" joins firms); places of a list by one word
            if label == "PER" and token_key(words[0]) not in given:
                continue  # "Wells Fargo and Credit Suisse": a person's name opens with a given name
            out[n] = replace(m, text=text[m.start : m.end], label=label)
    return out


def list_runs(text: str, mentions: list[Mention]) -> list[list[int]]:
    """Indexes of ``mentions`` (sorted) grouped into runs that list joins link ("Coalpool,
    Goscote, Harden and Blakenall"); a run already closed by " and " ends at a following ",
    and" ("London, Paris and Berlin, and Siemens is a client")."""
    runs: list[list[int]] = []
    joined = False  # the run so far has its closing " and "
    for n, m in enumerate(mentions):
        join = text[mentions[runs[-1][-1]].end : m.start] if runs else ""
        if join in _LIST_JOINS and not (joined and join in _COMMA_CONJOINED):
            runs[-1].append(n)
            joined = joined or join.strip(", ") in LIST_CONJUNCTIONS
        else:
            runs.append([n])
            joined = False
    return runs
