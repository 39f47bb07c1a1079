"""Stories through the archive: placement, storylines, duplicates, bad input, recluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman.archive import Archive
from dragoman.model import Article
from tests.stories.corpus import articles, events


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path: Path = tmp_path_factory.mktemp("stories") / "stories.db"
    with Archive(str(path)) as archive:
        report = archive.ingest_records(articles())
        assert report.ok, report.failures
        yield archive


def _stories(archive: Archive) -> dict[str, str | None]:
    return {a.id: a.story_id for a in archive.articles()}


def test_translations_share_a_story_and_events_do_not(archive: Archive) -> None:
    placed = _stories(archive)
    gold = events()
    for a, ea in gold.items():
        for b, eb in gold.items():
            assert (placed[a] == placed[b]) == (ea == eb), (a, b)


def test_story_record_has_titles_per_language_and_dates(archive: Archive) -> None:
    story = archive.get("test-flood-en").story_id
    assert story is not None
    detail = archive.story(story)
    assert set(detail["titles"]) == {"en", "ar", "fr"}
    assert detail["first_seen"] == "2025-03-03"
    assert detail["last_seen"] == "2025-03-04"
    assert detail["articles"] == 3
    assert set(detail["by_language"]) == {"en", "ar", "fr"}
    assert detail["timeline"] == {"2025-03-03": 2, "2025-03-04": 1}


def test_similar_finds_the_translation_first(archive: Archive) -> None:
    ranked = archive.story_service().similar("test-rates-ar", limit=3)
    top, score = ranked[0]
    assert top.id == "test-rates-en"
    assert score.cosine > ranked[-1][1].cosine
    assert score.days_apart == 0


def test_hybrid_search_crosses_languages(archive: Archive) -> None:
    hits = archive.hybrid_search("interest rate cut", lang="ar")
    assert [h.article_id for h in hits][:1] == ["test-rates-ar"]


def test_hybrid_search_reuses_stored_passage_vectors(archive: Archive,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    first = archive.hybrid_search("interest rate cut", lang="ar")
    embedder = archive.story_service().embedder
    texts: list[str] = []
    original = embedder.embed

    def counting(batch: list[str], langs: object = None) -> object:
        texts.extend(batch)
        return original(batch, langs)  # type: ignore[arg-type]

    monkeypatch.setattr(embedder, "embed", counting)
    again = archive.hybrid_search("interest rate cut", lang="ar")
    assert texts == ["interest rate cut"]  # only the query: the windows came from the store
    assert [(h.article_id, h.score) for h in again] == [(h.article_id, h.score) for h in first]


def test_bad_input_is_placed_without_crashing(archive: Archive) -> None:
    odd = [
        Article(id="odd-one-word", source="odd:1", text="Valencia", language="en",
                language_score=1.0, published="2025-03-05"),
        Article(id="odd-und", source="odd:2", text="1234 5678 ---- 9999", language="und",
                language_score=0.5),
        Article(id="odd-old", source="odd:3", title="Storm floods the port of Valencia",
                text="An older report: a storm flooded the port of Valencia and stopped the cranes.",
                language="en", language_score=1.0, published="2019-01-10"),
    ]
    report = archive.ingest_records(odd)
    assert report.ok, report.failures
    placed = _stories(archive)
    assert all(placed[a.id] for a in odd)
    # out of order: years before the flood story, so outside its time window
    assert placed["odd-old"] != placed["test-flood-en"]


def test_duplicate_joins_its_original_and_counts_once(archive: Archive) -> None:
    original = archive.get("test-chess-en")
    copy = Article(id="dup-chess", source="dup:1", title=original.title,
                   text=original.text + " Reporting by our correspondent.", language="en",
                   language_score=1.0, published=original.published,
                   duplicate_of=original.id)
    assert archive.ingest_records([copy]).ok
    stored = archive.get("dup-chess")
    assert stored.duplicate_of == original.id
    assert stored.story_id == original.story_id
    detail = archive.story(stored.story_id or "")
    assert (detail["articles"], detail["duplicates"]) == (1, 1)


def test_recluster_is_deterministic(archive: Archive) -> None:
    before = _stories(archive)
    archive.recluster()
    assert _stories(archive) == before


def test_cli_commands(archive: Archive) -> None:
    import json

    from click.testing import CliRunner

    from dragoman.cli import main

    db = ["--db", archive.location]
    runner = CliRunner()
    listed = runner.invoke(main, [*db, "stories", "--lang", "fr", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert [set(r["languages"]) for r in rows] == [{"en", "ar", "fr"}]
    shown = runner.invoke(main, [*db, "story", rows[0]["id"]])
    assert shown.exit_code == 0 and "Une tempête inonde le port de Valence" in shown.output
    similar = runner.invoke(main, [*db, "similar", "test-flood-fr", "--json"])
    assert json.loads(similar.output)[0]["story"] == rows[0]["id"]
    assert runner.invoke(main, [*db, "story", "nope"]).exit_code != 0
    assert runner.invoke(main, [*db, "recluster"]).exit_code == 0


def test_duplicate_in_the_same_batch_as_its_original(archive: Archive) -> None:
    text = ("The lighthouse on the northern pier of Tromsø was repainted this week after "
            "storms stripped its red paint, the harbour office said on Thursday.")
    original = Article(id="lh-1", source="lh:1", text=text, title="Lighthouse repainted",
                       language="en", language_score=1.0, published="2025-03-06")
    copy = Article(id="lh-2", source="lh:2", text=text + " More photos inside.",
                   title="Lighthouse repainted", language="en", language_score=1.0,
                   published="2025-03-06", duplicate_of="lh-1")
    assert archive.ingest_records([original, copy]).ok
    story = archive.get("lh-1").story_id
    assert story and archive.get("lh-2").story_id == story
    detail = archive.story(story)
    assert (detail["articles"], detail["duplicates"]) == (1, 1)
