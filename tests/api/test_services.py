"""The server's shared services hold archives, never raw stores: one per thread for reads and
analyst writes, and one shared archive that analyses (ingest, hybrid search, similar)."""

from __future__ import annotations

import threading
from pathlib import Path

from dragoman.archive import Archive
from dragoman.server.services import Services


def test_each_thread_reads_through_its_own_archive(tmp_path: Path) -> None:
    svc = Services(str(tmp_path / "a.db"), None)
    try:
        mine = svc.archive()
        assert isinstance(mine, Archive) and svc.archive() is mine
        other: list[Archive] = []
        thread = threading.Thread(target=lambda: other.append(svc.archive()))
        thread.start()
        thread.join(timeout=30)
        assert other and other[0] is not mine and other[0].location == mine.location
        assert svc.analyser() is svc.analyser() and svc.analyser() not in (mine, other[0])
        health = mine.health()
        assert health["articles"] == 0 and isinstance(health["schema_version"], int)
        assert mine.counts()["stories"] == 0 and mine.story_count() == 0
    finally:
        svc.close()
