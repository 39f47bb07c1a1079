"""Batch runs: one shard per file, finished shards skipped, Parquet output loaded later."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.archive import Archive
from dragoman.cli import main
from dragoman.executors.batch import plan_shards, run_batch
from tests.store.test_store_contract import location  # noqa: F401  (fixture)
from tests.support import make_articles, make_near_duplicates, write_warc


def _inputs(tmp_path: Path, shards: int = 3, per_shard: int = 4) -> tuple[Path, int]:
    folder = tmp_path / "in"
    folder.mkdir()
    pages = make_articles(shards * per_shard, seed=51)
    for i in range(shards):
        write_warc(pages[i * per_shard:(i + 1) * per_shard], folder / f"part{i}.warc.gz")
    return folder, shards * per_shard


def test_parquet_output_rerun_skips_and_load_imports(tmp_path: Path) -> None:
    folder, total = _inputs(tmp_path)
    out = tmp_path / "out"
    first = run_batch([str(folder)], str(out))
    assert (first.shards, first.skipped, first.articles) == (3, 0, total)
    assert len(list(out.glob("*.parquet"))) == 3
    again = run_batch([str(folder)], str(out))
    assert (again.skipped, again.articles) == (3, 0)
    runner = CliRunner()
    db = str(tmp_path / "a.db")
    for expected_new in (total, 0):  # loading twice adds nothing
        res = runner.invoke(main, ["--db", db, "load", str(out)])
        assert res.exit_code == 0, res.output
        assert f"{total} articles ({expected_new} new)" in res.output
    with Archive(db) as archive:
        assert archive.store.count_articles() == total


def test_changed_file_is_a_new_shard(tmp_path: Path) -> None:
    folder, _ = _inputs(tmp_path, shards=1)
    before = plan_shards([str(folder)])
    write_warc(make_articles(5, seed=52), folder / "part0.warc.gz")
    assert plan_shards([str(folder)])[0].key != before[0].key


@pytest.mark.parametrize("location", ["sqlite", "postgres"], indirect=True)
def test_archive_output_marks_duplicates_and_records_shards(tmp_path: Path, location: str) -> None:  # noqa: F811
    folder = tmp_path / "in"
    folder.mkdir()
    originals = make_articles(6, seed=53)
    write_warc(originals, folder / "a.warc")
    write_warc(make_near_duplicates(originals, 3, seed=54), folder / "b.warc")
    out = location if location.startswith("postgresql") else str(tmp_path / "b.db")
    res = CliRunner().invoke(main, ["batch", str(folder), "--out", out])
    assert res.exit_code == 0, res.output
    assert "9 articles (9 new)" in res.output
    with Archive(out) as archive:
        assert sum(1 for a in archive.articles() if a.duplicate_of) == 3
    res = CliRunner().invoke(main, ["batch", str(folder), "--out", out])
    assert "2 finished earlier" in res.output and "0 articles" in res.output


@pytest.mark.slow  # starts a local Ray instance (~10-20 s); skipped when ray is not installed
def test_ray_local_mode_on_a_generated_warc(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray", reason="ray is not installed (pip install 'dragoman[ray]')")
    folder, total = _inputs(tmp_path, shards=2, per_shard=3)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        pq = run_batch([str(folder)], str(tmp_path / "pq"), engine="ray")
        assert pq.articles == total and len(list((tmp_path / "pq").glob("*.parquet"))) == 2
        db = str(tmp_path / "r.db")
        stored = run_batch([str(folder)], db, engine="ray")
        assert (stored.articles, stored.added) == (total, total)
        assert run_batch([str(folder)], db, engine="ray").skipped == 2
    finally:
        ray.shutdown()
    with Archive(db) as archive:
        assert archive.store.count_articles() == total
