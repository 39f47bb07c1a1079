"""The held-out byline gold (eval/data/bylines_test.json) is well formed and apart from the
dev gold (eval/data/bylines.json)."""

from __future__ import annotations

import json

from eval import bylines

from tests.conftest import shared_path


def _pages(name: str) -> list[dict[str, object]]:
    data = json.loads(bylines.ANNOTATIONS.parent.joinpath(name).read_text(encoding="utf-8"))
    assert isinstance(data["about"], str) and data["about"]
    pages: list[dict[str, object]] = data["pages"]
    return pages


def test_test_gold_is_well_formed_and_held_out() -> None:
    test = _pages(bylines.TEST_ANNOTATIONS.name)
    dev = _pages(bylines.ANNOTATIONS.name)
    assert len(test) >= 30
    for page in test:
        assert set(page) == {"dataset", "file", "authors"}
        assert page["dataset"] in bylines.FOLDERS
        authors = page["authors"]
        assert isinstance(authors, list)
        assert all(isinstance(a, str) and a.strip() == a and a for a in authors)
        assert len({bylines._key(a) for a in authors}) == len(authors)
    keys = [(p["dataset"], p["file"]) for p in test]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & {(p["dataset"], p["file"]) for p in dev}
    assert {p["dataset"] for p in test} == set(bylines.FOLDERS)


def test_every_test_page_is_in_the_shared_data() -> None:
    shared_path("data", "dates", "htmldate-eval", "pages")
    shared_path("data", "extraction", "fundus-eval", "dataset", "html")
    for page in _pages(bylines.TEST_ANNOTATIONS.name):
        folder = bylines.FOLDERS[str(page["dataset"])][0]
        assert (folder / str(page["file"])).is_file(), page
