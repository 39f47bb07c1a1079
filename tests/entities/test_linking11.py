"""Place links that respect the words around them (issue 14): a possessive name before a place
head is one place ("Hart's Island"); "Town, Region" takes the namesake in that region; a town
name that is an everyday word of the text loses its link; "the state of X" is the state; a
title word before an organisation head stays ("General Assembly"); a place's name of other
languages is unlinked by the linker itself. Original sentences; mentions given by hand."""

from __future__ import annotations

from dragoman.entities import contextspot
from dragoman.entities.kb import load_kb
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory, title_cut
from dragoman.entities.placecheck import everyday_word, possessive_places
from dragoman.model import EntityType, Mention
from tests.entities.mentions import linked, linked_ids, tagged


def _spans(text: str, items: list[tuple[str, EntityType]]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in possessive_places(text, tagged(text, items))]


# -- a possessive name before a place head --------------------------------------------------
def test_a_possessive_before_a_place_head_is_one_place() -> None:
    text = "Volunteers planted reeds along Marlow's Creek and on Tully's Island last spring."
    spans = _spans(text, [("Marlow", "PER"), ("Tully", "PER"), ("Island", "LOC")])
    assert spans == [("Marlow's Creek", "LOC"), ("Tully's Island", "LOC")]
    ids = linked_ids(Linker(memory=Memory()), text, [("Marlow", "PER"), ("Tully", "PER"), ("Island", "LOC")])
    assert "Tully's Island" in ids and "Tully" not in ids


def test_a_possessive_before_another_word_stays_two_names() -> None:
    text = "Critics wrote about Orban's Hungary, and Dana's island cottage burned down."
    assert _spans(text, [("Orban", "PER"), ("Hungary", "LOC"), ("Dana", "PER")]) == [
        ("Orban", "PER"), ("Hungary", "LOC"), ("Dana", "PER")]
    # the head opens a longer name: "Marlow's Creek Road" is no creek
    road = "The bus stops on Marlow's Creek Road every hour."
    assert _spans(road, [("Marlow", "PER")]) == [("Marlow", "PER")]


# -- "Town, Region" --------------------------------------------------------------------------
def test_a_town_followed_by_its_state_is_the_namesake_there() -> None:
    text = ("Flooding closed roads in Salem, Oregon, and oil crews in Odessa, Texas, stopped "
            "work while students in Cambridge, Massachusetts, marched.")
    names: list[tuple[str, EntityType]] = [("Salem", "LOC"), ("Oregon", "LOC"), ("Odessa", "LOC"),
                                           ("Texas", "LOC"), ("Cambridge", "LOC"), ("Massachusetts", "LOC")]
    kb = load_kb()
    ids = linked_ids(Linker(memory=Memory()), text, names)
    for town in ("Salem", "Odessa", "Cambridge"):
        entity = kb.entities[ids[town] or ""]
        assert entity.country == "US", town


def test_a_town_without_a_namesake_in_that_state_is_unlinked_and_a_country_keeps_it() -> None:
    linker = Linker(memory=Memory())
    texas = "A small museum in Paris, Texas, reopened after the storm last week."
    assert linked_ids(linker, texas, [("Paris", "LOC"), ("Texas", "LOC")])["Paris"] is None
    france = "The summit in Paris, France, ended without a deal."
    assert linked_ids(linker, france, [("Paris", "LOC"), ("France", "LOC")])["Paris"] == "city-paris"
    # a country after a comma may open a list: no namesake there, the link stays
    listed = "Ministers from Kyiv, Poland and Hungary met on Monday."
    ids = linked_ids(linker, listed, [("Kyiv", "LOC"), ("Poland", "LOC"), ("Hungary", "LOC")])
    assert ids["Kyiv"] == "city-kyiv"


# -- a town name that is an everyday word -----------------------------------------------------
def test_a_town_name_written_in_lower_case_on_the_page_is_a_word() -> None:
    linker = Linker(memory=Memory())
    de = "Viele Patienten leiden still, und manche Therapien bringen ihnen nur Leiden."
    assert linked_ids(linker, de, [("Leiden", "LOC")], "de")["Leiden"] is None
    camel = "Die Eltern holen ihre Kinder um vier Uhr von der KiTa ab."
    assert linked_ids(linker, camel, [("KiTa", "LOC")], "de")["KiTa"] is None
    # the town itself, never written in lower case and beside its country, keeps its link
    town = "Die Universität in Leiden, in den Niederlanden, feiert ihr Jubiläum."
    ids = linked_ids(linker, town, [("Leiden", "LOC"), ("Niederlanden", "LOC")], "de")
    assert ids["Leiden"] == "city-2751773"


def test_a_french_town_that_is_a_word_on_the_page_needs_its_country() -> None:
    linker = Linker(memory=Memory())
    word = "Tours de magie et jeux de cartes: le club a fait trois tours de salle samedi."
    assert linked_ids(linker, word, [("Tours", "LOC")], "fr")["Tours"] is None
    town = "Le festival de Tours, dans le centre de la France, a fait trois tours de piste."
    assert linked_ids(linker, town, [("Tours", "LOC"), ("France", "LOC")], "fr")["Tours"] == "city-2972191"
    # never written in lower case: the town's own name is enough
    mayor = "Le maire de Tours a inauguré le nouveau pont samedi matin."
    assert linked_ids(linker, mayor, [("Tours", "LOC")], "fr")["Tours"] == "city-2972191"


def test_everyday_word_evidence() -> None:
    text = "Sie lernte ein Leiden kennen, und Nantes blieb ihre Stadt."
    one = [Mention(15, 21, "Leiden", "LOC")]
    assert everyday_word(text, one, "de")  # after "ein", a determiner no town takes
    assert not everyday_word(text, [Mention(34, 40, "Nantes", "LOC")], "de")
    nice = "Visitors found nice weather in Nice, on the coast of France."
    assert everyday_word(nice, [Mention(31, 35, "Nice", "LOC")], "en")
    # such a town needs its country named: France vouches for Nice
    ids = linked_ids(Linker(memory=Memory()), nice, [("Nice", "LOC"), ("France", "LOC")])
    assert ids["Nice"] is not None and ids["Nice"].startswith("city-")


def test_the_state_of_washington_is_the_state() -> None:
    text = ("The state of Washington will raise its minimum wage, officials in Washington "
            "and Olympia said.")
    out = linked(Linker(memory=Memory()), text, [("Washington", "LOC"), ("Washington", "LOC"),
                                                 ("Olympia", "LOC")])
    ids = [m.entity_id for m in out if m.text == "Washington"]
    assert ids == ["region-washington-state", "city-washington"]


# -- titles and organisation heads ------------------------------------------------------------
def test_a_title_word_before_an_organisation_head_is_the_bodys_name() -> None:
    assert title_cut("General Assembly") == 0
    assert title_cut("General Okafor") == len("General ")


# -- foreign names: unlinked by the linker, not by the context spotter --------------------------
def test_foreign_names_are_unlinked_in_the_linker() -> None:
    assert "unlink_foreign_names" not in vars(contextspot)
    text = "Fishermen rowed out to Island at dawn; the ferry to Iceland left later."
    ids = linked_ids(Linker(memory=Memory()), text, [("Island", "LOC"), ("Iceland", "LOC")])
    assert ids.get("Island") != "country-IS" and ids["Iceland"] == "country-IS"
