"""A German person's full name written only in the genitive is learned as the person."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import dragoman
from dragoman.archive import Archive
from dragoman.entities.germangenitivepeople import bare_person
from dragoman.entities.kb import name_key
from dragoman.model import RawPage
from dragoman.settings import Settings

CONTEXT = "Am Dienstag tagte der Ausschuss in Potsdam. "


@pytest.mark.parametrize(("text", "name", "bare"), [
    ("Sabine Feldhubers Vorschlag fand keine Mehrheit.", "Sabine Feldhubers", "Sabine Feldhuber"),
    ("Zu Peter Sommerfelds 70. Geburtstag kamen viele.", "Peter Sommerfelds", "Peter Sommerfeld"),
    ("Timo Ostrowskis neue Politik stößt auf Kritik.", "Timo Ostrowskis", "Timo Ostrowski"),
])
def test_genitive_before_owned_noun_reads_bare(text: str, name: str, bare: str) -> None:
    assert bare_person(text, name, "PER", "de") == bare


@pytest.mark.parametrize(("text", "name"), [
    ("Thomas Haas sagte am Montag, man mache weiter.", "Thomas Haas"),  # a verb after it
    ("Pressesprecherin Katrin Jahns nannte keine Zahlen.", "Katrin Jahns"),  # past tense verb
    ("Katrin Jahns nutzen rund fünfzig Agenturen.", "Katrin Jahns"),  # verb in -en
    ("Martin Jens Buch erschien im Mai.", "Martin Jens"),  # a given name in -s
    ("Renate Fuchs Buch erschien. Renate Fuchs lebt in Bonn.", "Renate Fuchs"),  # once not genitive
    ("Der Trainer Peter Kraus Sonntag spielte.", "Peter Kraus"),  # no listed noun after it
])
def test_name_own_s_stays(text: str, name: str) -> None:
    assert bare_person(text, name, "PER", "de") is None


def test_other_types_and_languages_untouched() -> None:
    text = "Sabine Feldhubers Vorschlag fand keine Mehrheit."
    assert bare_person(text, "Sabine Feldhubers", "ORG", "de") is None
    assert bare_person(text, "Sabine Feldhubers", "PER", "en") is None


def test_learned_under_bare_name() -> None:
    article = dragoman.analyze(CONTEXT + "Wladimir Kalbrechts Krieg gegen das Nachbarland geht weiter.", "de")
    mention = next(m for m in article.mentions if m.text == "Wladimir Kalbrechts")
    entity = next(e for e in article.entities if e.id == mention.entity_id)
    assert name_key(entity.name) == name_key("Wladimir Kalbrecht")
    assert article.text[mention.start:mention.end] == "Wladimir Kalbrechts"  # offsets kept


def test_surname_in_s_keeps_its_s() -> None:
    article = dragoman.analyze(CONTEXT + "Renate Fuchs sagte am Montag, man werde weitermachen.", "de")
    names = {e.name for e in article.entities}
    assert "Renate Fuch" not in names


def test_genitive_page_and_later_bare_page_are_one_person(tmp_path: Path) -> None:
    """A page writing only "Wladimir Kalbrechts Krieg", then one writing "Wladimir Kalbrecht
    sagte": one learned person across the archive."""
    db = str(tmp_path / "genitive.db")
    first = (CONTEXT + "Wladimir Kalbrechts Krieg gegen das Nachbarland geht weiter. "
             "Die Opposition kritisierte Wladimir Kalbrechts Kurs scharf.")
    second = CONTEXT + "Wladimir Kalbrecht sagte am Mittwoch, die Gespräche gingen weiter."
    with Archive(db, settings=Settings(stories=False)) as archive:
        for name, text in (("a.txt", first), ("b.txt", second)):
            report = archive.ingest([RawPage(name, text, "text", fetched_at=datetime(2026, 3, 2))])
            assert report.ok, report.failures
        ids = {m.entity_id for article in archive.articles() for m in article.mentions
               if m.text.startswith("Wladimir Kalbrecht")}
    assert len(ids) == 1 and None not in ids


@pytest.mark.parametrize(("text", "name"), [
    ("Man hörte, Markus Jacobs Vorschlag sei abgelehnt.", "Markus Jacobs"),  # a given-name stem
    ("Konstanze Adams Auftritt in Köln wurde gefeiert.", "Konstanze Adams"),  # English patronymic
    ("Dorothee Kraus Werkstatt liegt am Stadtrand.", "Dorothee Kraus"),  # a listed surname in -s
    ("Wiebke Backhaus Antrag wurde vertagt.", "Wiebke Backhaus"),  # a surname ending of its own
    ("Gespräch mit Irmgard Ostrowskis\nHaushalt und Schulden im Blick.", "Irmgard Ostrowskis"),  # a byline
])
def test_surname_with_own_s_or_line_end_stays(text: str, name: str) -> None:
    assert bare_person(text, name, "PER", "de") is None


def test_own_s_surname_and_its_stem_stay_two_people(tmp_path: Path) -> None:
    """"Markus Jacobs Vorschlag" on one page and "Markus Jacob sagte" on another are two
    people: the first keeps its "-s"."""
    db = str(tmp_path / "own_s.db")
    pages = (CONTEXT + "Markus Jacobs Vorschlag fand keine Mehrheit.",
             CONTEXT + "Markus Jacob sagte am Mittwoch, sie sei enttäuscht.")
    with Archive(db, settings=Settings(stories=False)) as archive:
        for i, text in enumerate(pages):
            report = archive.ingest([RawPage(f"{i}.txt", text, "text", fetched_at=datetime(2026, 3, 2))])
            assert report.ok, report.failures
        ids = {m.entity_id for article in archive.articles() for m in article.mentions
               if m.text.startswith("Markus Jacob")}
    assert len(ids) == 2 and None not in ids
