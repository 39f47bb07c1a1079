"""The two seed pages: one storyline, two stories, each other's most similar (needs ../shared)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dragoman.archive import Archive
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


def test_seeds_are_two_stories_of_one_storyline(seeded: tuple[Archive, str, str]) -> None:
    archive, en, ar = seeded
    a, b = archive.get(en), archive.get(ar)
    assert a.story_id and b.story_id and a.story_id != b.story_id
    assert a.storyline_id is not None and a.storyline_id == b.storyline_id


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
