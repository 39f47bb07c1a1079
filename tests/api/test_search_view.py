"""Search through the API and the web page: exact totals and paging, highlighted matches
(Arabic folded like the index), filters, and cross-lingual hits in both directions."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dragoman.language.normalize import normalize_for_match
from tests.serving import STORY

API = "/api/v1"


def ok(client: TestClient, **params: Any) -> Any:
    response = client.get(API + "/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def texts(client: TestClient) -> dict[str, str]:
    rows = client.get(API + "/articles", params={"format": "json"}).json()
    return {r["id"]: client.get(f"{API}/articles/{r['id']}").json()["text"] for r in rows}


def test_keyword_total_is_exact_and_pages_cover_it(client: TestClient) -> None:
    word = "corridor"
    expected = {i for i, t in texts(client).items()
                if word in re.findall(r"\w+", normalize_for_match(t))}
    first = ok(client, q=word, mode="keyword", limit=1)
    assert first["total"] == len(expected) >= 2 and first["pages"] == len(expected)
    found: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = ok(client, q=word, mode="keyword", limit=1, offset=offset)
        found += [h["article_id"] for h in page["items"]]
        offset = page["next_offset"]
    assert set(found) == expected and len(found) == len(expected)


def test_highlights_point_at_the_matched_words(client: TestClient) -> None:
    for query, language in (("corridor", "en"), ("الإثنين", "ar")):  # الاثنين in the text
        view = ok(client, q=query, mode="keyword", language=language)
        assert view["items"], query
        for hit in view["items"]:
            text = client.get(f"{API}/articles/{hit['article_id']}").json()["text"]
            assert text[hit["snippet_start"]:hit["snippet_end"]] == hit["snippet"]
            marked = [text[s:e] for s, e in hit["highlights"]]
            assert marked and all(normalize_for_match(m) == normalize_for_match(query)
                                  for m in marked), marked


def test_filters_combine(client: TestClient) -> None:
    everything = ok(client, q="corridor", mode="keyword")
    in_story = ok(client, q="corridor", mode="keyword", story=STORY, since="2024-09-03")
    assert [h["article_id"] for h in in_story["items"]] == ["t-fixture-fr"] or \
        in_story["total"] == 0  # "corridor" is English; the French says "corridor" too
    site = ok(client, q="corridor", mode="keyword", site="Harbour Gazette")
    assert [h["article_id"] for h in site["items"]] == ["t-fixture-en"]
    assert sum(v["count"] for v in everything["facets"]["language"]["values"]) == \
        everything["total"]


def test_sort_by_date(client: TestClient) -> None:
    hits = ok(client, q="corridor", mode="keyword", sort="oldest")["items"]
    dates = [h["published"] or "" for h in hits]
    assert dates == sorted(dates)


def test_web_search_marks_matches_and_counts(client: TestClient) -> None:
    page = client.get("/search", params={"q": "بابقاء", "mode": "keyword"}).text
    assert "<mark>بإبقاء</mark>" in page  # in the title: بإبقاء
    assert "1–1 of 1 result" in page and "page 1 of 1" in page
    body = client.get("/search", params={"q": "الإثنين", "mode": "keyword"}).text
    assert "<mark>الاثنين</mark>" in body  # in the text, written without hamza
    hostile = client.get("/search", params={"q": "officials", "mode": "keyword"}).text
    assert "<script>document" not in hostile and "<mark>Officials</mark>" in hostile


# The bundled samples (ingested, so embedded) hold one summit report in English and Arabic.
@pytest.mark.parametrize("query,language,title", [
    ("Allies pledge long-term air defence aid for Ukraine at the Washington summit", "ar",
     "الحلفاء يتعهدون بدعم طويل الأمد للدفاع الجوي الأوكراني"),
    ("الحلفاء يتعهدون بدعم طويل الأمد للدفاع الجوي الأوكراني في قمة واشنطن", "en",
     "Allies Pledge Long-Term Air Defence Aid for Ukraine"),
])
def test_hybrid_search_crosses_languages_both_ways(client: TestClient, query: str,
                                                   language: str, title: str) -> None:
    view = ok(client, q=query, language=language)
    if view["mode"] != "hybrid":
        pytest.skip("no embedder installed: keyword search only")
    assert view["items"] and view["items"][0]["title"].startswith(title)
    assert all(h["language"] == language for h in view["items"])
    assert view["total"] == len(view["items"])  # one page: every hit is listed
