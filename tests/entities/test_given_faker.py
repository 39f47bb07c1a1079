"""Faker's given names (``givenlearned.faker_given_keys``) as a referent's person evidence
(``referentvote.faker_led``), and the filters of the side file (``eval/given_names_faker``)."""

from __future__ import annotations

import gzip

from dragoman.entities.givenlearned import FAKER, faker_given_keys
from dragoman.entities.referentvote import Form, faker_led, vote
from dragoman.model import EntityType, Mention


def _no_kb(name: str, towns: bool) -> str | None:
    return None


def _kb(known: dict[str, str]):  # type: ignore[no-untyped-def]
    def kb_type(name: str, towns: bool) -> str | None:
        return known.get(name)
    return kb_type


def _form(name: str, label: EntityType, score: float = 0.9) -> Form:
    return Form(Mention(0, len(name), name, label, None, score), name.lower().split(), None, False, False)


def test_side_file_names_its_source_and_licence() -> None:
    with gzip.open(FAKER, "rt", encoding="utf-8") as f:
        first = f.readline()
    assert first.startswith("#") and "Faker" in first and "MIT" in first


def test_side_file_holds_names_of_many_cultures() -> None:
    keys = faker_given_keys()
    assert {"constanze", "mikaela", "priya", "tamar", "thandiwe", "siobhan", "kofi", "svetlana"} <= keys


def test_side_file_drops_places_common_words_and_short_names() -> None:
    keys = faker_given_keys()
    # places of the gazetteer, English common words, months, short names
    for word in ("paris", "austin", "jordan", "georgia", "charlotte", "victoria",
                 "hope", "will", "mark", "summer", "grace", "april", "june", "al", "bo"):
        assert word not in keys, word


def test_faker_name_tips_an_organisation_reading() -> None:
    head = _form("Thandiwe Brightwater", "ORG")
    assert faker_led(head, _no_kb)
    assert vote([head], _no_kb, heads=True) == "PER"


def test_faker_name_needs_two_or_three_capitalised_words() -> None:
    assert not faker_led(_form("Priya", "ORG"), _no_kb)
    assert not faker_led(_form("Priya Hollins Tamberlane Group Holdings", "ORG"), _no_kb)
    assert not faker_led(_form("Priya and sons", "ORG"), _no_kb)


def test_faker_name_yields_to_the_knowledge_base_and_head_words() -> None:
    known = _kb({"Tamar Quay": "LOC"})
    assert not faker_led(_form("Tamar Quay", "LOC"), known)
    assert vote([_form("Tamar Quay", "LOC")], known, heads=True) == "LOC"
    first_known = _kb({"Siobhan": "LOC"})
    assert not faker_led(_form("Siobhan Harbour", "LOC"), first_known)
    assert not faker_led(_form("Priya Airport", "LOC"), _no_kb)  # a place's head word
    assert not faker_led(_form("Priya Holdings", "ORG"), _no_kb)  # a firm's head word


def test_faker_name_is_no_evidence_without_a_knowledge_base_or_for_makers() -> None:
    assert not faker_led(_form("Thandiwe Brightwater", "ORG"), None)
    assert vote([_form("Thandiwe & Tamberlane", "ORG")], _no_kb, heads=True) == "ORG"


def test_faker_name_yields_to_a_word_closing_other_kinds_of_names() -> None:
    # "School", "Township", "Verlag" close schools, towns and publishers in the NER corpora
    for name in ("Thandiwe Valley School", "Priya Township", "Mikaela Verlag", "Tamar House"):
        assert not faker_led(_form(name, "ORG"), _no_kb), name
    assert vote([_form("Thandiwe Communications", "ORG", 0.6)], _no_kb, heads=True) == "ORG"
    # a surname that is also a common word keeps the reading ("Black", "Lord", "Field")
    for name in ("Cathie Black", "Thandiwe Lord", "Priya Field"):
        assert faker_led(_form(name, "ORG"), _no_kb), name


def test_faker_name_is_no_acronym_and_no_overrun_of_a_known_name() -> None:
    assert not faker_led(_form("LÍF Rundvík", "ORG"), _no_kb)  # an acronym opens a club's name
    assert faker_led(_form("PRIYA RUNDVIK", "ORG"), _no_kb)  # a name in capitals is kept
    known = _kb({"Thandiwe Melnyk": "PER"})
    # a span run past a known person's name into a noun: no person of its own
    assert not faker_led(_form("Thandiwe Melnyk Kryptowährungen", "ORG"), known)
    assert faker_led(_form("Thandiwe Lena Melnyk", "ORG"), known)


def test_faker_name_yields_to_a_town_of_the_gazetteer() -> None:
    def towns(name: str, gazetteer: bool) -> str | None:
        return "LOC" if gazetteer and name == "Tamar Ridge" else None
    assert not faker_led(_form("Tamar Ridge", "LOC"), towns)
