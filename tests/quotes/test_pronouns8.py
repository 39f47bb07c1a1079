"""What a subject pronoun refers to (issue 16): never the agent or source of an introductory
phrase ("Interrogé par France Info, il a dit"), even when the entities stage tags the outlet as
a person, and never a name of the other gender ("Paul Morel …. Elle a déclaré"). Original
sentences written for this test."""

from __future__ import annotations

import pytest

from tests.support.quoting import quotes_of


@pytest.mark.parametrize(("text", "lang", "people", "want"), [
    ("Julien Perrin a quitté le parti. Interrogé par France Info, il a dit : « Il faut "
     "attendre. »", "fr", ("Julien Perrin", "France Info"), "Julien Perrin"),
    ("Karine Lemoine a démissionné. Contactée par Radio Nord, elle a confirmé qu'elle "
     "quittait la ville.", "fr", ("Karine Lemoine", "Radio Nord"), "Karine Lemoine"),
    ("Carmen López volvió a Sevilla. Entrevistada por El Faro, ella dijo que el proyecto se "
     "abandonará.", "es", ("Carmen López", "El Faro"), "Carmen López"),
    ("Klaus Becker verließ die Partei. Befragt von der Rundschau, sagte er, die Führung habe "
     "ihn verraten.", "de", ("Klaus Becker", "Rundschau"), "Klaus Becker"),
])
def test_the_agent_of_an_introductory_phrase_is_no_antecedent(
        text: str, lang: str, people: tuple[str, ...], want: str) -> None:
    assert [q.speaker_text for q in quotes_of(text, lang, people=people)] == [want]


def test_an_agent_alone_leaves_the_pronoun_unresolved() -> None:
    text = "Interrogé par France Info, il a dit : « Il faut attendre. »"
    found = quotes_of(text, "fr", people=("France Info",))
    assert all(q.speaker_text != "France Info" for q in found)


@pytest.mark.parametrize(("text", "lang", "people"), [
    ("Paul Morel est rentré mardi. Elle a déclaré que la mairie n'avait rien fait.", "fr",
     ("Paul Morel",)),
    ("Michel Durand habite Lille. Elle a raconté que son fils était parti.", "fr",
     ("Michel Durand",)),
    ("Paolo Rossi è tornato a Roma. Lei ha dichiarato che il comune non ha fatto nulla.", "it",
     ("Paolo Rossi",)),
    ("Pedro Santos voltou na terça. Ela afirmou que a prefeitura não fez nada.", "pt",
     ("Pedro Santos",)),
])
def test_a_name_of_the_other_gender_is_no_antecedent(
        text: str, lang: str, people: tuple[str, ...]) -> None:
    assert [q.speaker_text for q in quotes_of(text, lang, people=people)
            if q.speaker_text is not None] == []


def test_the_nearest_name_of_the_right_gender_is_taken() -> None:
    text = ("Hélène Carpentier a présenté le budget. Jean-Luc Bernard est arrivé ensuite. "
            "Elle a assuré que les impôts n'augmenteraient pas.")
    found = quotes_of(text, "fr", people=("Hélène Carpentier", "Jean-Luc Bernard"))
    assert [q.speaker_text for q in found] == ["Hélène Carpentier"]


def test_a_name_of_the_right_gender_still_resolves() -> None:
    text = "Claire Dubois a visité l'usine mardi. Elle a déclaré que les salariés méritaient mieux."
    found = quotes_of(text, "fr", people=("Claire Dubois",))
    assert [q.speaker_text for q in found] == ["Claire Dubois"]


@pytest.mark.parametrize(("text", "people", "want"), [
    ("Thomas Girard a rencontré Claire Dubois à Paris. Elle a expliqué que l'entretien avait "
     "été franc.", ("Thomas Girard", "Claire Dubois"), "Claire Dubois"),
    ("Marie Lefèvre et Antoine Roux ont signé l'accord. Il a estimé que la négociation avait "
     "été longue.", ("Marie Lefèvre", "Antoine Roux"), "Antoine Roux"),
])
def test_with_no_subject_of_its_gender_the_pronoun_takes_the_nearest_such_person(
        text: str, people: tuple[str, ...], want: str) -> None:
    assert [q.speaker_text for q in quotes_of(text, "fr", people=people)] == [want]


@pytest.mark.parametrize(("text", "people", "want"), [
    ("Selon Paul Morel, la situation est grave. Il a ajouté que les secours étaient débordés.",
     ("Paul Morel",), "Paul Morel"),
    ("Marc Leroy a été reçu par Isabelle Petit. Elle a affirmé que la rencontre était utile.",
     ("Marc Leroy", "Isabelle Petit"), "Isabelle Petit"),
])
def test_a_source_or_agent_of_an_earlier_sentence_may_be_the_antecedent(
        text: str, people: tuple[str, ...], want: str) -> None:
    assert [q.speaker_text for q in quotes_of(text, "fr", people=people)][-1] == want
