"""Entity evidence rules of the second audit round (issue 14), on sentences written for them."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory, title_cut
from dragoman.entities.nameclass import currency_code, trailing_verb_cut
from dragoman.entities.referents import find_referents
from dragoman.entities.spanshape import CommonWords, common_cut
from dragoman.entities.titles import person_role_before
from dragoman.entities.wordclass import closed_word
from dragoman.model import EntityType, Mention
from tests.entities.mentions import linked, tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def link(linker: Linker, text: str, items: list[tuple[str, EntityType]], language: str = "en",
         score: float = 0.6) -> list[Mention]:
    return linked(linker, text, items, language, score)


def test_an_occupation_noun_before_a_name_makes_it_a_person(linker: Linker) -> None:
    text = ("The record features fiddle player Ruairí Mac Conmara and the harpist's friend, "
            "radio anchor Tess Oyelaran, on backing vocals.")
    assert person_role_before(text, text.index("Ruairí"))
    assert person_role_before(text, text.index("Tess"))
    out = link(linker, text, [("Ruairí Mac Conmara", "ORG"), ("Tess Oyelaran", "ORG")])
    assert {m.label for m in out if m.text in ("Ruairí Mac Conmara", "Tess Oyelaran")} == {"PER"}


def test_an_occupation_noun_before_an_organisation_or_with_a_word_between_says_nothing() -> None:
    # "player" closes a compound that names no person here; "the host of" is no apposition
    text = "The host of Brackwater Studios met the team behind Player Nine."
    assert not person_role_before(text, text.index("Brackwater"))
    mentions = tagged(text, [("Brackwater Studios", "ORG")])
    find_referents(text, mentions, "en")
    assert mentions[0].label == "ORG"


def test_a_bare_capital_letter_before_a_street_is_no_french_title(linker: Linker) -> None:
    text = "Crews closed the ramp at 212 M Street NW overnight, and traffic moved to Ridge Road."
    out = link(linker, text, [("M Street", "LOC")], score=0.9)
    assert [m.text for m in out if m.label == "LOC"][:1] == ["M Street"]
    # with its full stop the letter is still the French title, cut off the name
    assert title_cut("M. Gaspard Lemoine") == len("M. ")
    assert title_cut("M Street") == 0


def test_a_capitalised_headline_or_byline_verb_is_cut_off_a_name() -> None:
    for span, name in (("Oriel Fairbanks Published", "Oriel Fairbanks"),
                       ("Dessa Marrow Says", "Dessa Marrow"),
                       ("Juno T. Halloran Were", "Juno T. Halloran")):
        assert trailing_verb_cut(span, "en") == len(name), span
    # a lower-case speech verb is cut as before; a name of one word keeps it
    assert trailing_verb_cut("Brackwater Trust said", "en") == len("Brackwater Trust")
    assert trailing_verb_cut("Says", "en") == len("Says")
    assert trailing_verb_cut("Ansel Isaacs", "en") == len("Ansel Isaacs")


def test_a_pronoun_or_question_word_alone_names_nothing(linker: Linker) -> None:
    text = ("Her debut single My Winter topped the chart. Who Sang It Best? fans asked, "
            "while the WHO issued guidance.")
    assert closed_word("My", "en") and closed_word("Who", "en")
    assert not closed_word("WHO", "en") and not closed_word("My Winter", "en")
    out = link(linker, text, [("My", "PER"), ("Who", "PER"), ("WHO", "ORG")], score=0.9)
    assert [m.text for m in out if m.entity_id] == ["WHO"]


def test_a_span_of_common_words_and_numbers_is_no_name() -> None:
    french = CommonWords(plain=frozenset({"environ", "de", "plus"}))
    # "Environ 4 500 manifestants ont défilé": the opener, a function word and a number
    assert common_cut(["Environ", "4", "500"], french, True, lambda _: False) == 3
    assert common_cut(["Plus", "de", "12"], french, True, lambda _: False) == 3
    # a name with a number keeps its words
    assert common_cut(["Radio", "Nova", "5"], french, True, lambda _: False) == 0


def test_a_currency_code_after_its_amount_is_no_organisation(linker: Linker) -> None:
    text = ("Le tribunal a fixé l’amende à 75.000 XOF. Depuis 2019 OTAN et ONU coopèrent, "
            "et la banque a versé 1,5 EUR par action.")
    assert currency_code(text, text.index("XOF"), "XOF")
    assert not currency_code(text, text.index("OTAN"), "OTAN")  # a year, not an amount
    out = link(linker, text, [("XOF", "ORG"), ("OTAN", "ORG"), ("ONU", "ORG"), ("EUR", "ORG")],
               language="fr", score=0.9)
    assert {m.text for m in out} >= {"OTAN", "ONU"}
    assert not {m.text for m in out} & {"XOF", "EUR"}


def test_a_surname_that_is_also_an_english_verb_is_not_cut() -> None:
    # "Said" is an Arabic name ("Nadim Said"); the headline's present tense still goes
    assert trailing_verb_cut("Nadim Said", "en") == len("Nadim Said")
    assert trailing_verb_cut("Nadim Said Says", "en") == len("Nadim Said")


def test_an_acronym_after_a_count_is_no_currency_code() -> None:
    text = "Roughly 4,800 NHS porters and 1.250 ANC volunteers were paid 3,000.50 CHF each."
    assert not currency_code(text, text.index("NHS"), "NHS")
    assert not currency_code(text, text.index("ANC"), "ANC")
    assert currency_code(text, text.index("CHF"), "CHF")
