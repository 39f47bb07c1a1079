"""A verb NER took for a name because a clitic pronoun follows it after a hyphen
(entities/cliticverbs.py); original sentences."""

from __future__ import annotations

import dragoman
from dragoman.entities.cliticverbs import without_clitic_verbs
from dragoman.model import EntityType, Mention


def _mention(text: str, surface: str, label: EntityType) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label)


def test_imperative_before_a_clitic_is_dropped() -> None:
    text = "Inscrivez-vous avant vendredi, rappelle Lucie Morel."
    mentions = [_mention(text, "Inscrivez", "LOC"), _mention(text, "Lucie Morel", "PER")]
    assert [m.text for m in without_clitic_verbs(text, mentions)] == ["Lucie Morel"]


def test_inverted_question_and_first_person_clitic() -> None:
    text = "Pouvez-vous confirmer ? Dites-moi tout, insiste Karim Benali."
    mentions = [_mention(text, "Pouvez", "PER"), _mention(text, "Dites", "LOC"),
                _mention(text, "Karim Benali", "PER")]
    assert [m.text for m in without_clitic_verbs(text, mentions)] == ["Karim Benali"]


def test_hyphenated_names_stay() -> None:
    text = "Saint-Nazaire, Boulogne-la-Grasse et Jean-Luc Morvan à Aix-en-Provence."
    mentions = [_mention(text, "Saint-Nazaire", "LOC"), _mention(text, "Boulogne", "LOC"),
                _mention(text, "Jean-Luc Morvan", "PER"), _mention(text, "Aix", "LOC")]
    assert without_clitic_verbs(text, mentions) == mentions


def test_analyze_drops_the_verb_and_keeps_the_names() -> None:
    text = "Abonnez-vous à notre lettre, propose le journal Ouest-France depuis Rennes."
    names = [m.text for m in dragoman.analyze(text, "fr").mentions]
    assert "Abonnez" not in names
    assert "Rennes" in names


def test_a_capitalised_pronoun_like_part_is_a_name() -> None:
    text = "La chanteuse Kim Sun-Moi a donné un concert à Séoul."
    start = text.index("Kim Sun")
    mentions = [Mention(start, start + 7, "Kim Sun", "PER")]
    assert without_clitic_verbs(text, mentions) == mentions


def test_an_imperative_in_capitals_is_dropped() -> None:
    text = "ABONNEZ-VOUS à notre lettre d'information."
    mentions = [Mention(0, 7, "ABONNEZ", "ORG")]
    assert without_clitic_verbs(text, mentions) == []
