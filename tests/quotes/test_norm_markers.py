"""An "according to" that means "in keeping with" (a rule, a plan, a law) reports nothing."""

from __future__ import annotations

import pytest

import dragoman


@pytest.mark.parametrize("text", [
    "The crew loaded the ferry according to the safety rules of the port.",
    "Everything at the depot went according to plan.",
    "The referendum was held according to the law.",
    "The cooks worked according to the old standards of the guild.",
    "Members are paid according to the contract.",
    "The elders were buried according to Orthodox tradition.",
    "The final was played according to UEFA rules.",
])
def test_an_according_to_of_a_norm_is_no_statement(text: str) -> None:
    assert dragoman.analyze(text, "en").quotes == []


def test_the_speech_verb_of_the_sentence_still_reports_it() -> None:
    quotes = dragoman.analyze("Everything went according to plan, the mayor said.", "en").quotes
    assert [(q.speaker_text, q.text) for q in quotes] == [
        ("the mayor", "Everything went according to plan")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Freight volumes fell, according to the port authority.", "port authority"),
    ("According to the harbour police, the ferry left late.", "the harbour police"),
    ("The ferry left late according to the harbour police.", "the harbour police"),
    ("The bill stalled according to the rules committee.", "the rules committee"),
])
def test_a_source_after_according_to_is_kept(text: str, speaker: str) -> None:
    quotes = dragoman.analyze(text, "en").quotes
    assert [q.speaker_text for q in quotes] == [speaker]


def test_a_plan_written_as_a_name_is_no_norm() -> None:
    quotes = dragoman.analyze("The harbour was rebuilt according to the Marshall Plan.", "en").quotes
    assert len(quotes) == 1  # a named plan stays a source, as before (no norm noun in lower case)
