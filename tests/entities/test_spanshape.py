"""Name-shaped spans for models trained on Wikipedia-style spans (entities/spanshape.py)."""

from __future__ import annotations

import pytest

from dragoman.entities.spanshape import (
    capitalised,
    elision,
    first_word,
    name_run,
    uncorroborated_openers,
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Bruxelles", "que", "l'Alliance", "ne", "fera", "rien"], (0, 1, 0)),
        (["général", "de", "l'OTAN"], (2, 3, 2)),
        (["Banco", "Central", "Europeo"], (0, 3, 0)),
        (["Universidad", "de", "Salamanca", "celebró"], (0, 3, 0)),
        (["Ludwig", "van", "Beethoven", "en", "Bonn"], (0, 3, 0)),
        (["Vereinte", "Nationen", "und"], (0, 2, 0)),
        (["presidente", "do", "Brasil"], (2, 3, 0)),
        (["sobre", "el", "acuerdo"], None),
        (["Según", "el", "Instituto", "Nacional", "de", "Estadística"], (2, 6, 0)),
        (["El", "Real", "Madrid"], (1, 3, 0)),
        (["La"], None),
    ],
)  # fmt: skip
def test_name_run(words: list[str], expected: tuple[int, int, int] | None) -> None:
    assert name_run(words) == expected


def test_elided_articles_are_not_part_of_the_name() -> None:
    assert elision("l'OTAN") == 2 and elision("dell'Europa") == 5 and elision("O'Brien") == 0
    assert capitalised("d'Italia") and not capitalised("l'accord") and capitalised("O'Brien")


def test_first_word_skips_opening_punctuation() -> None:
    assert first_word(["“", "Estamos", "dentro"]) == 1
    assert first_word(["-", "Météo-France", "précise"]) == 1
    assert first_word(["Halevi", "dijo"]) == 0 and first_word(["«", "»"]) == 2


def test_sentence_openers_need_a_second_sighting_or_the_gazetteer() -> None:
    openers = [(0, "Estamos"), (3, "Halevi"), (5, "Lisboa")]
    # "Halevi" is also named inside a sentence; "Lisboa" is a gazetteer place name.
    assert uncorroborated_openers(openers, {"Herzi", "Halevi", "dijo"}, {"Lisboa"}) == {0}
    assert uncorroborated_openers([], {"Halevi"}, set()) == set()
