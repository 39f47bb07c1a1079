"""An "according to X" marker right after a conjunction reports only what follows it: the
text before ("… because,", "…, and") is no statement of X's. Original sentences written for
these tests."""

from __future__ import annotations

import pytest

from dragoman import analyze


def _contents(text: str, lang: str) -> list[str]:
    return [q.text for q in sorted(analyze(text, lang=lang).quotes, key=lambda q: q.start)]


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor cannot run again because, according to the city charter, he has served two "
     "terms.", "he has served two terms"),
    ("Prices rose sharply, and according to the ministry, wages fell by two percent.",
     "wages fell by two percent"),
    ("She left the company in May, but according to her lawyer, she was never paid.",
     "she was never paid"),
])
def test_english_marker_after_conjunction(text: str, content: str) -> None:
    assert _contents(text, "en") == [content]


def test_german_marker_after_und_is_no_fragment() -> None:
    found = _contents("Die Daten sind ungenau und laut Betreiber anonymisiert.", "de")
    assert found and not any(c.endswith(" und") for c in found)


@pytest.mark.parametrize(("text", "lang", "content"), [
    ("The plan failed, according to officials.", "en", "The plan failed"),
    ("Three people were injured, according to police, and two were taken to hospital.", "en",
     "Three people were injured"),
    ("Die Mieten steigen weiter, so der Mieterverein.", "de", "Die Mieten steigen weiter"),
    ("Der Zug fiel aus, laut Bahn wegen eines Defekts.", "de", "Der Zug fiel aus"),
])
def test_marker_after_clause_unchanged(text: str, lang: str, content: str) -> None:
    assert _contents(text, lang)[0] == content
