"""A one-word "person" whose name the knowledge base knows as a place, written after a
locative preposition, is the place (issue 14, NTREX: "the atmosphere here in Denver" founded a
learned person "Denver"). Original sentences, NER types given by hand as NER gave them. Near
misses: the article also writes the word as a person (full name, title, speech verb), a
preposition governed by a word that takes people ("according to"), an unknown name."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from tests.entities.mentions import linked


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def one(linker: Linker, text: str, items: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [(m.label, m.entity_id) for m in linked(linker, text, items)]  # type: ignore[arg-type]


def denver(linker: Linker) -> str:
    found = linker.kb.by_key.get("denver", ())
    assert found
    return next(iter(found))


def test_a_place_after_a_locative_preposition_is_the_place(linker: Linker) -> None:
    city = denver(linker)
    for text in ("The crowd here in Denver sang until midnight.",
                 "She flew to Denver on Monday to meet the investors.",
                 "Fans drove down from Denver for the final.",
                 "A storm is moving toward Denver tonight."):
        assert one(linker, text, [("Denver", "PER")]) == [("LOC", city)], text


def test_every_mention_of_the_word_follows(linker: Linker) -> None:
    text = "Snow fell in Denver overnight. Denver expects more by Friday."
    assert {e for _, e in one(linker, text, [("Denver", "PER"), ("Denver", "PER")])} == {denver(linker)}


def test_a_person_of_that_name_stays_a_person(linker: Linker) -> None:
    city = denver(linker)
    for text, items in (
        ("John Denver recorded the song in 1971. Fans in Denver still love it.",
         [("John Denver", "PER"), ("Denver", "PER")]),
        ("Mayor Denver opened the hall. Guests came from Denver and beyond.",
         [("Denver", "PER"), ("Denver", "PER")]),
        ("Denver said the vote was fair. Critics in Denver disagreed.",
         [("Denver", "PER"), ("Denver", "PER")]),
    ):
        assert all(e != city for _, e in one(linker, text, items)), text


def test_a_preposition_that_takes_people_proves_nothing(linker: Linker) -> None:
    text = "According to Warren, the plan is fair to every family."
    assert one(linker, text, [("Warren", "PER")])[0][0] == "PER"


def test_an_unknown_name_after_a_preposition_stays_a_person(linker: Linker) -> None:
    text = "The letter was sent from Okafor to the committee in March."
    assert one(linker, text, [("Okafor", "PER")])[0][0] == "PER"


def test_a_german_locative_preposition_counts_too(linker: Linker) -> None:
    text = "Der Zug nach Denver hatte am Montag zwei Stunden Verspätung."
    found = [(m.label, m.entity_id) for m in linked(linker, text, [("Denver", "PER")], "de")]
    assert found == [("LOC", denver(linker))]


def test_a_german_person_of_that_name_stays_a_person(linker: Linker) -> None:
    text = "John Denver sang in Berlin. Nach Denver fragte niemand."
    found = linked(linker, text, [("John Denver", "PER"), ("Berlin", "LOC"), ("Denver", "PER")], "de")
    assert found[-1].label == "PER"
