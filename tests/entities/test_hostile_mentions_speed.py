"""A page that names one place thousands of times costs time linear in its mentions (issue 14):
the town checks read the words before a mention backwards from it (``pagewords.words_before``)
and search the page for a name in lower case once per name (``pagewords.written_word``), where
they copied and split, or searched, the whole page for every mention."""

from __future__ import annotations

import re
import time

import pytest

from dragoman.entities.kb import load_kb, name_key
from dragoman.entities.pagewords import words_before, written_word
from dragoman.entities.placecheck import everyday_word, read_as_place, towns_read_as_nouns
from dragoman.model import Mention

# Repetitions of the small and the large page, and the most the large may cost over the small
# one: linear work is 8x; the per-mention page scans made it 40x to 64x (set on this test's
# shape on the busy 2-core development machine).
SMALL, LARGE, MAX_RATIO = 400, 3200, 20.0
UNIT = "Corvallo beat Dallmere 3-1 and the Corvallo coach smiled in the Corvallo rain. "


def _page(n: int) -> tuple[str, list[Mention]]:
    text = UNIT * n
    return text, [Mention(h.start(), h.end(), h[0], "LOC", "Q1") for h in re.finditer("Corvallo", text)]


def _seconds(n: int) -> float:
    text, group = _page(n)
    began = time.process_time()
    everyday_word(text, group, "en")
    for m in group:
        read_as_place(text, m.start, m.end, frozenset({"the"}), frozenset({"rain"}), "en")
    return time.process_time() - began


def test_many_mentions_of_one_town_cost_linear_time() -> None:
    _seconds(20)  # packs loaded
    small = min(_seconds(SMALL) for _ in range(2))
    assert _seconds(LARGE) < MAX_RATIO * max(small, 0.01)


def _german_seconds(n: int, town: str) -> float:
    text = "Im Bremen der Nachkriegszeit war es kalt, sagte Weber. " * n
    group = [Mention(h.start(), h.end(), h[0], "LOC", town) for h in re.finditer("Bremen", text)]
    began = time.process_time()
    towns_read_as_nouns(load_kb(), text, group, "de")
    assert all(m.entity_id == town for m in group)  # a town's name takes an article too
    return time.process_time() - began


def test_many_towns_behind_an_article_cost_linear_time() -> None:
    kb = load_kb()
    town = next(i for i in kb.by_key.get(name_key("Bremen"), ()) if kb.entities[i].population > 0)
    _german_seconds(20, town)  # lexicons loaded
    small = min(_german_seconds(SMALL, town) for _ in range(2))
    assert _german_seconds(LARGE, town) < MAX_RATIO * max(small, 0.01)


@pytest.mark.parametrize("text, pos, count", [
    ("in the Corvallo rain", 7, 1), ("in the Corvallo rain", 7, 2), ("in  the\n\tCorvallo", 9, 2),
    ("Corvallo", 0, 1), ("", 0, 1), ("   ", 3, 2), ("a\u00a0b c", 5, 3), ("ab", 1, 1),
    ("x\u2003y z", -1, 2), ("abc", 99, 1), ("a\x1cb", 3, 2),
])
def test_words_before_match_the_split(text: str, pos: int, count: int) -> None:
    assert words_before(text, pos, count) == text[:pos].split()[-count:]


@pytest.mark.parametrize("word, text, expected", [
    ("corvallo", "Rain in corvallo.", True), ("corvallo", "Rain in Corvallo.", False),
    ("corvallo", "the corvallos", False), ("corvallo", "xcorvallo", False),
    ("c.o", "a c.o b", True), ("c.o", "a cxo b", False),
])
def test_written_word_matches_the_search(word: str, text: str, expected: bool) -> None:
    memo: dict[str, bool] = {}
    assert written_word(word, text, memo) == expected == written_word(word, text, memo)
    assert memo == {word: expected}


def test_everyday_word_still_reads_the_lower_case() -> None:
    text = "Corvallo beat Dallmere. The corvallo is a bird. Corvallo won."
    group = [Mention(h.start(), h.end(), h[0], "LOC", "Q1") for h in re.finditer("Corvallo", text)]
    assert everyday_word(text, group, "en")
    assert not everyday_word(text.replace("The corvallo", "The bird"), group, "en")
