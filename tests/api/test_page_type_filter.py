"""The page-type filter and facet of the article lists (API): the default list holds articles
and live blogs, ``page_type`` chooses another type or all, the facet counts every type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dragoman import Archive
from dragoman.model import Article
from dragoman.server import create_app

API = "/api/v1"
# (id, page type, language): three articles, a live blog, two listings, one media page.
PAGES = [("p-art-1", "article", "de"), ("p-art-2", "article", "fr"),
         ("p-art-3", "article", "de"), ("p-live", "liveblog", "de"),
         ("p-list-1", "listing", "de"), ("p-list-2", "listing", "fr"),
         ("p-media", "media", "de")]


def typed_archive(path: Path) -> Path:
    with Archive(str(path)) as archive:
        for n, (aid, kind, lang) in enumerate(PAGES):
            archive.store.put_article(Article(
                id=aid, source=f"fixture:{aid}", language=lang, page_type=kind,  # type: ignore[arg-type]
                title=f"Seite {n}", published=f"2024-10-0{n + 1}", published_confidence=1.0,
                text=f"Ein kurzer Text Nummer {n} über den Hafen von Kiel."))
    return path


@pytest.fixture(scope="module")
def typed_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = typed_archive(tmp_path_factory.mktemp("typed") / "typed.db")
    with TestClient(create_app(str(db), None, rate_limit=0)) as c:
        yield c


def get(client: TestClient, **params: Any) -> Any:
    response = client.get(API + "/articles", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def counts(facet: dict[str, Any]) -> dict[Any, int]:
    return {v["value"]: v["count"] for v in facet["values"]}


def ids(view: dict[str, Any]) -> set[str]:
    return {a["id"] for a in view["items"]}


def test_default_list_holds_articles_and_live_blogs(typed_client: TestClient) -> None:
    view = get(typed_client)
    assert ids(view) == {"p-art-1", "p-art-2", "p-art-3", "p-live"}
    assert view["total"] == 4
    # the other facets count the rows the list shows
    assert sum(counts(view["facets"]["language"]).values()) == view["total"]
    # the page_type facet counts every type, so other types can be chosen
    assert counts(view["facets"]["page_type"]) == {"article": 3, "liveblog": 1, "listing": 2,
                                                   "media": 1}


def test_page_type_chooses_one_type_or_all(typed_client: TestClient) -> None:
    listings = get(typed_client, page_type="listing")
    assert ids(listings) == {"p-list-1", "p-list-2"}
    assert counts(listings["facets"]["language"]) == {"de": 1, "fr": 1}
    assert listings["filters"]["page_type"] == "listing"
    assert get(typed_client, page_type="all")["total"] == len(PAGES)
    assert ids(get(typed_client, page_type="liveblog")) == {"p-live"}


def test_page_type_combines_with_other_filters(typed_client: TestClient) -> None:
    view = get(typed_client, page_type="listing", language="fr", facets="page_type,language")
    assert ids(view) == {"p-list-2"}
    # the page_type facet follows the other filters (French pages only)
    assert counts(view["facets"]["page_type"]) == {"article": 1, "listing": 1}
    assert list(view["facets"]) == ["page_type", "language"]


def test_unknown_page_type_is_refused(typed_client: TestClient) -> None:
    response = typed_client.get(API + "/articles", params={"page_type": "recipe"})
    assert response.status_code == 400
    assert "page_type" in response.text


def test_export_follows_the_page_type(typed_client: TestClient) -> None:
    response = typed_client.get(API + "/articles", params={"page_type": "media",
                                                           "format": "json"})
    assert response.status_code == 200
    assert [row["id"] for row in response.json()] == ["p-media"]
