"""A real server (``dragoman serve`` on a free loopback port) and Debian's Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.serving import built_archive_fixture, copy_archive  # noqa: F401  (a fixture)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-quic", "--no-first-run",
                 "--disable-sync"]
TOKEN = "browser-token-7c2d"
ARTIFACTS = ROOT / "test-artifacts"
# How long the server may take to start answering (it loads the analysis stages lazily).
START_TIMEOUT_S = 30


def require_chromium() -> None:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is absent (/usr/bin/chromium): install it with "
                    "`apt-get install chromium` (make test does this as root on Debian)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: Path, write_token: str | None) -> Iterator[str]:
    """`dragoman serve` on a free loopback port over ``db``; its base URL until closed."""
    port = _free_port()
    command = [sys.executable, "-c", "from dragoman.cli import main; main()", "--db", str(db),
               "serve", "--port", str(port)]
    env = {**os.environ, "DRAGOMAN_WRITE_TOKEN": write_token or ""}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while True:
            try:
                with urllib.request.urlopen(base + "/api/v1/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read() if process.stdout else ""
                    pytest.fail(f"dragoman serve did not start: {output}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, built_archive: Path) -> Iterator[str]:
    require_chromium()  # the server is only for the browser: skip before starting it
    # A copy: the browser tests ingest through the form.
    db = copy_archive(built_archive, tmp_path_factory.mktemp("web") / "archive.db")
    with running_server(db, TOKEN) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    require_chromium()
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright is not installed (dev extra)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 390, "height": 844},
                                  device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
