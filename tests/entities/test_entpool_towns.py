"""Gazetteer towns that are no town on the page (issue 14, the analyst pool read at ranks
51-250): a German noun behind its determiner ("das Leiden der Betroffenen" linked to Leiden, "an
der Mosel" to Mosul, "mit dem Van" to Van), and the surname of the page's person ("Warren" after
"Elizabeth Warren" linked to Warren, Michigan). Original sentences; near misses keep their links:
a town after a preposition or a postcode, countries with an article, English text, a name with
no given name first."""

from __future__ import annotations

import pytest

from dragoman.entities.kb import KnowledgeBase, load_kb, name_key
from dragoman.entities.placecheck import towns_read_as_nouns
from dragoman.entities.townpeople import towns_named_for_people
from dragoman.model import Mention


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def town(kb: KnowledgeBase, name: str) -> str:
    ids = [i for i in kb.by_key.get(name_key(name), ()) if kb.entities[i].population > 0]
    assert ids, name
    return ids[0]


def linked(kb: KnowledgeBase, text: str, word: str, entity_id: str, language: str = "de") -> str | None:
    start = text.index(word)
    mention = Mention(start, start + len(word), word, "LOC", entity_id, 0.9, "kb-name")
    towns_read_as_nouns(kb, text, [mention], language)
    return mention.entity_id


def test_a_town_name_behind_a_determiner_is_the_noun(kb: KnowledgeBase) -> None:
    leiden = town(kb, "Leiden")
    assert linked(kb, "Die Therapie lindert das Leiden vieler Kranker.", "Leiden", leiden) is None
    assert linked(kb, "Seit Jahren wächst im Leiden der Familie die Wut.", "Leiden", leiden) is None
    van = town(kb, "Van")
    assert linked(kb, "Im Sommer fuhren wir mit dem Van an die Küste.", "Van", van) is None


def test_a_town_after_a_preposition_or_a_postcode_keeps_its_link(kb: KnowledgeBase) -> None:
    leiden = town(kb, "Leiden")
    assert linked(kb, "Die Tagung findet in Leiden statt.", "Leiden", leiden) == leiden
    assert linked(kb, "Leiden hat eine alte Universität.", "Leiden", leiden) == leiden
    kassel = town(kb, "Kassel")
    assert linked(kb, "Anmeldung: Ringstraße 4, 34117 Kassel, bis Freitag.", "Kassel", kassel) == kassel


def test_countries_and_english_text_are_left_alone(kb: KnowledgeBase) -> None:
    swiss = "country-CH"
    assert linked(kb, "Er wanderte durch die Schweiz nach Süden.", "Schweiz", swiss) == swiss
    leiden = town(kb, "Leiden")
    assert linked(kb, "She studied in the Leiden of the 1990s.", "Leiden", leiden, "en") == leiden


# -- a town named like a person of the page (townpeople.py) -----------------------------------
def people_page(kb: KnowledgeBase, text: str, person: str, word: str, language: str = "en") -> Mention:
    """The page's person written in full (entity "x-person") and the last ``word`` linked to
    the gazetteer town of that name, through ``settle_places``'s town checks."""
    start = text.index(person)
    full = Mention(start, start + len(person), person, "PER", "x-person", 0.9, "new")
    at = text.rindex(word)
    alone = Mention(at, at + len(word), word, "LOC", town(kb, word), 0.9, "kb-name")
    towns_named_for_people(kb, text, [full, alone], language)
    return alone


def test_a_town_word_that_is_the_surname_of_the_pages_person_is_that_person(kb: KnowledgeBase) -> None:
    alone = people_page(kb, "Senator Elizabeth Warren spoke first. The plan, as Warren put it, is "
                            "simple.", "Elizabeth Warren", "Warren")
    assert (alone.entity_id, alone.label, alone.reason) == ("x-person", "PER", "article-surname")
    german = people_page(kb, "Die Senatorin Elizabeth Warren hielt eine Rede. Bei Warren fehlt ein "
                             "Konzept.", "Elizabeth Warren", "Warren", "de")
    assert german.entity_id == "x-person"


def test_the_town_after_a_locative_preposition_or_without_a_given_name_stays(kb: KnowledgeBase) -> None:
    placed = people_page(kb, "Mary Austin grew up in Ohio. She now teaches in Austin.", "Mary Austin",
                         "Austin")
    assert placed.entity_id != "x-person" and placed.label == "LOC"
    german = people_page(kb, "Mary Austin wuchs in Ohio auf. Heute lebt sie in Austin.", "Mary Austin",
                         "Austin", "de")
    assert german.entity_id != "x-person"
    region = people_page(kb, "Mary Austin called the police. Austin, Texas, has a new chief.",
                         "Mary Austin", "Austin")
    assert region.entity_id != "x-person"
    no_given = people_page(kb, "Greater Boston had snow overnight. Boston schools stayed shut.",
                           "Greater Boston", "Boston")
    assert no_given.entity_id != "x-person"
