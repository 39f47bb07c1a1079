"""The quotes stage in the pipeline, the archive queries and ``dragoman quotes``."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import dragoman
from dragoman import registry
from dragoman.cli import main
from dragoman.model import Article, Quote
from dragoman.pipeline.standard import ANALYSIS_ORDER
from dragoman.store import SQLiteStore
from tests.conftest import shared_path


def test_the_stage_is_registered_and_runs_after_entities() -> None:
    assert "quotes" in registry.names("stage")
    assert "quotes" in ANALYSIS_ORDER
    if "entities" in ANALYSIS_ORDER:
        assert ANALYSIS_ORDER.index("entities") < ANALYSIS_ORDER.index("quotes")


def test_analyze_fills_quotes_with_offsets_into_the_exact_text() -> None:
    text = "“Harvest season starts early this year,” farmer Odile Marchetti said on Friday."
    article = dragoman.analyze(text, lang="en")
    assert [q.text for q in article.quotes] == ["Harvest season starts early this year,"]
    q = article.quotes[0]
    assert text[q.start:q.end] == q.text
    assert "Marchetti" in (q.speaker_name or "")


def test_the_arabic_seed_attributes_all_four_statements_to_stoltenberg() -> None:
    path = next(shared_path("seeds").glob("001_*.txt"))
    article = dragoman.extract_text(path.read_text(encoding="utf-8"))
    direct = [q for q in article.quotes if q.direct]
    assert len(direct) == 4
    for q in direct:
        assert "ستولتنبرغ" in (q.speaker_text or "") or "Stoltenberg" in (q.speaker_name or "")
    people = {m.entity_id for m in article.mentions
              if m.label == "PER" and m.entity_id and "ستولتنبرغ" in m.text}
    if people:  # the entity stage linked him: the id travels with every statement
        assert {q.speaker_id for q in direct} <= people


def _article(aid: str, lang: str, published: str, quote: Quote) -> Article:
    return Article(id=aid, source=aid, text=quote.text + " said.", language=lang,
                   published=published, quotes=[quote])


def _fill(db: Path) -> None:
    store = SQLiteStore(db)
    store.put_article(_article("a1", "en", "2024-03-02", Quote(
        0, 10, "We stand.", True, "said", speaker_text="Stoltenberg",
        speaker_id="jens-stoltenberg", speaker_name="Jens Stoltenberg")))
    store.put_article(_article("a2", "ar", "2024-01-05", Quote(
        0, 12, "سنحمي كل شبر", True, "قال", speaker_text="ستولتنبرغ",
        speaker_id="jens-stoltenberg", speaker_name="Jens Stoltenberg")))
    store.put_article(_article("a3", "ar", "2024-02-01", Quote(
        0, 8, "لا تعليق", True, "قال", speaker_text="المتحدث باسم الكرملين")))
    store.close()


def test_store_queries_by_speaker_language_and_date(tmp_path: Path) -> None:
    _fill(tmp_path / "q.db")
    store = SQLiteStore(tmp_path / "q.db")
    by_id = store.find_quotes(speaker="jens-stoltenberg")
    assert [h.article_id for h in by_id] == ["a2", "a1"]  # date order, both languages
    assert [h.article_id for h in store.find_quotes(speaker="Stoltenberg", lang="ar")] == ["a2"]
    assert [h.article_id for h in store.find_quotes(speaker="الكرملين")] == ["a3"]
    assert [h.article_id for h in store.find_quotes(since="2024-02-01")] == ["a3", "a1"]
    assert store.find_quotes(speaker="nobody at all") == []
    store.close()


def test_cli_quotes(tmp_path: Path) -> None:
    _fill(tmp_path / "q.db")
    runner = CliRunner()
    out = runner.invoke(main, ["--db", str(tmp_path / "q.db"), "quotes", "--speaker",
                               "jens-stoltenberg", "--json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert [(r["language"], r["speaker"]["id"]) for r in rows] == [
        ("ar", "jens-stoltenberg"), ("en", "jens-stoltenberg")]
    text = runner.invoke(main, ["--db", str(tmp_path / "q.db"), "quotes", "--lang", "ar"])
    assert text.exit_code == 0 and "لا تعليق" in text.output
    bad = runner.invoke(main, ["--db", str(tmp_path / "q.db"), "quotes", "--since", "March"])
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output
