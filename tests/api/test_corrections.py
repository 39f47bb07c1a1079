"""Corrections through the REST API, the web form and the CLI: writes need the token, bad
ids are 404 with a message naming them, and each correction changes what is read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dragoman.cli import main
from dragoman.server import create_app
from dragoman.store import open_store
from tests.api.conftest import TOKEN
from tests.store.test_corrections import _article

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    store = open_store(str(path))
    store.put_article(_article("a1"))
    store.close()
    return path


@pytest.fixture
def app(archive: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(archive), TOKEN, rate_limit=0)) as c:
        yield c


def _entity_ids(client: TestClient) -> set[str]:
    return {e["id"] for e in client.get("/api/v1/entities").json()["items"]}


def test_api_corrections_need_the_token_and_apply(app: TestClient) -> None:
    body = {"kind": "merge", "other_id": "L-halvorsen", "reason": "same person"}
    assert app.post("/api/v1/entities/Q-mira/corrections", json=body).status_code == 401
    assert app.post("/api/v1/entities/Q-mira/corrections", json=body,
                    headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert "L-halvorsen" in _entity_ids(app)
    made = app.post("/api/v1/entities/Q-mira/corrections", json=body, headers=AUTH)
    assert made.status_code == 201 and made.json()["kind"] == "merge"
    assert "L-halvorsen" not in _entity_ids(app)
    gone = app.get("/api/v1/entities/L-halvorsen").json()
    assert gone["merged_into"] == "Q-mira" and gone["corrections"][0]["reason"] == "same person"
    assert "Merged by an analyst into" in app.get("/entities/L-halvorsen").text
    listed = app.get("/api/v1/corrections", params={"entity": "Q-mira"}).json()
    assert listed["total"] == 1 and listed["items"][0]["reason"] == "same person"
    assert app.delete(f"/api/v1/corrections/{made.json()['id']}").status_code == 401
    undone = app.delete(f"/api/v1/corrections/{made.json()['id']}", headers=AUTH)
    assert undone.status_code == 200 and undone.json()["undone_at"]
    assert "L-halvorsen" in _entity_ids(app)


def test_api_bad_ids_and_bad_bodies(app: TestClient) -> None:
    missing = app.post("/api/v1/entities/Q-nobody/corrections", json={"kind": "not_entity"}, headers=AUTH)
    assert missing.status_code == 404 and "Q-nobody" in missing.json()["error"]["message"]
    other = app.post("/api/v1/entities/Q-mira/corrections", json={"kind": "merge", "other_id": "Q-x"},
                     headers=AUTH)
    assert other.status_code == 404 and "Q-x" in other.json()["error"]["message"]
    assert app.delete("/api/v1/corrections/77", headers=AUTH).status_code == 404
    no_name = app.post("/api/v1/entities/Q-mira/corrections", json={"kind": "rename"}, headers=AUTH)
    assert no_name.status_code == 400 and "needs a new name" in no_name.json()["error"]["message"]
    bad_kind = app.post("/api/v1/entities/Q-mira/corrections", json={"kind": "delete"}, headers=AUTH)
    assert bad_kind.status_code == 422


def test_read_only_server_refuses_corrections(archive: Path) -> None:
    with TestClient(create_app(str(archive), None, rate_limit=0)) as c:
        refused = c.post("/api/v1/entities/Q-mira/corrections", json={"kind": "not_entity"})
        assert refused.status_code == 403
        page = c.get("/entities/Q-mira")
        assert page.status_code == 200 and "Writing is off" in page.text


def test_web_form_renames_and_undoes(app: TestClient) -> None:
    form = {"kind": "rename", "name": "Harbour Board", "reason": "official", "token": TOKEN}
    assert app.post("/entities/Q-port/corrections", data={**form, "token": "no"}).status_code == 401
    done = app.post("/entities/Q-port/corrections", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/entities/Q-port"
    page = app.get("/entities/Q-port").text
    assert "Harbour Board" in page and "official" in page and "/corrections/1/undo" in page
    bad = app.post("/entities/Q-mira/corrections", data={"kind": "split", "article_id": "a1",
                                                         "mention": "x", "token": TOKEN})
    assert bad.status_code == 400 and "START-END" in bad.text
    undone = app.post("/corrections/1/undo", data={"token": TOKEN}, follow_redirects=False)
    assert undone.status_code == 303
    assert "Port Authority" in app.get("/entities/Q-port").text


def test_cli_entity_corrections(archive: Path) -> None:
    run = CliRunner().invoke
    db = ["--db", str(archive)]
    assert "Halvorsen" in run(main, [*db, "entity", "L-halvorsen"]).output  # show still works
    merged = run(main, [*db, "entity", "merge", "Q-mira", "L-halvorsen", "--reason", "same person"])
    assert merged.exit_code == 0 and "L-halvorsen → Q-mira" in merged.output
    assert "[Q-mira, PER]" in run(main, [*db, "entity", "L-halvorsen"]).output
    listing = run(main, [*db, "entities", "--json"]).output
    assert "L-halvorsen" not in listing and "Q-mira" in listing
    split = run(main, [*db, "entity", "split", "Q-mira", "a1", "--mention", "0-14", "--name", "M. H."])
    assert split.exit_code == 0 and "Q-mira~split2" in split.output
    assert "M. H." in run(main, [*db, "entities"]).output
    history = run(main, [*db, "entity", "corrections"]).output.splitlines()
    assert len(history) == 2 and "same person" in history[0]
    assert run(main, [*db, "entity", "undo", "1"]).exit_code == 0
    assert "undone" in run(main, [*db, "entity", "corrections", "L-halvorsen"]).output
    missing = run(main, [*db, "entity", "rename", "Q-nobody", "X"])
    assert missing.exit_code == 1 and "no entity with id 'Q-nobody'" in missing.output
    assert run(main, [*db, "entity", "split", "Q-mira", "a1", "--mention", "5"]).exit_code == 2
