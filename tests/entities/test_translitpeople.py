"""KB people written in a German transliteration reach the KB person (issue 14)."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.entities.kb import loaded_kb
from dragoman.entities.translitpeople import FoldedPeople, folded_key, language_folds

GERMAN = language_folds("de")


def _people(text: str) -> set[str]:
    article = dragoman.analyze(text)
    return {m.entity_id for m in article.mentions if m.label == "PER" and m.entity_id}


def test_german_folds_reach_the_english_key() -> None:
    assert folded_key("Wolodymyr Selenskyj", GERMAN) == folded_key("Volodymyr Zelensky")
    assert folded_key("Jewgeni Prigoschin", GERMAN) == folded_key("Yevgeny Prigozhin")
    assert folded_key("Abbas Araghtschi", GERMAN) == folded_key("Abbas Araghchi")
    assert folded_key("Nadschib Mikati", GERMAN) == folded_key("Najib Mikati")


def test_no_folds_without_a_pack_field() -> None:
    people = FoldedPeople(loaded_kb())
    assert people.find("Sergej Lawrow", language_folds("en")) is None
    assert people.find("Sergej Lawrow", GERMAN) == "sergei-lavrov"


def test_a_surname_alone_is_not_looked_up() -> None:
    assert FoldedPeople(loaded_kb()).find("Lawrow", GERMAN) is None


def test_no_two_kb_people_share_a_folded_key() -> None:
    assert FoldedPeople(loaded_kb()).collisions == []


@pytest.mark.parametrize(("text", "person"), [
    ("Am Montag empfing Wladimir Putin den Gast im Kreml.", "vladimir-putin"),
    ("Nach dem Treffen äußerte sich Sergej Lawrow nur knapp.", "sergei-lavrov"),
    ("Die Witwe erinnerte an Alexej Nawalny und seine Arbeit.", "alexei-navalny"),
    ("In Kiew sprach Wolodymyr Selenskyj vor dem Parlament.", "volodymyr-zelensky"),
    ("Später meldete sich Ali Chamenei mit einer Erklärung.", "ali-khamenei"),
])
def test_german_spellings_link_the_kb_person(text: str, person: str) -> None:
    assert person in _people(text)


@pytest.mark.parametrize("text", [
    "Am Montag sprach Wladimir Klitschko in Hamburg vor Schülern.",
    "Ljudmila Putina lebt seit Jahren zurückgezogen.",
    "Der Sänger Oleg Lawrow trat in Leipzig auf.",
    "Am Abend traf Alexander Medwedew seine Kollegen.",
    "Jürgen Klopp sprach über die neue Saison.",
])
def test_other_people_keep_their_own_identity(text: str) -> None:
    assert not {i for i in _people(text) if not i.startswith("x-")}


@pytest.mark.parametrize("name", ["Wang Ji", "Elisabeth I.", "Charles II.", "Abdullah I.",
                                  "Mohammed VII."])
def test_a_short_word_spelled_otherwise_is_another_person(name: str) -> None:
    # one letter tells a pinyin syllable or a regnal number apart (review of issue 14)
    assert FoldedPeople(loaded_kb()).find(name, GERMAN) is None


def test_a_short_word_spelled_alike_still_matches() -> None:
    people = FoldedPeople(loaded_kb())
    assert people.find("George W. Bush", GERMAN) == "george-w-bush"
    assert people.find("Wang Yi", GERMAN) == "wang-yi"
