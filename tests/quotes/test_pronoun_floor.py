"""Who a later pronoun goes on with: not a speaker nested in a reported clause, the person a
question is put to, never a document or a body (original texts)."""

from __future__ import annotations

import dragoman
from dragoman.model import Quote


def _last_speaker(text: str) -> Quote:
    quotes = dragoman.analyze(text, lang="en").quotes
    assert quotes
    return max(quotes, key=lambda q: q.cue_start or -1)


def _speaks(q: Quote, name: str) -> bool:
    return any(name in (s or "") for s in (q.speaker_text, q.speaker_name))


def test_nested_reported_speaker_does_not_take_the_floor() -> None:
    q = _last_speaker("Martin Hollis spoke at the hall on Monday. He said her family asked for "
                      "privacy after the meeting. “We will not give up on this town,” he added.")
    assert _speaks(q, "Hollis")


def test_nested_inner_statement_keeps_its_own_speaker() -> None:
    quotes = dragoman.analyze("Peter Lang told reporters the mayor warned residents to stay home.",
                              lang="en").quotes
    assert any(_speaks(q, "Lang") for q in quotes)


def test_coordinated_statements_leave_the_latest_speaker() -> None:
    q = _last_speaker("Peter Lang said the plant would close, and Kevin Marsh told reporters it "
                      "would reopen. “The numbers simply do not add up,” he said.")
    assert _speaks(q, "Marsh")


def test_person_asked_answers() -> None:
    q = _last_speaker("Radio host Peter Lang asked Samuel Greer whether he would run again.\n\n"
                      "“It is a sad day for all of us,” he said.")
    assert _speaks(q, "Greer")


def test_request_is_no_question() -> None:
    q = _last_speaker("Peter Lang asked Samuel Greer to resign from the board. “We have to keep "
                      "going,” he said.")
    assert _speaks(q, "Lang")


def test_body_asked_does_not_answer() -> None:
    q = _last_speaker("Peter Lang asked Congress whether the bill would pass. “We have to keep "
                      "going,” he said.")
    assert _speaks(q, "Lang")


def test_document_is_not_he() -> None:
    q = _last_speaker("The charge is explained in an affidavit written by Walter Dunne, a detective "
                      "with the city police. The affidavit cited interviews with witnesses. “The "
                      "marks were consistent with a grab,” he wrote.")
    assert _speaks(q, "Dunne")


def test_company_is_not_she() -> None:
    q = _last_speaker("State Representative Helen Roskam, a Democrat, visited the plant on Tuesday. "
                      "The company said it would cut jobs. “These are good jobs,” she said.")
    assert _speaks(q, "Roskam")


def test_role_of_a_body_is_still_a_person() -> None:
    q = _last_speaker("Jason Pike visited the plant on Tuesday. The company spokesman said the "
                      "plant would close. “It is a sad day for all of us,” he said.")
    assert _speaks(q, "spokesman")


def test_document_quotation_going_on_keeps_the_document() -> None:
    quotes = dragoman.analyze("Walter Dunne left the board on Friday.\n\nA statement said: “We will not "
                              "give up on this town.\n\n“We have to keep going.”", lang="en").quotes
    second = max(quotes, key=lambda q: q.start)
    assert _speaks(second, "statement")


def test_quoted_statement_after_subordinate_cue_keeps_the_floor() -> None:
    q = _last_speaker("When Laura Benning noted that Brian Tolland had not paid any taxes in those "
                      "years Tolland boasted, “That makes me smart.” Later he was asked about it, "
                      "saying, “We have to keep going.”")
    assert _speaks(q, "Tolland")

