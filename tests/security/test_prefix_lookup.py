"""Id-prefix lookups: LIKE wildcards in a prefix are literal characters on SQLite and
PostgreSQL, and a prefix of several ids is refused with the candidates listed (409 in the
API and web pages, a CLI error), never answered with an arbitrary match.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dragoman.errors import AmbiguousId, NotFound
from dragoman.model import Article
from dragoman.server import create_app
from dragoman.store import open_store
from dragoman.store.ids import MAX_CANDIDATES
from tests.store.conftest import pg_schema
from tests.store.test_store_contract import _group

# Ids chosen so that an unescaped "_" or "%" (or a case-folding LIKE) would match two of them.
IDS = ["u1a_bc", "u1axbc", "u1b%cd", "u1bzcd", "u1c\\ef", "u1cxef", "u1Dup"]


def _article(aid: str) -> Article:
    return Article(id=aid, source="test", text=f"The ferry to the island sailed at dawn ({aid}).",
                   title=f"Ferry {aid}", language="en")


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "prefix.db")
        return
    with pg_schema() as url:
        yield url


@pytest.fixture
def filled(location: str) -> Iterator[str]:
    store = open_store(location)
    for aid in IDS:
        store.put_article(_article(aid))
    store.close()
    yield location


# prefix -> the one id it must find
UNIQUE = {"u1a_": "u1a_bc", "u1b%": "u1b%cd", "u1c\\": "u1c\\ef", "u1ax": "u1axbc", "u1D": "u1Dup",
          "u1bzcd": "u1bzcd"}


def test_prefixes_are_literal_and_unique(filled: str) -> None:
    store = open_store(filled)
    try:
        assert {prefix: store.get_article(prefix).id for prefix in UNIQUE} == UNIQUE
        for missing in ("U1A", "u1d", "%", "_", "", "u1a_bcd"):  # case-sensitive, no wildcards
            with pytest.raises(NotFound) as caught:
                store.get_article(missing)
            assert not isinstance(caught.value, AmbiguousId), missing
        with pytest.raises(AmbiguousId) as ambiguous:
            store.get_article("u1b")
        assert ambiguous.value.candidates == ["u1b%cd", "u1bzcd"] and not ambiguous.value.more
        assert "u1b%cd" in str(ambiguous.value) and "u1bzcd" in str(ambiguous.value)
        for aid in (f"u9{i:02d}" for i in range(MAX_CANDIDATES + 2)):
            store.put_article(_article(aid))
        with pytest.raises(AmbiguousId) as many:
            store.get_article("u9")
        assert len(many.value.candidates) == MAX_CANDIDATES and many.value.more
    finally:
        store.close()


def test_story_prefixes_are_literal_and_unique(location: str) -> None:
    store = open_store(location)
    try:
        store.put_groups([_group("story", gid, "2024-06-01", ["en"])  # type: ignore[attr-defined]
                          for gid in ("s_a1", "sxa2")], "test")
        found = store.get_group("story", "s_")  # type: ignore[attr-defined]
        assert found is not None and found["id"] == "s_a1"
        assert store.get_group("story", "zz") is None  # type: ignore[attr-defined]
        with pytest.raises(AmbiguousId) as caught:
            store.get_group("story", "s")  # type: ignore[attr-defined]
        assert caught.value.candidates == ["s_a1", "sxa2"] and caught.value.kind == "story"
    finally:
        store.close()


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    path = str(tmp_path / "served.db")
    store = open_store(path)
    for aid in IDS:
        store.put_article(_article(aid))
    store.close()
    with TestClient(create_app(path, None, rate_limit=0)) as c:
        yield c


def test_api_answers_409_with_candidates(client: TestClient) -> None:
    response = client.get("/api/v1/articles/u1a")
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "ambiguous_id"
    assert error["details"]["candidates"] == ["u1a_bc", "u1axbc"]
    assert client.get("/api/v1/articles/u1a_").json()["id"] == "u1a_bc"
    assert client.get("/api/v1/articles/u1a%25").status_code == 404  # "%" is literal


def test_web_page_answers_409_listing_candidates(client: TestClient) -> None:
    page = client.get("/articles/u1c")
    assert page.status_code == 409 and "text/html" in page.headers["content-type"]
    assert "u1cxef" in page.text and "u1c\\ef" in page.text
    assert "content-security-policy" in page.headers
    assert client.get("/articles/u1cx").status_code == 200


def test_cli_show_names_the_candidates(tmp_path: Path) -> None:
    from dragoman.cli import main

    db = str(tmp_path / "cli.db")
    store = open_store(db)
    for aid in IDS:
        store.put_article(_article(aid))
    store.close()
    result = CliRunner().invoke(main, ["--db", db, "show", "u1b"])
    assert result.exit_code != 0
    assert "ambiguous" in result.output and "u1b%cd" in result.output and "u1bzcd" in result.output
    shown = CliRunner().invoke(main, ["--db", db, "show", "u1b%"])
    assert shown.exit_code == 0 and "Ferry u1b%cd" in shown.output
