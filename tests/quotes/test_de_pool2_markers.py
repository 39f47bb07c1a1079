"""Issue 16 (German pool, second helper): an "according to" marker opening the clause after a
comma, and a closing source followed by its acronym or name. Sentences written for these tests."""

from __future__ import annotations

import dragoman


def _reported(text: str) -> list[tuple[str, str | None]]:
    a = dragoman.analyze(text, lang="de")
    return [(text[q.start:q.end], q.speaker_name or q.speaker_text) for q in a.quotes
            if not q.direct]


def test_marker_opening_clause_after_comma() -> None:
    found = _reported("Der Winter war mild, laut Wetterdienst lagen die Temperaturen bei "
                      "4,5 Grad über dem Mittel.")
    assert found == [("lagen die Temperaturen bei 4,5 Grad über dem Mittel", "Wetterdienst")]


def test_marker_after_comma_with_numeral_subject() -> None:
    found = _reported("Die Saison ist vorbei, nach Angaben des Vereins haben drei Spieler "
                      "gekündigt.")
    assert found and found[0][0] == "haben drei Spieler gekündigt"


def test_marker_after_comma_without_verb_unchanged() -> None:
    found = _reported("Die Mieten sind gestiegen, laut Mieterbund zum dritten Mal in Folge.")
    assert all(not text.startswith("dritten") for text, _ in found)


def test_marker_after_comma_with_participle_is_no_clause() -> None:
    found = _reported("Beim Unfall wurden zwei Radfahrer, laut Polizei leicht verletzt, ins "
                      "Krankenhaus gebracht.")
    assert all(not text.startswith("leicht") for text, _ in found)


def test_closing_source_with_acronym_and_name() -> None:
    found = _reported("Die Mieten steigen weiter, so der Präsident des Mieterbunds (DMB), "
                      "Lukas Siebert.")
    assert found and found[0][0] == "Die Mieten steigen weiter"


def test_closing_source_with_acronym_only() -> None:
    found = _reported("Die Ernte fällt gut aus, so die Sprecherin des Bauernverbands (DBV).")
    assert found and found[0][0] == "Die Ernte fällt gut aus"


def test_closing_source_with_age_in_parentheses_unchanged() -> None:
    before = _reported("Die Ernte fällt gut aus, so Greta Lang (61).")
    assert all(sp != "Greta" for _, sp in before)


def test_closing_source_sentence_going_on_unchanged() -> None:
    found = _reported("Die Ernte, so der Bauernverband (DBV), falle gut aus.")
    assert all(text != "Die Ernte" for text, _ in found)


def test_closing_source_with_relative_clause() -> None:
    found = _reported("Der Sommer wird trocken, so die Klimaforscherin Ida Brandt, die seit "
                      "Jahren Dürren untersucht.")
    assert found and found[0][0] == "Der Sommer wird trocken"


def test_closing_source_relative_without_verb_before_unchanged() -> None:
    found = _reported("Die Ernte, so Ida Brandt, die seit Jahren forscht, falle gut aus.")
    assert all(text != "Die Ernte" for text, _ in found)


def test_closing_source_followed_by_article_unchanged() -> None:
    found = _reported("Der Sommer wird trocken, so Ida Brandt, die Böden seien schon hart.")
    assert found and found[0][0].startswith("Der Sommer wird trocken, so Ida Brandt, die Böden")


def test_closing_source_inside_dash_aside_unchanged() -> None:
    text = ("Die Reform durfte aber – und das war, so Weber, der heikle Punkt – nicht zu weit "
            "gehen.")
    assert all(span != "Die Reform durfte aber – und das war" for span, _ in _reported(text))


def test_closing_source_with_acronym_and_relative_clause() -> None:
    found = _reported("Jetzt sei die Zeit zum Bauen, so die Chefin des Mieterbunds (DMB), die "
                      "rund 300 Vereine, darunter viele kleine, vertritt.")
    assert found and found[0][0] == "Jetzt sei die Zeit zum Bauen"
