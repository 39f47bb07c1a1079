"""Sources tests measure ingestion, not the story stage that runs after it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_STORIES", "0")
