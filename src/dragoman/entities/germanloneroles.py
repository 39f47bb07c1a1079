"""A German title the tagger tagged on its own right before a person's name (issue 14):
"von [Präsident] [Andry Rajoelina]", "an [Papst] [Paul VI.]", "überreichte [Kardinal]
[Parolin]". The title names no entity (it was typed ORG or LOC and founded one); it becomes the
person's ``role``, as when the tagger spans both and ``germanspans`` cuts the title off.
Not: a role before a mention typed other than a person ("Präsident Kenias", "Kardinal Hotel"),
nor one with more than a space before the name ("Präsident, Andry ...")."""

from __future__ import annotations

from dataclasses import replace

from dragoman.entities import germanwords
from dragoman.model import Mention


def _lone_role(m: Mention) -> bool:
    return " " not in m.text and germanwords.role_noun(m.text)


def roles_onto_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (sorted by start) without the lone titles before a person, whose ``role``
    they become where the person has none."""
    mentions = list(mentions)
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if (after is not None and after.label == "PER" and _lone_role(m) and after.start > m.end
                and text[m.end:after.start] == " "):
            mentions[i + 1] = after if after.role else replace(after, role=m.text)
            continue
        out.append(m)
    return out
