"""Narrowings from the review of name spotting and German span shaping (tenth session):
original sentences."""

from __future__ import annotations

import dragoman
from dragoman.archive import Archive
from dragoman.model import RawPage


def _found(text: str, language: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.label, m.entity_id) for m in dragoman.analyze(text, language).mentions}


def _page(url: str, body: str, language: str) -> RawPage:
    html = (f'<html lang="{language}"><head><title>Notizia</title></head><body><article>'
            f"<p>{body}</p><p>{body}</p></article></body></html>")
    return RawPage(url, html, "html", url=url)


def test_a_learned_person_after_a_definite_article_names_a_thing() -> None:
    archive = Archive(":memory:")
    archive.ingest([
        _page("https://e.example/1", "The singer Rosa Bianca said on Monday that her tour would "
              "start in May. Rosa Bianca has sold two million records.", "en"),
        _page("https://e.example/2", "Gli attivisti della Rosa Bianca hanno manifestato ieri "
              "davanti al municipio di Torino per chiedere più alloggi.", "it"),
    ])
    italian = next(a for a in archive.articles() if a.language == "it")
    assert not any(m.text == "Rosa Bianca" and m.entity_id for m in italian.mentions)


def test_german_media_ensembles_and_buildings_keep_their_names() -> None:
    found = _found("Die Wiener Philharmoniker spielten am Sonntag, wie das Hamburger Abendblatt "
                   "berichtete. Das Haus am Dom wird bis zum Sommer renoviert.", "de")
    assert "Wiener Philharmoniker" in found and "Hamburger Abendblatt" in found
    assert "Dom" not in found


def test_a_polish_adjective_after_a_noun_is_no_woman() -> None:
    found = _found("Die Zustellung übernimmt künftig die Poczta Polska, teilte das Ministerium mit.",
                   "de")
    assert found.get("Poczta Polska", ("ORG", None))[0] != "PER"
