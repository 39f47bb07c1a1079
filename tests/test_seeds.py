"""The two real seed pages (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

import dragoman
from dragoman.model import Article
from tests.conftest import shared_path


def _seed(prefix: str) -> Article:
    folder = shared_path("seeds")
    (path,) = [p for p in Path(folder).iterdir() if p.name.startswith(prefix)]
    return dragoman.extract_text(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def english() -> Article:
    return _seed("000_")


@pytest.fixture(scope="module")
def arabic() -> Article:
    return _seed("001_")


def test_english_metadata(english: Article) -> None:
    assert english.title == "NATO Not to Send Troops to Ukraine"
    assert english.published == "2024-05-25T23:53:00"
    assert english.authors == ["Israa Farhan"]
    assert english.language == "en"


def test_english_body_has_no_chrome(english: Article) -> None:
    assert english.text.startswith("NATO Secretary General Jens Stoltenberg has confirmed")
    for chrome in ("Supervisor", "Editor in Chief", "ads\n", "صدى البلد", "Israa Farhan", "11:53"):
        assert chrome not in english.text
    assert english.text.endswith("Moscow will achieve all its objectives.")
    assert english.text.count("\n\n") >= 10  # paragraphs kept


def test_arabic_metadata(arabic: Article) -> None:
    assert arabic.language == "ar"
    assert arabic.title == "سنحمي كل شبر من أراضي الحلفاء"
    assert arabic.site == "الحقيقة نت"
    assert arabic.published is None  # "اليوم الثلاثاء" is relative and no reference date is known
    assert arabic.published_confidence == 0.0


def test_arabic_body(arabic: Article) -> None:
    assert arabic.text.startswith("وسط تصاعد التوتر")
    assert "(أ ف ب)" not in arabic.text  # photo caption dropped
    assert "“سوف نحمي وندافع عن كل شبر من أراضي الحلفاء”" in arabic.text
    assert arabic.text.rstrip().endswith("يتطلب رد بلاده.")


def test_arabic_relative_date_resolves_only_with_reference() -> None:
    from datetime import datetime

    folder = shared_path("seeds")
    (path,) = [p for p in Path(folder).iterdir() if p.name.startswith("001_")]
    article = dragoman.extract_text(
        path.read_text(encoding="utf-8"), reference=datetime(2022, 3, 8, 18, 0)
    )
    assert article.published == "2022-03-08"
    assert 0 < article.published_confidence < 0.85
