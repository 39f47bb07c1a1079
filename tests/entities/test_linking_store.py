"""Stored mentions and entities: learned names persist across ingest runs; CLI queries."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.archive import Archive
from dragoman.cli import main
from dragoman.model import RawPage
from dragoman.settings import Settings

ENGLISH = (
    "Alliance ministers gather in Riga\n\n"
    "NATO Secretary General Jens Stoltenberg told ministers in Riga on Tuesday that "
    "support for Ukraine would continue through the winter.\n\n"
    "Stoltenberg was joined by the Estonian analyst Kadri Vainomaa-Lepik, who said the "
    "alliance had never been so busy. Officials expect a long meeting."
)
ARABIC = (
    "وزراء الحلف يجتمعون في ريغا\n\n"
    "قال الأمين العام لحلف الناتو ينس ستولتنبرج للوزراء في ريغا يوم الثلاثاء إن دعم أوكرانيا "
    "سيستمر طوال فصل الشتاء.\n\n"
    "وانضمت إلى ستولتنبرج المحللة كادري فاينوما-ليبيك التي قالت إن الحلف لم يكن بهذا الانشغال "
    "من قبل. ويتوقع المسؤولون اجتماعا طويلا."
)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DRAGOMAN_STORIES", "0")
    return str(tmp_path / "entities.db")


def _ingest(db: str, source: str, text: str) -> None:
    with Archive(db, settings=Settings(stories=False)) as archive:
        report = archive.ingest([RawPage(source, text, "text",
                                         fetched_at=datetime(2023, 11, 28))])
        assert report.ok, report.failures


def test_names_by_language_and_articles_by_date(db: str) -> None:
    _ingest(db, "en.txt", ENGLISH)
    _ingest(db, "ar.txt", ARABIC)  # a second run: the archive's memory is reloaded
    runner = CliRunner()
    out = runner.invoke(main, ["--db", db, "entity", "ستولتنبرغ", "--json"])
    assert out.exit_code == 0, out.output
    item = json.loads(out.output.splitlines()[0])
    assert item["id"] == "jens-stoltenberg"
    assert {a["language"] for a in item["articles"]} == {"en", "ar"}
    assert "ستولتنبرج" in item["aliases"] and item["names"]["ar"]
    listing = runner.invoke(main, ["--db", db, "entities", "--type", "ORG", "--json"])
    assert listing.exit_code == 0
    rows = [json.loads(line) for line in listing.output.splitlines()]
    assert rows and all(r["type"] == "ORG" for r in rows)
    assert next(r for r in rows if r["id"] == "nato")["articles"] == 2


def test_unknown_entity_is_an_error(db: str) -> None:
    _ingest(db, "en.txt", ENGLISH)
    out = CliRunner().invoke(main, ["--db", db, "entity", "Nobody Atall"])
    assert out.exit_code != 0 and "no entity" in out.output


def test_analyze_command_keeps_offsets_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    text = "  Kremlin spokesperson Dmitry Peskov said Moscow was ready.\n"
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["analyze", str(path), "--lang", "en", "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["text"] == text
    spans = [(m["start"], m["end"], m["text"]) for e in data["entities"] for m in e["mentions"]]
    assert spans and all(text[a:b] == t for a, b, t in spans)
    assert "city-moscow" in {e["id"] for e in data["entities"]}


def test_learned_person_gets_one_id_in_both_scripts(db: str) -> None:
    _ingest(db, "en.txt", ENGLISH)
    _ingest(db, "ar.txt", ARABIC)
    with Archive(db, settings=Settings(stories=False)) as archive:
        by_language = {a.language: {m.entity_id for m in a.mentions if m.label == "PER"}
                       for a in archive.articles()}
    shared = by_language["en"] & by_language["ar"]
    assert "jens-stoltenberg" in shared
    assert any(i and i.startswith("x-") for i in shared)  # Kadri Vainomaa-Lepik, learned
