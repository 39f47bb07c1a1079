"""German place names the tagger typed otherwise (issue 14): a territory's noun opening a name
("Kantons Genf", "Kurdengebiet Rojava"), a place adjective before a natural feature ("Neusiedler
See"), a title tagged on its own before a person ("Präsident" + "Andry Rajoelina"), which
becomes the person's role, and a compound of two common nouns typed a place ("Papierform").
Sentences and mentions written for these tests."""

from __future__ import annotations

from functools import lru_cache

import pytest

from dragoman.entities.germancompoundnouns import without_noun_compounds
from dragoman.entities.germanloneroles import roles_onto_people
from dragoman.entities.germanterritories import feature_label, territory_label
from dragoman.entities.ner import MODEL_DIR
from dragoman.entities.spanshape import load_common_words
from dragoman.model import Mention


def _mention(text: str, span: str, label: str) -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), span, label)  # type: ignore[arg-type]


@pytest.mark.parametrize(("span", "label"), [
    ("Kantons Genf", "PER"), ("Kurdengebiet Rojava", "PER"), ("Freistadt Rust", "ORG"),
    ("Land Brandenburg", "ORG"), ("Grenzstadt Ceylanpinar", "MISC"), ("Emirat Katar", "ORG"),
    ("Fürstentum Liechtenstein", "ORG"), ("Hansestadt Lübeck", "ORG"), ("Insel Usedom", "PER"),
])
def test_territory_noun_makes_a_place(span: str, label: str) -> None:
    text = f"Die Nachricht aus {span} kam am Morgen."
    assert territory_label(_mention(text, span, label), None, None).label == "LOC"


@pytest.mark.parametrize(("span", "label"), [
    ("Land Rover", "ORG"),  # a bare head and an unknown word: a brand
    ("Deutschland Tour", "MISC"),  # the first word is a place itself
    ("DGB-Region Südwestfalen", "ORG"),  # an organisation's unit
    ("Insel Verlag", "ORG"),  # a common noun after the head
    ("Stadtwerke München", "ORG"),  # no territory head
    ("Landrat Michael", "PER"),  # a role, not a territory
    ("Gebietsleiter Thomas Wagner", "PER"),
    ("Bezirksregierung Arnsberg", "ORG"),
    ("Anna Landmann", "PER"),
])
def test_other_names_keep_their_type(span: str, label: str) -> None:
    text = f"Die Nachricht von {span} kam am Morgen."
    assert territory_label(_mention(text, span, label), None, None).label == label


@pytest.mark.parametrize(("span", "label", "expected"), [
    ("Neusiedler Sees", "ORG", "LOC"), ("Thüringer Wald", "PER", "LOC"), ("Bieler See", "ORG", "LOC"),
    ("Peter Wald", "PER", "PER"), ("Hamburger SV", "ORG", "ORG"), ("Berliner Zeitung", "ORG", "ORG"),
    ("Thüringer Wald Gymnasium", "ORG", "ORG"), ("Lena Meer", "PER", "PER"),
])
def test_feature_names(span: str, label: str, expected: str) -> None:
    text = f"Das Wetter am {span} war gut."
    assert feature_label(_mention(text, span, label)).label == expected


def test_lone_title_becomes_the_persons_role() -> None:
    text = "Die Direktorin des Kabinetts von Präsident Andry Rajoelina traf die Minister."
    mentions = [_mention(text, "Präsident", "ORG"), _mention(text, "Andry Rajoelina", "PER")]
    out = roles_onto_people(text, mentions)
    assert [(m.text, m.label, m.role) for m in out] == [("Andry Rajoelina", "PER", "Präsident")]


@pytest.mark.parametrize(("text", "title", "name", "label"), [
    ("Der Präsident, Andry Rajoelina, sprach lange.", "Präsident", "Andry Rajoelina", "PER"),
    ("Der Präsident Kenias reiste nach Berlin.", "Präsident", "Kenias", "LOC"),
    ("Das Hotel Kardinal Schulte in Köln.", "Kardinal", "Schulte", "ORG"),
    ("Der Präsident sprach. Andry Rajoelina hörte zu.", "Präsident", "Andry Rajoelina", "PER"),
])
def test_titles_kept_where_no_person_follows(text: str, title: str, name: str, label: str) -> None:
    mentions = [_mention(text, title, "ORG"), _mention(text, name, label)]
    assert roles_onto_people(text, mentions) == mentions


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    return load_common_words(MODEL_DIR / "ner-de.common.txt.gz").lexicon


@pytest.mark.parametrize("word", ["Papierform", "Untersuchungshaft", "Massagepraxen", "Berufspendler",
                                  "Anleihefonds", "Stromrechnung", "Kaffeemaschine"])
def test_noun_compound_typed_a_place_is_dropped(word: str) -> None:
    text = f"Geschlossen bleiben Friseure, {word} und Nagelstudios."
    assert without_noun_compounds(text, [_mention(text, word, "LOC")], _lexicon(), None) == []


@pytest.mark.parametrize(("text", "word", "label"), [
    ("Geschlossen bleiben Friseure, Papierform und Nagelstudios.", "Papierform", "PER"),
    ("Das Mietrechtsgesetz gilt nicht.", "Mietrechtsgesetz", "MISC"),
    ("Das Handelsblatt berichtete.", "Handelsblatt", "ORG"),
    ("In der Lindenstraße wohnt sie.", "Lindenstraße", "LOC"),
    ("Die Stadtsparkasse erhöht Gebühren.", "Stadtsparkasse", "ORG"),
    ("Die Bundesregierung entschied.", "Bundesregierung", "ORG"),
    ("Das Quartier Rosenstein wächst.", "Rosenstein", "LOC"),
    ("Mit Google Translate übersetzt.", "Translate", "ORG"),
    ("Ein Ausflug nach Friedrichshafen.", "Friedrichshafen", "LOC"),
    ("Der Sender PayPal zahlt.", "PayPal", "ORG"),
])
def test_names_shaped_like_compounds_stay(text: str, word: str, label: str) -> None:
    mentions = [_mention(text, word, label)]
    assert without_noun_compounds(text, mentions, _lexicon(), None) == mentions
