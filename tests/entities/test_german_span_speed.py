"""German span shaping stays linear in the number of spans (task de_speed): page-wide
questions asked per span (a place preposition before a word, a bare genitive, an acronym after a
preposition, an adjective written in lower case, a word behind a determiner) are read off the
page once (``germanpage``), and each index answers as the regular expression it replaces."""

from __future__ import annotations

import re
import time
from typing import cast

import pytest

from dragoman.entities import germanarticle, germanpage, germanphrases
from dragoman.entities.germanspans import shape_german
from dragoman.entities.ner import model_for
from dragoman.model import EntityType, Mention

# Spans of the small and the large page, and the most the large may cost over the small one:
# linear work is 8x; the quadratic code was 40x to 60x on these shapes (set on this test's
# shapes on the busy 2-core development machine, linear runs gave 4x to 9x).
SMALL, LARGE, MAX_RATIO = 200, 1600, 20.0
# One sentence per shape, the span in [[...|LABEL]]: each reached a whole-page scan per span.
SHAPES = [
    "Der [[Minenbetreiber Kestrelmont|ORG]] klagt. ",
    "Der [[Brunauer Kestrelmont|ORG]] klagt. ",
    "Die [[Kestrelmonts Landwirte|ORG]] klagen. ",
    "Die Lage im Land [[NRW|ORG]] ist gut. ",
    "Der Kes\u00ad[[trelmont|PER]] klagt. ",
    "[[Vegane Bananenkuchen|MISC]] sind gut. Der vegane Bananenkuchen ist gut. ",
]
_SPAN = re.compile(r"\[\[(.+?)\|(\w+)\]\]")


def _page(unit: str, n: int) -> tuple[str, list[Mention]]:
    plain = _SPAN.sub(lambda hit: hit[1], unit)
    hit = _SPAN.search(unit)
    assert hit is not None
    start = hit.start()
    label = cast(EntityType, hit[2])
    mentions = [Mention(i * len(plain) + start, i * len(plain) + start + len(hit[1]), hit[1], label)
                for i in range(n)]
    return plain * n, mentions


def _seconds(unit: str, n: int) -> float:
    model = model_for("de", None)
    assert model is not None
    text, mentions = _page(unit, n)
    began = time.process_time()
    shape_german(text, mentions, model.common, model.gazetteer)
    return time.process_time() - began


@pytest.mark.parametrize("unit", SHAPES)
def test_many_spans_cost_linear_time(unit: str) -> None:
    _seconds(unit, 20)  # lexicons loaded
    small = min(_seconds(unit, SMALL) for _ in range(2))
    assert _seconds(unit, LARGE) < MAX_RATIO * max(small, 0.01)


@pytest.mark.parametrize("text, stem, expected", [
    ("Sie wohnt in Rust am See.", "Rust", True),
    ("Er kam aus Brunau.", "Brunau", True),
    ("Wir fahren von in Rust los.", "Rust", True),
    ("Er wohnt in Rustenberg.", "Rust", False),
    ("Er wohnt in Rust-Nord.", "Rust", False),
    ("Der Brunauer Markt in der Stadt.", "Brunau", False),
    ("Er war im Rust.", "Rust", False),
])
def test_place_preposition_index_matches_the_search(text: str, stem: str, expected: bool) -> None:
    found = bool(re.search(rf"(?<![\w-])(?:in|aus|bei|nach|von)\s+{stem}(?![\w-])", text))
    assert found == expected == (stem in germanpage.after_place_preposition(text))


@pytest.mark.parametrize("text, word, expected", [
    ("Die Lage in NRW ist gut.", "NRW", True),
    ("Gelder für NRW.", "NRW", True),
    ("Er sprach in der NRW.", "NRW", False),
    ("Er sprach in NRWX.", "NRW", False),
    ("Kein NRW hier.", "NRW", False),
])
def test_bare_preposition_index_matches_the_search(text: str, word: str, expected: bool) -> None:
    assert (word in germanpage.after_bare_preposition(text)) == expected


@pytest.mark.parametrize("text, bare, expected", [
    ("Brandt schrieb. Brandts Romane.", "Brandt", True),
    ("Nur Brandts Romane.", "Brandt", False),
    ("Die Brandtstraße.", "Brandt", False),
    ("Ein A.B schrieb.", "A.", True),
    ("Ein A.s schrieb.", "A.", False),
])
def test_bare_genitive_index_matches_the_search(text: str, bare: str, expected: bool) -> None:
    found = bool(re.search(rf"\b{re.escape(bare)}\b(?!s)", text))
    assert found == expected == germanpage.written_bare(bare, text)


@pytest.mark.parametrize("text", ["Kes\u00adtrel", "12 Kes", "ab\n", "a b\n\n", "", "Groß", "x_y", "3"])
def test_word_ending_matches_the_search(text: str) -> None:
    hit = re.search(r"[^\W\d_]+$", text)
    assert germanarticle._word_ending(text, len(text)) == (hit.start() if hit else -1)


@pytest.mark.parametrize("text, pos, expected", [
    ("  „Kestrel", 3, True), ("(Kestrel", 1, True), ("Der Kestrel", 4, False), ("ab", 0, True)])
def test_page_opening(text: str, pos: int, expected: bool) -> None:
    assert germanphrases._opens_at(text, pos) == expected


def test_lower_adjective_answers_once_per_page() -> None:
    text = "Vegane Bananenkuchen sind gut. Der vegane Bananenkuchen ist gut. "
    words = ["Vegane", "Bananenkuchen"]
    assert germanphrases.lowercase_adjective_phrase(words, text, 0)
    assert germanphrases.lowercase_adjective_phrase(words, text, 0)  # from the page's memo
    assert not germanphrases.lowercase_adjective_phrase(words, text + "Die Vegane Bananenkuchen.", 0)
