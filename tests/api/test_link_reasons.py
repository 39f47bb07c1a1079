"""Why each mention links where it does, shown to the analyst: the API's article detail gives
every mention's entity, score, reason (with its description) and role, and every entity its
links by reason; the entity detail lists the titles written with the name, by article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dragoman.archive import Archive
from dragoman.entities.reasons import LINK_REASONS
from dragoman.model import Article, Entity, Mention
from dragoman.server import create_app

API = "/api/v1"
# Original fixture texts: an envoy of a made-up country, in two articles.
TEXT = "Ambassador Ines Varga arrived on Monday. Varga said the talks would resume."
LATER = "Foreign Minister Ines Varga opened the harbour talks."


def linked_articles() -> list[Article]:
    varga = Entity("L-varga", "Ines Varga", "PER", {"en": "Ines Varga"}, ["Ines Varga"])
    first = Article(
        id="r1", source="test", text=TEXT, title="Envoy arrives", language="en",
        published="2024-03-01",
        mentions=[Mention(11, 21, "Ines Varga", "PER", "L-varga", 0.91, "new", "Ambassador"),
                  Mention(41, 46, "Varga", "PER", "L-varga", 0.62, "referent"),
                  Mention(33, 39, "Monday", "MISC", None, 0.4)],
        entities=[varga])
    second = Article(
        id="r2", source="test", text=LATER, title="Harbour talks", language="en",
        published="2024-04-02",
        mentions=[Mention(17, 27, "Ines Varga", "PER", "L-varga", 0.88, "archive-name",
                          "Foreign Minister")],
        entities=[varga])
    return [first, second]


def build(path: Path) -> Path:
    with Archive(str(path)) as archive:
        for article in linked_articles():
            archive.store.put_article(article)
    return path


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(build(tmp_path / "links.db")), None, rate_limit=0)) as c:
        yield c


def ok(client: TestClient, path: str) -> Any:
    response = client.get(API + path)
    assert response.status_code == 200, response.text
    return response.json()


def test_article_detail_gives_each_link_its_reason_and_score(client: TestClient) -> None:
    article = ok(client, "/articles/r1")
    by_start = {m["start"]: m for m in article["mentions"]}
    head = by_start[11]
    assert (head["entity_id"], head["score"], head["reason"], head["role"]) == (
        "L-varga", 0.91, "new", "Ambassador")
    assert head["why"] == LINK_REASONS["new"]
    assert head["note"] == "linked: new · 0.91 · Ambassador"
    assert (by_start[41]["reason"], by_start[41]["note"]) == ("referent", "linked: referent · 0.62")
    assert (by_start[33]["entity_id"], by_start[33]["note"]) == (None, "not linked · 0.40")
    [varga] = article["entities"]
    assert varga["roles"] == ["Ambassador"]
    assert [(x["reason"], x["mentions"], x["score"]) for x in varga["links"]] == [
        ("new", 1, 0.91), ("referent", 1, 0.62)]
    assert varga["note"] == "linked: new · 0.91; linked: referent · 0.62"


def test_entity_detail_lists_the_roles_by_article(client: TestClient) -> None:
    entity = ok(client, "/entities/L-varga")
    roles = {r["role"]: r for r in entity["roles_by_article"]}
    assert set(roles) == {"Ambassador", "Foreign Minister"}
    assert [a["id"] for a in roles["Ambassador"]["articles"]] == ["r1"]
    assert (roles["Foreign Minister"]["count"], roles["Foreign Minister"]["article_count"]) == (1, 1)
    assert roles["Foreign Minister"]["articles"][0]["title"] == "Harbour talks"
