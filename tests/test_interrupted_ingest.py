"""A killed ingest leaves no partial article, and a rerun completes the job."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

PARAGRAPH = (
    "Officials in the coastal province of {n} said on Monday that repairs to the sea wall "
    "would take at least six weeks, and that fishing boats would use the northern quay."
)


def _write_pages(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        body = "\n\n".join(PARAGRAPH.format(n=f"District {i}-{k}") for k in range(4))
        (folder / f"page{i:04d}.txt").write_text(f"Sea Wall Repairs in District {i}\n\n{body}\n")


def _ingest(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    code = "import sys; from dragoman.cli import main; sys.exit(main())"
    return subprocess.Popen(
        [sys.executable, "-c", code, "--db", str(db), "ingest", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "DRAGOMAN_STORIES": "0"},  # transactions only; stories cost seconds
    )


def _count(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        fts = con.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    finally:
        con.close()
    return articles, fts


def test_kill_then_rerun(tmp_path: Path) -> None:
    pages, db = tmp_path / "pages", tmp_path / "k.db"
    _write_pages(pages, 400)
    proc = _ingest(db, pages)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until some, not all, articles are in
        time.sleep(0.2)
        if db.exists():
            try:
                if _count(db)[0] > 20:
                    break
            except sqlite3.OperationalError:
                continue
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    articles, fts = _count(db)
    assert 0 < articles < 400, "the kill should land mid-ingest"
    assert articles == fts  # no article without its search row: nothing half-written
    rerun = _ingest(db, pages)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    assert f"{400 - articles} added, {articles} already in the archive, 0 failed" in err.decode()
    assert _count(db) == (400, 400)
