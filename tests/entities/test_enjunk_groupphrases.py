"""Title Case phrases that name a group of people by the article's common words found no
entity (``casephrases.CasePhrases.group_phrase``); names that look alike stay.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dragoman.entities.casephrases import CasePhrases, people_plurals
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import EntityType
from tests.entities.mentions import first_mention, linked

_KNOWN = {"liberal democrats": "ORG", "arctic monkeys": "ORG", "general motors": "ORG"}


def _kb(name: str, gazetteer: bool = False) -> str | None:
    return _KNOWN.get(name.casefold())


def _group(text: str, surface: str, label: EntityType = "ORG") -> bool:
    m = first_mention(text, surface, label)
    return CasePhrases(text, [m], _kb).group_phrase(m)


def _refused(text: str, surface: str, label: EntityType = "ORG") -> bool:
    m = first_mention(text, surface, label)
    return CasePhrases(text, [m], _kb).refused(m)


def test_people_plurals_are_plural_nouns_of_people() -> None:
    assert {"members", "workers", "voters", "residents"} <= people_plurals()
    assert not {"witness", "actress", "members of"} & people_plurals()


def test_a_group_named_by_the_articles_common_words_is_no_entity() -> None:
    text = ("The council wants to rename its members. Council Members met on Monday, and "
            "several members said the council should wait.")
    assert _group(text, "Council Members", "PER")
    assert _refused(text, "Council Members", "PER")


def test_a_head_word_written_in_lower_case_may_open_the_group() -> None:
    text = ("The assembly voted late. What Assembly Members earn is a matter for the members "
            "themselves, a clerk of the assembly said.")
    assert _group(text, "Assembly Members")


def test_plural_workers_of_a_common_trade_go() -> None:
    text = ("Dock workers walked out at dawn. Dock Workers said the dock had been unsafe for "
            "months.")
    assert _group(text, "Dock Workers")


def test_a_name_whose_first_word_is_never_written_in_lower_case_stays() -> None:
    text = ("The Texas Voters League held a rally. Texas Voters gathered as voters queued.")
    assert not _group(text, "Texas Voters")
    text = "United Auto Workers called a strike, and workers left the plants at noon."
    assert not _group(text, "United Auto Workers")


def test_an_adjective_before_the_plural_keeps_the_name() -> None:
    text = "The Young Conservatives met in Hove, where young conservatives debated taxes."
    assert not _group(text, "Young Conservatives")
    text = "Labour Students met in Brighton; labour students protested about fees."
    assert not _group(text, "Labour Students")
    text = "Liberal Democrats gained seats, and liberal voters and democrats cheered."
    assert not _group(text, "Liberal Democrats", "PER")


def test_a_name_the_knowledge_base_knows_stays() -> None:
    text = ("Liberal Democrats won the seat. Some liberal voters and a few democrats backed "
            "the candidate.")
    assert not _group(text, "Liberal Democrats")


def test_names_ending_in_no_people_plural_stay() -> None:
    text = ("Doctors Without Borders sent doctors to the border. Friends of the Earth and "
            "Public Enemy joined in, and the public cheered its enemy's defeat.")
    assert not _group(text, "Doctors Without Borders")
    assert not _group(text, "Friends of the Earth")
    assert not _group(text, "Public Enemy")
    text = "Red Sox fans saw red. General Motors makes motors in general."
    assert not _group(text, "Red Sox")
    assert not _group(text, "General Motors")


def test_a_phrase_with_a_lower_case_word_or_a_possessive_stays() -> None:
    text = ("Assembly Members' Association met. The assembly and its members agreed.")
    assert not _group(text, "Assembly Members' Association")
    text = "Arctic Monkeys played while monkeys in the arctic slept."
    assert not _group(text, "Arctic Monkeys")


def test_a_phrase_holding_a_given_name_stays() -> None:
    text = "Sarah Members sang. The members of the choir and sarah, its cat, listened."
    assert not _group(text, "Sarah Members", "PER")


def test_a_body_head_closing_the_phrase_stays() -> None:
    text = ("Farm Workers Union met farm workers and the union's members.")
    assert not _group(text, "Farm Workers Union")


def test_an_address_or_handle_is_no_lower_case_writing() -> None:
    text = ("Harbour Members left the harbour early. See harbour.example/members for the list.")
    assert not _group(text, "Harbour Members")


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def test_linker_founds_no_entity_for_a_group_of_common_words(linker: Linker) -> None:
    text = ("The board thanked its members. Board Members will vote in May, and the members "
            "of the board said Tom Allard of Harbour Clinic would chair it.")
    out = linked(linker, text, [("Board Members", "ORG"), ("Tom Allard", "PER"),
                                ("Harbour Clinic", "ORG")])
    named = {m.text for m in out if m.entity_id}
    assert "Board Members" not in named
    assert {"Tom Allard", "Harbour Clinic"} <= named
