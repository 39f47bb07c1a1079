"""One person's full name spelled two ways in one article, each spelling written as often as
the other ("Tate McRae" in the story, "Tate McCrae" in a list below it): the variants that
``spelling.merge_spellings`` leaves to mention counts.

``merge_spellings`` joins two spellings one edit apart only when one is written once and the
other at least twice: a changed letter or an added one names a family of its own as often as it
is a slip ("Meier", "Meyer"; "Hansen", "Hanson"; "Rutte", "Rutten"; "Thomson", "Thompson").
Here two spellings join whatever the counts when the edit is

* a typing slip and the shorter surname has ``spelling.SURNAME_MIN`` letters (below it a
  doubled letter tells names apart: "Scot", "Scott"): a letter doubled or written single
  ("McRae", "McCrae"; "Philips", "Phillips") or two adjacent letters swapped ("Reinholt",
  "Reinhlot"), slips no naming custom makes;
* any one edit and the shorter surname has ``LONG_SURNAME_MIN`` letters ("Fitzgibbons",
  "Fitzgibbens"): names that long are rarely one letter from another.

Both full names must have the same given names, written out (no initial: "J. Philips" says too
little), and the same number of words; NER must call some form of each a person; a name that
two others could be is left alone; and no sentence may hold both spellings (a writer who names
"Tom Philips and Tom Phillips" together means two people: a slip is not written beside the
right spelling), nor may two spellings written twice or more each keep taking turns
("Phillips … Philips … Phillips … Philips": a writer switching back and forth means two people,
a slip repeated runs in one block). Candidates are found by the surname's one-deletion forms
(``transliterate.deletions``), so an article of many names sharing a given name costs linear
time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby, pairwise

from dragoman.entities.compoundnames import F
from dragoman.entities.spelling import SURNAME_MIN, one_slip
from dragoman.entities.transliterate import deletions
from dragoman.model import Mention

# Where one sentence ends and the next begins: a full stop, question or exclamation mark (and
# a closing quote or bracket) before a space, or a line break. A dot inside "U.S." ends nothing.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s|\n")
# Letters of a given name written out (shorter: an initial, "J").
GIVEN_MIN = 2
# Letters of the shorter surname from which any one edit is a slip. Set on the surnames of the
# multi-word PER spans of NER training data (wikiann en/de/fr/nl and CoNLL-2003 English train,
# 19,294 surnames; no audit page): at 10 letters 4.7% of them have another surname of the set
# one edit away (at 9: 9.1%), no more than the 5.7% that have a typing-slip neighbour at
# ``SURNAME_MIN`` (5), the risk the typing-slip rule already takes.
LONG_SURNAME_MIN = 10
# Two spellings each written this often that switch this many times in text order are two
# people ("Tom Phillips … Tom Philips, the referee, … Tom Phillips … Tom Philips"): set by hand
# on review probes (A B A B: three turns), not tuned; A A B B (one turn) still joins.
ALTERNATING_EACH_MIN = 2
ALTERNATING_TURNS = 3


def single_letters(word: str) -> str:
    """``word`` with each run of one letter written once ("mccrae" -> "mcrae")."""
    return "".join(letter for letter, _ in groupby(word))


def typing_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter doubled or written single, or by two
    adjacent letters swapped (see the module docstring)."""
    if a == b or not one_slip(a, b):
        return False
    if len(a) == len(b):  # one letter changed or two swapped: only the swap is a slip
        return sorted(a) == sorted(b)
    return single_letters(a) == single_letters(b)


def _one_sentence(text: str, a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether some mention of ``a`` and some of ``b`` stand in one sentence of ``text``."""
    for x in a:
        for y in b:
            lo, hi = (x, y) if x.start < y.start else (y, x)
            if _SENTENCE_END.search(text, lo.end, max(lo.end, hi.start)) is None:
                return True
    return False


def _alternating(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether two spellings, each written ``ALTERNATING_EACH_MIN`` times or more, take turns
    ``ALTERNATING_TURNS`` times or more in text order ("Phillips … Philips … Phillips …
    Philips"): a writer who keeps switching back means two people; a slip repeated runs in one
    block (a second source pasted in: "Marrinan, Marrinan, Marinan, Marinan")."""
    if min(len(a), len(b)) < ALTERNATING_EACH_MIN:
        return False
    order = [side for _, side in sorted([(m.start, 0) for m in a] + [(m.start, 1) for m in b])]
    return sum(1 for x, y in pairwise(order) if x != y) >= ALTERNATING_TURNS


def _keys(given: tuple[str, ...], surname: str) -> set[tuple[tuple[str, ...], str]]:
    """Index keys: a doubled letter written single and two letters swapped both leave some
    one-deletion form of the two spellings the same."""
    return {(given, form) for form in deletions(surname)}


def variant(a: str, b: str) -> bool:
    """Whether surnames ``a`` and ``b`` are spellings of one name (see the module docstring)."""
    shorter = min(len(a), len(b))
    if shorter >= LONG_SURNAME_MIN:
        return one_slip(a, b)
    return shorter >= SURNAME_MIN and typing_slip(a, b)


def merge_spelling_variants(groups: list[list[F]], text: str) -> list[list[F]]:
    """``groups`` (the forms of each full name of an article, in text order) with each person
    name whose surname is a spelling variant of an earlier one's (``variant``) joined to it.
    Runs after ``spelling.merge_spellings``; groups it did not join are the ones read."""
    out: list[list[F]] = []
    index: dict[tuple[tuple[str, ...], str], list[int]] = {}
    for group in groups:
        words = group[0].words
        given = tuple(words[:-1])
        if (len(words) < 2 or any(len(w) < GIVEN_MIN for w in given)
                or len(words[-1]) < SURNAME_MIN
                or not any(f.mention.label == "PER" for f in group)):
            out.append(group)
            continue
        keys = _keys(given, words[-1])
        candidates = sorted({j for key in keys for j in index.get(key, ())})
        hosts = [j for j in candidates if variant(words[-1], out[j][0].words[-1])]
        if len(hosts) == 1 and not _one_sentence(
                text, [f.mention for f in out[hosts[0]]], [f.mention for f in group]) and not (
                _alternating([f.mention for f in out[hosts[0]]], [f.mention for f in group])):
            out[hosts[0]].extend(group)
            continue
        for key in keys:
            index.setdefault(key, []).append(len(out))
        out.append(group)
    return out
