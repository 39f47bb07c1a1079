"""Reported-speech classes read off PolNeAR train misses (issue 16, strict scorer), on original
English sentences: where the content starts and ends around the cue, inverted and
parenthetical speakers, addressees, as-clauses, participles and title-case headlines."""

from __future__ import annotations

import dragoman
from dragoman.model import Quote


def _quotes(text: str) -> list[Quote]:
    return dragoman.analyze(text, lang="en").quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in _quotes(text) if not q.direct]


def test_an_introductory_phrase_before_the_clause_keeps_the_clause() -> None:
    text = "In the end, the bridge will cost twice as much as planned, Maria Lowe said."
    assert _reported(text) == [("In the end, the bridge will cost twice as much as planned",
                                "Maria Lowe")]
    text = "If the river rises again, the lower town will flood, Maria Lowe said."
    assert [t for t, _ in _reported(text)] == [
        "If the river rises again, the lower town will flood"]


def test_an_introductory_phrase_alone_is_no_clause() -> None:
    text = "At the end of the long meeting in the old town hall, Maria Lowe said."
    assert _reported(text) == []
    text = "After the vote in the chamber, where she abstained, Maria Lowe said."
    assert _reported(text) == []


def test_according_to_in_mid_sentence_takes_both_parts() -> None:
    text = ("At the heart of the fire, according to the county fire marshal, was a space "
            "heater left on overnight.")
    found = [q for q in _quotes(text) if not q.direct]
    assert [q.text for q in found] == ["At the heart of the fire",
                                       "was a space heater left on overnight"]
    assert len({q.cue_start for q in found}) == 1  # one statement


def test_according_to_opening_the_sentence_starts_after_the_source() -> None:
    text = ("According to a survey released Monday by the Harlan Institute, most tenants pay "
            "more than a third of their income in rent.")
    assert [t for t, _ in _reported(text)] == [
        "most tenants pay more than a third of their income in rent"]


def test_an_inverted_speaker_with_an_appositive_closes_the_statement() -> None:
    text = "The levee will not hold another storm, said Tomas Brandt, an engineer with the county."
    assert _reported(text) == [("The levee will not hold another storm", "Tomas Brandt")]


def test_an_inverted_speaker_inside_the_sentence_splits_the_statement() -> None:
    text = ("The new levee, said Tomas Brandt, an engineer with the county, will not hold "
            "another storm.")
    assert [t for t, _ in _reported(text)] == ["The new levee", "will not hold another storm"]


def test_a_parenthetical_cue_content_starts_at_the_sentence_not_at_a_name() -> None:
    text = "Mayor Lowe, her aides said, will sign the budget on Friday."
    found = _reported(text)
    assert [t for t, _ in found] == ["Mayor Lowe", "will sign the budget on Friday"]


def test_an_addressee_ends_before_a_contracted_pronoun_or_a_demonstrative() -> None:
    text = "Ana Ruiz told the Daily Ledger she's leaving the council in June."
    assert _reported(text) == [("she's leaving the council in June", "Ana Ruiz")]
    text = "Ana Ruiz told reporters this was her last term on the council."
    assert _reported(text) == [("this was her last term on the council", "Ana Ruiz")]


def test_an_as_clause_opening_the_sentence_reports_what_follows_its_comma() -> None:
    text = "As the Daily Ledger reported, the council approved the budget late on Tuesday."
    found = _reported(text)
    assert [t for t, _ in found] == ["the council approved the budget late on Tuesday"]
    assert "Ledger" in (found[0][1] or "")


def test_more_speech_participles_need_a_clause() -> None:
    text = ("Ana Ruiz spoke for an hour on Monday, suggesting that the budget would need a "
            "second vote.")
    assert _reported(text) == [("the budget would need a second vote", "Ana Ruiz")]
    text = "Ana Ruiz closed the session on Monday, announcing a new budget for the schools."
    assert _reported(text) == []


def test_a_capitalised_verb_in_a_title_case_headline_is_a_cue() -> None:
    text = ("Senator Ana Ruiz Says The Budget Will Pass Before Summer\n\nThe senator spoke to "
            "reporters in the capital on Monday.")
    found = _reported(text)
    assert [t for t, _ in found] == ["The Budget Will Pass Before Summer"]
    assert "Ruiz" in (found[0][1] or "")


def test_a_capitalised_verb_outside_a_headline_is_no_cue() -> None:
    text = "Critics of Ruiz Says Inc. filed a lawsuit against the city council last week."
    assert _reported(text) == []


def test_a_quotation_that_ends_reported_content_stays_in_it() -> None:
    text = ("Ana Ruiz said that if the council rejects the budget for the third time this "
            "year, “the schools will close.”")
    found = _quotes(text)
    assert [q.direct for q in found] == [False]
    assert found[0].text.startswith("if the council rejects")
    assert found[0].speaker_text == "Ana Ruiz"


def test_a_cue_inside_a_quotation_reports_nothing() -> None:
    text = "Tomas Brandt shot back, “That is not what the county report says about the levee.”"
    assert [(q.direct, q.cue) for q in _quotes(text)] == [(True, "shot back")]


def test_an_indirect_question_or_a_condition_is_reported_content() -> None:
    text = "Ana Ruiz questioned whether the county could afford a second bridge."
    assert _reported(text) == [("whether the county could afford a second bridge", "Ana Ruiz")]
    text = "Ana Ruiz said if the levy fails, the library will close in the spring."
    assert [t for t, _ in _reported(text)] == [
        "if the levy fails, the library will close in the spring"]


def test_an_aside_between_the_cue_and_that() -> None:
    text = ("Ana Ruiz warned, as did the county clerk herself, that the ballots would arrive "
            "late.")
    assert _reported(text) == [("the ballots would arrive late", "Ana Ruiz")]


def test_a_later_statement_ends_the_content_before_it() -> None:
    text = ("Ana Ruiz said the levy would pass easily, but Tomas Brandt insisted it would fail "
            "in the rural wards.")
    found = _reported(text)
    assert found[0] == ("the levy would pass easily", "Ana Ruiz")
    assert ("it would fail in the rural wards", "Tomas Brandt") in found


def test_a_group_named_by_a_common_noun_may_speak() -> None:
    text = "Opponents of the new stadium say it will raise rents across the east side."
    assert [t for t, _ in _reported(text)] == ["it will raise rents across the east side"]


def test_a_clause_opening_with_a_demonstrative_or_a_conjunction() -> None:
    text = "That could delay the new library by a year, Maria Lowe said."
    assert [t for t, _ in _reported(text)] == ["That could delay the new library by a year"]
    text = "But the new library was built far too slowly, Maria Lowe said."
    assert [t for t, _ in _reported(text)] == ["But the new library was built far too slowly"]


def test_a_closing_phrase_after_a_role_and_before_a_dash() -> None:
    text = ("The county budget will run short by May, spokeswoman Maria Lowe said on Tuesday "
            "— a warning the board ignored.")
    found = _reported(text)
    assert [t for t, _ in found] == ["The county budget will run short by May"]
    assert "Maria Lowe" in (found[0][1] or "")


def test_a_pronoun_opening_the_sentence_is_the_subject_of_a_participle() -> None:
    text = ("Maria Lowe spoke first. She left the hall early on Monday, saying the vote had "
            "been rigged.")
    assert _reported(text) == [("the vote had been rigged", "Maria Lowe")]


def test_a_share_of_those_polled_may_speak() -> None:
    text = ("The county surveyed 900 tenants in March, and about 9 percent said they would "
            "leave the city within a year.")
    assert [t for t, _ in _reported(text)] == ["they would leave the city within a year"]


def test_a_participle_after_a_determiner_is_a_noun() -> None:
    text = "Maria Lowe said on Tuesday that the budget will run short, a warning the board ignored."
    assert [(q.text, q.cue) for q in _quotes(text)] == [
        ("the budget will run short, a warning the board ignored", "said")]


def test_a_pronoun_with_a_contracted_auxiliary_is_a_subject() -> None:
    text = ("Maria Lowe spoke to the county board on Monday. She's said the levy will fail "
            "in the rural wards.")
    assert _reported(text) == [("the levy will fail in the rural wards", "Maria Lowe")]


def test_a_capitalised_first_word_of_the_sentence_is_no_name() -> None:
    text = ("The county surveyed 900 tenants in March. Nearly a third say they will leave the "
            "city within a year.")
    assert _reported(text) == [("they will leave the city within a year", "a third")]
