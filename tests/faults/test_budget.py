"""One page cannot hold the CPU: every analysis stage has capped work per page and all of
them share a wall-clock budget per page; an over-budget page is analysed partially and
says so, and the pages after it are analysed in full."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dragoman.archive import Archive
from dragoman.entities import stage as entity_stage
from dragoman.model import Article, Mention, RawPage
from dragoman.pipeline import Pipeline, budget, map_stage
from dragoman.pipeline.budget import MAX_ANALYSED_CHARS, analysed_end, is_partial
from dragoman.settings import Settings
from tests.conftest import burn_cpu
from tests.faults.budget_pages import names_page

# 6,000 paragraphs of names: three times the NER sentence cap, past the analysed-characters
# cap. Before the caps and the linear-time fixes, 4,000 such paragraphs took 38 s here and
# time grew with the square of the page; 20,000 took minutes.
HOSTILE_PARAGRAPHS = 6000
# Upper bound for ingesting the hostile page and a normal one, generous for a loaded
# 2-core machine (measured 14 s at load average 6.5, 31 s at 10, models loaded included).
HOSTILE_BOUND_S = 60.0

NORMAL = (
    "Bridge Repairs Finish Early\n\n"
    "Repairs to the old stone bridge at Kellerby finished a week early, the county engineer, "
    "Rosalind Achterberg, said on Monday.\n\n"
    "Buses will use the bridge again from Wednesday, and the temporary ferry will stop.\n"
)


def test_hostile_page_is_ingested_in_bounded_time(tmp_path: Path) -> None:
    hostile = RawPage("names.txt", names_page(HOSTILE_PARAGRAPHS), kind="text")
    assert len(hostile.content) > MAX_ANALYSED_CHARS
    with Archive(str(tmp_path / "budget.db"), settings=Settings(stories=False)) as archive:
        started = time.perf_counter()
        report = archive.ingest([hostile, RawPage("normal.txt", NORMAL, kind="text")])
        elapsed = time.perf_counter() - started
        stored = {a.source: a for a in archive.articles()}
    assert elapsed < HOSTILE_BOUND_S
    assert not report.failures, report.failures
    assert is_partial(stored["names.txt"])  # and it says how: which cap or budget bound
    assert any("NER read the first" in w for w in stored["names.txt"].warnings)
    normal = stored["normal.txt"]
    assert not is_partial(normal)
    assert any(m.text == "Rosalind Achterberg" for m in normal.mentions)


def _article(name: str, text: str = "Plain words.") -> Article:
    return Article(id=name, source=f"{name}.txt", text=text, language="en", language_score=1.0)


def test_stages_after_the_budget_are_skipped_and_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "PAGE_ANALYSIS_BUDGET_S", 0.5)
    ran: list[tuple[str, str]] = []

    def slow(article: Article) -> Article:
        ran.append(("slow", article.id))
        if article.id == "heavy":
            burn_cpu(0.6)
        return article

    def after(article: Article) -> Article:
        ran.append(("after", article.id))
        return article

    pipeline = Pipeline([map_stage("slow", slow), map_stage("after", after)])
    heavy, light = pipeline.run([_article("heavy"), _article("light")])
    assert ran == [("slow", "heavy"), ("slow", "light"), ("after", "light")]
    assert isinstance(heavy, Article) and isinstance(light, Article)
    assert is_partial(heavy) and "after: skipped" in heavy.warnings[0]
    assert not is_partial(light)  # each page has its own clock


def test_analysed_end_cuts_at_a_paragraph_break() -> None:
    text = ("A short paragraph of words.\n\n" * (MAX_ANALYSED_CHARS // 20))
    end = analysed_end(text)
    assert end <= MAX_ANALYSED_CHARS and text[end:end + 2] == "\n\n"
    assert analysed_end("short text") == len("short text")


def test_entity_caps_drop_overlong_spans_and_mark_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entity_stage, "MAX_LINKED_MENTIONS", 3)
    article = _article("caps")
    words = " ".join(["Name"] * (entity_stage.MAX_MENTION_WORDS + 1))
    mentions = [Mention(0, len(words), words, "PER")] + [
        Mention(i, i + 1, "N", "PER") for i in range(5)]
    kept = entity_stage._bounded(article, mentions)
    assert [m.text for m in kept] == ["N", "N", "N"]
    assert is_partial(article)
    assert any(f"over {entity_stage.MAX_MENTION_WORDS} words dropped" in w for w in article.warnings)


def test_each_run_gives_a_page_a_fresh_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "PAGE_ANALYSIS_BUDGET_S", 0.2)
    article = _article("again")
    ran: list[str] = []

    def slow(a: Article) -> Article:
        burn_cpu(0.3)
        return a

    def after(a: Article) -> Article:
        ran.append(a.id)
        return a

    list(Pipeline([map_stage("slow", slow)]).run([article]))
    assert is_partial(article) is False  # one stage, nothing after it to skip
    list(Pipeline([map_stage("after", after)]).run([article]))
    assert ran == ["again"] and not is_partial(article)
