"""One person's full name spelled two ways in one article (issue 14): "Lorna McFadyen" three
times and, a few paragraphs on, "Lorna McFadyan" once. Two two-word person names of an article
with the same given name and surnames one letter apart (one letter added, dropped, changed, or
two swapped) are one referent only on strong evidence that one spelling is a slip:

* the surnames are long enough that a slip is likelier than two names (``SURNAME_MIN``);
* one spelling is written once in the article and the other at least twice (full name or
  surname alone): two people one letter apart ("Anna Meier", "Anna Meyer"; "Tom Hansen",
  "Tom Hanson"), each named once, or each named again, stay two.

Only names NER tags as persons are compared: organisations of two words differ by one letter on
purpose ("Bank Ireland", "Bank Iceland"). Candidates are found through an index of one-deletion
forms (``transliterate.deletions``), so an article of many names sharing a given name costs
linear time, not a comparison of every pair."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar

from dragoman.entities.transliterate import deletions, near

# Letters of the shorter surname: below this, one letter tells names apart ("Lee", "Lei").
SURNAME_MIN = 5
# Mentions of a surname written once (the slip) and of the one it is taken for, at least.
SLIP_MENTIONS = 1
ESTABLISHED_MENTIONS_MIN = 2


class _Named(Protocol):
    @property
    def words(self) -> list[str]: ...


F = TypeVar("F", bound=_Named)


def one_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, dropped or changed letter
    (``transliterate.near``), or two adjacent letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if near(a, b):
        return True
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return len(a) == len(b) and len(diff) == 2 and diff[1] == diff[0] + 1 and (
        a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _slip_of(surname: str, other: str, mentions: Mapping[str, int]) -> bool:
    """Whether one of two surnames is a slip for the other (see the module docstring)."""
    if min(len(surname), len(other)) < SURNAME_MIN or not one_slip(surname, other):
        return False
    counts = sorted((mentions.get(surname, 0), mentions.get(other, 0)))
    return counts[0] == SLIP_MENTIONS and counts[1] >= ESTABLISHED_MENTIONS_MIN


def merge_spellings(groups: list[list[F]], person: Sequence[bool],
                    mentions: Mapping[str, int]) -> list[list[F]]:
    """``groups`` (the forms of each full name; ``person[i]``: NER called a form of group ``i``
    a person; ``mentions``: mentions of the article holding each word key) with each two-word
    person name whose surname is a slip of an earlier one's, or the earlier one a slip of it,
    the given name the same, joined to it; a name that two others could be is left alone."""
    out: list[list[F]] = []
    index: dict[tuple[str, str], list[int]] = {}  # (given name, surname less a letter) -> out
    for i, group in enumerate(groups):
        words = group[0].words
        if len(words) != 2 or not person[i]:
            out.append(group)
            continue
        given, surname = words
        near_forms = deletions(surname)
        candidates = {j for form in near_forms for j in index.get((given, form), ())}
        hosts = [j for j in sorted(candidates) if _slip_of(surname, out[j][0].words[1], mentions)]
        if len(hosts) == 1:
            out[hosts[0]].extend(group)
            continue
        for form in near_forms:
            index.setdefault((given, form), []).append(len(out))
        out.append(group)
    return out
