"""The quotation stage stays linear in the number of German statements on a page (review of
issue 16): a check read once per statement with a plural cue (a polite "Sie" before the cue,
``nounsources._polite_before``) searched the page from its start, so 10,000 statements cost
forty seconds where 2,500 cost four."""

from __future__ import annotations

import time

import pytest

from tests.support.quoting import quotes_of

# Statements of the small and the large page, and the most the large may cost over the small
# one: linear work is 16x; the search from the page's start gave 53x to 60x on these shapes
# (set on this test's shapes on the busy 2-core development machine; linear runs gave 15x to 20x).
SMALL, LARGE, MAX_RATIO = 200, 3200, 32.0
# One statement per shape, each with a plural cue: an inverted present, a past, a subject first.
SHAPES = [
    "Das sei gut, warnen Experten. ",
    "Die Brücke werde teurer, warnten Fachleute. ",
    "Die Anwohner sagten, die Straße sei zu laut. ",
]


def _seconds(unit: str, n: int) -> float:
    text = unit * n
    began = time.process_time()
    found = quotes_of(text, "de")
    spent = time.process_time() - began
    assert found  # the shape gives statements: the cost measured is theirs
    return spent


@pytest.mark.parametrize("unit", SHAPES)
def test_many_statements_cost_linear_time(unit: str) -> None:
    _seconds(unit, 20)  # lexicons loaded
    small = min(_seconds(unit, SMALL) for _ in range(2))
    assert _seconds(unit, LARGE) < MAX_RATIO * max(small, 0.01)
