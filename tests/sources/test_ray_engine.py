"""The Ray engine's actors, called in this process (no Ray needed): models loaded in the
constructor, one shard per call, Parquet written by the actor or rows sent back."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.executors.batch import load_parquet, parquet_done, plan_shards
from dragoman.executors.ray_engine import ShardRows, ShardWorker, actor_count
from tests.support import make_articles, write_warc


def test_one_actor_per_cpu_at_most_one_per_shard() -> None:
    assert actor_count(8, 2.0) == 2
    assert actor_count(3, 16.0) == 3
    assert actor_count(5, 0.5) == 1


def _shard(tmp_path: Path, count: int) -> dict[str, str]:
    write_warc(make_articles(count, seed=61), tmp_path / "part.warc.gz")
    shard = plan_shards([str(tmp_path / "part.warc.gz")])[0]
    return {"key": shard.key, "path": shard.path}


def test_shard_worker_warms_once_and_writes_the_shards_parquet(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    item = _shard(tmp_path, 5)
    out = tmp_path / "out"
    out.mkdir()
    worker = ShardWorker(str(out), 10 * 1024 * 1024)
    assert worker.warm_s > 0
    row = worker(item)
    assert (row["key"], row["articles"], row["failures"]) == (item["key"], 5, "[]")
    assert parquet_done(str(out), plan_shards([item["path"]])[0])
    from dragoman.archive import Archive

    with Archive(str(tmp_path / "a.db")) as archive:
        assert load_parquet(str(out), archive).added == 5


def test_shard_rows_sends_every_article_then_the_shard_end(tmp_path: Path) -> None:
    item = _shard(tmp_path, 4)
    rows = list(ShardRows(None, 10 * 1024 * 1024)(item))
    assert [r["kind"] for r in rows] == ["article"] * 4 + ["end"]
    assert rows[-1]["shard"] == item["key"] and rows[-1]["articles"] == 4
    assert len({r["id"] for r in rows[:-1]}) == 4 and all(r["record"] for r in rows[:-1])
