"""A slow server cannot hold a fetch: a total deadline per fetch and a minimum transfer rate,
each failure naming the URL and the limit hit. The servers are loopback servers started here
that trickle their bytes (or go silent), with limits of about a second so the tests are fast.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dragoman.settings import SettingsError, load_settings
from dragoman.sources.http import Fetcher, FetchError, FetchPolicy

PAGE = b"<html><body><p>" + b"The harbour reopened after the storm. " * 20 + b"</p></body></html>"


class Trickler:
    """Serves ``/fast`` at once, ``/trickle`` one byte per ``gap`` s, ``/silent`` headers only."""

    def __init__(self, gap: float = 0.05) -> None:
        self.stop = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(PAGE)))
                self.end_headers()
                if self.path == "/fast":
                    self.wfile.write(PAGE)
                    return
                for i in range(len(PAGE)):
                    if owner.stop.wait(gap if self.path == "/trickle" else 0.5):
                        return
                    if self.path == "/trickle":
                        self.wfile.write(PAGE[i:i + 1])
                        self.wfile.flush()

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # the client hanging up on a trickle is the point

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def fetcher(self, **limits: Any) -> Fetcher:
        port = self.base.rsplit(":", 1)[1]
        return Fetcher(FetchPolicy(allow_private=frozenset({f"127.0.0.1:{port}"}), min_interval=0.0,
                                   respect_robots=False, retries=0, **limits))


@pytest.fixture
def slow() -> Iterator[Trickler]:
    trickler = Trickler()
    thread = threading.Thread(target=trickler.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield trickler
    finally:
        trickler.stop.set()
        trickler.httpd.shutdown()
        trickler.httpd.server_close()


def test_a_trickling_server_hits_the_deadline(slow: Trickler) -> None:
    url = slow.base + "/trickle"
    began = time.monotonic()
    with pytest.raises(FetchError, match=r"deadline of 1 s exceeded") as caught:
        slow.fetcher(deadline=1.0, min_rate=0).fetch(url)
    assert caught.value.source == url and "--fetch-deadline" in caught.value.reason
    assert time.monotonic() - began < 5  # the whole fetch, not one read, was bounded


def test_a_silent_server_hits_the_deadline_before_the_read_timeout(slow: Trickler) -> None:
    fetcher = slow.fetcher(deadline=1.0, min_rate=0, timeout=30.0)
    began = time.monotonic()
    with pytest.raises(FetchError, match="deadline"):
        fetcher.fetch(slow.base + "/silent")
    assert time.monotonic() - began < 5


def test_a_trickle_below_the_minimum_rate_is_cut_off(slow: Trickler) -> None:
    url = slow.base + "/trickle"
    with pytest.raises(FetchError, match=r"minimum rate of 1000 bytes/s") as caught:
        slow.fetcher(deadline=0, min_rate=1000, rate_grace=0.3).fetch(url)
    assert caught.value.source == url and "--min-rate" in caught.value.reason


def test_a_normal_server_is_within_both_limits(slow: Trickler) -> None:
    resp = slow.fetcher(deadline=2.0, min_rate=1000, rate_grace=0.0).fetch(slow.base + "/fast")
    assert resp.status == 200 and resp.content == PAGE


def test_limits_come_from_the_settings(tmp_path: Path) -> None:
    from dragoman.cli import main

    settings = load_settings({}, {"DRAGOMAN_FETCH_DEADLINE": "7.5", "DRAGOMAN_MIN_RATE": "0"})
    policy = FetchPolicy.from_settings(settings)
    assert policy.deadline == 7.5 and policy.min_rate == 0
    assert FetchPolicy.from_settings(settings, deadline=3.0).deadline == 3.0  # an option wins
    assert FetchPolicy.from_settings() == FetchPolicy()  # no settings: the library defaults
    with pytest.raises(SettingsError, match=r"DRAGOMAN_FETCH_DEADLINE.*'soon'"):
        load_settings({}, {"DRAGOMAN_FETCH_DEADLINE": "soon"})
    # `ingest URL` refuses the bad setting before anything is fetched or created
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "a.db"), "ingest",
                                       "https://news.example/a"],
                                env={"DRAGOMAN_FETCH_DEADLINE": "soon"})
    assert result.exit_code != 0 and "$DRAGOMAN_FETCH_DEADLINE" in result.output
    assert not (tmp_path / "a.db").exists()


def test_watch_takes_the_limits_as_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dragoman.cli import main
    from dragoman.executors import watch as watch_module

    seen: list[FetchPolicy] = []
    monkeypatch.setattr(watch_module, "watch",
                        lambda archive, feeds, every, fetcher, **kw: seen.append(fetcher.policy))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://news.example/feed.xml\n")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "a.db"), "watch", str(feeds),
                                       "--fetch-deadline", "9", "--min-rate", "64", "--polls", "1"])
    assert result.exit_code == 0, result.output
    assert seen[0].deadline == 9 and seen[0].min_rate == 64
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "a.db"), "watch", str(feeds),
                                       "--fetch-deadline", "-1"])
    assert result.exit_code != 0 and "--fetch-deadline" in result.output
