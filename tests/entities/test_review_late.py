"""Review of the late place rules (review-late): a town whose name is also an everyday word
keeps its link right after a place preposition even where the page writes the word in lower
case too; "Town, US state" takes the namesake in that state, lists of towns stay. Original
sentences; mentions given by hand."""

from __future__ import annotations

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.placecheck import everyday_word
from dragoman.model import EntityType, Mention
from tests.entities.mentions import linked_ids

LEIDEN = "city-2751773"


def _at(text: str, word: str) -> list[Mention]:
    start = text.rindex(word)
    return [Mention(start, start + len(word), word, "LOC")]


def test_a_town_after_a_place_preposition_is_no_everyday_word() -> None:
    text = "Im Sommer leiden viele Pendler, berichtete ein Arzt in Leiden."
    assert not everyday_word(text, _at(text, "Leiden"), "de")
    ids = linked_ids(Linker(memory=Memory()), text, [("Leiden", "LOC")], "de")
    assert ids["Leiden"] == LEIDEN


def test_the_word_without_a_place_preposition_stays_an_everyday_word() -> None:
    text = "Die Kranken leiden, und die Pflege lindert kaum Leiden."
    assert everyday_word(text, _at(text, "Leiden"), "de")
    ids = linked_ids(Linker(memory=Memory()), text, [("Leiden", "LOC")], "de")
    assert ids["Leiden"] is None


def test_a_town_and_its_us_state_take_the_namesake_there() -> None:
    text = "The jury met in Springfield, Illinois, while the appeal went to Rome, Madrid and Lisbon."
    names = ["Springfield", "Illinois", "Rome", "Madrid", "Lisbon"]
    items: list[tuple[str, EntityType]] = [(n, "LOC") for n in names]
    ids = linked_ids(Linker(memory=Memory()), text, items)
    assert ids["Springfield"] == "city-4250542"
    assert ids["Rome"] == "city-rome" and ids["Madrid"] == "city-madrid"


def test_a_town_after_a_place_preposition_keeps_its_link_beside_the_noun() -> None:
    text = "Vor dem Essen fuhr die Familie nach Essen, wo alle gern essen."
    noun, town = text.index("Essen"), text.rindex("Essen,")
    group = [Mention(noun, noun + 5, "Essen", "LOC"), Mention(town, town + 5, "Essen", "LOC")]
    assert not everyday_word(text, group, "de")
    # without the preposition, the noun after its article stays an everyday word
    assert everyday_word(text, group[:1], "de")
