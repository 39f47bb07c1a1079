"""Spans shaped like names that name no organisation (issue 14, orgjunk14): a phrase of
German common nouns joined by a lower-case word, clause punctuation NER took in at a name's
end, and a possessive ending that opens a span (original sentences, mentions by hand)."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.nonames import noun_phrase
from dragoman.entities.wordclass import leading_possessive_cut, punctuation_tail
from dragoman.model import EntityType
from tests.support.mentions import mentions


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def test_german_noun_phrases_are_no_names() -> None:
    for phrase in ("Pflege von Obstbäumen", "Wetter am Wochenende", "Tarife für Pendler",
                   "Ordnung der Dinge"):
        assert noun_phrase(phrase, "de"), phrase


def test_german_organisations_keep_their_names() -> None:
    for name in ("Institut für Meeresforschung", "Verein der Gartenfreunde",
                 "Landesanstalt für Bodenschutz", "Zentrums für Klimafolgen",
                 "Bundesinstituts für Bauwesen", "Deutsche Seenotrettung"):
        assert not noun_phrase(name, "de"), name
    # a phrase closed by a known place may be a party's or a movement's name
    assert not noun_phrase("Aufbruch für Bayern", "de", lambda w: w == "Bayern")


def test_only_languages_that_capitalise_nouns() -> None:
    assert not noun_phrase("Friends of the Earth", "en")
    assert not noun_phrase("Ordre des Avocats", "fr")


def test_linker_founds_no_entity_for_a_noun_phrase(linker: Linker) -> None:
    text = ("Die Tarife für Pendler steigen im Mai. Das Institut für Meeresforschung warnt. "
            "Über die Tarife für Pendler entscheidet der Kreistag, sagt das Institut für "
            "Meeresforschung.")
    items: list[tuple[str, EntityType]] = [
        ("Tarife für Pendler", "ORG"), ("Institut für Meeresforschung", "ORG"),
        ("Tarife für Pendler", "ORG"), ("Institut für Meeresforschung", "ORG")]
    out, _ = linker.link(text, mentions(text, items), language="de")
    by_text: dict[str, set[str | None]] = {}
    for m in out:
        by_text.setdefault(m.text, set()).add(m.entity_id)
    assert by_text["Tarife für Pendler"] == {None}
    assert None not in by_text["Institut für Meeresforschung"]


def test_clause_punctuation_is_cut_from_a_name_end() -> None:
    assert punctuation_tail("Harbour Authority,") == "Harbour Authority"
    assert punctuation_tail("Harbour Authority;") == "Harbour Authority"
    assert punctuation_tail("Harbour Authority.") == "Harbour Authority"
    # an abbreviating dot stays
    assert punctuation_tail("Brook Bros.") == "Brook Bros."
    assert punctuation_tail("Fenwick Corp.") == "Fenwick Corp."
    assert punctuation_tail("U.S.") == "U.S."


def test_linked_name_loses_its_comma(linker: Linker) -> None:
    text = ("Flights were halted, according to the Harbour Authority, on Friday. "
            "The Harbour Authority said the port would reopen.")
    items: list[tuple[str, EntityType]] = [("Harbour Authority,", "ORG"), ("Harbour Authority", "ORG")]
    out, _ = linker.link(text, mentions(text, items), language="en")
    assert [m.text for m in out if m.label == "ORG"] == ["Harbour Authority", "Harbour Authority"]
    assert len({m.entity_id for m in out if m.label == "ORG"}) == 1


def test_a_span_opened_by_a_possessive_ending_is_cut() -> None:
    assert leading_possessive_cut("’s Riverside Jazz Festival") == 3
    assert leading_possessive_cut("'s Riverside Jazz Festival") == 3
    assert leading_possessive_cut("Riverside’s Jazz Festival") == 0
