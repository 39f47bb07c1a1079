"""Reported content after a cue whose speaker is valid (issue qrep, classes read off PolNeAR
train): a bare clause after a verb that also takes an object ("reported the ferry left late"),
a quantity opening the clause ("said much of the talk was …"), the clause's subject inside the
addressee of "told X", a phrase before the clause ("reported on Monday the council had …"),
content ending before "and added, “…”", a party tag the word pattern splits ("R-S.C."), and no
verb-final passive agent in English. Original sentences, with near misses the rules must
leave alone (objects, reduced relatives, beliefs, questions)."""

from __future__ import annotations

import pytest

from tests.support.quoting import quotes_of


def _reported(text: str, people: tuple[str, ...] = (),
              others: tuple[tuple[str, str], ...] = ()) -> list[tuple[str | None, str]]:
    people = tuple(p for p in people if p in text)  # (the names a sentence holds)
    others = tuple(o for o in others if o[0] in text)
    return [(q.speaker_text, q.text) for q in quotes_of(text, "en", people, others)
            if not q.direct]


@pytest.mark.parametrize(("text", "content"), [
    ("The Courier reported the ferry left an hour late.", "the ferry left an hour late"),
    ("Omar Haddad denied the company paid him anything.", "the company paid him anything"),
    ("Tom Ray admitted the firm never filed the forms.", "the firm never filed the forms"),
    ("Ann Lee acknowledged the team lost its best player.", "the team lost its best player"),
    ("Ann Lee claims she's owed $2 million by the city.", "she's owed $2 million by the city"),
    ("The Courier reported the index fell 3 points.", "the index fell 3 points"),
    ("The Courier reported the senator called the plan a mistake.",
     "the senator called the plan a mistake"),
])
def test_a_bare_clause_after_an_object_verb(text: str, content: str) -> None:
    assert [c for _, c in _reported(text, ("Omar Haddad", "Tom Ray", "Ann Lee"),
                                    (("Courier", "ORG"),))] == [content]


@pytest.mark.parametrize("text", [
    "The Tribune reported the theft of a car from the lot.",
    "Omar Haddad denied the charges filed against him.",
    "Ann Lee acknowledged the proposed budget cuts.",
    "Tom Ray denied the claims made by his rival.",
    "Ann Lee reported the dog lost in the park.",
    "Omar Haddad denied any involvement in the scheme.",
    "Ann Lee believes the plan will fail.",
    # review: a participle before an adverb, a measure or a naming verb's label
    "The Tribune reported a van parked unlawfully near the depot.",
    "Tom Ray reported a guard stabbed four times.",
    "Ann Lee announced a levy called the bridge toll.",
])
def test_objects_and_reduced_relatives_stay_objects(text: str) -> None:
    assert _reported(text, ("Omar Haddad", "Tom Ray", "Ann Lee"),
                     (("Tribune", "ORG"),)) == []


def test_a_quantity_of_a_whole_opens_a_clause() -> None:
    text = "Ann Lee said much of the talk was about rents."
    assert _reported(text, ("Ann Lee",)) == [("Ann Lee", "much of the talk was about rents")]


@pytest.mark.parametrize("text", ["Tom Ray said much of the same.",
                                  "Ann Lee said little about the plan."])
def test_a_quantity_without_a_verb_is_an_object(text: str) -> None:
    assert _reported(text, ("Tom Ray", "Ann Lee")) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Omar Haddad told reporters the budget had been cut twice.", "the budget had been cut twice"),
    ("Ann Lee told the Courier her office never received the letter.",
     "her office never received the letter"),
])
def test_the_clause_subject_inside_the_addressee(text: str, content: str) -> None:
    assert [c for _, c in _reported(text, ("Omar Haddad", "Ann Lee"),
                                    (("Courier", "ORG"),))] == [content]


@pytest.mark.parametrize("text", ["Tom Ray told the Courier the story of his escape.",
                                  "Ann Lee told reporters about her trip.",
                                  "Ann Lee asked the council whether the fees would rise."])
def test_an_addressee_and_an_object_or_a_question_state_nothing(text: str) -> None:
    assert _reported(text, ("Tom Ray", "Ann Lee"), (("Courier", "ORG"),)) == []


def test_a_phrase_before_the_clause() -> None:
    text = "The Daily Post reported on Monday the council had delayed the vote."
    assert [c for _, c in _reported(text, (), (("Daily Post", "ORG"),))] == [
        "the council had delayed the vote"]


def test_a_conditional_after_a_phrase_is_no_content() -> None:
    text = "Ann Lee joked about moving to Canada if Tom Ray is elected."
    assert _reported(text, ("Ann Lee", "Tom Ray")) == []


def test_the_content_ends_before_and_added_with_a_quotation() -> None:
    text = 'Omar Haddad said the vote was delayed and added: "Nobody told us why."'
    assert _reported(text, ("Omar Haddad",)) == [("Omar Haddad", "the vote was delayed")]


def test_added_with_an_object_stays_inside_the_content() -> None:
    text = "Tom Ray said he voted for the plan and added more funds later."
    assert _reported(text, ("Tom Ray",)) == [
        ("Tom Ray", "he voted for the plan and added more funds later")]


@pytest.mark.parametrize("text", [
    "Sen. Ann Lee, R-S.C., a long-shot candidate, said the race was far from over.",
    "Gov. Ann Lee, R-N.M., a former judge, said the race was far from over.",
    "Ann Lee, R-Texas, said the race was far from over.",
])
def test_a_party_tag_before_an_appositive(text: str) -> None:
    assert _reported(text, ("Ann Lee",)) == [("Ann Lee", "the race was far from over")]


def test_an_english_by_phrase_before_a_speech_verb_is_no_agent() -> None:
    text = "The bridge was closed by the council and Ann Lee said the repairs would take a year."
    assert _reported(text, ("Ann Lee",)) == [("Ann Lee", "the repairs would take a year")]


def test_the_addressee_ends_where_the_clause_starts() -> None:
    text = "Ann Lee told the inspectors the boiler had failed twice."
    quotes = quotes_of(text, "en", ("Ann Lee",), ())
    assert [(q.addressee, q.text) for q in quotes] == [
        ("the inspectors", "the boiler had failed twice")]
