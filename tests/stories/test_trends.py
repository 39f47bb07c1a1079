"""Rising stories and entities, on generated articles with controlled dates (no model needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from dragoman.cli import main
from dragoman.model import Article, Entity, Mention
from dragoman.store.sqlite import SQLiteStore
from dragoman.stories.trends import RECENT_HOURS, rising

NOW = datetime(2025, 6, 10, 18, 0)
NAMES = {"x-harbour": "Harbour Authority", "x-mayor": "Lena Vik"}


def _article(n: int, story: str, hours_ago: float, entity: str | None) -> Article:
    name = NAMES.get(entity or "", "")
    text = f"{name} spoke on report number {n} about the {story} matter."
    mentions = [Mention(0, len(name), name, "PER", entity)] if entity else []
    entities = [Entity(entity, name, "PER")] if entity else []
    moment = (NOW - timedelta(hours=hours_ago)).isoformat()
    return Article(id=f"g{n:03d}", source=f"gen:{n}", text=text, title=f"{story} {n}",
                   language="en", language_score=1.0, published=moment,
                   mentions=mentions, entities=entities)


def _archive(path: Path) -> SQLiteStore:
    store = SQLiteStore(str(path))
    _fill(store)
    return store


def _fill(store: Any) -> None:
    """steady: 2 a day for 8 days; burst: nothing, then 6 in the last hours (with Lena Vik);
    busy: 4 a day, 5 in the last day (above its baseline, not far above); old: last week only."""
    plan = ([("steady", 12 * k + 1, "x-harbour") for k in range(16)]
            + [("burst", 2 + k, "x-mayor") for k in range(6)]
            + [("busy", 6 * k + 3, None) for k in range(4 * 7)]
            + [("busy", 1 + 4 * k, None) for k in range(5)]
            + [("old", 24 * 5 + k, None) for k in range(6)])
    placements = []
    for n, (story, hours, entity) in enumerate(plan):
        article = _article(n, story, hours, entity)
        store.put_article(article)
        placements.append((article.id, f"s-{story}", f"l-{story}"))
    store.place_articles(placements)


def test_a_burst_is_flagged_with_its_figures_and_steady_stories_are_not(tmp_path: Path) -> None:
    store = _archive(tmp_path / "trends.db")
    found = rising(store)
    assert found["until"].startswith("2025-06-10T17")  # the newest article, not the clock
    stories = {t["id"]: t for t in found["stories"]}
    assert set(stories) == {"s-burst"}
    burst = stories["s-burst"]
    assert burst["recent"] == 6 and burst["baseline_per_day"] == 0.0 and burst["ratio"] >= 3
    entities = {t["id"]: t for t in found["entities"]}
    assert set(entities) == {"x-mayor"} and entities["x-mayor"]["name"] == "Lena Vik"
    store.close()


def test_an_explicit_reference_time_moves_the_window(tmp_path: Path) -> None:
    store = _archive(tmp_path / "trends.db")
    earlier = rising(store, now=(NOW - timedelta(days=5, hours=-1)).replace(tzinfo=UTC))
    assert earlier["until"].startswith("2025-06-05T19")
    # the burst is in the future then; "old" (six articles 5 days before NOW) is the news
    flagged = {t["id"]: t for t in earlier["stories"]}
    assert "s-old" in flagged and "s-burst" not in flagged and "s-steady" not in flagged
    assert flagged["s-old"]["recent"] == 6 and RECENT_HOURS == 24
    store.close()


def test_empty_archive_has_no_trends(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "empty.db"))
    assert rising(store) == {"until": None, "stories": [], "entities": []}
    store.close()


def test_trends_command(tmp_path: Path) -> None:
    _archive(tmp_path / "cli.db").close()
    runner = CliRunner()
    shown = runner.invoke(main, ["--db", str(tmp_path / "cli.db"), "trends"])
    assert shown.exit_code == 0, shown.output
    assert "burst" in shown.output and "Lena Vik" in shown.output and "steady" not in shown.output
    as_json = runner.invoke(main, ["--db", str(tmp_path / "cli.db"), "trends", "--json"])
    assert json.loads(as_json.output)["stories"][0]["id"] == "s-burst"


def test_postgres_gives_the_same_trends(tmp_path: Path) -> None:
    from dragoman.archive import Archive
    from tests.store.conftest import pg_schema

    expected = rising(_archive(tmp_path / "trends.db"))
    with pg_schema() as url:
        archive = Archive(url)
        _fill(archive.store)
        assert rising(archive.store) == expected
        archive.close()


def test_home_page_shows_the_last_period_with_stories_and_what_is_rising(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from dragoman.server import create_app

    store = _archive(tmp_path / "home.db")
    with TestClient(create_app(str(tmp_path / "home.db"))) as client:
        page = client.get("/").text
    assert "Rising" in page and page.index('href="/stories/s-burst"') < page.index("<ol")
    lone = _article(999, "lone", -24 * 30, None)  # one article a month after the rest
    store.put_article(lone)
    store.place_articles([(lone.id, "s-lone", "l-lone")])
    store.close()
    with TestClient(create_app(str(tmp_path / "home.db"))) as client:
        page = client.get("/").text
        trends = client.get("/api/v1/trends").json()
    assert "2025-06-10" in page  # the week ends at the newest day with a multi-article story
    assert 'href="/stories/s-busy"' in page and 'href="/stories/s-lone"' not in page
    assert trends["until"].startswith("2025-07-10")  # the lone article is the newest: no burst then
    assert trends["stories"] == []
