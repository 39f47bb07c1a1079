"""Site boilerplate dropped in ingest: a short paragraph several pages of one site share in
one run leaves their bodies; the archive is the same with one process or a pool of two,
records keep input order, and re-ingesting adds and changes nothing."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from dragoman.archive import Archive
from dragoman.executors import pool as pool_module
from dragoman.model import Article, Failure, RawPage
from dragoman.pipeline.site_repeats import SiteRepeatsStage
from dragoman.settings import Settings

STANDING = ("The Harbour Times welcomes letters from readers. Write to the editor, "
            "Maria Lopez, at the newsroom on Quay Street.")
STORIES = [
    ("Ferry fares rise in spring", [
        "The regional ferry company will raise fares by six percent from April, its chief "
        "executive Thomas Reed told the port council on Tuesday.",
        "Commuters who travel daily between Northport and the islands will see the largest "
        "change, while students keep their discount.",
        "Reed said the money would pay for two new engines and a longer timetable in summer.",
    ]),
    ("New library opens on the waterfront", [
        "The city library moved into the old customs house on Monday, after three years of "
        "building work led by the architect Ana Silva.",
        "The reading rooms look over the harbour, and the children's floor has its own "
        "entrance from the promenade.",
        "Mayor Daniel Okafor said the building would stay open until nine on weekdays.",
    ]),
    ("Fishing boats return early", [
        "Storm warnings sent most of the fishing fleet back to Northport a day early, the "
        "harbour master Peter Lund said.",
        "The catch was smaller than last week, but prices at the morning market held.",
        "Lund asked skippers to keep their radios on until the wind drops on Thursday.",
    ]),
]


def _page(i: int, host: str, title: str, paragraphs: list[str], standing: bool) -> RawPage:
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + (f"<p>{STANDING}</p>" if standing else "")
    html = (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{body}</article></body></html>")
    return RawPage(f"page{i}.html", html, "html", url=f"https://{host}/news/{i}")


def _pages() -> list[RawPage | Failure]:
    pages: list[RawPage | Failure] = [
        _page(i, "harbourtimes.example", title, paragraphs, standing=True)
        for i, (title, paragraphs) in enumerate(STORIES)
    ]
    # one page of another site states the same paragraph: alone there, it is the article's
    pages.insert(1, _page(9, "valleypost.example", "Valley notes", STORIES[0][1][1:], standing=True))
    pages.insert(2, Failure("broken.html", "unreadable", "read"))
    return pages


def _ingest(db: Path, workers: int) -> tuple[list[str], dict[str, dict[str, Any]]]:
    seen: list[str] = []
    with Archive(str(db), settings=Settings(stories=False)) as archive:
        archive.ingest_records(_pages(), on_record=lambda r: seen.append(r.source), workers=workers)
        stored = {a.source: asdict(a) for a in archive.articles()}
    return seen, stored


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[list[str], dict[str, Any]]]:
    tmp = tmp_path_factory.mktemp("site")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pool_module, "POOL_MIN_PAGES", 0)  # a real pool for these few pages
        return {n: _ingest(tmp / f"w{n}.db", n) for n in (1, 2)}


def test_a_paragraph_the_site_repeats_leaves_its_pages(runs: dict[int, Any]) -> None:
    _, stored = runs[1]
    for i in range(3):
        text = stored[f"page{i}.html"]["text"]
        assert STANDING not in text
        assert text.endswith(STORIES[i][1][-1])
        sentences = stored[f"page{i}.html"]["sentences"]
        assert max(end for _, end in sentences) <= len(text)
        for mention in stored[f"page{i}.html"]["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    assert "Maria Lopez" not in {m["text"] for i in range(3) for m in stored[f"page{i}.html"]["mentions"]}
    assert stored["page9.html"]["text"].endswith(STANDING)  # one page of its site: kept


def test_one_worker_and_two_build_the_same_archive_in_input_order(runs: dict[int, Any]) -> None:
    (seen1, stored1), (seen2, stored2) = runs[1], runs[2]
    assert seen1 == seen2 == ["page0.html", "page9.html", "broken.html", "page1.html", "page2.html"]
    assert stored1 == stored2


def test_reingesting_the_same_pages_adds_and_changes_nothing(runs: dict[int, Any],
                                                            tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    _, first = _ingest(db, 1)
    with Archive(str(db), settings=Settings(stories=False)) as archive:
        report = archive.ingest_records(_pages())
        again = {a.source: asdict(a) for a in archive.articles()}
    assert report.added == []
    assert again == first == runs[1][1]


def test_pages_further_apart_than_the_window_are_not_compared() -> None:
    def article(i: int) -> Article:
        text = f"Story number {i} about the harbour.\n\n{STANDING}"
        return Article(id=f"u{i}", source=f"p{i}", text=text, url=f"https://harbourtimes.example/{i}",
                       language="en")

    stage = SiteRepeatsStage(window=2)
    out = list(stage([article(0), Failure("x", "bad", "read"), article(1)]))
    assert [r.source for r in out] == ["p0", "x", "p1"]
    assert all(STANDING in r.text for r in out if isinstance(r, Article))
    changed: list[str] = []
    together = list(SiteRepeatsStage(changed=lambda a: changed.append(a.source), window=2)(
        [article(0), article(1)]))
    assert all(STANDING not in r.text for r in together if isinstance(r, Article))
    assert changed == ["p0", "p1"]
