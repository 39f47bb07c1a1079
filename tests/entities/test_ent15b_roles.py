"""A role noun NER took for a person's name after title words ("Deputy Editor", "Chief
Producer") names no referent (``notreferents._role_after_title``): the person holding the role
is named beside it. Original sentences; names invented, mentions given by hand with NER's
guesses."""

from __future__ import annotations

from dragoman.entities.notreferents import without_non_referents
from dragoman.model import EntityType
from tests.entities.mentions import tagged


def _none(name: str, gazetteer: bool) -> str | None:
    return None


def _kept(text: str, spans: list[tuple[str, EntityType]]) -> list[str]:
    return [m.text for m in without_non_referents(text, tagged(text, spans), _none)]


def test_role_inside_the_mention_goes() -> None:
    text = "Questions go to Ilka Borrow, Deputy Editor, at the desk."
    assert _kept(text, [("Ilka Borrow", "PER"), ("Deputy Editor", "PER")]) == ["Ilka Borrow"]


def test_role_after_a_title_outside_the_mention_goes() -> None:
    text = "Questions go to Ilka Borrow, Executive Producer, at the desk."
    assert _kept(text, [("Ilka Borrow", "PER"), ("Producer", "PER")]) == ["Ilka Borrow"]


def test_person_after_a_title_stays() -> None:
    text = "Deputy Editor Ilka Borrow said the issue was late."
    assert _kept(text, [("Ilka Borrow", "PER")]) == ["Ilka Borrow"]


def test_role_word_without_a_title_stays() -> None:
    text = "Tam Host and Ria Judge founded the band; Host wrote the songs."
    spans: list[tuple[str, EntityType]] = [("Tam Host", "PER"), ("Ria Judge", "PER"), ("Host", "PER")]
    assert _kept(text, spans) == ["Tam Host", "Ria Judge", "Host"]


def test_organisation_typed_role_is_left_to_other_rules() -> None:
    text = "The Deputy Editor office moved to Kiel."
    assert _kept(text, [("Deputy Editor", "ORG")]) == ["Deputy Editor"]


def test_a_surname_that_is_a_role_noun_after_an_honorific_stays() -> None:
    """Only a title that modifies roles ("Deputy", "Executive") makes the word a role: after
    "Mr.", "Dr.", "Herr" or "Inspector" a role noun is the person's surname."""
    text = "Mr. Sheriff said the road was closed. Later Dr. Chef agreed with him."
    assert _kept(text, [("Sheriff", "PER"), ("Chef", "PER")]) == ["Sheriff", "Chef"]
    german = "Herr Richter widersprach. Der Kläger und Herr Richter trafen sich im Saal."
    assert _kept(german, [("Richter", "PER"), ("Richter", "PER")]) == ["Richter", "Richter"]
    inside = "Detective Inspector Mayor led the search on Friday."
    assert _kept(inside, [("Detective Inspector Mayor", "PER")]) == ["Detective Inspector Mayor"]
