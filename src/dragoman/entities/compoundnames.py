"""A person's compound surname standing alone (issue 14): "Daniella Levine Cava" once, then
"Levine Cava" five times; "Helena Bonham Carter", then "Bonham Carter"; "Ana R. Solis Vega",
then "Solis Vega". A two-word name NER calls a person wherever it is written joins the one
three-word name NER calls a person wherever it is written that ends with its two words (or
four-word name with a middle initial; "Crimson Tide" ORG is no surname of "Alabama Crimson
Tide"; a longer run may hold two names, "Dragons' Den Peter Jones"), unless the longer name's
first word stands alone elsewhere in the article (a club run into its player's name,
"Harbourside Tomas Eklund", then "Harbourside fans") or the two-word name opens with a given
name ("Maria Schmidt" beside "Anna Maria Schmidt" may be another woman). A surname two longer
names end with joins neither ("Lloyd Webber" beside two Lloyd Webbers). Longer names are
indexed by their last two words: linear in the article's names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from dragoman.entities.nameclass import given_name_keys
from dragoman.model import Mention

_GIVEN_NAMES = given_name_keys()  # the English list and every language pack's


class NamedForm(Protocol):
    """A name form of a referent: its words and its mention (``referents`` forms)."""

    @property
    def words(self) -> list[str]: ...
    @property
    def mention(self) -> Mention: ...


F = TypeVar("F", bound=NamedForm)


def merge_compound_surnames(groups: list[list[F]], forms: Sequence[F]) -> list[list[F]]:
    """``groups`` (the forms of each full name; ``forms``: all the article's forms) with each
    two-word name that is a longer one's compound surname joined to it (see the module
    docstring)."""
    alone = {f.words[0] for f in forms if len(f.words) == 1}
    person = [all(f.mention.label == "PER" for f in g) for g in groups]
    hosts: dict[tuple[str, str], list[int]] = {}
    for i, group in enumerate(groups):
        words = group[0].words
        # a middle initial leaves the surname its last two words ("Amanda A. Kostro Miller")
        initial = len(words) == 4 and len(words[1]) == 1
        if person[i] and (len(words) == 3 or initial) and words[0] not in alone:
            hosts.setdefault((words[-2], words[-1]), []).append(i)
    merged: set[int] = set()
    for i, group in enumerate(groups):
        words = group[0].words
        if not person[i] or len(words) != 2 or words[0] in _GIVEN_NAMES:
            continue
        found = hosts.get((words[0], words[1]), [])
        if len(found) == 1:
            groups[found[0]].extend(group)
            merged.add(i)
    return [g for i, g in enumerate(groups) if i not in merged]
