"""Server-rendered pages: every page answers, and scraped content can never become markup."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import TOKEN
from tests.serving import HOSTILE, SPEAKER, STORY, STORYLINE

PAGES = ["/", "/?period=day", "/?period=all", f"/stories/{STORY}", "/stories/story-hostile",
         "/storylines", f"/storylines/{STORYLINE}", "/articles", "/articles?language=ar",
         "/articles/t-fixture-ar", "/articles/t-fixture-en", f"/articles/{HOSTILE}",
         "/entities", f"/entities/{SPEAKER}", "/entities/x-evil", "/quotations",
         "/search?q=corridor&mode=keyword", "/search?q=pwned&mode=keyword",
         "/search?q=officials&mode=keyword", "/search", "/ingest",
         "/docs"]


class Markup(HTMLParser):
    """Every tag and attribute on a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Markup()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("path", PAGES)
def test_page_is_safe(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert "default-src 'none'" in response.headers["content-security-policy"]
    for tag, attrs in parse(response.text):
        assert tag not in {"script", "style", "iframe", "object", "embed", "svg"} or (
            tag == "svg" and attrs.get("class") == "chart"), (path, tag, attrs)
        for name, value in attrs.items():
            assert not name.startswith("on"), (path, tag, name)
            assert name != "style", (path, tag)
            if name in {"href", "src", "action"}:
                assert not (value or "").strip().lower().startswith(("javascript:", "data:")), (
                    path, tag, value)


def test_hostile_text_is_shown_as_text(client: TestClient) -> None:
    page = client.get(f"/articles/{HOSTILE}").text
    assert "&lt;script&gt;document.title=" in page  # visible, inert
    assert "&lt;style&gt;body{display:none}&lt;/style&gt;" in page
    assert 'href="javascript:' not in page  # the bad original link is dropped, not shown
    assert "&lt;svg onload=" in page or "&lt;svg onload=" in client.get("/entities/x-evil").text


def test_article_page_marks_entities_and_quotations(client: TestClient) -> None:
    tags = parse(client.get("/articles/t-fixture-ar").text)
    article = next(attrs for tag, attrs in tags if tag == "article")
    assert article["dir"] == "rtl" and article["lang"] == "ar"
    links = {attrs.get("href") for tag, attrs in tags if tag == "a"}
    assert f"/entities/{SPEAKER}" in links and "/entities/x-tallinn" in links
    assert any(tag == "span" and "quote" in (attrs.get("class") or "") for tag, attrs in tags)
    english = parse(client.get("/articles/t-fixture-en").text)
    assert next(a for t, a in english if t == "article")["dir"] == "ltr"
    assert any(t == "a" and a.get("href") == "https://harbour-gazette.example/grain"
               for t, a in english)


def test_dates_show_their_certainty(client: TestClient) -> None:
    uncertain = client.get("/articles/t-fixture-ar").text
    assert "uncertain" in uncertain
    certain = client.get("/articles/t-fixture-en").text
    assert 'class="badge uncertain"' not in certain


def test_story_page_has_every_language_and_a_chart(client: TestClient) -> None:
    page = client.get(f"/stories/{STORY}").text
    tags = parse(page)
    columns = [a for t, a in tags if t == "section" and a.get("class") == "column"]
    assert {c["lang"] for c in columns} == {"ar", "en", "fr"}
    assert next(c for c in columns if c["lang"] == "ar")["dir"] == "rtl"
    assert any(t == "svg" for t, _ in tags) and any(t == "rect" for t, _ in tags)


def test_entity_page(client: TestClient) -> None:
    page = client.get(f"/entities/{SPEAKER}").text
    assert "أنيكا سار" in page and page.count('<svg class="chart"') == 2  # mentions, quotes
    assert "/entities/x-baltic-council" in page  # related entity
    assert "سنبقي الممر مفتوحا" in page  # her quotation in Arabic


def test_missing_pages_are_html_errors(client: TestClient) -> None:
    for path in ("/articles/t-none", "/stories/none", f"/entities/{quote('<x>')}", "/nowhere"):
        response = client.get(path)
        assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    bad = client.get("/articles?since=yesterday")
    assert bad.status_code == 422 and "invalid request" in bad.text


def test_ingest_form_needs_the_token(client: TestClient, writer: TestClient) -> None:
    assert "Writing is off" in client.get("/ingest").text
    form = {"kind": "text", "content": "Some page", "token": "x"}
    assert client.post("/ingest", data=form).status_code == 403
    assert writer.post("/ingest", data=form).status_code == 401


def test_ingest_form_stores_and_redirects(writer: TestClient) -> None:
    content = ("Valley Post\n\nLibrary reopens after roof repairs\n5 September 2024\n\n"
               "The town library reopened on Thursday after a year of roof repairs, with a new "
               "reading room for children and longer opening hours on weekdays.\n\n"
               "Volunteers moved more than twenty thousand books back onto the shelves during "
               "the last week of August, the librarian said.\n")
    response = writer.post("/ingest", data={"kind": "text", "content": content,
                                            "token": TOKEN}, follow_redirects=False)
    assert response.status_code == 303
    article = writer.get(response.headers["location"])
    assert article.status_code == 200 and "Library reopens after roof repairs" in article.text
    refused = writer.post("/ingest", data={"kind": "text", "content": "Menu", "token": TOKEN})
    assert refused.status_code == 400 and 'class="error"' in refused.text


def test_sample_articles_from_the_pipeline_render(client: TestClient) -> None:
    """The bundled samples, analysed by whatever stages are installed, render with their
    entity links and quotation marks at the stored offsets."""
    listed = client.get("/api/v1/articles", params={"limit": 100}).json()["items"]
    samples = [a for a in listed if not a["id"].startswith(("t-fixture", "t-hostile"))]
    assert samples
    for summary in samples:
        data = client.get(f"/api/v1/articles/{summary['id']}").json()
        tags = parse(client.get(f"/articles/{summary['id']}").text)
        article = next(attrs for tag, attrs in tags if tag == "article")
        assert article["dir"] == ("rtl" if data["language"] == "ar" else "ltr")
        hrefs = {attrs.get("href") for tag, attrs in tags if tag == "a"}
        for entity in data["entities"]:
            if entity["id"]:
                assert f"/entities/{quote(entity['id'], safe='')}" in hrefs
        quotes = [a for t, a in tags if t == "span" and "quote" in (a.get("class") or "")]
        assert len(quotes) >= len({(q["start"], q["end"]) for q in data["quotes"]
                                   if q["end"] <= len(data["text"])})
