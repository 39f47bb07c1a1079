"""End to end: the bundled samples ingested into SQLite and into PostgreSQL give the same
entities, quotations and stories, through the archive, the CLI and the JSON API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dragoman.archive import Archive
from dragoman.cli import main
from dragoman.server import create_app
from tests.store.conftest import pg_schema


def _ingest_and_read(location: str, samples: Path) -> dict[str, Any]:
    with Archive(location) as archive:
        report = archive.ingest(sorted(str(p) for p in samples.iterdir()))
        assert not report.failures
        store = archive.store
        s: Any = store
        return {
            "added": len(report.added),
            "entity_counts": store.entity_counts(),
            "quotes": [(h.article_id, h.quote.start, h.quote.speaker_id, h.language)
                       for h in store.find_quotes()],
            "placement": sorted((a.id, a.story_id, a.storyline_id) for a in archive.articles()),
            "stories": s.list_stories(),
            "storylines": s.list_storylines(),
            "entities": s.list_entities(),
            "browse_quotes": s.list_quotes(),
        }


def _cli(location: str, *args: str, lines: bool = True) -> Any:
    """The command's JSON output (JSON lines, or one document)."""
    result = CliRunner().invoke(main, ["--db", location, *args])
    assert result.exit_code == 0, result.output
    if not lines:
        return json.loads(result.output)
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_samples_give_the_same_answers_on_postgres(samples: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_STORIES", "1")
    sqlite_db = str(tmp_path / "archive.db")
    with pg_schema() as pg_url:
        on_sqlite = _ingest_and_read(sqlite_db, samples)
        on_postgres = _ingest_and_read(pg_url, samples)
        for key, value in on_sqlite.items():
            assert on_postgres[key] == value, key
        assert on_sqlite["entity_counts"] and on_sqlite["quotes"]
        placed = [p for p in on_sqlite["placement"] if p[1]]
        assert len(placed) == on_sqlite["added"]  # every article got a story
        assert any(len(story["languages"]) > 1 for story in on_sqlite["stories"][0])
        # The CLI commands that used to need SQLite.
        top = on_sqlite["entity_counts"][0]["id"]
        for args in (["entities", "--json"], ["entity", top, "--json"]):
            assert _cli(pg_url, *args) == _cli(sqlite_db, *args)
        speaker = next(q[2] for q in on_sqlite["quotes"] if q[2])
        quoted = _cli(sqlite_db, "quotes", "--json", "--speaker", speaker, lines=False)
        assert quoted and _cli(pg_url, "quotes", "--json", "--speaker", speaker, lines=False) == quoted
        # The API and web pages read the browse queries.
        paths = ["/api/v1/articles", "/api/v1/entities?name=nato", f"/api/v1/entities/{top}",
                 "/api/v1/quotations", "/api/v1/stories", "/api/v1/storylines",
                 f"/api/v1/stories/{placed[0][1]}", f"/api/v1/storylines/{placed[0][2]}"]
        answers = []
        for db in (sqlite_db, pg_url):
            with TestClient(create_app(db)) as client:
                responses = [client.get(p) for p in paths]
                assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
                answers.append([r.json() for r in responses])
                assert client.get("/").status_code == 200
        assert answers[0] == answers[1]
