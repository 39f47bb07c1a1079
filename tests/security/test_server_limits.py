"""Server limits: an oversized chunked body is a 413 on the web form and the API, refusals
carry the security headers, and the rate limit believes X-Forwarded-For only from a
configured reverse proxy. Traffic goes to in-process apps and to a loopback server started here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dragoman.server import create_app
from dragoman.store import open_store

TOKEN = "limits-token-41c"
SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options",
                    "referrer-policy")
# Requests per minute for the limited apps: the limiter's burst (60) is spent after 60
# requests, and at one a minute a slow machine refills nothing meanwhile.
RATE = 1
OVER_BURST = 70


def _archive(tmp_path: Path) -> str:
    path = tmp_path / "limits.db"
    open_store(str(path)).close()
    return str(path)


def _chunks(total: int, size: int = 1000) -> Iterator[bytes]:
    """A body with no Content-Length: only the streamed size can be counted."""
    for _ in range(total // size):
        yield b"content=" + b"x" * (size - 8)


def _has_security_headers(response: httpx.Response) -> bool:
    return all(name in response.headers for name in SECURITY_HEADERS)


@pytest.fixture
def small_writer(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(_archive(tmp_path), TOKEN, rate_limit=0, max_body_bytes=4000)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def test_an_oversized_chunked_form_is_a_413_page(small_writer: TestClient) -> None:
    response = small_writer.post("/ingest", content=_chunks(20_000), headers={
        "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413, response.text[:200]
    assert "text/html" in response.headers["content-type"] and "4000 bytes" in response.text
    assert _has_security_headers(response)


def test_an_oversized_chunked_api_body_is_a_413_error(small_writer: TestClient) -> None:
    response = small_writer.post("/api/v1/articles", content=_chunks(20_000), headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert _has_security_headers(response)


def test_a_small_form_still_reaches_the_handler(small_writer: TestClient) -> None:
    response = small_writer.post("/ingest", content=b"content=&token=wrong", headers={
        "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 401  # the handler ran and checked the token


def test_429_responses_carry_the_security_headers(tmp_path: Path) -> None:
    with TestClient(create_app(_archive(tmp_path), None, rate_limit=RATE)) as client:
        codes = [client.get("/api/v1/health").status_code for _ in range(OVER_BURST)]
        assert 429 in codes
        for path in ("/api/v1/health", "/"):
            refused = client.get(path)
            assert refused.status_code == 429 and refused.headers["retry-after"]
            assert _has_security_headers(refused), dict(refused.headers)
            assert "script-src" not in refused.headers["content-security-policy"]


def _statuses(client: TestClient, forwarded: list[str]) -> list[int]:
    return [client.get("/api/v1/health", headers={"X-Forwarded-For": f}).status_code
            for f in forwarded]


def test_forged_forwarded_for_does_not_reset_the_limit(tmp_path: Path) -> None:
    forged = [f"198.51.100.{i}" for i in range(OVER_BURST)]  # a new "client" each time
    with TestClient(create_app(_archive(tmp_path), None, rate_limit=RATE)) as client:
        assert 429 in _statuses(client, forged)


def test_a_trusted_proxy_names_the_client(tmp_path: Path) -> None:
    app = create_app(_archive(tmp_path), None, rate_limit=RATE, trust_proxy=["testclient"])
    with TestClient(app) as proxy:
        distinct = [f"198.51.100.{i}, 203.0.113.{i}" for i in range(OVER_BURST)]
        assert 429 not in _statuses(proxy, distinct)  # the last hop before the proxy counts
        same = ["203.0.113.250"] * OVER_BURST
        assert 429 in _statuses(proxy, same)


def test_serve_turns_off_uvicorn_proxy_headers(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from dragoman.cli import main

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    db = _archive(tmp_path)
    result = CliRunner().invoke(main, ["--db", db, "serve", "--rate-limit", str(RATE)],
                                env={"DRAGOMAN_WRITE_TOKEN": ""})
    assert result.exit_code == 0, result.output
    assert calls[0]["proxy_headers"] is False
    result = CliRunner().invoke(main, ["--db", db, "serve", "--trust-proxy", "10.0.0.2"],
                                env={"DRAGOMAN_WRITE_TOKEN": ""})
    assert result.exit_code == 0, result.output
    assert calls[1]["proxy_headers"] is False  # the app reads the header, from 10.0.0.2 only


def test_a_loopback_server_ignores_forged_forwarded_for(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The options `dragoman serve` gives uvicorn, on a real socket from 127.0.0.1."""
    from dragoman.cli import main

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    result = CliRunner().invoke(main, ["--db", _archive(tmp_path), "serve", "--rate-limit",
                                       str(RATE)], env={"DRAGOMAN_WRITE_TOKEN": ""})
    assert result.exit_code == 0, result.output
    options = {**calls[0], "port": 0}
    server = uvicorn.Server(uvicorn.Config(options.pop("app"), **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(500):
            if server.started:
                break
            time.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            codes = [client.get("/api/v1/health",
                                headers={"X-Forwarded-For": f"198.51.100.{i}"}).status_code
                     for i in range(OVER_BURST)]
        assert 429 in codes
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_a_crash_is_a_500_with_the_security_headers(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dragoman.server.services import Services

    app = create_app(_archive(tmp_path), None, rate_limit=0)

    def broken(self: Services) -> None:
        raise RuntimeError("disk on fire at /srv/secret/path")

    monkeypatch.setattr(Services, "archive", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        api = client.get("/api/v1/health")
        assert api.status_code == 500 and api.json()["error"]["code"] == "internal_error"
        page = client.get("/")
        assert page.status_code == 500 and "text/html" in page.headers["content-type"]
        for response in (api, page):
            assert _has_security_headers(response)
            assert "/srv/secret" not in response.text  # no internals in the answer
