"""Review of the German compound drop and territory typing (issue 14, review_deent): place names
built of a noun and a place name's ending, one-word titles in quotation marks, the tail of a
coordination of truncated compounds, and "-land" firms and persons. Sentences written for these
tests."""

from __future__ import annotations

from functools import lru_cache

import pytest

from dragoman.entities.germancompoundnouns import without_noun_compounds
from dragoman.entities.germanterritories import territory_label
from dragoman.entities.ner import MODEL_DIR
from dragoman.entities.spanshape import load_common_words
from dragoman.model import Mention


def _mention(text: str, span: str, label: str) -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), span, label)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    return load_common_words(MODEL_DIR / "ner-de.common.txt.gz").lexicon


@pytest.mark.parametrize(("text", "word", "label"), [
    ("Der Bürgermeister von Ochsenfurt trat zurück.", "Ochsenfurt", "LOC"),
    ("Segelflieger starten von der Wasserkuppe.", "Wasserkuppe", "LOC"),
    ("Touristen wandern zum Drachenfels hinauf.", "Drachenfels", "LOC"),
    ("Der Zug hält in Bischofshofen.", "Bischofshofen", "LOC"),
    ("Ein Unfall bei Hundsheim blockierte die Straße.", "Hundsheim", "LOC"),
    ("Die Uhren kommen aus Glashütte.", "Glashütte", "LOC"),
    ("Sie spielt im „Traumschiff“ eine Ärztin.", "Traumschiff", "ORG"),
    ("Gezeigt wurde es in den \"Tagesthemen\" am Abend.", "Tagesthemen", "ORG"),
    ("Mittel aus dem Energie- und Klimafonds fließen.", "Klimafonds", "LOC"),
    ("Gelder aus dem Klima- oder Zukunftsfonds fehlen.", "Zukunftsfonds", "ORG"),
])
def test_names_of_compound_shape_stay(text: str, word: str, label: str) -> None:
    mentions = [_mention(text, word, label)]
    assert without_noun_compounds(text, mentions, _lexicon(), None) == mentions


@pytest.mark.parametrize("word", ["Quarzgestein", "Katzennase", "Kornform", "Speicherdauer"])
def test_common_nouns_still_dropped(word: str) -> None:
    # "Quarzgestein" ends in "stein" but its head is "Gestein": no place name's ending
    text = f"Verboten ist die Mitnahme von Sand oder {word} am Strand."
    assert without_noun_compounds(text, [_mention(text, word, "LOC")], _lexicon(), None) == []


def test_a_lone_quotation_mark_is_no_title() -> None:
    text = "Er sagte: „Kornform und Temperatur zählen."
    assert without_noun_compounds(text, [_mention(text, "Kornform", "LOC")], _lexicon(), None) == []


@pytest.mark.parametrize(("span", "label"), [
    ("Kaufland Polen", "ORG"),  # a firm's "-land" and a country
    ("Rowland Hill", "PER"),  # a person's given name in "-land"
    ("Sportland Berlin", "ORG"),
])
def test_land_compounds_are_no_territory(span: str, label: str) -> None:
    text = f"Die Nachricht von {span} kam am Morgen."
    assert territory_label(_mention(text, span, label), None, None).label == label


@pytest.mark.parametrize(("span", "label"), [("Grenzstadt Ceylanpinar", "ORG"),
                                             ("Kurdengebiet Rojava", "PER")])
def test_longer_territory_heads_still_make_places(span: str, label: str) -> None:
    text = f"Die Nachricht aus {span} kam am Morgen."
    assert territory_label(_mention(text, span, label), None, None).label == "LOC"
