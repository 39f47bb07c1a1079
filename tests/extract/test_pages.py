"""Every original test page against its expected extraction (one parametrized test).

The pages in pages/ were written for these tests: news pages in Arabic, Urdu,
Russian, Hindi, Chinese and English (placeholder dates, messy bylines, site names
and rubrics in titles, a live blog, a home page), as HTML (.html) or flattened to text with the site
chrome left in (.txt), with their metadata put the ways real sites put it
(JSON-LD NewsArticle or @graph, OpenGraph, <meta name=author>, microdata
<time itemprop=datePublished>, a visible dateline with Levantine month names and
Arabic-Indic digits, a relative "today" dateline, no date at all).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from dragoman.extract import extract_page
from dragoman.language.detect import detect_language
from dragoman.model import RawPage

HERE = Path(__file__).parent
CASES = sorted(p.stem for p in (HERE / "expected").glob("*.json"))
# The confidence below which a date is shown as uncertain (README, export schema).
CERTAIN = 0.85


def _page(stem: str) -> Path:
    (path,) = (HERE / "pages").glob(f"{stem}.*")
    return path


def test_every_page_has_expectations() -> None:
    assert sorted(p.stem for p in (HERE / "pages").iterdir()) == CASES


@pytest.mark.parametrize("stem", CASES)
def test_page(stem: str) -> None:
    want = json.loads((HERE / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    path = _page(stem)
    content = path.read_text(encoding="utf-8")
    ref = datetime.fromisoformat(want["fetched_at"]) if "fetched_at" in want else None
    url = want.get("page_url")
    article = extract_page(RawPage(path.name, content, url=url, fetched_at=ref))  # kind sniffed

    assert article.title == want["title"]
    assert article.site == want["site"]
    assert article.authors == want["authors"]
    assert article.published == want["published"]
    assert article.published_source == want["published_source"]
    assert (article.published_confidence >= CERTAIN) == want["confident"]
    if article.published is None:
        assert article.published_confidence == 0.0
    for key in ("modified", "url", "extractor", "page_type"):
        if key in want:
            assert getattr(article, key) == want[key]
    if "published_without_reference" in want:
        again = extract_page(RawPage(path.name, content))
        assert again.published == want["published_without_reference"]

    text = article.text
    assert detect_language(text)[0] == want["language"]
    if "text_starts" in want:
        assert text.startswith(want["text_starts"])
    assert text.endswith(want["text_ends"])
    for part in want.get("text_contains", []):
        assert part in text
    for chrome in want["not_in_text"]:
        assert chrome not in text, chrome
    # Paragraphs are separated by one blank line and the blocks point at them.
    paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
    headings = [text[b.start : b.end] for b in article.blocks if b.kind == "heading"]
    assert "\n\n".join(text[b.start : b.end] for b in article.blocks) == text
    if "paragraphs" in want:
        assert len(paragraphs) == want["paragraphs"]
    assert headings == want.get("headings", [])
