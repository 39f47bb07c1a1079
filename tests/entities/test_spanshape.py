"""Name-shaped spans for models trained on Wikipedia-style spans (entities/spanshape.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dragoman.entities.spanshape import (
    CommonWords,
    capitalised,
    common_cut,
    elision,
    first_word,
    name_run,
    suspended_compound,
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


def test_lower_case_words_the_tagger_is_sure_of_stay_in_the_name() -> None:
    words = ["Forum", "économique", "mondial", "de", "Davos", "a", "dit"]
    assert name_run(words) == (0, 1, 0)
    assert name_run(words, [True] * 7) == (0, 5, 0)  # "a" and "dit": sure, but "a" is closed-class
    assert name_run(words, [True, True, False, True, True, True, True]) == (0, 2, 0)
    # a closed-class word never continues a name, however sure the tagger is
    assert name_run(["Halevi", "dijo", "que", "el", "conflicto"], [True] * 5) == (0, 2, 0)


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


# A small common-word list of the shape eval/ner_common.py writes (the shipped ones are learned).
_GERMAN = CommonWords(
    plain=frozenset({"neue", "deutsche", "schöne", "hier", "für"}),
    nouns=frozenset({"zeitung", "stadt", "hauptstadt", "kritiker", "bürgermeister", "wetter"}),
    heads=frozenset({"hauptstadt", "kritiker", "bürgermeister"}),
    names=frozenset({"sachsen"}),
)
_FRENCH = CommonWords(plain=frozenset({"proche", "forum", "premier", "selon"}))


def _known(places: set[str]) -> Callable[[str], bool]:
    return lambda name: name in places


@pytest.mark.parametrize(
    ("words", "opening", "expected"),
    [
        (["Zeitung"], False, 1),  # a German noun alone
        (["Zeitungen"], False, 1),  # ... in the plural
        (["Landeshauptstadt"], False, 1),  # a compound ending in a listed head noun
        (["Schöne", "Stadt"], True, 2),  # a sentence-opening adjective and noun
        (["Deutsche", "Zeitung"], False, 0),  # a capitalised adjective inside a sentence: a name
        (["Sachsen"], False, 0),  # a known name
        (["Bürgermeister", "Ilse", "Kranich"], False, 1),  # a title noun before a name
        (["Euro-Kritiker", "Lahnstein"], False, 1),
        (["Mainzer", "SPD"], False, 1),  # a place adjective before a name
        (["Mainzer", "Wetterstation"], False, 0),  # ... before a compound noun: kept whole
        (["Schöne", "Grüße", "aus", "Mainz"], False, 0),
    ],
)
def test_common_words_are_cut_from_german_spans(words: list[str], opening: bool, expected: int) -> None:
    assert common_cut(words, _GERMAN, opening, _known({"Mainz"})) == expected


def test_french_common_words_are_cut_only_where_a_capital_says_nothing() -> None:
    assert common_cut(["Forum"], _FRENCH, False, _known(set())) == 1
    assert common_cut(["Proche", "d'Hélène", "Marchal"], _FRENCH, True, _known(set())) == 1
    # inside a sentence a capitalised French word may start an institution's name
    assert common_cut(["Forum", "Lacroix"], _FRENCH, False, _known(set())) == 0


def test_suspended_compounds_are_not_names() -> None:
    text = "Kurse für Tanz- und Theaterpädagogik in Halle-Neustadt."
    assert suspended_compound(text, text.index("Tanz") + 4)
    assert not suspended_compound(text, text.index("Halle") + 5)
