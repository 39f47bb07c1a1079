"""A role title that opens a body's span (issue 15, second pass).

The CoNLL model reads "The Chairwoman of Ukraine’s Central Bank says ..." as one ORG span from
the capitalised title on. The title ("Chairwoman", "Chief Executive") names the holder, not the
body: the span is cut to the body after "of" (and "the"), when the body has an organisation's
head word ("Central Bank", "National Bank of Poland"); an owner before a possessive is split off
and kept as a place where the knowledge base or the model's gazetteer knows it as one
("Ukraine"). A title over a name with no head word ("Secretary of State", "Chancellor of the
Exchequer") stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.entities.kb import loaded_kb, name_key, token_key
from dragoman.entities.nameclass import head_type, occupation_keys, title_keys
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Mention

# Title words, then "of", then maybe "the", then an owner's possessive, then the body.
_TITLED = re.compile(r"((?:[A-Z][\w-]*[ \t]+){1,3})of[ \t]+(?:the[ \t]+)?"
                     r"(?:([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)['’]s?[ \t]+)?([A-Z].*)")


def title_opened_bodies(text: str, mentions: list[Mention],
                        gazetteer: frozenset[str] | None) -> list[Mention]:
    """``mentions`` with each ORG span opened by role titles cut to its body (module
    docstring), its owner added as a place when known; sorted."""
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(m, gazetteer) if m.label == "ORG" else [m])
    return sorted(out, key=lambda m: (m.start, m.end))


def _split(m: Mention, gazetteer: frozenset[str] | None) -> list[Mention]:
    found = _TITLED.fullmatch(m.text)
    if found is None or not _titles(found.group(1)) or head_type(found.group(3)) != "ORG":
        return [m]
    body_start = m.start + found.start(3)
    out = [replace(m, start=body_start, text=found.group(3))]
    owner = found.group(2)
    if owner is not None and _owner_place(owner, gazetteer):
        start = m.start + found.start(2)
        out.insert(0, replace(m, start=start, end=start + len(owner), text=owner, label="LOC"))
    return out


def _titles(words: str) -> bool:
    keys = title_keys() | occupation_keys()
    return all(token_key(w) in keys for w in words.split())


def _owner_place(name: str, gazetteer: frozenset[str] | None) -> bool:
    """A place the knowledge base types LOC (and never ORG) or the model's gazetteer knows."""
    types = kb_types(name)
    return "ORG" not in types and ("LOC" in types or (
        gazetteer is not None and normalize_for_match(name) in gazetteer))


def kb_types(name: str) -> set[str]:
    """The types of the knowledge base's entities named ``name``: the one the process loaded
    with its ``cache_dir`` setting (``kb.loaded_kb``), asked only for the rare spans that need it."""
    return {e.type for e in loaded_kb().candidates(name_key(name))}
