"""A closing double mark typed with no space before the next word (`…so long,”Maria Lopez said.`)
still closes the quotation when speech-ending punctuation stands before it and a capital after
it, so two quotations around a cue stay two and the cue finds its speaker. Near misses: a mark
inside a word (`“Black Lives”Matter`), after a letter, or before a small letter is unchanged.
Original sentences."""

from __future__ import annotations

from dragoman.quotes.marks import find_quoted
from tests.support.quoting import quotes_of


def _spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quoted(text)[0]]


def test_glued_curly_mark_after_a_comma_closes() -> None:
    text = "“I think we waited far too long,”Maria Lopez said. “We should have acted in spring.”"
    assert _spans(text) == ["I think we waited far too long,", "We should have acted in spring."]


def test_glued_straight_mark_after_a_comma_closes() -> None:
    text = '"It was always our plan,"Tom Becker said. "We had it ready in May."'
    assert _spans(text) == ["It was always our plan,", "We had it ready in May."]


def test_glued_mark_after_a_question_or_full_stop_closes() -> None:
    assert _spans("“Who pays for it?”Ann Wells asked. “Nobody knows.”") == [
        "Who pays for it?", "Nobody knows."]
    assert _spans("“The vote is over.”The mayor left. “We won.”") == ["The vote is over.", "We won."]


def test_glued_mark_gives_the_cue_its_speaker() -> None:
    text = ("The hearing ran late. “I think we waited far too long,”Maria Lopez said. "
            "“We should have acted in spring.”")
    found = [q for q in quotes_of(text, "en", people=("Maria Lopez",)) if q.direct]
    assert found and found[0].text.startswith("I think") and found[0].speaker_text == "Maria Lopez"


def test_mark_inside_a_word_is_no_closer() -> None:
    """A typo inside a word (a letter before the mark) keeps the old reading."""
    text = "“The banner read Black Lives”Matter all week, and the crowd stayed,” she said."
    assert _spans(text) == ["The banner read Black Lives”Matter all week, and the crowd stayed,"]


def test_glued_mark_before_a_small_letter_is_no_closer() -> None:
    text = "“We stayed,”and then “we left,” he said."
    assert _spans(text) == ["We stayed,”and then “we left,"]


def test_single_mark_glued_after_a_comma_is_unchanged() -> None:
    """Only double marks: an apostrophe-like single mark glued to a capital keeps its reading."""
    text = "“They said ‘fine,’Tom said, ‘and go,’ then,” Ann Lee said."
    assert _spans(text) == ["They said ‘fine,’Tom said, ‘and go,’ then,"]


def test_inch_sign_after_a_digit_is_unchanged() -> None:
    text = "“The screen is 12\"Wide and bright,” the seller said."
    assert _spans(text) == ["The screen is 12\"Wide and bright,"]
