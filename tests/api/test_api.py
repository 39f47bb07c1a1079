"""The JSON API: every endpoint, filters, paging, error bodies, writes and limits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dragoman.server import create_app
from tests.api.conftest import TOKEN
from tests.serving import HOSTILE, SPEAKER, STORY, STORYLINE

API = "/api/v1"


def ok(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(API + path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["status"] == status and body["code"] and body["message"]
    return body


def test_health_and_stats(client: TestClient) -> None:
    health = ok(client, "/health")
    assert health["status"] == "ok" and health["articles"] >= 11 and health["writes"] is False
    stats = ok(client, "/stats")
    assert stats["articles"] == health["articles"]
    assert {"en", "ar", "fr", "es"} <= set(stats["languages"])
    assert stats["stories"] >= 2 and stats["storylines"] >= 1 and stats["quotes"] >= 4


def test_article_list_filters_and_paging(client: TestClient) -> None:
    arabic = ok(client, "/articles", language="ar")
    assert arabic["total"] >= 3 and {a["language"] for a in arabic["items"]} == {"ar"}
    first = ok(client, "/articles", limit=2)
    second = ok(client, "/articles", limit=2, offset=2)
    assert first["next_offset"] == 2 and len(first["items"]) == 2
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    story = ok(client, "/articles", story=STORY)
    assert {a["language"] for a in story["items"]} == {"en", "ar", "fr"}
    by_entity = ok(client, "/articles", entity="x-baltic-council")
    assert {a["id"] for a in by_entity["items"]} == {"t-fixture-en", "t-fixture-ar"}
    dated = ok(client, "/articles", since="2024-09-03", until="2024-09-03")
    assert dated["items"] and all(a["published"].startswith("2024-09-03")
                                  for a in dated["items"])
    assert ok(client, "/articles", site="Harbour Gazette")["total"] == 1
    assert ok(client, "/articles", storyline=STORYLINE)["total"] == 3


@pytest.mark.parametrize("params", [{"limit": 101}, {"limit": 0}, {"offset": -1},
                                    {"since": "03/09/2024"}, {"language": "Arabic"},
                                    {"until": "2024-09-03' OR 1=1 --"}])
def test_invalid_parameters_are_422_with_an_error_body(client: TestClient,
                                                       params: dict[str, Any]) -> None:
    body = error(client.get(API + "/articles", params=params), 422)
    assert body["code"] == "invalid_parameter" and body["details"]


def test_article_detail_offsets_point_into_the_text(client: TestClient) -> None:
    art = ok(client, "/articles/t-fixture-ar")
    assert art["language"] == "ar" and art["date_certainty"] == "uncertain"
    for entity in art["entities"]:
        for m in entity["mentions"]:
            assert art["text"][m["start"]:m["end"]] == m["text"]
    quote = art["quotes"][0]
    assert art["text"][quote["start"]:quote["end"]] == quote["text"]
    assert quote["speaker"]["id"] == SPEAKER
    assert ok(client, "/articles/t-fixture-en")["date_certainty"] == "certain"
    missing = error(client.get(API + "/articles/t-no-such-article"), 404)
    assert "t-no-such-article" in missing["message"] and ".db" not in missing["message"]


def test_keyword_search(client: TestClient) -> None:
    found = ok(client, "/search", q="corridor", mode="keyword")
    assert found["mode"] == "keyword"
    assert "t-fixture-en" in {h["article_id"] for h in found["items"]}
    arabic = ok(client, "/search", q="ممر الحبوب", lang="ar", mode="keyword")
    assert arabic["items"] and all(h["language"] == "ar" for h in arabic["items"])
    error(client.get(API + "/search"), 422)
    error(client.get(API + "/search", params={"q": "x" * 501}), 422)
    error(client.get(API + "/search", params={"q": "x", "mode": "fuzzy"}), 422)


def test_hybrid_search_falls_back_to_keyword_hits(client: TestClient) -> None:
    found = ok(client, "/search", q="corridor")  # hybrid unless no embedder is installed
    assert found["mode"] in {"hybrid", "keyword"}
    assert "t-fixture-en" in {h["article_id"] for h in found["items"]}


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(a b", "corridor AND", "*", "a:b",
                                   "^title", "(((", "'; DROP TABLE articles; --"])
def test_search_syntax_never_fails_with_500(client: TestClient, query: str) -> None:
    response = client.get(API + "/search", params={"q": query, "mode": "keyword"})
    assert response.status_code in {200, 400}, response.text
    if response.status_code == 400:
        error(response, 400)
    assert ok(client, "/health")["articles"] >= 11  # nothing was dropped


def test_entities(client: TestClient) -> None:
    listed = ok(client, "/entities", type="PER")
    assert SPEAKER in {e["id"] for e in listed["items"]}
    assert all(e["type"] == "PER" for e in listed["items"])
    assert ok(client, "/entities", name="Baltic")["items"][0]["id"] == "x-baltic-council"
    assert ok(client, "/entities", name="%")["total"] == 0  # LIKE wildcards are literal
    detail = ok(client, f"/entities/{SPEAKER}")
    assert detail["names"]["ar"] == "أنيكا سار" and detail["names"]["fr"] == "Annika Saar"
    assert {r["id"] for r in detail["related"]} >= {"x-tallinn", "x-baltic-council"}
    assert {(t["day"], t["language"]) for t in detail["timeline"]} >= {
        ("2024-09-02", "en"), ("2024-09-02", "ar"), ("2024-09-03", "fr")}
    assert detail["quote_total"] == 3 and detail["article_total"] == 3
    error(client.get(API + "/entities/x-nobody"), 404)
    error(client.get(API + "/entities", params={"type": "PERSON"}), 422)


def test_quotations(client: TestClient) -> None:
    by_speaker = ok(client, "/quotations", speaker=SPEAKER)
    assert by_speaker["total"] == 3
    assert {q["language"] for q in by_speaker["items"]} == {"en", "ar", "fr"}
    by_name = ok(client, "/quotations", speaker="Annika Saar")
    assert by_name["total"] == 3
    french = ok(client, "/quotations", speaker=SPEAKER, language="fr")
    assert [q["article_id"] for q in french["items"]] == ["t-fixture-fr"]
    dated = ok(client, "/quotations", speaker=SPEAKER, since="2024-09-03")
    assert [q["article_id"] for q in dated["items"]] == ["t-fixture-fr"]


def test_stories_and_storylines(client: TestClient) -> None:
    stories = ok(client, "/stories")
    grain = next(s for s in stories["items"] if s["id"] == STORY)
    assert grain["languages"] == ["ar", "en", "fr"] and grain["articles"] == 3
    assert grain["titles"]["ar"].startswith("وزراء")
    assert ok(client, "/stories", language="fr")["total"] >= 1
    assert STORY not in {s["id"] for s in ok(client, "/stories", since="2024-09-04")["items"]}
    story = ok(client, f"/stories/{STORY}")
    assert set(story["by_language"]) == {"ar", "en", "fr"}
    assert sum(c["articles"] for c in story["coverage"]) == 3
    assert story["storyline_id"] == STORYLINE
    lines = ok(client, "/storylines")
    line_row = next(s for s in lines["items"] if s["id"] == STORYLINE)
    assert line_row["stories"] == 1 and line_row["titles"]["en"].startswith("Ministers")
    line = ok(client, f"/storylines/{STORYLINE}")
    assert [s["id"] for s in line["stories"]] == [STORY]
    error(client.get(API + "/stories/no-such-story"), 404)
    error(client.get(API + "/storylines/no-such-line"), 404)


def test_unknown_path_and_method(client: TestClient) -> None:
    error(client.get(API + "/nothing-here"), 404)
    error(client.delete(API + "/articles/t-fixture-en"), 405)


def test_head_is_answered_like_get_without_a_body(client: TestClient) -> None:
    for path in (API + "/articles", "/"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.content == b""
    assert client.head(API + "/articles/no-such-article").status_code == 404


def test_openapi_and_docs(client: TestClient) -> None:
    spec = ok(client, "/openapi.json")
    for path in ("/api/v1/articles", "/api/v1/search", "/api/v1/entities/{entity_id}",
                 "/api/v1/quotations", "/api/v1/stories", "/api/v1/storylines",
                 "/api/v1/health", "/api/v1/stats"):
        assert path in spec["paths"]
    assert "post" in spec["paths"]["/api/v1/articles"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/v1/quotations" in docs.text


# -- writing ---------------------------------------------------------------------------------
PAGE = ("Ferry crews end strike after pay deal\n\nBy Ines Varga\n4 September 2024\n\n"
        "Ferry crews on the northern routes returned to work on Wednesday after union leaders "
        "accepted a two-year pay offer from the operator.\n\n"
        "Services between the islands were expected to run normally by the evening, the "
        "operator said in a statement, after three days of cancellations.\n")


def test_writes_are_off_without_a_token(client: TestClient) -> None:
    body = error(client.post(API + "/articles", json={"text": PAGE}), 403)
    assert "--write-token" in body["message"]


def test_writes_need_the_token(writer: TestClient) -> None:
    error(writer.post(API + "/articles", json={"text": PAGE}), 401)
    error(writer.post(API + "/articles", json={"text": PAGE},
                      headers={"Authorization": "Bearer wrong"}), 401)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = writer.post(API + "/articles", json={"text": PAGE}, headers=auth)
    assert created.status_code == 201, created.text
    article = created.json()
    assert article["language"] == "en" and "returned to work on Wednesday" in article["text"]
    assert article["date_certainty"] in {"certain", "uncertain", "unknown"}
    again = writer.post(API + "/articles", json={"text": PAGE},
                        headers={"X-Dragoman-Token": TOKEN})
    assert again.status_code == 200 and again.json()["id"] == article["id"]
    assert ok(writer, f"/articles/{article['id']}")["title"] == article["title"]


def test_ingest_html_with_url(writer: TestClient) -> None:
    html = ("<html><head><title>Dam repairs finished early</title></head><body><article>"
            "<h1>Dam repairs finished early</h1><p>Engineers completed repairs to the old "
            "reservoir dam two weeks ahead of schedule, the water board said on Friday, and "
            "the footpath across the crest will reopen next month.</p><p>The work cost less "
            "than planned because the damage found under the spillway was smaller than the "
            "surveys had suggested last winter.</p></article></body></html>")
    response = writer.post(API + "/articles", json={"html": html,
                                                    "url": "https://water.example/dam"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    assert response.json()["url"] == "https://water.example/dam"


@pytest.mark.parametrize("payload", [{}, {"text": "a", "html": "<p>a</p>"},
                                     {"text": PAGE, "url": "javascript:alert(1)"},
                                     {"text": 5}])
def test_ingest_validation(writer: TestClient, payload: dict[str, Any]) -> None:
    error(writer.post(API + "/articles", json=payload,
                      headers={"Authorization": f"Bearer {TOKEN}"}), 422)


def test_unusable_page_is_a_400(writer: TestClient) -> None:
    body = error(writer.post(API + "/articles", json={"text": "Home | Login"},
                             headers={"Authorization": f"Bearer {TOKEN}"}), 400)
    assert body["code"] == "bad_request"


def test_oversize_bodies_are_refused(writer: TestClient) -> None:
    big = {"text": "word " * 500_000}
    error(writer.post(API + "/articles", json=big,
                      headers={"Authorization": f"Bearer {TOKEN}"}), 413)

    def chunks() -> Any:  # no Content-Length: the streamed size is counted
        for _ in range(40):
            yield b"x" * 100_000

    error(writer.post(API + "/articles", content=chunks(),
                      headers={"Authorization": f"Bearer {TOKEN}",
                               "Content-Type": "application/json"}), 413)


def test_rate_limit(archive_path: Path) -> None:
    with TestClient(create_app(str(archive_path), None, rate_limit=60)) as limited:
        codes = [limited.get(API + "/health").status_code for _ in range(75)]
        assert codes[0] == 200 and 429 in codes
        body = error(limited.get(API + "/health"), 429)
        assert body["code"] == "rate_limited"
        page = limited.get("/")
        assert page.status_code == 429 and "text/html" in page.headers["content-type"]


def test_hostile_article_is_returned_verbatim_as_json(client: TestClient) -> None:
    art = ok(client, f"/articles/{HOSTILE}")
    assert "<script>" in art["text"]  # the API returns data; escaping is the viewer's job
    response = client.get(f"{API}/articles/{HOSTILE}")
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-content-type-options"] == "nosniff"
