"""One name written twice in an article names one thing (issue 14, pool A: "ISO" eight times, the
first left without an entity; "Levels", "Covid", "Grandview" likewise). The linker founds a new
entity only for a mention it trusts (score, corroboration); a doubtful mention read before the
trusted one stays unlinked, and the page then shows the name twice: once with an id, once
without. After linking, a mention still without an entity takes the entity of the article's
mentions of the same name (same lookup key) and the same type, when all of those name one
entity. Two entities behind one name (two Horners) or a name typed two ways ("Washington" the
place and the person) leave it unlinked: no guess. A mention inside a title quoted in the text
(a song, a film) is left too: the work is not the entity."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from dragoman.entities.kb import name_key
from dragoman.model import Mention


def same_surface_ids(mentions: list[Mention], quotes: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """``mentions``, each unlinked one given the one entity its name and type take elsewhere in
    the article (in place); ``quotes``: sorted, disjoint spans of titles quoted in the text."""
    ids: dict[tuple[str, str], set[str]] = {}
    labels: dict[str, set[str]] = {}
    for m in mentions:
        if key := name_key(m.text):
            labels.setdefault(key, set()).add(m.label)
            if m.entity_id is not None:
                ids.setdefault((key, m.label), set()).add(m.entity_id)
    starts = [a for a, _ in quotes]
    for m in mentions:
        if m.entity_id is not None:
            continue
        key = name_key(m.text)
        found = ids.get((key, m.label), set())
        if len(found) != 1 or len(labels.get(key, ())) != 1:
            continue
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= quotes[i][1]:
            continue  # a work's title quoted in the text
        m.entity_id, m.reason = next(iter(found)), "referent"
    return mentions
