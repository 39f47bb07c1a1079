"""Entity precision rules of the ninth round (issue 14), one test per error class read off pages
in neither audit split: full names led by a common given name typed as organisations or places,
a person's description run into the name (a role compound, a party member's state, an Irish
title), a surname alone linked to a gazetteer town beside the person's full name, and named
sites typed as people. Each class has a near miss that must not change. Sentences written for
them."""

from __future__ import annotations

import pytest

from dragoman.entities.coordination import initial_joined
from dragoman.entities.descriptors import descriptor_cut
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.nameclass import head_type
from dragoman.model import Mention
from tests.entities.mentions import linked, tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def _types(mentions: list[Mention]) -> dict[str, str]:
    return {m.text: m.label for m in mentions if m.entity_id is not None}


# -- a common given name types its full name -------------------------------------------------

def test_a_french_given_name_makes_an_organisation_typed_name_a_person(linker: Linker) -> None:
    text = "Pour Gérard Vaillancourt, la réforme des retraites échouera, a-t-il redit à Lyon."
    out = linked(linker, text, [("Gérard Vaillancourt", "ORG"), ("Lyon", "LOC")], language="fr")
    assert _types(out)["Gérard Vaillancourt"] == "PER"


def test_a_german_given_name_makes_a_place_typed_name_a_person(linker: Linker) -> None:
    text = "Am Abend sprach Cornelia Brennecke im Rathaus, danach blieb sie lange."
    out = linked(linker, text, [("Cornelia Brennecke", "LOC")], language="de")
    assert _types(out)["Cornelia Brennecke"] == "PER"


def test_a_given_name_before_an_organisation_head_stays_an_organisation(linker: Linker) -> None:
    text = "Le cabinet Gérard Vaillancourt Conseil a signé le contrat à Lyon."
    out = linked(linker, text, [("Gérard Vaillancourt Conseil", "ORG"), ("Lyon", "LOC")],
                 language="fr")
    assert _types(out)["Gérard Vaillancourt Conseil"] == "ORG"


# -- a person's description run into the name ------------------------------------------------

def test_a_role_compound_before_a_name_is_cut_in_german() -> None:
    span = "Hertha-Trainer Ximo Falconetti"
    assert span[descriptor_cut(span, person=True, nouns=True):] == "Ximo Falconetti"
    span = "Tesla-CEO Ximo Falconetti"
    assert span[descriptor_cut(span, person=False, nouns=True):] == "Ximo Falconetti"


def test_a_hyphenated_name_without_a_role_is_not_cut() -> None:
    assert descriptor_cut("Rhein-Main Verkehrsverbund Nord", person=False, nouns=True) == 0
    assert descriptor_cut("Hertha-Trainer Ximo Falconetti Stiftung", person=False, nouns=True) == 0
    # English writes no role compounds: "Tesla-CEO" is cut only where nouns are capitalised
    assert descriptor_cut("Tesla-CEO Ximo Falconetti", person=False, nouns=False) == 0


def test_a_party_member_and_state_before_a_full_name_are_cut() -> None:
    span = "Ohio Democrat Theodore Walbeck"
    assert span[descriptor_cut(span, person=False, nouns=False):] == "Theodore Walbeck"


def test_a_party_name_is_not_cut() -> None:
    assert descriptor_cut("Ohio Democrat Party Headquarters", person=False, nouns=False) == 0
    assert descriptor_cut("Ohio Democrat Walbeck Fund", person=False, nouns=False) == 0


def test_an_irish_title_is_no_part_of_the_name(linker: Linker) -> None:
    text = "Tanaiste Brendan Kearney said the rules would ease. Kearney spoke in Galway."
    out = linked(linker, text, [("Tanaiste Brendan Kearney", "ORG"), ("Kearney", "PER"),
                                ("Galway", "LOC")])
    people = {m.text for m in out if m.label == "PER" and m.entity_id is not None}
    assert "Brendan Kearney" in people
    assert not any("Tanaiste" in m.text and m.entity_id for m in out)


# -- a surname alone beside the full name ----------------------------------------------------

def test_a_surname_that_is_a_gazetteer_town_joins_the_person(linker: Linker) -> None:
    text = ("Senator Abigail Warren opposed the bill. Critics said Abigail Warren had no plan. "
            "Seven years later, Warren still persists.")
    out = linked(linker, text, [("Abigail Warren", "PER"), ("Abigail Warren", "PER"),
                                ("Warren", "LOC")])
    ids = {m.text: m.entity_id for m in out}
    assert ids["Warren"] is not None and ids["Warren"] == ids["Abigail Warren"]


def test_a_town_named_more_often_than_the_person_stays_a_place(linker: Linker) -> None:
    text = ("Tessa Garland moved to Garland in May. Garland has grown fast. "
            "Rents in Garland rose again.")
    out = linked(linker, text, [("Tessa Garland", "PER"), ("Garland", "LOC"), ("Garland", "LOC"),
                                ("Garland", "LOC")])
    person = next(m.entity_id for m in out if m.text == "Tessa Garland")
    places = [m for m in out if m.text == "Garland"]
    assert places and all(m.entity_id != person and m.label == "LOC" for m in places)


def test_a_well_known_place_beside_a_namesake_stays_the_place(linker: Linker) -> None:
    text = "Ellis Washington wrote about Washington. He lived in Washington for years."
    out = linked(linker, text, [("Ellis Washington", "PER"), ("Washington", "LOC"),
                                ("Washington", "LOC")])
    person = next(m.entity_id for m in out if m.text == "Ellis Washington")
    assert all(m.entity_id != person for m in out if m.text == "Washington")


# -- named sites -----------------------------------------------------------------------------

def test_a_castle_or_creek_is_a_place_whatever_ner_typed(linker: Linker) -> None:
    text = ("Visitors walked from Dunmorrow Castle to the harbour. "
            "The fire near Ashgrove Creek spread overnight.")
    out = linked(linker, text, [("Dunmorrow Castle", "PER"), ("Ashgrove Creek", "ORG")])
    assert _types(out) == {"Dunmorrow Castle": "LOC", "Ashgrove Creek": "LOC"}


def test_a_site_word_before_an_organisation_head_stays_an_organisation(linker: Linker) -> None:
    text = "The Dunmorrow Castle Trust raised funds. Dunmorrow Castle Trust thanked donors."
    out = linked(linker, text, [("Dunmorrow Castle Trust", "ORG"),
                                ("Dunmorrow Castle Trust", "ORG")])
    assert _types(out)["Dunmorrow Castle Trust"] == "ORG"


# -- a heading's full name heads no referent -------------------------------------------------

HEADED = ("Pierre Vergier et Vincent Crase\n\n"
          "Pierre Vergier n’est pas seulement un garde du corps, il conduit aussi. "
          "La justice a saisi des armes chez Vergier en juillet.")


def test_a_surname_takes_the_body_name_of_a_heading_person(linker: Linker) -> None:
    out = linked(linker, HEADED, [("Pierre Vergier", "PER"), ("Vincent Crase", "PER"),
                                  ("Pierre Vergier", "PER"), ("Vergier", "PER")], language="fr")
    ids = {m.entity_id for m in out if "Vergier" in m.text}
    assert len(ids) == 1 and None not in ids


def test_a_name_on_a_heading_only_still_founds_no_entity(linker: Linker) -> None:
    out = linked(linker, HEADED, [("Pierre Vergier", "PER"), ("Vincent Crase", "PER"),
                                  ("Pierre Vergier", "PER"), ("Vergier", "PER")], language="fr")
    assert next(m for m in out if m.text == "Vincent Crase").entity_id is None


# -- a given name NER left out ---------------------------------------------------------------

def test_a_given_name_left_out_before_a_person_is_taken_in() -> None:
    text = "The panel ended late. Wendy Marsh Odell said the vote would wait."
    spans = initial_joined(text, tagged(text, [("Marsh Odell", "PER")]))
    assert [m.text for m in spans] == ["Wendy Marsh Odell"]
    text = "The chair, Wendy Marsh Odell, said the vote would wait."
    assert [m.text for m in initial_joined(text, tagged(text, [("Marsh Odell", "PER")]))] == [
        "Wendy Marsh Odell"]


def test_a_given_name_after_another_name_or_a_title_is_left_alone() -> None:
    text = "Guests included Rosa Delgado Wendy Marsh Odell."
    spans = initial_joined(text, tagged(text, [("Marsh Odell", "PER")]))
    assert [m.text for m in spans] == ["Marsh Odell"]
    text = "The Wendy Marsh Odell Foundation gave money."  # not a person's span
    assert [m.text for m in initial_joined(text, tagged(text, [("Marsh Odell Foundation", "ORG")]))] == [
        "Marsh Odell Foundation"]


def test_a_given_name_after_a_title_or_a_sentence_opening_word_is_taken_in() -> None:
    text = "It was late, said Senator Wendy Marsh Odell on Monday."
    assert [m.text for m in initial_joined(text, tagged(text, [("Marsh Odell", "PER")]))] == [
        "Wendy Marsh Odell"]
    text = "The vote waited. And Wendy Marsh Odell said so."
    assert [m.text for m in initial_joined(text, tagged(text, [("Marsh Odell", "PER")]))] == [
        "Wendy Marsh Odell"]


# -- review of this round: its rules near their misfires ------------------------------------

def test_a_surname_town_with_its_region_after_stays_the_town(linker: Linker) -> None:
    # the gazetteer-town rule must not take a town written with its state ("Warren, Michigan")
    text = ("Senator Abigail Warren spoke at a rally in Warren, Michigan, on Friday. "
            "Warren told the crowd she would stay.")
    out = linked(linker, text, [("Abigail Warren", "PER"), ("Warren", "LOC"), ("Michigan", "LOC"),
                                ("Warren", "PER")])
    person = next(m.entity_id for m in out if m.text == "Abigail Warren")
    town = next(m for m in out if m.text == "Warren" and m.start < text.index("Michigan"))
    said = next(m for m in out if m.text == "Warren" and m.start > text.index("Michigan"))
    assert town.label == "LOC" and town.entity_id != person
    assert said.entity_id == person


def test_a_surname_town_with_its_region_in_brackets_stays_the_town(linker: Linker) -> None:
    text = ("Les habitants de Garland (Texas) ont manifesté. La juge Tessa Garland a répondu. "
            "Garland a promis une enquête.")
    out = linked(linker, text, [("Garland", "LOC"), ("Texas", "LOC"), ("Tessa Garland", "PER"),
                                ("Garland", "PER")], language="fr")
    person = next(m.entity_id for m in out if m.text == "Tessa Garland")
    assert out[0].text == "Garland" and out[0].label == "LOC" and out[0].entity_id != person


def test_a_given_name_before_a_place_head_makes_no_person_of_a_misc_name(linker: Linker) -> None:
    text = "Wesley County officials extended early voting on Monday."
    out = linked(linker, text, [("Wesley County", "MISC")])
    assert _types(out)["Wesley County"] != "PER"


def test_two_names_joined_by_an_ampersand_are_no_person(linker: Linker) -> None:
    text = "Simon & Gallardo will publish the memoir next spring."
    out = linked(linker, text, [("Simon & Gallardo", "ORG")])
    assert next(m.label for m in out if m.text == "Simon & Gallardo") == "ORG"


def test_a_site_head_after_a_given_name_is_a_surname() -> None:
    assert head_type("Dunmorrow Castle") == "LOC"
    assert head_type("Barbara Castle") is None
    assert head_type("Michael Harbour") is None
    assert head_type("Dunmorrow Harbour") == "LOC"


def test_a_person_whose_surname_is_a_site_word_stays_a_person(linker: Linker) -> None:
    text = "Barbara Castle spoke in Leeds. Castle said the mills would reopen."
    out = linked(linker, text, [("Barbara Castle", "PER"), ("Leeds", "LOC"), ("Castle", "PER")])
    types = _types(out)
    assert types["Barbara Castle"] == "PER"
    assert next(m.entity_id for m in out if m.text == "Castle") == next(
        m.entity_id for m in out if m.text == "Barbara Castle")


def test_a_gazetteer_city_or_a_state_name_is_no_given_name(linker: Linker) -> None:
    text = "Residents of Vladimir, a city east of Moscow, protested on Sunday."
    out = linked(linker, text, [("Vladimir", "LOC"), ("Moscow", "LOC")])
    assert _types(out).get("Vladimir") == "LOC"
    text = "La Virginie a voté démocrate, selon les résultats publiés à Richmond."
    out = linked(linker, text, [("Virginie", "LOC"), ("Richmond", "LOC")], language="fr")
    assert next(m.label for m in out if m.text == "Virginie") == "LOC"
