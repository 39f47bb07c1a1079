"""A "person" of two words or more that the gazetteer or knowledge base knows, as a whole, as
a place, written after a locative preposition, is the place ("fans from Ann Arbor"; issue 14,
helper en-ent2). Original sentences, NER types given by hand as NER gave them. Negatives: a
person's full name after the preposition, a person named like a town after a preposition that
takes people ("with"), a titled or speaking person of that name, a longer person's name
ending with it."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.locativeplaces import places_after_locatives
from dragoman.entities.memory import Memory
from tests.entities.mentions import linked, tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def labels(linker: Linker, text: str, items: list[tuple[str, str]]) -> list[str]:
    return [m.label for m in linked(linker, text, items)]  # type: ignore[arg-type]


def retyped(linker: Linker, text: str, items: list[tuple[str, str]]) -> list[str]:
    mentions = tagged(text, items)  # type: ignore[arg-type]
    places_after_locatives(text, mentions, linker.kb_type, "en")
    return [m.label for m in mentions]


def test_a_two_word_town_after_a_locative_preposition_is_the_place(linker: Linker) -> None:
    assert linker.kb_type("Ann Arbor", True) == "LOC"
    for text in ("Two busloads of students came from Ann Arbor for the rally.",
                 "The lab moved its servers to Ann Arbor last spring.",
                 "Rents near Ann Arbor rose by a tenth this year."):
        assert retyped(linker, text, [("Ann Arbor", "PER")]) == ["LOC"], text
    text = "The chip maker hired forty engineers in Santa Clara this autumn."
    assert labels(linker, text, [("Santa Clara", "PER")]) == ["LOC"]


def test_a_three_word_city_follows_and_so_do_its_other_mentions(linker: Linker) -> None:
    text = "She opened an office in Salt Lake City in May. Salt Lake City gave her a grant."
    assert labels(linker, text, [("Salt Lake City", "PER"), ("Salt Lake City", "PER")]) == ["LOC", "LOC"]


def test_a_persons_full_name_after_the_preposition_stays_a_person(linker: Linker) -> None:
    text = "The board sent the draft to Mary Okafor before the vote."
    assert labels(linker, text, [("Mary Okafor", "PER")]) == ["PER"]


def test_a_person_named_like_a_town_after_with_stays_a_person(linker: Linker) -> None:
    text = "He shared a flat with Charlotte Brennan during his first year."
    assert labels(linker, text, [("Charlotte Brennan", "PER")]) == ["PER"]
    text = "The coach spoke with Charlotte for an hour after the match."
    assert labels(linker, text, [("Charlotte", "PER")]) == ["PER"]


def test_a_titled_or_speaking_person_of_that_name_stays_a_person(linker: Linker) -> None:
    text = "Dr Ann Arbor led the trial. Patients came to Ann Arbor from three states."
    assert retyped(linker, text, [("Ann Arbor", "PER"), ("Ann Arbor", "PER")]) == ["PER", "PER"]
    text = "Ann Arbor said the results were clear. Parcels to Ann Arbor piled up."
    assert retyped(linker, text, [("Ann Arbor", "PER"), ("Ann Arbor", "PER")]) == ["PER", "PER"]


def test_a_longer_persons_name_ending_with_it_keeps_it_a_person(linker: Linker) -> None:
    text = "Mary Ann Arbor won the prize; fans in Ann Arbor cheered her."
    assert retyped(linker, text, [("Mary Ann Arbor", "PER"), ("Ann Arbor", "PER")]) == ["PER", "PER"]


def test_a_name_the_gazetteer_does_not_know_stays_a_person(linker: Linker) -> None:
    text = "The parcel went from Brindle Okoro to the depot on Friday."
    assert labels(linker, text, [("Brindle Okoro", "PER")]) == ["PER"]


def test_a_town_opening_with_a_given_name_stays_the_place_in_the_vote(linker: Linker) -> None:
    # review rev-en-ent (en-ent2's request 1): no form is NER's person after the retyping, and
    # the gazetteer knows the full name as a town, so the given name "Ann" casts no vote.
    text = "Two busloads of students came from Ann Arbor for the rally."
    assert labels(linker, text, [("Ann Arbor", "PER")]) == ["LOC"]
    # a person of a given name stays one where NER called a form a person
    text2 = "Ann Marlowe said the rally was peaceful."
    assert labels(linker, text2, [("Ann Marlowe", "PER")]) == ["PER"]
