"""The two seed pages (NATO 2024 in English, NATO 2022 in Arabic; needs ../shared): one storyline,
each other's most similar. A sanity check only: no constant is fitted on them.

The Arabic seed states no date. A missing date is not evidence, so on content alone it joins
the English seed's story (a known weakness: two events of one storyline, two years apart, that
read alike); given its fetch time it has a day and the two are two stories of one storyline.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dragoman.archive import Archive
from dragoman.model import RawPage
from tests.conftest import SAMPLES, shared_path

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, str, str]]:
    seeds = shared_path("seeds")
    with Archive(str(tmp_path_factory.mktemp("seeds") / "seeds.db")) as archive:
        report = archive.ingest([str(seeds), str(SAMPLES)])
        assert report.ok, report.failures
        by_lang = {}
        for article in archive.articles():
            if article.source.startswith(str(seeds)):
                by_lang[article.language] = article.id
        yield archive, by_lang["en"], by_lang["ar"]


def test_seeds_share_a_storyline(seeded: tuple[Archive, str, str]) -> None:
    archive, en, ar = seeded
    a, b = archive.get(en), archive.get(ar)
    assert a.story_id and b.story_id
    assert a.storyline_id is not None and a.storyline_id == b.storyline_id


def test_seeds_with_a_fetch_time_are_two_stories_of_one_storyline(tmp_path: Path) -> None:
    seeds = sorted(shared_path("seeds").iterdir())
    fetched = datetime(2022, 3, 8, 12, tzinfo=UTC)  # the Tuesday its text speaks of
    pages = [RawPage(str(p), p.read_text(encoding="utf-8"), "text",
                     fetched_at=fetched if "001_" in p.name else None) for p in seeds]
    with Archive(str(tmp_path / "seeds.db")) as archive:
        assert archive.ingest(pages).ok
        a, b = sorted(archive.articles(), key=lambda x: x.language or "")  # ar, en
        assert a.language == "ar" and b.language == "en"
        assert a.story_id != b.story_id
        assert a.storyline_id == b.storyline_id


def test_seeds_are_each_others_most_similar(seeded: tuple[Archive, str, str]) -> None:
    archive, en, ar = seeded
    service = archive.story_service()
    assert service.similar(en, limit=1)[0][0].id == ar
    assert service.similar(ar, limit=1)[0][0].id == en


def test_no_fly_zone_finds_the_arabic_seed(seeded: tuple[Archive, str, str]) -> None:
    archive, _, ar = seeded
    hits = archive.hybrid_search("no-fly zone")
    assert hits and hits[0].article_id == ar
    assert "حظر" in hits[0].snippet
