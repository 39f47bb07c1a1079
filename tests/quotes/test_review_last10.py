"""Review of the last round's quotation rules (issue 16): misfires found with probe passages
and the narrowings that answer them; original sentences."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name or q.speaker_text) for q in found if not q.direct]


def test_a_clause_joined_after_a_mid_sentence_cue_is_not_merged_into_the_statement() -> None:
    text = ("The ferry will stop running in May, the mayor said, though islanders have "
            "petitioned against it.")
    found = _reported(quotes_of(text, "en"))
    assert found and found[0][0] == "The ferry will stop running in May"
    assert all("said" not in t for t, _ in found)
    text = "El ferri dejará de funcionar en mayo, dijo el alcalde, aunque los isleños protestan."
    found = _reported(quotes_of(text, "es"))
    assert found and found[0][0] == "El ferri dejará de funcionar en mayo"


def test_a_german_subordinator_after_the_cue_is_not_the_verb_of_a_fronted_clause() -> None:
    text = "Die Fähre fährt ab Mai nicht mehr, sagte Rosa Klein, obwohl die Insulaner protestieren."
    found = _reported(quotes_of(text, "de", people=("Rosa Klein",)))
    assert found and found[0] == ("Die Fähre fährt ab Mai nicht mehr", "Rosa Klein")
    # the verb-second reading stays where the word after the cue is a verb
    text = "Ab Mai, sagte Rosa Klein, fahre die Fähre nicht mehr."
    found = _reported(quotes_of(text, "de", people=("Rosa Klein",)))
    assert found == [(text.rstrip("."), "Rosa Klein")]


def test_and_that_after_a_second_cue_continues_one_statement() -> None:
    text = ("Tom Becker said the mill had closed in April, he said, and that the workers were "
            "still owed wages.")
    found = _reported(quotes_of(text, "en", people=("Tom Becker",)))
    assert len(found) == 1
    assert found[0][0].endswith("and that the workers were still owed wages")


def test_a_verb_with_its_object_after_a_name_is_no_role_noun() -> None:
    text = "Rosa Klein judges the baking contest and said the entries were superb."
    found = quotes_of(text, "en", people=("Rosa Klein",))
    assert [q.speaker_text for q in found] == ["Rosa Klein"]
    # a role noun that heads the phrase still takes it over
    text = "Klein aides said the senator would retire in the spring."
    found = quotes_of(text, "en", people=("Klein",))
    assert [q.speaker_text for q in found] == ["Klein aides"]


def test_a_quoted_work_title_with_its_author_on_the_line_is_not_signed() -> None:
    text = "“The Silent Harbour” Rosa Klein\n“Winter Birds Over Leeds” Tom Becker"
    found = quotes_of(text, "en", people=("Rosa Klein", "Tom Becker"))
    assert all(q.speaker_text is None for q in found)
    # a testimonial without a full stop is still signed
    text = "“The soup was wonderful and cheap” Rosa Klein, Leeds Courier"
    found = quotes_of(text, "en", people=("Rosa Klein",))
    assert [q.speaker_text for q in found if q.direct] == ["Rosa Klein"]
