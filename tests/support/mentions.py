"""NER mentions placed by hand on an original text, in order, for linking tests."""

from __future__ import annotations

from dragoman.model import EntityType, Mention


def mentions(text: str, items: list[tuple[str, EntityType]]) -> list[Mention]:
    """Each (surface, label) at its next occurrence after the previous one, score 0.9."""
    out, pos = [], 0
    for surface, label in items:
        start = text.index(surface, pos)
        out.append(Mention(start, start + len(surface), surface, label, score=0.9))
        pos = start + len(surface)
    return out


def mention_at(text: str, surface: str, label: EntityType, nth: int = 0) -> Mention:
    """``surface`` at its ``nth`` occurrence (from 0) in ``text``, typed ``label``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label)
