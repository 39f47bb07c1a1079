"""The analyst's workspace over HTTP: watchlists (CRUD, Atom feed), the /api/v1/ index, the
offline API explorer and its own CSP, the ingest form's format sniffing and writes-off
state, paging words, one colour per language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient

from dragoman.server import create_app
from dragoman.web.render import bar_chart, language_colour
from dragoman.web.views import templates
from tests.api.conftest import TOKEN
from tests.serving import HOSTILE, SPEAKER, copy_archive

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def editor(archive_path: Path, tmp_path: Path) -> Iterator[TestClient]:
    """Writes on, over a copy of the built archive."""
    db = copy_archive(archive_path, tmp_path / "copy.db")
    with TestClient(create_app(str(db), TOKEN, rate_limit=0)) as c:
        yield c


def test_index_lists_every_endpoint(client: TestClient) -> None:
    index = client.get("/api/v1/").json()
    listed = {(e["method"], e["path"]) for e in index["endpoints"]}
    assert {("GET", "/api/v1/articles"), ("POST", "/api/v1/articles"),
            ("GET", "/api/v1/watchlists/{watchlist_id}/feed.atom"),
            ("DELETE", "/api/v1/watchlists/{watchlist_id}")} <= listed
    spec_paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {p for _, p in listed} == set(spec_paths)
    assert index["explorer"] == "/api/explorer"


def test_watchlist_writes_need_the_token(client: TestClient, editor: TestClient) -> None:
    body = {"name": "saar", "speakers": ["Saar"]}
    assert client.post("/api/v1/watchlists", json=body).status_code == 403
    assert editor.post("/api/v1/watchlists", json=body).status_code == 401
    assert editor.post("/api/v1/watchlists", json=body,
                       headers={"Authorization": "Bearer wrong"}).status_code == 401
    refused = editor.post("/api/v1/watchlists", json={"name": "x", "webhook": "ftp://h/"},
                          headers=AUTH)
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "invalid_parameter"
    empty = editor.post("/api/v1/watchlists", json={"name": "x"}, headers=AUTH)
    assert empty.status_code == 400 and "at least one" in empty.json()["error"]["message"]


def test_watchlist_crud_and_atom_feed(editor: TestClient) -> None:
    created = editor.post("/api/v1/watchlists", headers=AUTH, json={
        "name": "Saar & the corridor", "speakers": ["أنيكا سار"], "languages": ["ar", "fr"]})
    assert created.status_code == 201, created.text
    data = created.json()
    wid = data["id"]
    assert data["hits"] == 4  # two articles and their statements
    assert [w["id"] for w in editor.get("/api/v1/watchlists").json()["items"]] == [wid]
    detail = editor.get(f"/api/v1/watchlists/{wid}").json()
    assert {i["article"]["id"] for i in detail["items"]} == {"t-fixture-ar", "t-fixture-fr"}

    response = editor.get(f"/api/v1/watchlists/{wid}/feed.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.feed.title == "Dragoman watchlist: Saar & the corridor"
    statements = [e for e in feed.entries if e.tags[0].term == "statement"]
    assert len(statements) == 2 and all(e.author.startswith("Annika Saar") for e in statements)
    assert {e.link for e in feed.entries} == {f"http://testserver/articles/t-fixture-{x}"
                                              for x in ("ar", "fr")}
    page = editor.get(f"/watchlists/{wid}")
    assert f'href="/api/v1/watchlists/{wid}/feed.atom"' in page.text
    assert 'type="application/atom+xml"' in page.text
    assert "Saar &amp; the corridor" in editor.get("/watchlists").text

    assert editor.delete(f"/api/v1/watchlists/{wid}").status_code == 401  # no token
    assert editor.delete(f"/api/v1/watchlists/{wid}", headers=AUTH).status_code == 204
    assert editor.get(f"/api/v1/watchlists/{wid}/feed.atom").status_code == 404
    assert editor.get(f"/watchlists/{wid}").status_code == 404


def test_watchlist_page_escapes_hostile_content(editor: TestClient) -> None:
    wid = editor.post("/api/v1/watchlists", headers=AUTH, json={
        "name": "<script>alert(1)</script>", "keywords": ["officials"]}).json()["id"]
    page = editor.get(f"/watchlists/{wid}").text
    assert "<script>" not in page and f"/articles/{HOSTILE}" in page


def test_explorer_runs_offline_with_its_own_csp(client: TestClient) -> None:
    page = client.get("/api/explorer")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-eval" not in csp
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page.text, re.S)
    assert scripts and all('src="/' in attrs and not body.strip() for attrs, body in scripts)
    assert "http" not in "".join(attrs for attrs, _ in scripts)  # nothing from a CDN
    for attrs, _ in scripts:
        src = re.search(r'src="([^"]+)"', attrs)
        assert src and client.get(src.group(1)).status_code == 200
    assert "/api/v1/openapi.json" in client.get("/api/explorer/init.js").text
    other = client.get("/articles").headers["content-security-policy"]
    assert "script-src" not in other and "default-src 'none'" in other  # no script elsewhere


def test_ingest_form_writes_off_is_visible(client: TestClient) -> None:
    text = client.get("/ingest").text
    assert "Writing is off on this server" in text
    assert re.search(r"<fieldset[^>]*disabled", text)
    assert re.search(r"<button[^>]*disabled", text)
    assert '<option value="auto">' in text.split("<select")[1].split("</option>")[0]


def test_ingest_form_sniffs_html(editor: TestClient) -> None:
    html = ("<html><head><title>Ferry timetable changes – Bay Times</title></head><body>"
            "<article><h1>Ferry timetable changes</h1><p>The island ferry will leave an hour "
            "earlier from Monday, the operator said, so that commuters reach the mainland "
            "before the morning trains depart.</p><p>Evening crossings stay as they are, and "
            "the weekend timetable is unchanged for the rest of the season.</p></article>"
            "</body></html>")
    form = {"kind": "auto", "content": html, "token": TOKEN}
    assert "first ingest" in editor.get("/ingest").text  # the slow first POST is announced
    response = editor.post("/ingest", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text
    article = editor.get("/api/v1" + response.headers["location"]).json()
    assert "<p>" not in article["text"] and "island ferry" in article["text"]
    assert article["title"] == "Ferry timetable changes"


def test_pager_words_follow_the_order() -> None:
    pager = templates.env.get_template("macros.html").module.pager  # type: ignore[attr-defined]
    pages = {"prev": "?offset=0", "next": "?offset=40"}
    dated = str(pager(pages))
    assert "← newer" in dated and "older →" in dated
    ranked = str(pager(pages, ("← previous", "next →")))
    assert "older" not in ranked and "next →" in ranked


def test_entity_list_pages_without_date_words(client: TestClient) -> None:
    total = client.get("/api/v1/entities?limit=1").json()["total"]
    page = client.get(f"/entities?offset={max(0, total - 1)}").text
    assert "older →" not in page and "← newer" not in page
    if total > 1:
        assert "← previous" in page


def test_one_colour_per_language_on_every_chart(client: TestClient) -> None:
    first = bar_chart([{"day": "2024-09-02", "language": "fr", "n": 1},
                       {"day": "2024-09-02", "language": "ar", "n": 2}], "n", "one")
    second = bar_chart([{"day": "2024-09-03", "language": "fr", "n": 1},
                        {"day": "2024-09-03", "language": "en", "n": 2},
                        {"day": "2024-09-03", "language": "xx", "n": 1}], "n", "two")
    for chart in (first, second):
        assert f'fill="{language_colour("fr")}"' in chart
    assert language_colour("xx") == language_colour("xx")
    assert len({language_colour(code) for code in ("en", "ar", "fr", "ru", "es", "hi")}) == 6
    entity_page = client.get(f"/entities/{SPEAKER}").text
    assert f'fill="{language_colour("ar")}"' in entity_page
