"""A name without its translated head word ("Brackmore" of "Brackmore Foundation") is no
name for a person: an Arabic mention NER tagged a person does not meet it across scripts; a
German given name with a family-name particle is no noun phrase (``nonames.noun_phrase``).
Original sentences; mentions given by hand (no NER model)."""

from __future__ import annotations

from dragoman.entities.crossscript import CrossScript
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from tests.entities.mentions import linked_ids as link


def test_a_person_does_not_meet_a_name_stripped_of_its_head() -> None:
    index = CrossScript()
    index.add("x-fund", "Brackmore Foundation")
    types = {"x-fund": "ORG"}
    assert index.matching("براكمور", types) == ["x-fund"]  # the foundation, by its bare name
    assert index.only_bare("x-fund", ["براكمور"], types)  # so no name for a man called Brackmore


def test_a_bare_name_that_is_also_a_name_of_its_own_meets_a_person() -> None:
    index = CrossScript()
    index.add("x-fund", "Brackmore Foundation")
    index.add("x-fund", "Brackmore")  # the entity was also named so, by itself
    assert not index.only_bare("x-fund", ["براكمور"], {"x-fund": "ORG"})


def test_an_arabic_person_is_not_merged_into_a_foundation_named_after_him() -> None:
    linker = Linker(memory=Memory())
    en = ("The Brackmore Foundation paid for the choir of Dean Pellworth in Marvenna Bay, "
          "where the mayor Toller Brisk welcomed them.")
    en_ids = link(linker, en, [("Brackmore Foundation", "ORG"), ("Dean Pellworth", "PER"),
                               ("Marvenna Bay", "LOC"), ("Toller Brisk", "PER")], "en")
    ar = "قال براكمور للعميد دين بيلورث إن العمدة تولر بريسك رحب بالجوقة."
    ar_ids = link(linker, ar, [("براكمور", "PER"), ("دين بيلورث", "PER"), ("تولر بريسك", "PER")], "ar")
    assert ar_ids["دين بيلورث"] == en_ids["Dean Pellworth"]  # the context is shared
    assert ar_ids["براكمور"] != en_ids["Brackmore Foundation"]


def test_a_german_name_with_a_noble_particle_is_no_noun_phrase() -> None:
    from dragoman.entities.nonames import noun_phrase

    assert not noun_phrase("Friedrich von Hallmark", "de")  # a given name, then von
    assert not noun_phrase("Karl-Heinz zu Ostwalden", "de")
    assert noun_phrase("Lieferung von Panzern", "de")  # no given name: common nouns
    assert noun_phrase("Dauer der Krankheit", "de")
