"""Page types: stored on both backends; listings, media and other pages stay out of stories and
the default article list, and are shown on request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman.model import Article
from dragoman.store import open_store
from tests.store.conftest import pg_schema


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "archive.db")
        return
    with pg_schema() as url:
        yield url


def _page(aid: str, page_type: str) -> Article:
    return Article(id=aid, source="test", text=f"Text of page {aid} about the harbour.", title=aid,
                   language="en", page_type=page_type)  # type: ignore[arg-type]


def test_non_articles_are_kept_out_of_stories_and_default_lists(location: str) -> None:
    store = open_store(location)
    try:
        for aid, kind in (("a1", "article"), ("l1", "liveblog"), ("h1", "listing"), ("v1", "media")):
            store.put_article(_page(aid, kind))
        assert store.get_article("h1").page_type == "listing"
        listed, total = store.list_articles()
        assert sorted(r["id"] for r in listed) == ["a1", "l1"] and total == 2
        everything, _ = store.list_articles(page_type="all")
        assert sorted(r["id"] for r in everything) == ["a1", "h1", "l1", "v1"]
        media, _ = store.list_articles(page_type="media")
        assert [r["id"] for r in media] == ["v1"]
        assert sorted(store.unclustered_article_ids()) == ["a1", "l1"]
    finally:
        store.close()
