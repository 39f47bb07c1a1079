"""A place before a lower-case council noun (entities/encouncils.py); sentences written for
these tests."""

from __future__ import annotations

from dragoman.entities.encouncils import council_places
from dragoman.entities.enspans import shape_english
from tests.entities.mentions import tagged


def _labels(text: str, items: list[tuple[str, str]],
            gazetteer: frozenset[str] | None = None) -> list[tuple[str, str]]:
    mentions = tagged(text, items)  # type: ignore[arg-type]
    return [(m.text, m.label) for m in council_places(text, mentions, gazetteer)]


def test_body_typed_place_follows_a_place_typed_one() -> None:
    text = "Ashby council leader Tom Reed and Fenwick council leader Ruth Dale wrote to us."
    items = [("Ashby", "LOC"), ("Tom Reed", "PER"), ("Fenwick", "ORG"), ("Ruth Dale", "PER")]
    assert _labels(text, items) == [("Ashby", "LOC"), ("Tom Reed", "PER"),
                                    ("Fenwick", "LOC"), ("Ruth Dale", "PER")]


def test_gazetteer_alone_is_evidence() -> None:
    text = "A Fenwick council report was late."
    assert _labels(text, [("Fenwick", "ORG")], frozenset({"fenwick"})) == [("Fenwick", "LOC")]


def test_no_evidence_leaves_the_type() -> None:
    text = "A Fenwick council report was late. Ruth Dale said so."
    assert _labels(text, [("Fenwick", "ORG"), ("Ruth Dale", "PER")]) == [
        ("Fenwick", "ORG"), ("Ruth Dale", "PER")]


def test_party_and_head_word_bodies_stay() -> None:
    text = ("Ashby council leader Tom Reed joined Labour council colleagues and the Fenwick "
            "Trust council members.")
    items = [("Ashby", "LOC"), ("Tom Reed", "PER"), ("Labour", "ORG"), ("Fenwick Trust", "ORG")]
    assert _labels(text, items) == items


def test_capitalised_council_or_other_noun_stays() -> None:
    text = "Ashby council met. Fenwick Council met. The Fenwick board met."
    items = [("Ashby", "LOC"), ("Fenwick", "ORG"), ("Fenwick", "ORG")]
    assert _labels(text, items) == items


def test_shape_english_applies_the_rule() -> None:
    text = "Ashby council leader Tom Reed and Fenwick council leader Ruth Dale met."
    items = [("Ashby", "LOC"), ("Tom Reed", "PER"), ("Fenwick", "ORG"), ("Ruth Dale", "PER")]
    shaped = shape_english(text, tagged(text, items))  # type: ignore[arg-type]
    assert ("Fenwick", "LOC") in [(m.text, m.label) for m in shaped]


def test_party_short_name_outside_the_knowledge_base_stays() -> None:
    text = "Ashby council leader Tom Reed and Reform council leader Ruth Dale clashed."
    items = [("Ashby", "LOC"), ("Tom Reed", "PER"), ("Reform", "ORG"), ("Ruth Dale", "PER")]
    assert _labels(text, items) == items


def test_acronym_and_other_phrase_stay() -> None:
    text = "Ashby council staff and GMB council staff met. Fenwick council planners came too."
    items = [("Ashby", "LOC"), ("GMB", "ORG"), ("Fenwick", "ORG")]
    assert _labels(text, items) == items


def test_a_shared_phrase_outside_the_authoritys_office_is_no_evidence() -> None:
    """A union, firm or club before "council members/jobs/deal" beside a place is no place
    (second-pass review); the office words ("leader", "spokesperson") still are evidence."""
    text = "Kestrel council members and Ashby council members voted to strike."
    assert _labels(text, [("Kestrel", "ORG"), ("Ashby", "LOC")]) == [("Kestrel", "ORG"), ("Ashby", "LOC")]
    office = "Ashby council spokesperson Ann Roe and Fenwick council spokesperson Tim Bell agreed."
    items = [("Ashby", "LOC"), ("Ann Roe", "PER"), ("Fenwick", "ORG"), ("Tim Bell", "PER")]
    assert _labels(office, items)[2] == ("Fenwick", "LOC")
