"""Within-article splits, round 10: an acronym that keeps a lower-case noun of its name's
expansion ("Service de police de la Ville de Montréal" is "SPVM": the particles "de la" give no
letter, "police" does) is one referent with it; the near-misses stay apart."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.nameowners import abbreviation_owner, initials, owner_index
from dragoman.model import EntityType
from tests.entities.mentions import linked


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def test_initials_without_particles_keep_lower_case_nouns() -> None:
    assert initials("Régie des transports de la Ville de Lévis")[2] == "RTVL"
    assert initials("Office for Budget Responsibility") == ("OFBR", "OBR", "OFBR")


def test_a_french_acronym_of_a_lower_case_noun_joins_its_expansion(linker: Linker) -> None:
    text = ("La Société de transport de la Ville de Sherbrooke a annoncé lundi de nouveaux horaires. "
            "Selon la STVS, les autobus passeront plus souvent le soir.")
    out = linked(linker, text, [("Société de transport de la Ville de Sherbrooke", "ORG"),
                               ("STVS", "ORG")], "fr")
    ids = {m.entity_id for m in out}
    assert len(ids) == 1 and None not in ids


def test_an_acronym_two_expansions_share_joins_neither() -> None:
    names = [("Service de police de la Ville de Montréal", "ORG"),
             ("Syndicat des policiers de la Ville de Mascouche", "ORG")]
    assert abbreviation_owner("SPVM", "ORG", owner_index(names)) is None


def test_an_acronym_whose_letters_miss_a_noun_stays_apart(linker: Linker) -> None:
    # "STS" drops "Ville": no initials of the name, so it may be another body
    text = ("La Société de transport de la Ville de Sherbrooke a annoncé lundi de nouveaux horaires. "
            "La STS, elle, n'a rien dit.")
    out = linked(linker, text, [("Société de transport de la Ville de Sherbrooke", "ORG"),
                               ("STS", "ORG")], "fr")
    assert len({m.entity_id for m in out}) == 2


# A full name NER typed a place or an organisation, its surname alone a person.

def test_a_full_name_typed_an_organisation_joins_its_surname_said_to_be_a_person(linker: Linker) -> None:
    text = ("The shelter was inspected by Maria Okafor last spring. Okafor told the board the "
            "pens were too small, and Okafor later filed a complaint.")
    out = linked(linker, text, [("Maria Okafor", "ORG"), ("Okafor", "PER"), ("Okafor", "PER")], "en")
    assert len({m.entity_id for m in out}) == 1 and out[0].entity_id is not None
    assert {m.label for m in out} == {"PER"}


def test_a_company_whose_name_ner_once_calls_a_person_stays_a_company(linker: Linker) -> None:
    text = ("Many Hallworth shoppers queued early. Hallworth opened at eight. Hallworth sold out "
            "of bread by noon, and Hallworth said it would restock. Hallworth staff agreed.")
    out = linked(linker, text, [("Many Hallworth", "ORG"), ("Hallworth", "ORG"), ("Hallworth", "ORG"),
                               ("Hallworth", "PER"), ("Hallworth", "ORG")], "en")
    company = out[0].entity_id
    assert company is not None and out[0].label == "ORG"
    assert {m.label for m in out if m.entity_id == company} == {"ORG"}


def test_two_mistyped_full_names_of_one_surname_keep_the_surname_apart(linker: Linker) -> None:
    text = ("Nora Hallberg and Lena Hallberg run the farm together. Hallberg said the harvest "
            "was late this year.")
    items: list[tuple[str, EntityType]] = [
        ("Nora Hallberg", "LOC"), ("Lena Hallberg", "ORG"), ("Hallberg", "PER")]
    out = linked(linker, text, items, "en")
    ids = {m.text: m.entity_id for m in out}
    assert ids["Hallberg"] not in (ids["Nora Hallberg"], ids["Lena Hallberg"])
    assert ids["Nora Hallberg"] != ids["Lena Hallberg"]


def test_washington_the_city_stays_apart_from_george_washington(linker: Linker) -> None:
    text = ("A statue of George Washington was unveiled on Friday. Crowds in Washington watched "
            "the ceremony, and Washington will host another next year.")
    out = linked(linker, text, [("George Washington", "PER"), ("Washington", "LOC"),
                               ("Washington", "LOC")], "en")
    person = out[0].entity_id
    assert all(m.entity_id != person for m in out[1:])


# A compound surname standing alone.

def test_a_compound_surname_alone_joins_the_full_name(linker: Linker) -> None:
    text = ("Daniela Ortega Brandt won the mayoral race on Sunday. Ortega Brandt promised cheaper "
            "buses, and Ortega Brandt will take office in March.")
    out = linked(linker, text, [("Daniela Ortega Brandt", "PER"), ("Ortega Brandt", "PER"),
                               ("Ortega Brandt", "PER")], "en")
    assert len({m.entity_id for m in out}) == 1 and out[0].entity_id is not None


def test_a_compound_surname_of_two_people_joins_neither(linker: Linker) -> None:
    text = ("Carla Ruiz Olmo and her brother Pedro Ruiz Olmo founded the firm. Ruiz Olmo said the "
            "company would grow.")
    out = linked(linker, text, [("Carla Ruiz Olmo", "PER"), ("Pedro Ruiz Olmo", "PER"),
                               ("Ruiz Olmo", "PER")], "en")
    ids = [m.entity_id for m in out]
    assert ids[2] not in (ids[0], ids[1]) and ids[0] != ids[1]


def test_a_given_name_and_surname_inside_a_longer_name_stay_apart(linker: Linker) -> None:
    text = ("Ana Maria Santos chairs the committee. Maria Santos, her cousin, sits on the "
            "board, and Maria Santos voted against the plan.")
    out = linked(linker, text, [("Ana Maria Santos", "PER"), ("Maria Santos", "PER"),
                               ("Maria Santos", "PER")], "en")
    assert out[0].entity_id != out[1].entity_id


@pytest.mark.parametrize(("text", "items"), [
    ("Lawmakers met on Capitol Hill on Monday. Hill said the vote would wait. Senator Hill "
     "added that talks go on.", [("Capitol Hill", "LOC"), ("Hill", "PER"), ("Hill", "PER")]),
    ("Officials at Greenfield Dynamics announced cuts. Dynamics said they were needed.",
     [("Greenfield Dynamics", "ORG"), ("Dynamics", "PER")]),
])
def test_a_place_or_firm_without_a_given_name_is_no_person_by_its_last_word(
        linker: Linker, text: str, items: list[tuple[str, EntityType]]) -> None:
    out = linked(linker, text, items, "en")
    whole = next(m for m in out if m.text == items[0][0])
    assert whole.label == items[0][1]
    assert all(m.entity_id != whole.entity_id for m in out if m.text != items[0][0] and m.entity_id)
