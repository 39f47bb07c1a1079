"""Devices, FIFOs and sockets given as paths are refused at once, never read or waited on."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.model import Failure, RawPage
from dragoman.sources import read_paths

ARTICLE = "Bridge Repairs Finish Early\n\nWork on the old river bridge ended two weeks ahead of plan.\n"
# A refusal must come back well within this (it is immediate; reading /dev/zero to the
# limit or waiting on a FIFO writer would never return).
WAIT_S = 20


def _read_in_thread(paths: list[str]) -> list[RawPage | Failure]:
    out: list[RawPage | Failure] = []
    worker = threading.Thread(target=lambda: out.extend(read_paths(paths)), daemon=True)
    worker.start()
    worker.join(WAIT_S)
    assert not worker.is_alive(), f"reading {paths} hung"
    return out


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_dev_zero_is_not_a_regular_file(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    out = _read_in_thread(["/dev/zero", str(good)])
    assert isinstance(out[0], Failure) and out[0].source == "/dev/zero"
    assert out[0].reason.startswith("not a regular file (a character device)")
    assert isinstance(out[1], RawPage) and out[1].source == str(good)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    out = _read_in_thread([str(fifo)])
    assert len(out) == 1 and isinstance(out[0], Failure)
    assert "not a regular file (a FIFO" in out[0].reason


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets on this system")
def test_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        out = _read_in_thread([str(path)])
    assert len(out) == 1 and isinstance(out[0], Failure) and "a socket" in out[0].reason


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_extract_command_refuses_a_device(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "extract", "/dev/zero"])
    assert result.exit_code == 1
    assert "/dev/zero: not a regular file" in result.output
