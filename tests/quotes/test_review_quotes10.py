"""Narrowings from the review of the speaker-text check and the new cue forms (tenth
session): original sentences."""

from __future__ import annotations

import pytest

import dragoman


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip(" ,"), q.speaker_text) for q in dragoman.analyze(text, language).quotes]


@pytest.mark.parametrize(("text", "language", "speaker"), [
    ("“I did not do it,” the accused told the court.", "en", "the accused"),
    ("“We were never paid,” the fired employee said on Friday.", "en", "the fired employee"),
    ("El director de esta institución afirmó que el edificio es seguro.", "es",
     "El director de esta institución"),
    ("Per Mertesacker sagte, die Mannschaft sei bereit.", "de", "Mertesacker"),
])
def test_a_verb_shaped_modifier_or_a_name_word_keeps_the_speaker(text: str, language: str,
                                                                  speaker: str) -> None:
    assert [s for _, s in _quotes(text, language)] == [speaker]


def test_an_object_inside_a_separable_verb_is_no_speaker() -> None:
    found = _quotes("Die Polizei hielt den Mann fest, sagte ein Zeuge.", "de")
    assert ("Die Polizei hielt den Mann fest", "Zeuge") in found
    assert all(speaker != "Mann" for _, speaker in found)


@pytest.mark.parametrize(("text", "language"), [
    ("Die Ministerin kündigte am Montag neue Hilfen an, die im Mai ausgezahlt werden.", "de"),
    ("El presidente bromeó con la prensa, que le preguntó por su salud.", "es"),
    ("Il ministro ha scherzato con i giornalisti, che lo aspettavano all'uscita.", "it"),
])
def test_a_relative_clause_after_the_cues_object_is_no_statement(text: str, language: str) -> None:
    assert _quotes(text, language) == []


def test_a_separable_cue_before_its_content_still_reports() -> None:
    text = ("Die Ministerin kündigte am Montag in Bonn an, die Hilfen würden im Mai ausgezahlt.")
    assert _quotes(text, "de") == [("die Hilfen würden im Mai ausgezahlt", "Ministerin")]
