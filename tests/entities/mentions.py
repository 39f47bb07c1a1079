"""NER mentions written by hand for the entity tests (shared by the referent and pack tests)."""

from __future__ import annotations

import re

from dragoman.entities.linking import Linker
from dragoman.model import EntityType, Mention


def tagged(text: str, items: list[tuple[str, EntityType]], score: float = 0.9) -> list[Mention]:
    """NER mentions: each item is the next whole-word occurrence of its text, in order."""
    out: list[Mention] = []
    pos = 0
    for surface, label in items:
        found = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)").search(text, pos)
        assert found is not None, surface
        out.append(Mention(found.start(), found.end(), surface, label, None, score))
        pos = found.end()
    return out


def linked(linker: Linker, text: str, items: list[tuple[str, EntityType]],
           language: str = "en", score: float = 0.9) -> list[Mention]:
    """``linker``'s output for hand-tagged ``items``; every mention's offsets index ``text``."""
    out, _ = linker.link(text, tagged(text, items, score), language=language)
    for m in out:
        assert text[m.start : m.end] == m.text
    return out


def linked_ids(linker: Linker, text: str, items: list[tuple[str, EntityType]],
               language: str = "en") -> dict[str, str | None]:
    """Each linked mention's text and its entity id (``linked``)."""
    return {m.text: m.entity_id for m in linked(linker, text, items, language)}


def first_mention(text: str, surface: str, label: EntityType) -> Mention:
    """A mention of the first occurrence of ``surface`` in ``text``."""
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label)


def known_ids(linker: Linker, text: str, names: list[tuple[str, EntityType]],
              language: str) -> dict[str, str]:
    """Mention text -> entity id of the mentions ``linker`` linked (first occurrences given)."""
    out, _ = linker.link(text, [first_mention(text, n, label) for n, label in names],
                         language=language)
    return {m.text: m.entity_id for m in out if m.entity_id}
