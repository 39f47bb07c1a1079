"""PostgreSQL test schemas: each test gets a fresh schema, dropped afterwards.

The server is $DRAGOMAN_TEST_POSTGRES (default postgresql://postgres@127.0.0.1:5432/test);
tests skip with a message when no server answers there.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

PG_URL = os.environ.get("DRAGOMAN_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


@contextmanager
def pg_schema() -> Iterator[str]:
    """The URL of a fresh, empty schema on the test server (skips when there is none)."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (dragoman[postgres])")
    try:
        admin = psycopg.connect(PG_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server answers at {PG_URL} ({' '.join(str(exc).split())[:120]}); "
                    "start one with: pg_ctlcluster <version> main start")  # fmt: skip
    schema = f"dragoman_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """An empty archive store on each engine (PostgreSQL skips when no server answers)."""
    from dragoman.store import open_store

    if request.param == "sqlite":
        opened = open_store(str(tmp_path / "archive.db"))
        yield opened
        opened.close()
        return
    with pg_schema() as url:
        opened = open_store(url)
        yield opened
        opened.close()
