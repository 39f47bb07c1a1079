"""A "who" clause after an appositive is the appositive's person's; capitalised quantifiers
open a group, never "he" or "she" (original texts)."""

from __future__ import annotations

import dragoman
from dragoman.model import Quote


def _quote(text: str, part: str) -> Quote:
    return next(q for q in dragoman.analyze(text, lang="en").quotes if part in q.text)


def _speaker(q: Quote) -> str:
    return f"{q.speaker_text or ''} | {q.speaker_name or ''}"


def test_who_clause_after_an_appositive_belongs_to_the_person_described() -> None:
    for text in ("“No comment,” Ed Voss told Jim Miles, a reporter who said the office was closed.",
                 "Ed Voss met Jim Miles, a nurse who said the office was closed.",
                 "“Wait,” Ed Voss told Jim Miles, the new treasurer who has said the office was closed."):
        q = _quote(text, "the office was closed")
        assert "Miles" in _speaker(q) and "Voss" not in _speaker(q)


def test_who_clause_of_the_speaker_stays_the_speakers() -> None:
    q = _quote("“We lost,” said Ed Voss, a farmer who later added that the rain never came.",
               "the rain never came")
    assert "Voss" in _speaker(q)
    q = _quote("“It is late,” said Ed Voss, a nurse, who said the ward was full.", "ward was full")
    assert "Voss" in _speaker(q)


def test_who_clause_right_after_the_addressee_stays_the_addressees() -> None:
    q = _quote("“It is over,” Tom Hale told Maria Ortiz, who said she would resign.",
               "she would resign")
    assert "Ortiz" in _speaker(q)


def test_capitalised_plural_quantifier_is_not_he_or_she() -> None:
    for group in ("Other officials", "Various experts", "Numerous residents", "All three",
                  "All 12"):
        q = _quote(f"Mayor Tim Ross spoke on Monday. {group} said the noise was unbearable. "
                   "“We hear them,” he said.", "We hear them")
        assert "Ross" in _speaker(q), group


def test_singular_quantifier_and_names_may_still_be_he() -> None:
    for subject in ("One official", "Another official", "Allen Booth", "Otto Bothe"):
        q = _quote(f"Mayor Tim Ross spoke on Monday. {subject} said the noise was unbearable. "
                   "“We hear them,” he said.", "We hear them")
        assert subject in _speaker(q), subject


def test_who_clause_after_a_prepositional_appositive_is_not_the_named_persons() -> None:
    # (review) "the father of twins who": the clause is the twins', not Lee's
    for text, part in (
            ("“Stay calm,” Tom Hale told Ann Lee, the father of twins who said they saw a bear.",
             "saw a bear"),
            ("Tom Hale met Ann Lee, an aide to senators who said the bill was dead.", "was dead")):
        quotes = [q for q in dragoman.analyze(text, lang="en").quotes if part in q.text]
        assert all("Lee" not in _speaker(q) for q in quotes), text


def test_quantifiers_counting_one_person_may_still_be_he() -> None:
    # (review) "Another one", "Each one", "One other": one speaker, not a counted group
    for subject in ("Another one", "Each one", "One other"):
        q = _quote(f"Mayor Tim Ross spoke on Monday. {subject} said the noise was unbearable. "
                   "“We hear them,” he said.", "We hear them")
        assert subject in _speaker(q), subject
