"""A known name NER cut in two at its inner comma or space: one mention again.

NER often tags "Washington, D.C." as two places, "Washington" and "D.C."; the article's one
referent (the capital) then takes two entities, the second a learned "D.C.". Two adjacent
unlinked spans, neither a person's, separated by a comma and a space, a comma or one space
only, are joined when the joined text is itself a name of the seed knowledge base (``known``:
its type, or None). "Paris, France" and "Springfield, Illinois" stay two: no KB entry has
either joined name, and there the region is a referent of its own. The KB decides, not a
list of words here (``resolve.Resolver.kb_type`` with no gazetteer towns).

The part after the comma then stands for the whole in that article ("D.C. police" after
"Washington, D.C."): a one-part mention of it that names nothing the KB knows on its own
takes the joined name's entity (``comma_tails``). Only a comma's part: the last word of a
KB name written with spaces ("City" of "New York City") is no name of it.
"""

from __future__ import annotations

from collections.abc import Callable

from dragoman.entities.kb import name_key
from dragoman.model import EntityType, Mention

# What may stand between the two spans: the comma NER cut at, or the space between two words.
_GAPS = (", ", ",", " ")


def _joined_type(kind: str | None) -> EntityType | None:
    """The type a KB name of type ``kind`` gives a joined mention: a place's or a body's only."""
    return "LOC" if kind == "LOC" else "ORG" if kind == "ORG" else None


def comma_joined(text: str, mentions: list[Mention], known: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` (in text order) with each pair of adjacent unlinked non-person spans whose
    joined text is a KB name made one mention of the KB entry's type."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (last is not None and last.entity_id is None and m.entity_id is None
                and "PER" not in (last.label, m.label) and text[last.end : m.start] in _GAPS):
            joined = text[last.start : m.end]
            if (kind := _joined_type(known(joined))) is not None:
                out[-1] = Mention(last.start, m.end, joined, kind, None, max(last.score, m.score))
                continue
        out.append(m)
    return out


def comma_tails(mentions: list[Mention], known: Callable[[str], str | None],
                entity: Callable[[str], str | None]) -> None:
    """Link each unlinked non-person mention that is the part after the comma of a KB name
    written in the same article ("D.C." of "Washington, D.C."; ``entity``: the seed KB id of
    a name, or None) to that name's entity, when the part alone is no KB name (``known``)."""
    tails: dict[str, tuple[str, EntityType]] = {}  # part's key -> (entity id, type)
    for m in mentions:
        head, comma, tail = m.text.partition(", ")
        if comma and head and tail and (kind := _joined_type(known(m.text))) is not None:
            found = m.entity_id or entity(m.text)
            if found is not None and known(tail) is None:
                tails.setdefault(name_key(tail), (found, kind))
    if not tails:
        return
    for m in mentions:
        if m.entity_id is None and m.label != "PER" and (hit := tails.get(name_key(m.text))) is not None:
            m.entity_id, m.label, m.reason = hit[0], hit[1], "referent"
