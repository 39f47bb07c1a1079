"""An owner's possessive that NER tagged with the name ("on Wikipedia’s birthday", "Python’s
pathlib module": the span "Wikipedia’s") is cut off the mention, so that the entity's name and
label are the name alone; the key that links mentions drops it already (``kb.name_key``).
Kept where the article never writes the name without it and it reads as no person's: the
"'s" is then part of a name, a shop's or a brand's ("Macy's", "Sainsbury's"); a person's name
holds none ("Alice Childress’s play": two words or more that NER typed PER or a listed given
name opens, no "&": not "Ben & Jerry's", nor one word: "Macy’s said"). Applied to the settled NER mentions by
``notreferents.without_non_referents``. A lower-case owner NER tagged before a name ("the zoo’s
Animal Care Team") is cut off its front (issue 14, helper en_entities)."""

from __future__ import annotations

import re

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys
from dragoman.model import Mention

# A possessive closing a span, after a letter of the name ("Wikipedia’s"; not "’s" alone).
_POSSESSIVE_END = re.compile(r"(?<=[^\W\d_])['’][sS]$")
# A lower-case owner NER tagged before a name ("the zoo’s Animal Care Team", "the city's Parks
# Department"): the owner's word, its possessive and the space, before a capital.
_LOWER_OWNER = re.compile(r"([^\W\d_]+)['’][sS]?\s+(?=[^\W\d_])")


def cut_possessives(text: str, mentions: list[Mention]) -> None:
    """Cut a closing possessive off each mention that reads as a person's or whose bare name
    the text also writes as a word, without an apostrophe after it (see the module
    docstring); in place."""
    bare_written: dict[str, bool] = {}
    for m in mentions:
        _cut_lower_owner(m)
        found = _POSSESSIVE_END.search(m.text)
        if found is None or found.start() == 0:
            continue
        bare = m.text[: found.start()]
        if bare not in bare_written:
            bare_written[bare] = _written_bare(text, bare)
        if bare_written[bare] or _personal(m.label, bare):
            m.end, m.text = m.start + len(bare), bare


def _written_bare(text: str, name: str) -> bool:
    pattern = rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])"
    return re.search(pattern, text) is not None


def _personal(label: str, bare: str) -> bool:
    """A name of two words or more NER typed PER or opened by a given name (one word alone
    NER typed PER may be a shop's: "Macy’s said …")."""
    words = bare.split()
    return len(words) >= 2 and "&" not in bare and (
        label == "PER" or token_key(words[0]) in given_name_keys())


def _cut_lower_owner(m: Mention) -> None:
    """Cut a lower-case owner and its possessive off the front of ``m`` ("zoo’s Animal Care
    Team" -> "Animal Care Team"): no name opens with an everyday word's possessive, and the
    owner is no name; an owner written with a capital ("King’s College") is left."""
    found = _LOWER_OWNER.match(m.text)
    if found is None or not found.group(1).islower() or not m.text[found.end()].isupper():
        return
    m.start, m.text = m.start + found.end(), m.text[found.end():]
