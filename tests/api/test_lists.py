"""List views (API and web): exact facets, filters that combine, page X of Y, sorting, CSV and
JSON export of exactly the filtered view, and bad parameters answered with 400."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.serving import SPEAKER, STORY

API = "/api/v1"


def ok(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(API + path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def counts(facet: dict[str, Any]) -> dict[Any, int]:
    return {v["value"]: v["count"] for v in facet["values"]}


@pytest.mark.parametrize("path", ["/articles", "/quotations"])
def test_facets_add_up_to_the_exact_total(client: TestClient, path: str) -> None:
    view = ok(client, path, facets="language,month,day")
    for name in ("language", "month", "day"):
        facet = view["facets"][name]
        assert sum(counts(facet).values()) + facet["more_count"] == view["total"], name


def test_article_facets_follow_the_filters(client: TestClient) -> None:
    everything = ok(client, "/articles")
    arabic = ok(client, "/articles", language="ar")
    assert counts(everything["facets"]["language"])["ar"] == arabic["total"]
    assert set(counts(arabic["facets"]["language"])) == {"ar"}
    # filters combine: language AND story AND date
    combined = ok(client, "/articles", language="ar", story=STORY, since="2024-09-01",
                  until="2024-09-30")
    assert [a["id"] for a in combined["items"]] == ["t-fixture-ar"]
    assert combined["filters"] == {"language": "ar", "story": STORY, "since": "2024-09-01",
                                   "until": "2024-09-30"}
    month = counts(ok(client, "/articles", story=STORY)["facets"]["month"])
    assert month == {"2024-09": 3}


def test_paging_has_exact_totals_and_page_numbers(client: TestClient) -> None:
    total = ok(client, "/articles", limit=1)["total"]
    limit = 3
    seen: list[str] = []
    offset = 0
    pages = -(-total // limit)
    for number in range(1, pages + 1):
        view = ok(client, "/articles", limit=limit, offset=offset)
        assert view["page"] == number and view["pages"] == pages and view["total"] == total
        seen += [a["id"] for a in view["items"]]
        if view["next_offset"] is None:
            break
        offset = view["next_offset"]
        assert ok(client, "/articles", limit=limit, offset=offset)["prev_offset"] == offset - limit
    assert len(seen) == len(set(seen)) == total


def test_sorting(client: TestClient) -> None:
    newest = ok(client, "/articles", story=STORY)["items"]
    oldest = ok(client, "/articles", story=STORY, sort="oldest")["items"]
    assert [a["id"] for a in newest] == [a["id"] for a in reversed(oldest)]
    by_name = [e["name"] for e in ok(client, "/entities", sort="name", limit=50)["items"]]
    assert by_name == sorted(by_name)
    by_count = [e["mentions"] for e in ok(client, "/entities", limit=50)["items"]]
    assert by_count == sorted(by_count, reverse=True)
    stories = ok(client, "/stories", sort="date", limit=50)["items"]
    dates = [s["last_seen"] or "" for s in stories]
    assert dates == sorted(dates, reverse=True)


def test_entity_and_story_facets(client: TestClient) -> None:
    people = ok(client, "/entities", type="PER")
    assert set(counts(people["facets"]["type"])) == {"PER"}
    assert counts(people["facets"]["type"])["PER"] == people["total"]
    in_arabic = ok(client, "/entities", language="ar")
    assert SPEAKER in {e["id"] for e in in_arabic["items"]}
    stories = ok(client, "/stories")
    assert counts(stories["facets"]["language"])["fr"] == ok(client, "/stories",
                                                              language="fr")["total"]


def test_quotation_filters_and_facets(client: TestClient) -> None:
    by_her = ok(client, "/quotations", speaker=SPEAKER, facets="speaker,direct,language")
    assert counts(by_her["facets"]["speaker"]) == {"Annika Saar": 3}
    assert counts(by_her["facets"]["direct"]) == {"direct": 3}
    assert ok(client, "/quotations", speaker=SPEAKER, direct="false")["total"] == 0
    about_tallinn = ok(client, "/quotations", about="x-tallinn")
    assert about_tallinn["total"] == 3  # her three quotations in articles naming Tallinn
    assert ok(client, "/quotations", about=SPEAKER)["total"] == 0  # her own are "by", not "about"


def test_csv_and_json_export_the_whole_filtered_view(client: TestClient) -> None:
    view = ok(client, "/articles", language="ar", limit=1)
    exported = client.get(API + "/articles", params={"language": "ar", "format": "csv",
                                                    "limit": 1})
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    assert "attachment" in exported.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert len(rows) == view["total"] and {r["language"] for r in rows} == {"ar"}
    as_json = client.get(API + "/quotations", params={"speaker": SPEAKER, "format": "json"})
    assert [q["article_id"] for q in as_json.json()] == [
        q["article_id"] for q in ok(client, "/quotations", speaker=SPEAKER)["items"]]


def test_csv_cells_cannot_become_formulas(client: TestClient) -> None:
    from dragoman.views.listing import to_csv

    text = to_csv("entities", [{"id": "x", "name": "=HYPERLINK(\"http://e.example\")",
                                "mentions": -1}])
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["name"].startswith("'=") and row["mentions"] == "-1"


@pytest.mark.parametrize("path,params,word", [
    ("/articles", {"facets": "colour"}, "facet"),
    ("/articles", {"sort": "popularity"}, "sort"),
    ("/articles", {"since": "2024-02-30"}, "since"),
    ("/articles", {"since": "2024-09-10", "until": "2024-09-01"}, "since"),
    ("/articles", {"offset": 5000}, "offset"),
    ("/quotations", {"facets": "site"}, "facet"),
    ("/entities", {"sort": "date"}, "sort"),
    ("/stories", {"offset": 9000}, "offset"),
    ("/search", {"q": "corridor", "mode": "keyword", "offset": 500}, "offset"),
    ("/search", {"q": "corridor", "mode": "keyword", "facets": "speaker"}, "facet"),
])
def test_bad_parameters_are_400_with_a_message(client: TestClient, path: str,
                                               params: dict[str, Any], word: str) -> None:
    response = client.get(API + path, params=params)
    assert response.status_code == 400, response.text
    assert word in response.json()["error"]["message"]
    if path != "/stories":  # the stories list page is the home page, with its own periods
        page = client.get(path, params=params)  # the web page says the same, as HTML
        assert page.status_code == 400 and word in page.text


def test_web_lists_are_shareable_views(client: TestClient) -> None:
    page = client.get("/articles", params={"language": "ar", "sort": "oldest"}).text
    assert "page 1 of 1" in page
    assert "/api/v1/articles?language=ar&amp;sort=oldest&amp;format=csv" in page
    assert 'aria-current="true">oldest' in page
    # a facet value links to the same view with that filter added
    everything = client.get("/articles").text
    assert "/articles?language=ar" in everything
    quotes = client.get("/quotations", params={"about": "x-tallinn"}).text
    assert "/quotations?about=x-tallinn&amp;direct=true" in quotes


def test_web_pager_says_page_x_of_y(client: TestClient) -> None:
    total = ok(client, "/entities", limit=1)["total"]
    pages = -(-total // 20)
    if pages < 2:
        pytest.skip("the test archive's entities fit on one page")
    last = client.get("/entities", params={"offset": (pages - 1) * 20}).text
    assert f"page {pages} of {pages}" in last and "← previous" in last and "next →" not in last
