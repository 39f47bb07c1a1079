"""The story page's view model: who, what was said, where, when, leads, outlets, related;
the same record through the API and the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.archive import Archive
from dragoman.cli import main
from dragoman.stories.view import story_view
from tests.stories.corpus import articles

QUOTE = ' "We will reopen the terminals on Wednesday," said port director Marta Soler.'


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path: Path = tmp_path_factory.mktemp("view") / "view.db"
    items = [replace(a, text=a.text + QUOTE, site="Harbour Daily") if a.id == "test-flood-en"
             else replace(a, site="Gazette") for a in articles()]
    with Archive(str(path)) as archive:
        assert archive.ingest_records(items).ok
        yield archive


def test_story_view_answers_who_what_where_when(archive: Archive) -> None:
    story = archive.get("test-flood-en").story_id or ""
    view = story_view(archive.store, story)
    assert view["articles"] == 3 and view["languages"] == ["ar", "en", "fr"]
    assert any(p["name"] == "Valencia" for p in view["where"])
    soler_entity = next(p for p in view["who"] if p["name"] == "Marta Soler")
    assert soler_entity["type"] == "PER" and soler_entity["languages"] == {"en": 1}
    for entry in view["who"] + view["where"]:  # counts per language add up to the count
        assert sum(entry["languages"].values()) == entry["count"]
    soler = next(g for g in view["said"] if g["speaker"] == "Marta Soler")
    assert soler["quotes"][0]["text"].startswith("We will reopen")
    article = archive.get(soler["quotes"][0]["article"])
    q = soler["quotes"][0]
    assert article.text[q["start"]:q["end"]].startswith("We will reopen")
    assert view["timeline"] == {"2025-03-03": 2, "2025-03-04": 1}
    assert sum(o["articles"] for o in view["outlets"]) == 3
    assert {o["site"] for o in view["outlets"]} == {"Harbour Daily", "Gazette"}


def test_leads_keep_their_offsets_one_per_language(archive: Archive) -> None:
    story = archive.get("test-flood-en").story_id or ""
    leads = story_view(archive.store, story)["leads"]
    assert set(leads) == {"ar", "en", "fr"}
    for lead in leads.values():
        text = archive.get(lead["article"]).text
        assert lead["text"] and text[lead["start"]:lead["end"]].strip() == lead["text"]


def test_related_stories_and_unknown_ids(archive: Archive) -> None:
    from dragoman.errors import NotFound

    view = story_view(archive.store, archive.get("test-rates-en").story_id or "")
    assert all(r["id"] != view["id"] for r in view["related"])
    with pytest.raises(NotFound, match="no story with id 'nope'"):
        story_view(archive.store, "nope")


def test_cli_and_api_show_the_same_record(archive: Archive) -> None:
    from fastapi.testclient import TestClient

    from dragoman.server import create_app

    story = archive.get("test-flood-en").story_id or ""
    runner = CliRunner()
    shown = runner.invoke(main, ["--db", archive.location, "story", story, "--json"])
    assert shown.exit_code == 0, shown.output
    cli = json.loads(shown.output)
    with TestClient(create_app(archive.location)) as client:
        api = client.get(f"/api/v1/stories/{story}").json()
        page = client.get(f"/stories/{story}").text
    assert set(cli) == set(api) and cli["who"] == api["who"] and cli["said"] == api["said"]
    assert "Marta Soler" in page and "What was said" in page and "In brief" in page
    text = runner.invoke(main, ["--db", archive.location, "story", story]).output
    assert "said by Marta Soler" in text and "lead [ar]" in text
