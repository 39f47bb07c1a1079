"""One statement reported by several articles and languages: grouping, archive, CLI, API, web."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import dragoman
from dragoman.cli import main
from dragoman.model import Article, Quote
from dragoman.quotes.grouping import STATEMENT_WINDOW_DAYS, StatementQuote, group_statements
from dragoman.server import create_app


def _q(n: int, speaker: str, published: str | None) -> StatementQuote:
    return StatementQuote(f"a{n}", 0, 10, speaker, f"text {n}", "en", published)


def test_grouping_needs_the_same_speaker_close_meaning_and_the_time_window() -> None:
    same, other = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    late = f"2024-03-{1 + STATEMENT_WINDOW_DAYS + 2:02d}"
    quotes = [_q(0, "x", "2024-03-01"), _q(1, "x", "2024-03-02"), _q(2, "y", "2024-03-02"),
              _q(3, "x", "2024-03-02"), _q(4, "x", late)]
    vectors = np.stack([same, same, same, other, same])
    groups = group_statements(quotes, vectors)
    assert sorted(sorted(g) for g in groups) == [[0, 1], [2], [3], [4]]
    assert [g[0] for g in groups if 1 in g] == [0]  # the first report comes first


# (article id, language, published, quotation): the first statement in three languages.
REPORTS = [
    ("a-en1", "en", "2024-03-04", "We will defend every inch of allied territory."),
    ("a-fr1", "fr", "2024-03-04", "Nous défendrons chaque centimètre du territoire allié."),
    ("a-es1", "es", "2024-03-05", "Defenderemos cada centímetro del territorio aliado."),
    ("a-en2", "en", "2024-03-05", "Every member must spend two percent of its economy on defence."),
]


def _articles() -> list[Article]:
    out = []
    for aid, lang, published, said in REPORTS:
        text = f"“{said}” Jens Stoltenberg said."
        out.append(Article(id=aid, source=aid, text=text, language=lang, published=published,
                           title=f"Report {aid}", quotes=[Quote(
                               1, 1 + len(said), said, True, "said", speaker_text="Jens Stoltenberg",
                               speaker_id="jens-stoltenberg", speaker_name="Jens Stoltenberg")]))
    return out


def _fill(location: str) -> None:
    with dragoman.Archive(location) as archive:  # quotations as the entity stage links them
        for article in _articles():
            archive.store.put_article(article)
        assert archive.update_statements() == 2  # with the bundled USE encoder


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("statements") / "a.db"
    _fill(str(path))
    yield path


def test_the_same_statement_in_three_languages_is_one_statement(archive_path: Path) -> None:
    with dragoman.Archive(str(archive_path)) as archive:
        found = archive.store.list_statements(speaker="jens-stoltenberg")
    assert sorted(len(s.articles) for s in found) == [1, 3]
    shared = next(s for s in found if len(s.articles) == 3)
    assert sorted(shared.languages) == ["en", "es", "fr"] and len(shared.variants()) == 3
    assert shared.first.quote.text in {v["text"] for v in shared.variants()}


def test_cli_lists_statements_not_duplicates(archive_path: Path) -> None:
    runner = CliRunner()
    db = ["--db", str(archive_path)]
    grouped = json.loads(runner.invoke(main, [*db, "quotes", "--json"]).output)
    every = json.loads(runner.invoke(main, [*db, "quotes", "--all", "--json"]).output)
    assert len(every) == 4 and len(grouped) == 2
    sid = next(q["statement"] for q in every if q["language"] == "fr")
    shown = runner.invoke(main, [*db, "statement", sid, "--json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.output)
    assert len(data["reports"]) == 3 and sorted(data["languages"]) == ["en", "es", "fr"]
    missing = runner.invoke(main, [*db, "statement", "s-none"])
    assert missing.exit_code != 0 and "s-none" in missing.output


def test_api_and_web_show_a_statement(archive_path: Path) -> None:
    with TestClient(create_app(str(archive_path), None, rate_limit=0)) as client:
        listing = client.get("/api/v1/statements", params={"language": "fr"}).json()
        assert listing["total"] == 1
        sid = listing["items"][0]["id"]
        one = client.get(f"/api/v1/statements/{sid}").json()
        assert sorted(r["language"] for r in one["reports"]) == ["en", "es", "fr"]
        assert client.get("/api/v1/statements/s-none").status_code == 404
        page = client.get(f"/statements/{sid}")
        assert page.status_code == 200 and "Wordings" in page.text


def test_postgres_groups_the_same_statements(archive_path: Path) -> None:
    from tests.store.conftest import pg_schema

    with pg_schema() as url:
        _fill(url)
        with dragoman.Archive(url) as pg, dragoman.Archive(str(archive_path)) as lite:
            on_pg = [s.to_dict(reports=True) for s in pg.store.list_statements()]
            assert on_pg == [s.to_dict(reports=True) for s in lite.store.list_statements()]


class _Rows:
    """A statement store holding quotation rows in memory."""

    def __init__(self, rows: list[dict[str, object]]) -> None:
        self.rows = rows
        self.grouped: list[object] = []

    def statement_sources(self) -> list[dict[str, object]]:
        return self.rows

    def replace_statements(self, rows: object) -> None:
        self.grouped = list(rows)  # type: ignore[call-overload]


class _CountingEmbedder:
    name, dim = "count", 2

    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed(self, texts: list[str], langs: object = None) -> np.ndarray:
        self.texts += texts
        return np.tile(np.array([1.0, 0.0], dtype=np.float32), (len(texts), 1))


def test_regrouping_embeds_only_quotations_new_to_the_cache() -> None:
    from dragoman.statements import update_statements

    def row(article: str, text: str) -> dict[str, object]:
        return {"article_id": article, "start": 0, "end": len(text), "cue_start": None,
                "speaker_id": "x-ortiz", "text": text, "language": "en", "published": "2024-03-01"}

    store, embedder = _Rows([row("a1", "We will rebuild the bridge")]), _CountingEmbedder()
    cache: dict[tuple[str, str], np.ndarray] = {}
    assert update_statements(store, embedder, cache) == 1  # type: ignore[arg-type]
    store.rows.append(row("a2", "We will rebuild the bridge"))
    store.rows.append(row("a3", "The port reopens on Monday"))
    update_statements(store, embedder, cache)  # type: ignore[arg-type]
    assert embedder.texts == ["We will rebuild the bridge", "The port reopens on Monday"]
    assert len(store.grouped) == 3
