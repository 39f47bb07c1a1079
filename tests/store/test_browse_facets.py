"""Facets, sorts, filters and keyword rankings of the browsing views give the same answers on
SQLite and PostgreSQL (the PostgreSQL half skips when no server answers)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dragoman.store import open_store
from tests.serving import SPEAKER, STORY, fixture_articles
from tests.store.conftest import pg_schema


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "sqlite":
        opened = open_store(str(tmp_path / "facets.db"))
        for article in fixture_articles():
            opened.put_article(article)
        yield opened
        opened.close()
        return
    with pg_schema() as url:
        opened = open_store(url)
        for article in fixture_articles():
            opened.put_article(article)
        yield opened
        opened.close()


def values(facet: dict[str, Any]) -> dict[Any, int]:
    return {v["value"]: v["count"] for v in facet["values"]}


def test_facets_and_filters(store: Any) -> None:
    facets = store.article_facets(["language", "site", "month", "day"])
    assert values(facets["language"]) == {"en": 1, "ar": 1, "fr": 1}
    assert values(facets["day"]) == {"2024-09-02": 2, "2024-09-03": 1}
    assert values(store.article_facets(["month"], language="ar")["month"]) == {"2024-09": 1}
    quotes = store.quote_facets(["speaker", "direct"], about="x-tallinn")
    assert values(quotes["speaker"]) == {"Annika Saar": 3}
    assert values(quotes["direct"]) == {"direct": 3}
    assert store.list_quotes(speaker=SPEAKER, direct=False)[1] == 0
    entities = store.entity_facets(["type", "language"])
    assert values(entities["type"]) == {"PER": 1, "LOC": 1, "ORG": 1}
    assert values(entities["language"])["fr"] == 2  # Tallinn and Annika Saar
    stories = store.story_facets(["language", "month"])
    assert values(stories["language"]) == {"ar": 1, "en": 1, "fr": 1}
    assert values(stories["month"]) == {"2024-09": 1}


def test_sorts_and_entity_queries(store: Any) -> None:
    newest = [a["id"] for a in store.list_articles(sort="date")[0]]
    assert newest == [a["id"] for a in reversed(store.list_articles(sort="oldest")[0])]
    names = [e["name"] for e in store.list_entities(sort="name")[0]]
    assert names == sorted(names)
    assert store.list_stories(sort="date")[0][0]["id"] == STORY
    assert {r["language"] for r in store.entity_name_sources(SPEAKER)} == {"en", "ar", "fr"}
    assert store.entity_stories(SPEAKER)[0]["articles"] == 3
    assert sum(r["n"] for r in store.speaker_phrases(SPEAKER)) == 3


def test_keyword_ranking_counts_every_match(store: Any) -> None:
    ranking, total = store.keyword_ranking("corridor")
    assert total == len(ranking) == 2  # the English and the French article
    assert store.keyword_ranking("corridor", language="fr")[1] == 1
    assert store.keyword_ranking("الممر")[0][0][0] == "t-fixture-ar"
    assert store.keyword_ranking("")[1] == 0
    assert set(store.filtered_article_ids(site="Harbour Gazette")) == {"t-fixture-en"}
