"""The entity page for analysts (names with their sources, roles, quotations by and about it,
co-occurring entities, stories) and the article page (its story, similar articles)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from fastapi.testclient import TestClient

from dragoman.cli import main
from dragoman.views.analyst import also_known_as, names_with_sources, roles
from tests.serving import SPEAKER, STORY

API = "/api/v1"


def ok(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(API + path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_entity_names_come_with_their_sources(client: TestClient) -> None:
    entity = ok(client, f"/entities/{SPEAKER}")
    arabic = entity["names_with_sources"]["ar"]
    form = next(f for f in arabic if f["text"] == "أنيكا سار")
    assert [s["id"] for s in form["sources"]] == ["t-fixture-ar"] and form["mentions"] >= 1
    assert {"en", "ar", "fr"} <= set(entity["names_with_sources"])


def test_entity_quotations_by_and_about(client: TestClient) -> None:
    saar = ok(client, f"/entities/{SPEAKER}")
    assert saar["quote_total"] == 3 and saar["quotes_about_total"] == 0
    tallinn = ok(client, "/entities/x-tallinn")
    assert tallinn["quote_total"] == 0 and tallinn["quotes_about_total"] == 3
    speakers = {v["value"]: v["count"]
                for v in tallinn["quotes_about_facets"]["speaker"]["values"]}
    assert speakers == {"Annika Saar": 3}
    page = client.get("/entities/x-tallinn").text
    assert "Quotations about" in page and "/quotations?about=x-tallinn" in page


def test_entity_co_occurrences_and_stories(client: TestClient) -> None:
    saar = ok(client, f"/entities/{SPEAKER}")
    shared = {r["id"]: r["shared"] for r in saar["related"]}
    assert shared["x-tallinn"] == 3 and shared["x-baltic-council"] == 2
    assert [(s["id"], s["articles"]) for s in saar["stories"]] == [(STORY, 3)]
    assert f"/stories/{STORY}" in client.get(f"/entities/{SPEAKER}").text


def test_cli_and_page_show_one_entity_summary(client: TestClient, archive_path: Path) -> None:
    """`dragoman entity` and the entity page read the same summary (views/analyst.py); the
    CLI lists every article with its mentions where the page lists the newest."""
    out = CliRunner().invoke(main, ["--db", str(archive_path), "entity", SPEAKER, "--json"])
    assert out.exit_code == 0, out.output
    shown = json.loads(out.output.splitlines()[0])
    page = ok(client, f"/entities/{SPEAKER}")
    assert {k: shown[k] for k in ("id", "name", "type", "names")} == {
        k: page[k] for k in ("id", "name", "type", "names")}
    assert shown["aliases"] == page["seen_as"] and {"en", "ar", "fr"} <= set(shown["names"])
    assert len(shown["articles"]) == page["article_total"] >= 3
    assert all(a["mentions"] >= 1 for a in shown["articles"])


def test_a_name_nobody_has_is_an_error_in_the_cli(archive_path: Path) -> None:
    out = CliRunner().invoke(main, ["--db", str(archive_path), "entity", "Q-nobody-at-all"])
    assert out.exit_code != 0 and "no entity 'Q-nobody-at-all'" in out.output


def test_names_with_sources_group_forms_per_language() -> None:
    rows = [{"text": "Saar", "language": "en", "article_id": f"a{i}", "title": f"T{i}",
             "published": None, "n": 2} for i in range(7)]
    rows.append({"text": "سار", "language": "ar", "article_id": "b", "title": "ب",
                 "published": None, "n": 1})
    grouped = names_with_sources(rows)
    assert grouped["en"][0]["mentions"] == 14 and grouped["en"][0]["articles"] == 7
    assert len(grouped["en"][0]["sources"]) == 5  # the first few; the count says the rest
    assert grouped["ar"][0]["sources"][0]["id"] == "b"


def test_roles_are_the_words_beside_the_name() -> None:
    phrases = [{"text": "Foreign Minister Annika Saar", "language": "en", "n": 2},
               {"text": "Annika Saar", "language": "en", "n": 5},
               {"text": "وزيرة الخارجية أنيكا سار", "language": "ar", "n": 1}]
    found = roles(phrases, {"Annika Saar", "أنيكا سار", "Saar"})
    assert [(r["language"], r["role"], r["count"]) for r in found] == [
        ("en", "Foreign Minister", 2), ("ar", "وزيرة الخارجية", 1)]


def test_also_never_repeats_a_name_already_shown() -> None:
    names = {"en": "Jens Stoltenberg", "ar": "ينس ستولتنبرغ"}
    aliases = ["Jens Stoltenberg", "STOLTENBERG", "Stoltenberg", "ستولتنبرج", "ينس ستولتنبرغ"]
    assert also_known_as(names, "Jens Stoltenberg", aliases) == ["STOLTENBERG", "ستولتنبرج"]


def test_article_page_shows_its_story_and_similar_articles(client: TestClient) -> None:
    page = client.get("/articles/t-fixture-en").text
    assert f'href="/stories/{STORY}"' in page and "Similar articles" in page
    ingested = ok(client, "/articles", language="en", sort="oldest", limit=100)["items"]
    sample = next(a for a in ingested if (a["title"] or "").startswith("Allies Pledge"))
    similar = client.get(f"/articles/{sample['id']}").text
    # the Arabic report of the same summit, when an embedder is installed
    assert "الحلفاء يتعهدون" in similar or "No similar articles" in similar


def test_article_related_endpoint(client: TestClient) -> None:
    related = ok(client, "/articles/t-fixture-fr/related")
    assert related["story_record"]["id"] == STORY and related["story_record"]["articles"] == 3
    assert isinstance(related["similar"], list)
    assert all(s["id"] != "t-fixture-fr" for s in related["similar"])
    assert client.get(API + "/articles/t-nothing/related").status_code == 404
