"""Issue 16 (en-quotes): a plural demonstrative naming the people it describes speaks ("Those
surveyed said …", "those who attended say …"), and a clause opened by a demonstrative is the
content of a closing cue ("This makes it harder to …, she said"). Original sentences,
positives and look-alikes per rule."""

from __future__ import annotations

import time

from tests.support.quoting import quotes_of

LEAD = "Ann Roy spoke at the depot on Monday. "


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in quotes_of(LEAD + text, "en", people=("Ann Roy",))]


# -- respondents ---------------------------------------------------------------------------

def test_demonstrative_and_participle_speak_unlinked() -> None:
    found = quotes_of("Those polled said the ferry fares were far too high.", "en")
    assert [(q.text, q.speaker_text, q.speaker_id) for q in found] == [
        ("the ferry fares were far too high", "Those polled", None)]


def test_after_an_opening_phrase() -> None:
    assert _found("By a wide margin, those surveyed say the depot should stay open.") == [
        ("the depot should stay open", "those surveyed")]


def test_demonstrative_and_short_relative_clause() -> None:
    assert _found("Those who attended said the meeting ran far too long.") == [
        ("the meeting ran far too long", "Those who attended")]


def test_demonstrative_without_participle_or_relative_is_no_speaker() -> None:
    assert _found("Those plans said little about the night buses.") == []
    assert _found("Those days said nothing to the younger drivers.") == []


def test_short_word_or_capitalised_word_is_no_participle() -> None:
    assert _found("Those red said the line had been closed for hours.") == []
    # a participle with more words after it is a modifier of the sentence, not the subject
    assert _found("Those killed in the crash said nothing to anyone.") == []


def test_demonstrative_inside_a_phrase_is_left_alone() -> None:
    # "of those surveyed" is no subject: the chunk does not open with the demonstrative
    assert all(s != "those surveyed" for _, s in _found(
        "Half of those surveyed said the depot should stay open."))


# -- demonstrative clauses before a closing cue --------------------------------------------

def test_demonstrative_verb_clause_before_closing_cue() -> None:
    assert _found("This makes it much harder to keep the buses running, Ann Roy said.") == [
        ("This makes it much harder to keep the buses running", "Ann Roy")]


def test_demonstrative_noun_phrase_clause_before_closing_cue() -> None:
    assert _found("That kind of cut has hurt the night routes badly, Ann Roy said.") == [
        ("That kind of cut has hurt the night routes badly", "Ann Roy")]


def test_conjunction_then_demonstrative_and_auxiliary() -> None:
    assert _found("But this was the first time the depot had closed early, Ann Roy said.") == [
        ("But this was the first time the depot had closed early", "Ann Roy")]


def test_demonstrative_phrases_that_are_no_clause() -> None:
    assert _found("That said, Ann Roy said the depot would reopen.") == [
        ("the depot would reopen", "Ann Roy")]
    assert _found("Those who waited, Ann Roy said.") == []


def test_cue_inside_a_bracket_the_head_opens() -> None:
    text = "But those fares angered riders (“I want a refund,” wrote Ann Roy on the forum)."
    assert all(not t.startswith("But those") for t, _ in _found(text))


def test_relative_clause_object_is_not_the_speaker() -> None:
    assert _found("Those who signed the petition said the depot was unsafe.") == [
        ("the depot was unsafe", "Those who signed the petition")]


def test_demonstrative_clause_after_an_opening_clause() -> None:
    text = "If the court accepts the new rules, that would mean privacy is a luxury, says Ann Roy."
    assert [(q.text, q.speaker_text) for q in quotes_of(text, "en", people=("Ann Roy",))] == [
        ("If the court accepts the new rules, that would mean privacy is a luxury", "Ann Roy")]
    # a demonstrative phrase after the comma that opens no clause
    assert _found("If the board sells the depot, that said, says Ann Roy.") == []


def test_demonstrative_before_a_time_noun_is_a_time() -> None:
    # review: "That night at the depot" is an adverbial of time, no content; an auxiliary
    # after the time noun makes it the subject
    assert _found("That night at the harbour, Ann Roy said nothing.") == []
    assert _found("This week in the council: Ann Roy said no.") == []
    assert _found("That winter was the coldest in memory, Ann Roy said.") == [
        ("That winter was the coldest in memory", "Ann Roy")]


def test_comma_loop_with_open_brackets_stays_linear() -> None:
    # review: the bracket count was taken on each comma's slice of the head (quadratic)
    text = "If it rains, " + "that plan (a, " * 40000 + "the union said."
    start = time.process_time()
    assert quotes_of(text, "en") == []
    assert time.process_time() - start < 5.0  # 0.5 s linear, 22 s quadratic
