"""A medium's name is read by the heads of the article's own language (issue 14, "langheads"):
the English "Post", "Mail", "Express" close a German hamlet's or inn's name ("Obere Post"), not a
paper's; the German pack's own words ("Presse", "Nachrichten") still make a paper of a name NER
typed a place. Mentions are given (no NER model): the referent vote is what is tested. The
English words of a firm ("shares", "its") are read in English articles only."""

from __future__ import annotations

import pytest

from dragoman.entities.mediumnames import medium_heads
from dragoman.entities.referents import find_referents
from dragoman.entities.referentvote import firm_context
from dragoman.language.rules import pack_of
from tests.entities.mentions import tagged


def _label(text: str, name: str, label: str, language: str | None) -> str:
    mentions = tagged(text, [(name, label)])  # type: ignore[list-item]
    find_referents(text, mentions, language)
    return mentions[0].label


@pytest.mark.parametrize(("text", "name"), [
    ("Wir wohnen seit Jahren in Obere Post bei Kempten.", "Obere Post"),
    ("Der Ortsteil Hohe Post gehört seit 1972 zu Waldkirch.", "Hohe Post"),
    ("Im Weiler Alte Mail leben noch zwölf Menschen.", "Alte Mail"),
    ("Zwischen Lindau und Roter Express ist die Straße gesperrt.", "Roter Express"),
    ("Die Wanderung führt über Grünes Daily nach Bergheim.", "Grünes Daily"),
])
def test_german_place_closing_with_an_english_medium_word_stays_a_place(text: str, name: str) -> None:
    assert _label(text, name, "LOC", "de") == "LOC"


@pytest.mark.parametrize(("text", "name", "language"), [
    ("Le quartier de Haute Observer est calme.", "Haute Observer", "fr"),
    ("El barrio Alto Observer de Granada creció.", "Alto Observer", "es"),
    ("La estación Vieja Express de Burgos fue restaurada.", "Vieja Express", "es"),
])
def test_a_pack_without_medium_heads_leaves_the_place_alone(text: str, name: str, language: str) -> None:
    assert _label(text, name, "LOC", language) == "LOC"


@pytest.mark.parametrize(("text", "name"), [
    ("Die Neue Presse berichtete am Montag aus Hannover.", "Neue Presse"),
    ("Ein Sprecher bestätigte den Kieler Nachrichten den Vorfall.", "Kieler Nachrichten"),
    ("Wie die Lausitzer Rundschau meldet, ist die Brücke gesperrt.", "Lausitzer Rundschau"),
])
def test_german_paper_typed_a_place_is_an_organisation_by_the_german_words(text: str, name: str) -> None:
    assert _label(text, name, "LOC", "de") == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("The Harbour Post said on Monday that the ferry would stop.", "Harbour Post"),
    ("Wales Online reported the closure of the bridge.", "Wales Online"),
    ("The Dorset Echo said the beach was closed.", "Dorset Echo"),
])
def test_english_paper_typed_a_place_is_still_an_organisation(text: str, name: str) -> None:
    assert _label(text, name, "LOC", "en") == "ORG"


def test_without_a_language_every_packs_heads_count() -> None:
    # no language known (no pack to ask): the union, as before
    assert _label("Wir wohnen seit Jahren in Grünes Daily bei Kempten.", "Grünes Daily", "LOC", None) == "ORG"
    # a place's word before the head is read in every article (review): "Obere Post" stays a place
    assert _label("Wir wohnen seit Jahren in Obere Post bei Kempten.", "Obere Post", "LOC", None) == "LOC"


def test_medium_heads_are_the_packs_own() -> None:
    german, english = medium_heads(pack_of("de")), medium_heads(pack_of("en"))
    assert "presse" in german and "post" not in german and "mail" not in german
    assert {"post", "mail", "times"} <= english
    assert medium_heads(pack_of("fr")) == frozenset()
    assert german | english <= medium_heads(None)
    assert "presse" in medium_heads(pack_of("de-AT"))  # a language tag reads its base pack


# -- a firm's words beside a surname are the article's language's (referentvote.firm_context) --

@pytest.mark.parametrize("text", [
    "Redrow told investors on Monday that sales fell.",
    "Redrow shares fell sharply after the report.",
    "Redrow said its sales fell in the spring.",
])
def test_english_firm_words_mark_a_firm_in_an_english_article(text: str) -> None:
    assert firm_context(text, "Redrow", pack_of("en"))
    assert firm_context(text, "Redrow")  # no language: every pack's words, as before


@pytest.mark.parametrize("text", [
    "Kessler sagte, it sei ein Begriff aus dem Englischen.",
    "Kessler kaufte Stores in Bremen und Kiel.",
])
def test_english_firm_words_are_not_read_in_a_german_article(text: str) -> None:
    assert not firm_context(text, "Kessler", pack_of("de"))


def test_a_person_is_no_firm_by_the_english_words() -> None:
    assert not firm_context("Okoro said she would appeal the ruling.", "Okoro", pack_of("en"))


# -- review: another pack's head after a known place still names a paper (mediumnames._medium_head) --

def _places(name: str, gazetteer: bool) -> str | None:
    return "LOC" if gazetteer and name in {"Kyiv", "Bangkok", "Malta", "Lindau"} else None


def _kb_label(text: str, name: str, label: str, language: str) -> str:
    mentions = tagged(text, [(name, label)])  # type: ignore[list-item]
    find_referents(text, mentions, language, _places)
    return mentions[0].label


@pytest.mark.parametrize(("text", "name", "label", "language"), [
    ("Laut Kyiv Independent wurden drei Dörfer evakuiert.", "Kyiv Independent", "PER", "de"),
    ("Wie Malta Today meldet, hat das Parlament zugestimmt.", "Malta Today", "PER", "de"),
    ("Segundo o Bangkok Post, a polícia abriu uma investigação.", "Bangkok Post", "LOC", "pt"),
    ("Selon le Kyiv Independent, trois villages ont été évacués.", "Kyiv Independent", "LOC", "fr"),
])
def test_a_foreign_paper_named_after_its_town_is_an_organisation(
        text: str, name: str, label: str, language: str) -> None:
    assert _kb_label(text, name, label, language) == "ORG"


@pytest.mark.parametrize(("text", "name", "language"), [
    ("Im Ortsteil Obere Post wohnen rund 300 Menschen.", "Obere Post", "de"),
    ("El paraje de Monte Mail es zona protegida.", "Monte Mail", "es"),
    ("Le col de Grand Observer est fermé l'hiver.", "Grand Observer", "fr"),
])
def test_a_foreign_head_after_no_known_place_stays_a_place(text: str, name: str, language: str) -> None:
    assert _kb_label(text, name, "LOC", language) == "LOC"


@pytest.mark.parametrize(("text", "name"), [
    ("Wir wohnen seit Jahren in Obere Presse bei Freiburg.", "Obere Presse"),
    ("Der Ortsteil Hohe Rundschau gehört seit 1972 zu Waldkirch.", "Hohe Rundschau"),
    ("Das Gasthaus Zur Alten Presse öffnet wieder.", "Zur Alten Presse"),
    ("Wir wanderten hinauf nach Obere Kurier.", "Obere Kurier"),
])
def test_a_german_place_word_before_a_german_head_keeps_the_place(text: str, name: str) -> None:
    assert _label(text, name, "LOC", "de") == "LOC"


def test_a_german_paper_opening_with_another_adjective_is_still_a_paper() -> None:
    text = "Wie die Freie Presse meldet, ist die Brücke gesperrt."
    assert _label(text, "Freie Presse", "LOC", "de") == "ORG"
