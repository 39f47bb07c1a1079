"""`dragoman serve`: options, the write token from the environment, the non-loopback warning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.cli.serve import is_loopback
from dragoman.store import SQLiteStore


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def test_serve_defaults_to_loopback(tmp_path: Path, started: list[dict[str, Any]]) -> None:
    SQLiteStore(tmp_path / "a.db").close()
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "a.db"), "serve"], env={
        "DRAGOMAN_WRITE_TOKEN": ""})
    assert result.exit_code == 0, result.output
    assert started[0]["host"] == "127.0.0.1" and started[0]["port"] == 8000
    assert "warning" not in result.output and "writes off" in result.output
    assert started[0]["app"].state.services.write_token is None


def test_serve_warns_off_loopback_and_reads_the_token(tmp_path: Path,
                                                      started: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(
        main, ["--db", str(tmp_path / "a.db"), "serve", "--host", "0.0.0.0", "--port", "8123"],
        env={"DRAGOMAN_WRITE_TOKEN": "s3cret"})
    assert result.exit_code == 0, result.output
    assert "warning: binding to 0.0.0.0" in result.output
    assert started[0]["app"].state.services.write_token == "s3cret"
    assert "writes on" in result.output


def test_serve_refuses_a_missing_folder(tmp_path: Path, started: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "no" / "a.db"), "serve"],
                                env={"DRAGOMAN_WRITE_TOKEN": "s3cret"})
    assert result.exit_code != 0 and "does not exist" in result.output and not started


def test_read_only_serve_refuses_a_missing_archive(tmp_path: Path,
                                                  started: list[dict[str, Any]]) -> None:
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(main, ["--db", str(missing), "serve"],
                                env={"DRAGOMAN_WRITE_TOKEN": ""})
    assert result.exit_code != 0 and f"no archive at {missing}" in result.output
    assert not started and not missing.exists()


def test_is_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")
    assert not is_loopback("example.org")
