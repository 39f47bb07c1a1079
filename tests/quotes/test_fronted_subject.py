"""German verb-second sentences: a fronted phrase before the cue is no speaker; the subject
follows the cue (original sentences)."""

import pytest

from dragoman import analyze


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in analyze(text, lang="de").quotes]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Nach dem Rennen sagte Trainerin Vera Lindqvist, ihr Team habe alles gegeben.",
     "ihr Team habe alles gegeben", "Vera Lindqvist"),
    ("Am Donnerstag erklärte die Staatssekretärin, die Förderung werde verlängert.",
     "die Förderung werde verlängert", "Staatssekretärin"),
    ("In Hannover sagte Bürgermeister Jens Albrecht, der Neubau sei zu teuer.",
     "der Neubau sei zu teuer", "Jens Albrecht"),
    ("Im Gespräch mit dem Sender betonte die Forscherin Ida Wendt, das Moor trockne aus.",
     "das Moor trockne aus", "Ida Wendt"),
    ("Im Landtag sagte Jens Albrecht am Freitag der Zeitung, der Neubau sei zu teuer.",
     "der Neubau sei zu teuer", "Jens Albrecht"),
])
def test_subject_after_a_fronted_phrase(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _said(text)


def test_a_pronoun_after_a_fronted_adverb_refers_back() -> None:
    said = _said("Ida Wendt leitet die Studie. Danach sagte sie, das Moor trockne weiter aus.")
    assert ("das Moor trockne weiter aus", "Ida Wendt") in said


def test_the_fronted_place_is_no_speaker() -> None:
    assert all(speaker != "Hannover" for _, speaker in
               _said("In Hannover sagte Jens Albrecht, der Neubau sei zu teuer."))


def test_no_clause_after_the_subject() -> None:
    # "verrät X, wie …": a question word; "plädierte X auf …, während …": no clause set off
    assert _said("Im Interview verrät Ida Wendt, wie sie das Moor vermisst.") == []
    assert _said("Vor Gericht plädierte Jens Albrecht auf unschuldig, während sein Anwalt schwieg.") == []


def test_a_subordinate_clause_is_not_a_fronted_phrase() -> None:
    # the subject stands before the verb in a clause opened by "weil"
    said = _said("Weil der Bürgermeister in Hannover sagte, der Neubau sei zu teuer, stoppte der Rat ihn.")
    assert all(speaker != "Hannover" for _, speaker in said)
