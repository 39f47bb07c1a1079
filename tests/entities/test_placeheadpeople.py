"""A person whose surname is a place's head word, told from a street named after a given name
(entities/placeheadpeople.py, referentvote.vote). Original texts written for this test."""

from __future__ import annotations

from dragoman.entities.kb import token_key
from dragoman.entities.placeheadpeople import person_with_place_surname
from dragoman.entities.referentvote import Form, vote
from dragoman.language.rules import rules_for
from dragoman.model import Mention

EN = rules_for("en")


def _form(text: str, name: str, label: str = "LOC", *, speaks: bool = False, titled: bool = False,
          at: int = 0) -> Form:
    start = text.index(name, at)
    mention = Mention(start, start + len(name), name, label)  # type: ignore[arg-type]
    return Form(mention, [token_key(w) for w in name.split()], None, titled, speaks)


def test_surname_alone_elsewhere_is_a_persons_evidence() -> None:
    text = "Ben Street scored twice on Friday. Street said the side had earned it."
    forms = [_form(text, "Ben Street"), _form(text, "Street", "PER", at=20)]
    assert person_with_place_surname(forms, text, EN)


def test_speech_verb_beside_the_name_is_evidence() -> None:
    text = "Amy Bridge told the court she had not seen the letter."
    assert person_with_place_surname([_form(text, "Amy Bridge", speaks=True)], text, EN)


def test_title_ner_ran_into_the_name_is_evidence() -> None:
    text = "Mrs Tessa Lane was cleared by the jury in Exeter."
    assert person_with_place_surname([_form(text, "Mrs Tessa Lane")], text, EN)


def test_street_named_after_a_given_name_without_evidence_stays_a_place() -> None:
    text = "Roadworks on George Street will last until March."
    forms = [_form(text, "George Street")]
    assert not person_with_place_surname(forms, text, EN)
    assert vote(forms, None, True, text, EN) == "LOC"


def test_speech_verb_after_a_preposition_is_no_evidence() -> None:
    text = "Residents of Mary Road complained about the noise."
    assert not person_with_place_surname([_form(text, "Mary Road", speaks=True)], text, EN)


def test_name_before_an_auxiliary_is_what_was_said_of() -> None:
    text = "The council said Elizabeth Street would reopen in May."
    assert not person_with_place_surname([_form(text, "Elizabeth Street", speaks=True)], text, EN)


def test_no_given_name_in_front_is_left_alone() -> None:
    text = "Baker Street said nothing, but the shops did."
    assert not person_with_place_surname([_form(text, "Baker Street", speaks=True)], text, EN)


def test_vote_turns_to_a_person_with_evidence() -> None:
    text = "Ben Street told reporters the team was ready."
    assert vote([_form(text, "Ben Street", speaks=True)], None, True, text, EN) == "PER"


# Review (storms): a place name modifying the noun before the speaker's own name.
def test_place_modifying_the_speakers_noun_is_no_evidence() -> None:
    text = '"Nobody warned us," said Elizabeth Street trader Priya Nair, 41.'
    assert not person_with_place_surname([_form(text, "Elizabeth Street", speaks=True)], text, EN)


def test_speaker_before_a_conjunction_or_preposition_keeps_the_evidence() -> None:
    both = "The plan is dead, said Ben Street and Amy Hollis on Monday."
    assert person_with_place_surname([_form(both, "Ben Street", speaks=True)], both, EN)
    town = "The plan is dead, said Ben Street in Leeds."
    assert person_with_place_surname([_form(town, "Ben Street", speaks=True)], town, EN)
