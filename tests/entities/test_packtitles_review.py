"""Review of issue 14/15 (packtitles): a title is cut only before what reads as a person's full
name; stage names, characters, brands and slogans keep it. Original texts."""

from __future__ import annotations

from dragoman.entities.packtitles import without_pack_titles
from dragoman.model import Mention

_TITLES = ("Me", "Maître")


def _mention(text: str, surface: str, label: str = "PER") -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label)  # type: ignore[arg-type]


def _cut(text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    mentions = [_mention(text, s, label) for s, label in spans]
    return [(m.text, m.label) for m in without_pack_titles(text, mentions, _TITLES)]


def test_a_stage_name_keeps_its_title() -> None:
    text = "Le rappeur Maître Gims chantera à Bercy samedi."
    assert _cut(text, ("Maître Gims", "PER")) == [("Maître Gims", "PER")]


def test_a_character_and_a_brand_keep_their_title() -> None:
    assert _cut("Maître Corbeau lâche son fromage.", ("Maître Corbeau", "PER")) == [
        ("Maître Corbeau", "PER")]
    assert _cut("La brasserie Maître Kanter ferme.", ("Maître Kanter", "ORG")) == [
        ("Maître Kanter", "ORG")]


def test_a_slogan_typed_otherwise_keeps_its_title() -> None:
    assert _cut("Le mouvement Me Too a changé le cinéma.", ("Me Too", "MISC")) == [
        ("Me Too", "MISC")]
    assert _cut("Elle a reçu Me Too France hier.", ("Me Too France", "ORG")) == [
        ("Me Too France", "ORG")]


def test_a_surname_named_in_full_on_the_page_loses_the_title() -> None:
    text = "Me Hervé Temime a plaidé. Selon Me Temime, le dossier est vide."
    assert _cut(text, ("Me Hervé Temime", "PER"), ("Me Temime", "PER")) == [
        ("Hervé Temime", "PER"), ("Temime", "PER")]


def test_a_full_name_typed_an_organisation_opens_with_a_given_name() -> None:
    text = "Pour Me Pierre-Olivier Sur, la réforme est dangereuse."
    assert _cut(text, ("Me Pierre-Olivier Sur", "ORG")) == [("Pierre-Olivier Sur", "PER")]
    text = "Interrogé, Me Marc Bailly a fait appel."
    assert _cut(text, ("Me Marc Bailly", "ORG")) == [("Marc Bailly", "PER")]
