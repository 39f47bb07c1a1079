"""A role title opening a body's span (entities/entitled.py); sentences written for these
tests."""

from __future__ import annotations

from dragoman.entities.entitled import title_opened_bodies
from tests.entities.mentions import tagged


def _spans(text: str, items: list[tuple[str, str]],
           gazetteer: frozenset[str] | None = None) -> list[tuple[str, str]]:
    mentions = tagged(text, items)  # type: ignore[arg-type]
    return [(m.text, m.label) for m in title_opened_bodies(text, mentions, gazetteer)]


def test_title_cut_and_known_owner_split_off() -> None:
    text = "The Chairwoman of Ukraine’s Central Bank spoke on Monday."
    assert _spans(text, [("Chairwoman of Ukraine’s Central Bank", "ORG")]) == [
        ("Ukraine", "LOC"), ("Central Bank", "ORG")]


def test_unknown_owner_is_left_out() -> None:
    text = "The Director of Velmora’s Grain Commission spoke."
    assert _spans(text, [("Director of Velmora’s Grain Commission", "ORG")]) == [("Grain Commission", "ORG")]
    assert _spans(text, [("Director of Velmora’s Grain Commission", "ORG")],
                  frozenset({"velmora"})) == [("Velmora", "LOC"), ("Grain Commission", "ORG")]


def test_the_after_of_is_cut() -> None:
    text = "The Deputy Governor of the Harbour Bank resigned."
    assert _spans(text, [("Deputy Governor of the Harbour Bank", "ORG")]) == [("Harbour Bank", "ORG")]


def test_no_head_word_or_no_title_or_not_org_stays() -> None:
    text = "The Secretary of State spoke. The Friends of Ashby Park met. The Director of Ashby Bank sang."
    items = [("Secretary of State", "ORG"), ("Friends of Ashby Park", "ORG"),
             ("Director of Ashby Bank", "PER")]
    assert _spans(text, items) == items
