"""French quotations of issue 16 (fr_quotes): an incise inside the quotation ("« …, poursuit-il,
… »"), an opinion opener ("Pour l'économiste X, « … »"), an organisation noun with adjectives
after it, reflexive cues.
Original sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.support.quoting import quotes_of

_LEAD = "Yvonne Castel a reçu les parents d'élèves jeudi. "


@pytest.mark.parametrize("quotation", [
    "« Cette cantine, poursuit-elle, sert quatre cents repas par jour. »",
    "« Cette cantine, a-t-elle ajouté, sert quatre cents repas par jour. »",
    "« Les menus sont prêts, explique-t-elle. Il manque des bras. »",
])
def test_an_incise_names_the_speaker_through_its_pronoun(quotation: str) -> None:
    found = quotes_of(_LEAD + quotation, "fr", people=("Yvonne Castel",))
    assert [(q.direct, q.speaker_text) for q in found] == [(True, "Yvonne Castel")]


def test_an_incise_with_a_name_gives_that_name() -> None:
    text = _LEAD + "« Les menus, précise Hugo Lemaire, changent chaque semaine. »"
    found = quotes_of(text, "fr", people=("Yvonne Castel", "Hugo Lemaire"))
    assert [q.speaker_text for q in found] == ["Hugo Lemaire"]


@pytest.mark.parametrize("quotation", [
    "« La cantine, dit-on, ferme. »",          # "on": no one named
    "« La cantine, il le sait, ferme. »",      # no speech verb after the comma
    "« La cantine ferme », a-t-on appris.",
])
def test_no_incise_without_a_person(quotation: str) -> None:
    found = quotes_of(_LEAD + quotation, "fr", people=("Yvonne Castel",))
    assert all(q.speaker_text != "Yvonne Castel" or q.cue for q in found)
    assert not any(q.cue == "dit" for q in found)


@pytest.mark.parametrize(("text", "person"), [
    ("Pour le sociologue Rémi Aubry, « les quartiers ont été oubliés ».", "Rémi Aubry"),
    ("Pour Rémi Aubry, sociologue à Lille, « les quartiers ont été oubliés ».", "Rémi Aubry"),
    ("Pour la sociologue, Inès Roy, le constat est sévère : « les quartiers ont été oubliés ».",
     "Inès Roy"),
])
def test_an_opinion_opener_names_the_speaker(text: str, person: str) -> None:
    found = quotes_of(text, "fr", people=(person,))
    assert [(q.direct, q.speaker_text) for q in found] == [(True, person)]


@pytest.mark.parametrize("text", [
    "Pour Rémi Aubry, il s'agit d'une « trahison ».",  # a word quoted in the writer's clause
    "Pour Pâques, « La Flûte enchantée » sera jouée à Rouen.",  # no person
])
def test_no_opinion_speaker_inside_the_writers_clause(text: str) -> None:
    people = ("Rémi Aubry",) if "Rémi" in text else ()
    assert quotes_of(text, "fr", people=people) == []


def test_an_organisation_noun_with_adjectives_after_it_stands_for_the_company() -> None:
    text = ("La compagnie Air Vendée a annulé ses vols. « Les avions restent au sol », a précisé "
            "la compagnie aérienne régionale.")
    found = quotes_of(text, "fr", others=(("Air Vendée", "ORG"),))
    assert [q.speaker_text for q in found] == ["Air Vendée"]


def test_a_role_after_an_organisation_noun_is_no_organisation() -> None:
    text = ("The company Acme Corp cut jobs. “We had no choice,” said the company spokesman.")
    found = quotes_of(text, "en", others=(("Acme Corp", "ORG"),))
    assert [q.speaker_text for q in found] != ["Acme Corp"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Nous avons tenu », s'est félicitée Yvonne Castel.", "Yvonne Castel"),
    ("« Assez de promesses », s’emporte Yvonne Castel.", "Yvonne Castel"),
    ("Yvonne Castel s'étonne que personne n'ait prévenu les familles.", "Yvonne Castel"),
])
def test_reflexive_cues(text: str, speaker: str) -> None:
    assert [q.speaker_text for q in quotes_of(text, "fr", people=("Yvonne Castel",))] == [speaker]


@pytest.mark.parametrize("text", [
    "Yvonne Castel s'est félicitée de la réouverture de la cantine.",
    "Yvonne Castel s'emporte contre les élus.",
])
def test_reflexive_cues_take_no_noun_as_content(text: str) -> None:
    assert quotes_of(text, "fr", people=("Yvonne Castel",)) == []


@pytest.mark.parametrize(("text", "person"), [
    # a title the sentence goes on about: the quotation does not close the sentence
    ("Pour Noémie Vial, « La Peste » reste le roman de sa jeunesse.", "Noémie Vial"),
    # the person after a link word or a preposition is no one's view
    ("Pour le jugement de Rémi Aubry, « la cour » a siégé toute la nuit.", "Rémi Aubry"),
    ("Pour succéder à Rémi Aubry, « il faudra du courage ».", "Rémi Aubry"),
    # the person opens a clause that goes on ("Laurent Voulzy a choisi …")
    ("Pour son disque, Rémi Aubry a gardé un seul titre, « Les Dunes ».", "Rémi Aubry"),
])
def test_an_opinion_opener_names_no_one_outside_its_phrase(text: str, person: str) -> None:
    # (review of fr_quotes, original sentences)
    found = quotes_of(text, "fr", people=(person,))
    assert all(q.speaker_text != person for q in found)


def test_an_opinion_opener_after_a_role_with_a_link_still_speaks() -> None:
    text = "Pour la présidente du club Inès Roy, « la saison est sauvée »."
    found = quotes_of(text, "fr", people=("Inès Roy",))
    assert [(q.direct, q.speaker_text) for q in found] == [(True, "Inès Roy")]
