"""Error classes read off PolNeAR dev-tune and train (strict scorer), on original English
sentences: quoted labels after a naming verb ("called X a “…”"), and what they must not take."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.model import Quote


def _quotes(text: str) -> list[Quote]:
    return dragoman.analyze(text, lang="en").quotes


@pytest.mark.parametrize(("text", "label", "speaker"), [
    ('At the rally, Senator Ruth Okafor called the governor a "reckless gambler with our '
     'pensions" and promised a recount.', "reckless gambler with our pensions", "Ruth Okafor"),
    ("The mayor, Dana Whitfield, described the stadium deal as “a gift to the owners "
     "and nobody else.”", "a gift to the owners and nobody else.", "Dana Whitfield"),
    ("Harold Benton likened the tax plan to “pouring water into a leaking bucket.”",
     "pouring water into a leaking bucket.", "Harold Benton"),
])
def test_a_quoted_label_after_a_naming_verb_is_a_direct_quotation(text: str, label: str,
                                                                   speaker: str) -> None:
    found = [q for q in _quotes(text) if q.direct]
    assert [q.text for q in found] == [label]
    assert speaker in (found[0].speaker_text or "")
    assert found[0].cue in ("called", "described", "likened")


def test_a_list_of_labels_shares_its_naming_verb() -> None:
    text = ('Marta Keller called her rival a "career opportunist," a "coward" and "the worst '
            'negotiator in the state."')
    found = [q for q in _quotes(text) if q.direct]
    assert len(found) == 3
    assert {q.cue_start for q in found} == {text.index("called")}
    assert all(q.speaker_text == "Marta Keller" for q in found)


@pytest.mark.parametrize("text", [
    'Residents gathered outside a bakery called "The Golden Crust of Main Street" on Friday.',
    'The bill was called "the most sweeping reform in a generation" by its supporters.',
    'Councillor Ivy Marsh called for "a full and independent inquiry into the contract."',
    'Tom Reyes said the plan would fail. Critics were angry about what Reyes calls "the '
    'only honest budget in years."',
    'Gina Alvarez called the proposal "absurd."',
])
def test_names_passives_phrasal_verbs_borrowed_terms_and_single_words_are_not_labels(
        text: str) -> None:
    assert not [q for q in _quotes(text) if q.direct]


def test_as_x_put_it_names_the_speaker_of_the_quotation() -> None:
    text = ("Budget talks stalled again on Thursday. As Councillor Priya Nandakumar put it, "
            "“nobody in this room wants to be the one who blinks first.”")
    found = [q for q in _quotes(text) if q.direct]
    assert len(found) == 1 and found[0].cue == "put it"
    assert "Priya Nandakumar" in (found[0].speaker_text or "")


@pytest.mark.parametrize("text", [
    "After a long slide in orders, several steel makers, including Harwick Metals, declared "
    "bankruptcy.",
    "The mayor, Leon Petrov, highlighted the new bus routes in his speech at the depot.",
])
def test_an_object_verb_with_its_object_reports_nothing(text: str) -> None:
    assert not [q for q in _quotes(text) if not q.direct]


def test_a_clause_before_said_monday_is_still_reported() -> None:
    text = "The factory will reopen in March with two hundred workers, Leon Petrov said Monday."
    found = [q for q in _quotes(text) if not q.direct]
    assert len(found) == 1 and found[0].speaker_text == "Leon Petrov"
    assert found[0].text.startswith("The factory will reopen")


def test_straight_and_curly_double_marks_close_each_other() -> None:
    text = ('"The river has never been this low in August,” said Okello Mbeki, a hydrologist '
            "at the regional water board.")
    found = [q for q in _quotes(text) if q.direct]
    assert [q.text for q in found] == ["The river has never been this low in August,"]
    assert "Okello Mbeki" in (found[0].speaker_text or "")


def test_a_curly_quotation_inside_a_straight_one_stays_inside() -> None:
    text = ('"When she told the board “not this year” we all knew the plan was finished," '
            "said Arturo Bellini.")
    found = [q for q in _quotes(text) if q.direct]
    assert len(found) == 1 and found[0].text.endswith("the plan was finished,")


def test_a_naming_participle_takes_the_subject_of_its_main_clause() -> None:
    text = ("Fiona Castellanos spoke to the fishermen in Portree on Friday. "
            "At the harbour meeting, Gordon Maclean turned on the ferry operator, calling its "
            "timetable “an insult to every island family.”")
    found = [q for q in _quotes(text) if q.direct]
    assert len(found) == 1 and found[0].cue == "calling"
    assert found[0].speaker_text == "Gordon Maclean"


def test_a_long_quotation_after_a_colon_takes_the_subject_of_that_clause() -> None:
    text = ("“The money is already there,” Rosa Delgado said. Then Henrik Aalto took the "
            "floor: “We have waited eleven years for this bridge, and we will not wait "
            "another eleven while the money goes elsewhere.”")
    found = [q for q in _quotes(text) if q.direct and q.text.startswith("We have")]
    assert len(found) == 1 and found[0].speaker_text == "Henrik Aalto"


def test_a_cue_after_a_long_appositive_still_names_the_speaker() -> None:
    text = ("“The tenants were never asked before the towers were sold,” Marisol Ana Quintero, "
            "a lawyer for two housing groups that sued the city, said in a long interview with "
            "the local radio station on Monday morning.")
    found = [q for q in _quotes(text) if q.direct]
    assert len(found) == 1 and found[0].speaker_text == "Marisol Ana Quintero"
