"""Every bundled sample page against its expected extraction (one parametrized test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.archive import Archive
from dragoman.model import Article, RawPage
from dragoman.pipeline import Pipeline
from dragoman.pipeline.standard import ingest_stages
from tests.conftest import SAMPLES

EXPECTED = Path(__file__).parent / "expected" / "samples"
CASES = sorted(p.stem for p in EXPECTED.glob("*.json"))


def _extract(path: Path) -> Article:
    page = RawPage(str(path), path.read_text(encoding="utf-8"))
    out = list(Pipeline(ingest_stages()).run([page]))
    assert len(out) == 1 and isinstance(out[0], Article), out
    return out[0]


def _sample(stem: str) -> Path:
    matches = [p for p in SAMPLES.iterdir() if p.stem == stem]
    assert len(matches) == 1, f"sample {stem} missing"
    return matches[0]


def test_every_sample_has_expectations() -> None:
    assert sorted(p.stem for p in SAMPLES.iterdir()) == CASES


@pytest.mark.parametrize("stem", CASES)
def test_sample_extraction(stem: str) -> None:
    want = json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))
    article = _extract(_sample(stem))
    assert article.title == want["title"]
    assert article.site == want["site"]
    assert article.authors == want["authors"]
    assert article.language == want["language"]
    if "published" in want:
        assert article.published == want["published"]
    if "published_day" in want:
        assert article.published is not None
        assert article.published[:10] == want["published_day"]
    if "url" in want:
        assert article.url == want["url"]
    if "text_starts" in want:
        assert article.text.startswith(want["text_starts"])
        assert article.text.endswith(want["text_ends"])
    for piece in want.get("text_contains", []):
        assert piece in article.text
    for piece in want["not_in_text"]:
        assert piece not in article.text, piece
    # Paragraph structure: blocks tile the text, separated by blank lines.
    assert article.blocks, "no blocks"
    for block in article.blocks:
        assert article.text[block.start : block.end].strip() == article.text[block.start : block.end]
    assert "\n\n" in article.text
    assert article.sentences and all(0 <= s < e <= len(article.text) for s, e in article.sentences)


def test_demo_corpus_ingests_cleanly(tmp_path: Path) -> None:
    with Archive(str(tmp_path / "a.db")) as archive:
        report = archive.ingest([str(SAMPLES)])
        assert report.ok, report.failures
        assert len(report.added) == len(CASES)
        languages = archive.stats()["languages"]
        assert isinstance(languages, dict)
        assert {"en", "ar", "fr", "es"} <= set(languages)
