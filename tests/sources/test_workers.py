"""Ingest with a pool of worker processes: the same archive as with one process, failures
named once each, records in input order, reruns add nothing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from dragoman.archive import Archive, IngestReport
from dragoman.executors import pool as pool_module
from dragoman.executors.pool import PagePool
from dragoman.model import Article, Failure, RawPage, Record
from dragoman.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "dragoman" / "data" / "samples"

BAD_INPUTS = {
    "b_empty.txt": b"",
    "d_binary.html": b"\x00\x01\x02\x03 not a page \x00\xff" * 40,
    "f_nobody.html": b"<html><head><title>Nothing here</title></head></html>",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples with bad inputs between them (name order mixes them)."""
    root = tmp_path_factory.mktemp("mixed")
    for path in sorted(SAMPLES.iterdir()):
        shutil.copy(path, root / path.name)
    for name, data in BAD_INPUTS.items():
        (root / name).write_bytes(data)
    return root


def _ingest(db: Path, folder: Path, workers: int) -> tuple[IngestReport, list[Record]]:
    seen: list[Record] = []
    with Archive(str(db), settings=Settings(stories=True)) as archive:  # part of what is compared
        report = archive.ingest([str(folder)], on_record=seen.append, workers=workers)
    return report, seen


def _stored(db: Path) -> dict[str, dict[str, Any]]:
    """Every stored article, every field (text, entities, mentions, quotes, story, …)."""
    with Archive(str(db)) as archive:
        return {a.id: asdict(a) for a in archive.articles()}


@pytest.fixture(scope="module")
def runs(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, IngestReport,
                                                                                     list[Record]]]:
    tmp = tmp_path_factory.mktemp("archives")
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pool_module, "POOL_MIN_PAGES", 0)  # a pool even for a handful of pages
        for workers in (1, 2):
            db = tmp / f"w{workers}.db"
            out[workers] = (db, *_ingest(db, folder, workers))
    return out


def _failures(report: IngestReport) -> list[tuple[str, str, str]]:
    return [(f.source, f.reason, f.stage) for f in report.failures]


def test_two_workers_build_the_same_archive(runs: dict[int, Any]) -> None:
    (db1, one, _), (db2, two, _) = runs[1], runs[2]
    stored = _stored(db1)
    assert len(stored) == len(list(SAMPLES.iterdir()))
    assert any(s["entities"] for s in stored.values()) and any(s["quotes"] for s in stored.values())
    assert all(s["story_id"] for s in stored.values())
    assert _stored(db2) == stored
    assert two.added == one.added
    # NER ran in the workers, linking in the parent
    assert {s.name for s in two.stages} >= {"extract", "language", "ner", "entities", "quotes"}


def test_each_bad_input_fails_once_by_name_in_input_order(runs: dict[int, Any], folder: Path) -> None:
    (_, one, seen1), (_, two, seen2) = runs[1], runs[2]
    assert _failures(two) == _failures(one)
    assert [Path(f.source).name for f in two.failures] == sorted(BAD_INPUTS)
    sources = [Path(r.source).name for r in seen2 if isinstance(r, Article | Failure)]
    assert sources == [Path(r.source).name for r in seen1] == sorted(p.name for p in folder.iterdir())


def test_rerun_with_workers_adds_nothing(runs: dict[int, Any], folder: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "again.db"
    shutil.copy(runs[2][0], db)
    monkeypatch.setattr(pool_module, "POOL_MIN_PAGES", 0)
    report, _ = _ingest(db, folder, workers=2)
    assert report.added == []
    assert sorted(report.existing) == sorted(runs[2][1].added)


def _pages(n: int) -> Iterator[RawPage | Failure]:
    for i in range(n):
        if i % 3 == 2:
            yield Failure(f"src{i}", "unreadable", "read")
        else:
            yield RawPage(f"page{i}.txt", f"Headline {i}\n\nThe harbour board of Tarrow met on "
                          f"day {i} and voted to rebuild the east pier before winter.\n", kind="text")


def test_pool_keeps_order_with_a_small_in_flight_bound() -> None:
    with PagePool(workers=2, in_flight=2, min_pages=0) as pool:
        out = list(pool.prepared(_pages(9)))
        started = pool._executor is not None
    assert started
    assert [r.source for r in out] == [f"page{i}.txt" if i % 3 != 2 else f"src{i}" for i in range(9)]
    assert all(isinstance(r, Article) for r in out if r.source.startswith("page"))
    assert pool.stats["extract"].records_out == 6


def test_few_pages_are_prepared_without_starting_processes() -> None:
    with PagePool(workers=2, min_pages=16) as pool:
        out = list(pool.prepared(_pages(3)))
        assert pool._executor is None
    assert [type(r) for r in out] == [Article, Article, Failure]


def test_workers_that_die_at_start_cost_no_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool whose workers exit before any work: the pages are prepared in this process,
    every one of them, still in order."""

    def dying(self: PagePool) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(2, mp_context=pool_module._context(), initializer=os._exit,
                                   initargs=(3,))

    monkeypatch.setattr(PagePool, "_new_executor", dying)
    with PagePool(workers=2, min_pages=0) as pool:
        out = list(pool.prepared(_pages(6)))
    assert [r.source for r in out] == [f"page{i}.txt" if i % 3 != 2 else f"src{i}" for i in range(6)]
    assert all(isinstance(r, Article) for r in out if r.source.startswith("page"))


def test_a_pool_broken_before_a_page_is_sent_costs_no_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The race of the test above, made certain: the pool is already broken when the first
    call (its start-up check) and the pages are sent; they are prepared in this process."""

    def broken(self: PagePool) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(2, mp_context=pool_module._context(), initializer=os._exit,
                                       initargs=(3,))
        with pytest.raises(BrokenProcessPool):
            executor.submit(os.getpid).result(timeout=60)
        return executor

    monkeypatch.setattr(PagePool, "_new_executor", broken)
    with PagePool(workers=2, min_pages=0) as pool:
        out = list(pool.prepared(_pages(6)))
    assert [r.source for r in out] == [f"page{i}.txt" if i % 3 != 2 else f"src{i}" for i in range(6)]
    assert all(isinstance(r, Article) for r in out if r.source.startswith("page"))
