"""The web article list: the page-type facet links to the other types and the filter form
keeps the chosen type (no browser: the pages as served)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from dragoman.server import create_app
from tests.api.test_page_type_filter import typed_archive


def test_page_type_facet_and_form(tmp_path: Path) -> None:
    db = typed_archive(tmp_path / "typed.db")
    with TestClient(create_app(str(db), None, rate_limit=0)) as client:
        default = client.get("/articles")
        assert default.status_code == 200
        html = default.text
        assert "p-list-1" not in html and "p-art-1" in html
        assert re.search(r'<h2>page_type</h2>', html)
        link = re.search(r'href="(/articles\?page_type=listing)"', html)
        assert link, "the facet links to the listing pages"
        assert '<option value="articles" selected>' in html

        listings = client.get(link.group(1))
        assert listings.status_code == 200
        assert "p-list-1" in listings.text and "p-art-1" not in listings.text
        assert '<option value="listing" selected>' in listings.text
        # the active value links back to the unfiltered list
        assert re.search(r'href="/articles" aria-current="true"', listings.text)

        assert client.get("/articles", params={"page_type": "recipe"}).status_code == 400
