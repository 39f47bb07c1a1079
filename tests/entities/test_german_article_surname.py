"""A German noun behind its article is never a person's bare surname (linking's surname scan
and its one-word mentions): "Karin Fischer … die Fischer im Hafen" keeps the fishermen apart,
while "Fischer sagte" is still Karin Fischer. Original sentences, invented people."""

from __future__ import annotations

import dragoman


def _linked(text: str, word: str) -> list[str | None]:
    doc = dragoman.analyze(text, lang="de")
    return [m.entity_id for m in doc.mentions if m.text == word]


def test_noun_behind_its_article_joins_no_person() -> None:
    text = ("Die Bürgermeisterin Karin Fischer eröffnete am Montag den neuen Kai. "
            "Die Fischer im Hafen hatten lange auf den Umbau gewartet.")
    person = [m.entity_id for m in dragoman.analyze(text, lang="de").mentions
              if m.text == "Karin Fischer"]
    assert person and person[0] is not None
    assert person[0] not in _linked(text, "Fischer")


def test_bare_surname_without_article_still_joins() -> None:
    text = ("Die Bürgermeisterin Karin Fischer eröffnete am Montag den neuen Kai. "
            "Fischer sagte, der Umbau habe zwei Jahre gedauert.")
    doc = dragoman.analyze(text, lang="de")
    full = next(m.entity_id for m in doc.mentions if m.text == "Karin Fischer")
    assert full is not None and full in _linked(text, "Fischer")


def test_surname_behind_an_adjective_joins_the_person() -> None:
    # news write people as "die 61-jährige Fischer", "der erfahrene Koch"
    text = ("Die Bürgermeisterin Karin Fischer feierte am Montag ihren Geburtstag. "
            "Die 61-jährige Fischer will im Herbst noch einmal antreten.")
    doc = dragoman.analyze(text, lang="de")
    full = next(m.entity_id for m in doc.mentions if m.text == "Karin Fischer")
    assert full is not None and full in _linked(text, "Fischer")


def test_listed_noun_behind_an_adjective_is_still_no_surname() -> None:
    from dragoman.entities.germanlink import german_article_noun

    text = "Die neue Software erhält ein Update, die erfahrene Wolf nicht."
    assert german_article_noun(text, text.index("Software"), "de")
    assert not german_article_noun(text, text.index("Wolf"), "de")
    # right behind the article any word is a noun ("der Koch des Hotels")
    assert german_article_noun("Der Koch des Hotels kam.", 4, "de")


def test_candidates_and_members_of_parliament_are_roles() -> None:
    text = ("Der Spitzenkandidat Jonas Reimers sagte am Montag, die Partei werde gewinnen. "
            "Die Abgeordnete Lea Brandt kritisierte den Haushalt.")
    roles = {m.text: m.role for m in dragoman.analyze(text, lang="de").mentions}
    assert roles.get("Jonas Reimers") == "Spitzenkandidat"
    assert roles.get("Lea Brandt") == "Abgeordnete"
