"""An app over a temporary archive (bundled samples + hand-written analysed articles)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dragoman.server import create_app
from tests.serving import built_archive_fixture  # noqa: F401  (the built_archive fixture)

TOKEN = "test-token-5b1e"


@pytest.fixture(scope="session")
def archive_path(built_archive: Path) -> Path:
    return built_archive


@pytest.fixture(scope="session")
def client(archive_path: Path) -> Iterator[TestClient]:
    """Read-only server (no write token), no rate limit."""
    with TestClient(create_app(str(archive_path), None, rate_limit=0)) as c:
        yield c


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    """A server with writes enabled, over its own empty archive."""
    with TestClient(create_app(str(tmp_path / "w.db"), TOKEN, rate_limit=0)) as c:
        yield c
