"""A bare quantifier subject is shown as written and linked to no one (issue 16, en_quotes2):
"others said", "One, who asked not to be named, said", "“…,” said another"; with its
comma-closed relative clause only when that clause closes before the cue or ends the
sentence. Original sentences, positives and look-alikes per rule."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of

LEAD = "The hearing ran late into the evening, and the hall slowly emptied. "


def _speakers(text: str) -> list[str | None]:
    found: list[Quote] = quotes_of(LEAD + text, "en")
    assert all(q.speaker_id is None for q in found)  # never linked: no person is invented
    return [q.speaker_text for q in found]


# -- a quantifier alone --------------------------------------------------------------------

def test_quantifier_after_the_quotation_is_the_speaker() -> None:
    assert _speakers("“We were never told,” another said.") == ["another"]
    assert _speakers("The road will stay shut for weeks, others said.") == ["others"]
    assert _speakers("“The lift is broken again,” said one.") == ["one"]


def test_quantifier_opening_the_sentence_is_the_speaker() -> None:
    assert _speakers("Several said the ferry had left without them.") == ["Several"]
    # a capitalised quantifier opens its sentence: the capitalised word before it is no name
    text = "The hall emptied on Monday. Both said the talks had been useful."
    assert [q.speaker_text for q in quotes_of(text, "en")] == ["Both"]


def test_quantifier_with_its_noun_is_left_to_the_noun_phrase() -> None:
    assert _speakers("Several nurses said the ward was understaffed.") == ["Several nurses"]
    assert "One" not in _speakers("One woman, who asked not to be named, said the ward was dirty.")


def test_floating_quantifier_after_names_is_not_taken_as_bare() -> None:
    text = "Ann Roy and Ed Lim (D-Ohio) both said the bill would pass."
    assert [q.speaker_text for q in quotes_of(text, "en")] == ["both"]  # left as before


# -- the relative clause after it ----------------------------------------------------------

def test_relative_clause_closed_before_the_cue_joins_the_speaker() -> None:
    text = "One, who asked not to be named, said the budget had been cut in half."
    assert _speakers(text) == ["One, who asked not to be named"]
    text = "Others, whose homes were flooded, said the warnings came too late."
    assert _speakers(text) == ["Others, whose homes were flooded"]


def test_relative_clause_ending_the_sentence_after_the_cue_joins_the_speaker() -> None:
    text = "“The shelves are empty,” said one, who asked not to be named."
    assert _speakers(text) == ["one, who asked not to be named"]


def test_relative_clause_that_runs_on_stays_out() -> None:
    assert _speakers("“It was chaos,” said one, who asked not to be named, and left.") == ["one"]
    assert _speakers("Prices will rise, one said, who had seen the figures.") == ["one"]


def test_aside_that_is_no_relative_clause_stays_out() -> None:
    assert _speakers("Several, however, said the repairs had been rushed.") == ["Several"]
    assert _speakers("“It is over,” said another, adding nothing more.") == ["another"]


# -- review (review_en_quotes2) ---------------------------------------------------------------

def test_relative_clause_ending_a_paragraph_or_the_text_joins_the_speaker() -> None:
    # the sentence's end is read in place (no copy of the rest of the text): a clause that
    # closes a paragraph, or the whole text without a full stop, still ends the sentence
    text = "“The pumps failed at dawn,” said one, who works at the station.\n\nThe rain went on."
    assert _speakers(text) == ["one, who works at the station"]
    assert _speakers("“The pumps failed,” said another, whom the floods left homeless") == [
        "another, whom the floods left homeless"]
    assert _speakers("“The pumps failed,” said one, who works there; the rain went on.") == [
        "one"]


def test_relative_pronoun_set_is_the_lexicons() -> None:
    # the clause opens with one of the pack's relative pronouns, folded ("Who" as "who");
    # "which" is no English speaker relative
    assert _speakers("“It failed,” said one, Who works there.") == ["one, Who works there"]
    assert _speakers("“It failed,” said one, which surprised no one.") == ["one"]
