"""Review of the pronoun-floor rules: where they must stay silent (original texts)."""

from __future__ import annotations

import dragoman
from dragoman.model import Quote


def _quote(text: str, part: str) -> Quote:
    return next(q for q in dragoman.analyze(text, lang="en").quotes if part in q.text)


def _speaker(q: Quote) -> str:
    return f"{q.speaker_text or ''} | {q.speaker_name or ''}"


def test_writer_clause_after_reported_clause_keeps_its_speaker() -> None:
    for tail in ("a claim Mark Crane denied", "which Mark Crane denied",
                 "though Mark Crane argued the opposite"):
        q = _quote(f"Dean Fowler said that the vote was rigged, {tail}. “The count was clean,” "
                   "he said.", "The count was clean")
        assert "Crane" in _speaker(q)


def test_reported_question_is_not_put_now() -> None:
    q = _quote("Jim Miles said he asked Tom Becker whether he would help. “He never called "
               "back,” he said.", "He never called")
    assert "Miles" in _speaker(q)


def test_question_left_unanswered_gives_the_asked_person_nothing() -> None:
    q = _quote("Jim Miles asked Tom Becker whether he would resign, but Becker walked away. "
               "“That tells you everything,” he said.", "That tells you")
    assert "Miles" in _speaker(q)
    q = _quote("Jim Miles asked Tom Becker whether he would resign. Becker did not answer. "
               "Miles turned to the crowd. “We will keep asking,” he said.", "We will keep")
    assert "Miles" in _speaker(q)


def test_answer_after_a_pronoun_sentence_is_the_asked_persons() -> None:
    q = _quote("Jim Miles asked Tom Becker whether he would resign. He shook his head. "
               "“Not today,” he said.", "Not today")
    assert "Becker" in _speaker(q)


def test_person_noun_after_a_thing_noun_is_a_person() -> None:
    q = _quote("The letter carrier said the dog was shaking on the porch. “He was terrified,” "
               "she added.", "He was terrified")
    assert "carrier" in _speaker(q)
    q = _quote("The magazine editor said the cover was a mistake. “It was a lapse in judgment,” "
               "she added.", "lapse in judgment")
    assert "editor" in _speaker(q)


def test_capitalised_quantifier_opens_a_group_not_he() -> None:
    for group in ("Many residents", "Several jurors", "Few parishioners", "Dozens of residents"):
        q = _quote(f"Mayor Tim Ross spoke on Monday. {group} said the noise was unbearable. "
                   "“We hear them,” he said.", "We hear them")
        assert "Ross" in _speaker(q)


def test_body_noun_is_not_she_but_its_spokesman_is_a_person() -> None:
    q = _quote("Dina Marks resigned on Monday. The board said it accepted her resignation. "
               "“It was time to go,” she said.", "It was time")
    assert "Marks" in _speaker(q)
    q = _quote("The family spokesman said the funeral would be private. “We ask for patience,” "
               "he added.", "We ask for")
    assert "spokesman" in _speaker(q)
