"""Review fixes of the English inverted and reduced subjects (``quotes.invertedverb``,
``quotes.reducedsubject``, ``quotes.unlisted.person_at``). Original sentences.

- A quotation inside its sentence ("Her motto, “…,” guided Maya Holt.") is an appositive of
  the subject: the name after the verb is its object, not a speaker.
- Past forms that credit a work ("starred", "directed", …) are never cues: the quotation
  before them is a title.
- "read the title" / "reads the subtitle" name a work, not a text that speaks.
- A reduced subject ("the student arrested Friday") that a word before it modifies ("The
  mother of the student arrested Friday said") is not the subject.
"""

from __future__ import annotations

import pytest

from tests.support.quoting import quotes_of

_PEOPLE = ("Maya Holt", "Derek Vance", "Lina Ortiz", "Owen Price", "Julia Marsh", "Sofia Lind",
           "Nora Vance", "Leon Carter", "Anna Berg", "Jules Marin")


def _direct(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    people = tuple(p for p in _PEOPLE if p in text)
    return [(q.text, q.speaker_text) for q in quotes_of(text, lang, people=people) if q.direct]


@pytest.mark.parametrize("text", [
    "Her favourite motto, “never trust a quiet river,” guided Maya Holt.",
    "The old proverb, “measure twice and cut once,” annoyed Derek Vance.",
    "Their slogan, “clean water for all our towns,” attracted Lina Ortiz.",
    "Her answer, “I have no idea what happened,” stunned Owen Price, a juror.",
])
def test_quotation_inside_its_sentence_has_no_inverted_speaker(text: str) -> None:
    assert all(sp is None or sp not in _PEOPLE for _, sp in _direct(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We rebuilt the barn with our own hands,” remembered Maya Holt.", "Maya Holt"),
    ("The storm passed at noon. “We lost the whole harvest that night,” remembered Owen Price.",
     "Owen Price"),
    ("The vote was close. “Nobody slept for three days,” recounted Lina Ortiz, a clerk.",
     "Lina Ortiz"),
    ("Nobody moved.\n“It was the coldest winter of my life,” reminisced Derek Vance.",
     "Derek Vance"),
])
def test_quotation_opening_its_sentence_keeps_its_inverted_speaker(text: str,
                                                                   speaker: str) -> None:
    assert _direct(text)[-1][1] == speaker


@pytest.mark.parametrize("text", [
    "“The house on the hill by the sea,” starred Julia Marsh.",
    "“Night train to the northern coast,” directed Sofia Lind.",
    "“Letters to my only daughter,” recorded Nora Vance (her debut).",
    "“A night of jazz and blues,” hosted Leon Carter.",
    "“Songs for the long road ahead,” featured Maya Holt, then unknown.",
])
def test_credit_verb_after_a_title_is_no_cue(text: str) -> None:
    assert all(sp is None or sp not in _PEOPLE for _, sp in _direct(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We need more doctors right now,” demanded Julia Marsh.", "Julia Marsh"),
    ("“I trusted them with everything I had,” confessed Sofia Lind.", "Sofia Lind"),
    ("“The factory kept our whole street alive,” remembered Nora Vance.", "Nora Vance"),
])
def test_other_past_forms_stay_cues(text: str, speaker: str) -> None:
    assert _direct(text)[-1][1] == speaker


@pytest.mark.parametrize("text", [
    "Maya Holt spoke. “A winter without any end,” reads the title of his memoir.",
    "Maya Holt spoke. “Notes from a small island town,” read the title.",
    "Maya Holt spoke. “How we lost the war at home,” reads the subtitle of the book.",
])
def test_title_is_no_document_source(text: str) -> None:
    assert all(sp is None or "title" not in sp for _, sp in _direct(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Maya Holt spoke. “No parking here at any time,” reads the sign outside the school.",
     "the sign outside the school"),
    ("Maya Holt spoke. “Mayor quits after a long row,” read the headline.", "the headline"),
    ("Maya Holt spoke. “Closed for repairs until May,” read a notice on the door.",
     "a notice on the door"),
])
def test_display_texts_stay_sources(text: str, speaker: str) -> None:
    assert _direct(text)[-1][1] == speaker


@pytest.mark.parametrize("text", [
    "The mother of the student arrested Friday said: “My son is innocent of it.”",
    "The lawyer of the activist detained on Sunday said: “He was beaten in custody.”",
    "A lawyer for the family of the officer killed Tuesday said: “We want answers now.”",
    "“We will keep fighting for him,” the sister of the man shot Monday said.",
])
def test_modified_reduced_subject_is_not_the_speaker(text: str) -> None:
    assert all(sp is None or not sp.lower().startswith("the ") for _, sp in _direct(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("The report released Friday said: “The river is badly polluted.”",
     "The report released Friday"),
    ("“We acted within the law,” the ruling issued Monday said.", "the ruling issued Monday"),
    ("But the report released Friday said: “Nothing at all was found.”",
     "the report released Friday"),
])
def test_reduced_subject_opening_its_clause_is_kept(text: str, speaker: str) -> None:
    assert _direct(text)[-1][1] == speaker
