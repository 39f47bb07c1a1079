"""Capitalised words of a role's title cut off NER's mentions (entities/roletitlewords.py);
original sentences."""

from __future__ import annotations

from dragoman.entities.roletitlewords import without_title_words
from dragoman.model import EntityType, Mention


def _mention(text: str, surface: str, label: EntityType) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label)


def _kept(text: str, *mentions: Mention) -> list[tuple[str, str]]:
    out = without_title_words(text, list(mentions))
    for m in out:
        assert text[m.start:m.end] == m.text  # offsets kept
    return [(m.text, m.label) for m in out]


def test_title_word_run_into_the_town_is_cut_off() -> None:
    text = "Le procureur de la République de Valognes, Anne Ferrand, a requis."
    assert _kept(text, _mention(text, "République de Valognes", "ORG"),
                 _mention(text, "Anne Ferrand", "PER")) == [
        ("Valognes", "LOC"), ("Anne Ferrand", "PER")]


def test_title_word_alone_is_dropped() -> None:
    text = "Le garde des Sceaux a reçu Hugo Lenoir, puis le secrétaire d'État l'a appelé."
    assert _kept(text, _mention(text, "Sceaux", "LOC"), _mention(text, "Hugo Lenoir", "PER"),
                 _mention(text, "État", "PER")) == [("Hugo Lenoir", "PER")]


def test_name_going_on_in_lower_case_stays() -> None:
    text = "Le président de la République française a reçu le roi du Maroc à Rabat."
    assert _kept(text, _mention(text, "République française", "LOC"),
                 _mention(text, "Rabat", "LOC")) == [
        ("République française", "LOC"), ("Rabat", "LOC")]


def test_same_words_outside_a_title_stay() -> None:
    text = "À Sceaux, la place de la République accueille le marché."
    assert _kept(text, _mention(text, "Sceaux", "LOC"), _mention(text, "République", "LOC")) == [
        ("Sceaux", "LOC"), ("République", "LOC")]
