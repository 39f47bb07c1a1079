"""The article page tells why each mention links where it does (a tooltip on the mention
and on the entity, the reasons beside it), and the entity page lists the titles written with
the name, each with its articles. Served by the test client, no browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dragoman.model import Article, Mention
from dragoman.server import create_app
from dragoman.web.render import highlight
from tests.api.test_link_reasons import build


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(build(tmp_path / "links.db")), None, rate_limit=0)) as c:
        yield c


def test_highlight_puts_the_link_reason_in_a_tooltip() -> None:
    text = "Ambassador Ines Varga said <yes>."
    art = Article(id="h", source="t", text=text, mentions=[
        Mention(11, 21, "Ines Varga", "PER", "L-varga", 0.93, "referent", "Ambassador <b>"),
        Mention(27, 32, "<yes>", "MISC", None, 0.4)])
    html = str(highlight(art))
    assert 'title="linked: referent · 0.93 · Ambassador &lt;b&gt;"' in html
    assert 'title="not linked · 0.40"' in html
    assert "<b>" not in html  # the role is escaped like all content


def test_article_page_shows_each_link_with_its_reason(client: TestClient) -> None:
    page = client.get("/articles/r1")
    assert page.status_code == 200, page.text
    html = page.text
    assert 'title="linked: new · 0.91 · Ambassador"' in html  # the mention in the text
    assert 'title="linked: new · 0.91; linked: referent · 0.62"' in html  # the entity chip
    assert "an unknown name: a new learned entity" in html  # the reason's description


def test_entity_page_lists_roles_by_article(client: TestClient) -> None:
    page = client.get("/entities/L-varga")
    assert page.status_code == 200, page.text
    html = page.text
    assert "roles-by-article" in html and "Foreign Minister" in html
    assert 'href="/articles/r2"' in html and "Harbour talks" in html
