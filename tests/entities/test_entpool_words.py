"""A Roman numeral alone is no name (issue 14, the analyst pool read at ranks 51-250: "II" of
"Stufe II" and "Arbeitslosengeld II", and an English "I" quoted in a German page, were one
person). Original sentences; near misses: a name ending in a numeral, the platform X, Xi."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.wordclass import roman_numeral
from dragoman.model import EntityType
from tests.entities.mentions import tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def names(linker: Linker, text: str, items: list[tuple[str, EntityType]], language: str) -> list[str]:
    _, entities = linker.link(text, tagged(text, items), language=language)
    return [e.name for e in entities if e.type in ("PER", "ORG", "LOC")]


def test_a_roman_numeral_alone_names_nothing(linker: Linker) -> None:
    assert names(linker, "Ab Stufe II gilt eine strengere Pflicht für Betriebe.", [("II", "PER")],
                 "de") == []
    assert names(linker, "Wer Bürgergeld II bezieht, muss sich melden.", [("II", "PER")], "de") == []
    assert names(linker, "Er zitierte sie: What I want is fairness.", [("I", "PER")], "de") == []
    assert names(linker, "The sequel, Part XIV, opens in May.", [("XIV", "ORG")], "en") == []


def test_names_with_a_numeral_and_letter_names_stay(linker: Linker) -> None:
    opened = names(linker, "The new ferry Orla II left Kiel.", [("Orla II", "ORG"), ("Kiel", "LOC")], "en")
    assert "Orla II" in opened
    assert roman_numeral("II") and roman_numeral("XIV") and roman_numeral("I")
    assert not any(roman_numeral(w) for w in ("X", "V", "Xi", "Ivan", "MD", "DC", "IIII"))
