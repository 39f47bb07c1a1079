"""Sources tests measure ingestion, not the story stage that runs after it: archives are
opened with ``NO_STORIES``, commands run with ``$DRAGOMAN_STORIES=0``."""

from __future__ import annotations

import pytest

from dragoman.settings import Settings

NO_STORIES = Settings(stories=False)


@pytest.fixture(autouse=True)
def _no_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_STORIES", "0")
