"""kill -9 in the middle of `dragoman batch` and of `dragoman watch`: a rerun finishes the
job with no article lost and none stored twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import make_articles, render_feed, render_html, write_warc
from tests.support.server import LoopbackServer, serve

CLI = [sys.executable, "-c", "from dragoman.cli import main; main()"]


def _count(db: Path, sql: str = "SELECT count(*), count(DISTINCT id) FROM articles") -> tuple:
    if not db.exists():
        return (0, 0)
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return tuple(con.execute(sql).fetchone())
    except sqlite3.OperationalError:  # schema not created yet
        return (0, 0)


def _kill_when(proc: subprocess.Popen[bytes], db: Path, at_least: int, timeout: float = 60) -> int:
    """SIGKILL the process once the archive holds ``at_least`` articles; the count then."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if _count(db)[0] >= at_least:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the process finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return int(_count(db)[0])


def _env() -> dict[str, str]:
    return {**os.environ, "DRAGOMAN_STORIES": "0", "DRAGOMAN_FETCH_INTERVAL": "0"}


def test_kill_9_during_batch_then_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    pages = make_articles(24, seed=61)
    for i in range(4):
        write_warc(pages[i * 6:(i + 1) * 6], folder / f"p{i}.warc.gz")
    db = tmp_path / "b.db"
    cmd = [*CLI, "batch", str(folder), "--out", str(db)]
    proc = subprocess.Popen(cmd, env=_env(), stderr=subprocess.DEVNULL)
    stored = _kill_when(proc, db, at_least=8)  # inside the second shard
    assert 0 < stored < 24
    done = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "finished earlier" in done.stderr
    assert _count(db) == (24, 24)
    assert _count(db, "SELECT count(*), count(DISTINCT shard) FROM shards") == (4, 4)


@pytest.fixture
def site() -> Iterator[LoopbackServer]:
    with serve() as server:
        yield server


def test_kill_9_during_watch_then_restart(tmp_path: Path, site: LoopbackServer) -> None:
    pages = make_articles(16, seed=62)
    for p in pages:  # a slow site, so that the kill lands in the middle of a poll
        p.url = site.add(f"/n/{p.url.rsplit('/', 1)[-1]}", render_html(p), delay=0.1)
    feed = site.add("/rss", render_feed(pages, site.base), content_type="application/rss+xml",
                    etag='"v1"')
    site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{feed}\n")
    db = tmp_path / "w.db"
    cmd = [*CLI, "--db", str(db), "watch", str(feeds), "--every", "1s",
           "--allow-private", f"127.0.0.1:{site.port}"]
    proc = subprocess.Popen(cmd, env=_env(), stderr=subprocess.DEVNULL)
    stored = _kill_when(proc, db, at_least=4)
    assert 0 < stored < 16
    done = subprocess.run([*cmd, "--polls", "1"], env=_env(), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert _count(db) == (16, 16)
    assert _count(db, "SELECT count(*), count(DISTINCT item) FROM feed_items") == (16, 16)
    # The next poll is a conditional GET answered 304: nothing fetched again.
    before = len(site.log)
    again = subprocess.run([*cmd, "--polls", "1"], env=_env(), capture_output=True, text=True,
                           timeout=120)
    assert "1 feeds unchanged" in again.stderr
    assert "/rss" in [h.path for h in site.log[before:]]
    assert not [h.path for h in site.log[before:] if h.path.startswith("/n/")]
