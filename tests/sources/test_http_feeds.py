"""URL fetching (SSRF refusal, redirects, robots.txt, retries, politeness), feeds and sitemaps,
all against a loopback server."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

import pytest

from dragoman.archive import Archive
from dragoman.model import Failure, RawPage
from dragoman.sources.feeds import poll_feed
from dragoman.sources.http import USER_AGENT, Fetcher, FetchError, FetchPolicy
from dragoman.sources.web import read_url
from tests.sources.conftest import NO_STORIES
from tests.support import make_articles, render_feed, render_html, render_sitemap
from tests.support.server import LoopbackServer, serve


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as s:
        yield s


def _fetcher(server: LoopbackServer, **kw: object) -> Fetcher:
    opts: dict[str, object] = {"min_interval": 0.0, "backoff": 0.01}
    opts.update(kw)
    return Fetcher(FetchPolicy(allow_private=frozenset({f"127.0.0.1:{server.port}"}), **opts))  # type: ignore[arg-type]


def test_private_addresses_are_refused_by_default(server: LoopbackServer) -> None:
    url = server.add("/a", "<html><body><p>x</p></body></html>")
    with pytest.raises(FetchError, match=r"non-public address 127\.0\.0\.1"):
        Fetcher(FetchPolicy()).fetch(url)
    for other in ("http://169.254.169.254/latest/meta-data", "http://[::1]/", "file:///etc/passwd"):
        with pytest.raises(FetchError):
            Fetcher(FetchPolicy()).fetch(other)
    assert server.log == []  # refused before any request


def test_redirects_are_checked_on_every_hop(server: LoopbackServer) -> None:
    server.add("/to-metadata", b"", status=302,
               headers={"Location": "http://169.254.169.254/latest/meta-data"})
    server.add("/to-localhost", b"", status=301,
               headers={"Location": f"http://localhost:{server.port}/a"})
    server.add("/a", "<html><body><p>ok</p></body></html>")
    server.add("/to-a", b"", status=302, headers={"Location": "/a"})
    fetcher = _fetcher(server)
    with pytest.raises(FetchError, match=r"169\.254\.169\.254"):
        fetcher.fetch(server.base + "/to-metadata")
    with pytest.raises(FetchError, match="non-public"):
        fetcher.fetch(server.base + "/to-localhost")
    resp = fetcher.fetch(server.base + "/to-a")
    assert resp.status == 200 and resp.final_url == server.base + "/a"


class _FakeClock:
    """The fetcher's clock: it only moves when the fetcher sleeps, so the politeness check
    reads the waits the fetcher chose, not the machine's load."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sent: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_user_agent_robots_retries_and_politeness(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    from dragoman.sources import http

    clock = _FakeClock()
    monkeypatch.setattr(http, "time", types.SimpleNamespace(monotonic=clock.monotonic, sleep=clock.sleep))
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.add("/private/x", "<html><body><p>secret</p></body></html>")
    flaky = server.add("/flaky", "<html><body><p>eventually</p></body></html>", fail_first=2)
    fetcher = _fetcher(server, min_interval=0.15)
    exchange = http.Fetcher._exchange

    def timed_exchange(self: http.Fetcher, *args: object, **kwargs: object) -> object:
        clock.sent.append(clock.now)
        return exchange(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(http.Fetcher, "_exchange", timed_exchange)
    with pytest.raises(FetchError, match=r"robots\.txt"):
        fetcher.fetch(server.base + "/private/x")
    clock.sent.clear()
    assert fetcher.fetch(flaky).status == 200
    hits = server.hits("/flaky")
    assert len(hits) == 3 and hits[0].headers["user-agent"] == USER_AGENT
    gaps = [b - a for a, b in itertools.pairwise(clock.sent)]
    assert len(gaps) == 2 and min(gaps) > 0.15 - 1e-9  # per-host politeness, fetcher clock
    down = server.add("/down", b"", fail_first=99)
    with pytest.raises(FetchError, match="HTTP 503"):
        _fetcher(server, retries=1).fetch(down)


def test_feed_conditional_get_and_items(server: LoopbackServer) -> None:
    pages = make_articles(3, seed=41)
    for fmt in ("rss", "atom"):
        url = server.add(f"/{fmt}", render_feed(pages, server.base, fmt),
                         content_type="application/xml", etag=f'"v1-{fmt}"')
        fetcher = _fetcher(server)
        first = poll_feed(fetcher, url)
        assert [i.url for i in first.items] == [p.url for p in pages]
        assert first.etag == f'"v1-{fmt}"' and first.items[0].title == pages[0].title
        again = poll_feed(fetcher, url, first.etag, first.last_modified)
        assert again.not_modified and not again.items
        assert server.hits(f"/{fmt}")[-1].headers["if-none-match"] == f'"v1-{fmt}"'


def test_news_sitemap_items(server: LoopbackServer) -> None:
    pages = make_articles(2, seed=42)
    url = server.add("/news-sitemap.xml", render_sitemap(pages), content_type="application/xml")
    poll = poll_feed(_fetcher(server), url)
    assert [i.url for i in poll.items] == [p.url for p in pages]
    assert poll.items[0].title == pages[0].title


def test_ingest_a_feed_url_fetches_its_pages(server: LoopbackServer, tmp_path: object) -> None:
    pages = make_articles(3, seed=43)
    for p in pages:
        p.url = server.add(f"/news/{p.url.rsplit('/', 1)[-1]}", render_html(p))
    feed = server.add("/feed.xml", render_feed(pages, server.base), content_type="application/rss+xml")
    server.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    records = list(read_url(feed, _fetcher(server)))
    assert all(isinstance(r, RawPage) and r.fetched_at for r in records) and len(records) == 3
    # The archive fetches URL inputs under its settings' limits (allowed host, no interval).
    settings = replace(NO_STORIES, allow_private_hosts=(f"127.0.0.1:{server.port}",),
                       fetch_interval=0.0)
    with Archive(f"{tmp_path}/a.db", settings=settings) as archive:
        report = archive.ingest([feed, server.base + "/missing"])
        assert len(report.added) == 3
        assert [f.source for f in report.failures] == [server.base + "/missing"]
        assert all(a.fetched_at for a in archive.articles())
    assert isinstance(next(read_url(server.base + "/missing", _fetcher(server))), Failure)


def test_watch_poll_records_permanent_failures_and_retries_transient_ones(
    server: LoopbackServer, tmp_path: object
) -> None:
    from dragoman.executors.watch import parse_duration, poll_once, read_feeds_file

    pages = make_articles(3, seed=44)
    pages[0].url = server.add("/ok", render_html(pages[0]))
    pages[1].url = server.base + "/gone"  # 404: recorded, never asked again
    pages[2].url = server.add("/busy", b"", fail_first=99)  # 503: asked again next poll
    feed = server.add("/rss", render_feed(pages, server.base), content_type="application/rss+xml",
                      etag='"v1"')
    feeds_file = tmp_path / "feeds.txt"  # type: ignore[operator]
    feeds_file.write_text(f"{feed}  # a comment\n\n")
    assert read_feeds_file(feeds_file) == [feed]
    assert parse_duration("10m") == 600 and parse_duration("1.5h") == 5400
    with pytest.raises(ValueError):
        parse_duration("soon")
    fetcher = _fetcher(server, retries=0)
    with Archive(f"{tmp_path}/w.db", settings=NO_STORIES) as archive:
        first = poll_once(archive, [feed], fetcher)
        assert first.added == 1 and len(first.failures) == 2
        state = archive.store
        assert state.seen_feed_items(feed) == {pages[0].url, pages[1].url}  # type: ignore[attr-defined]
        assert state.get_feed_state(feed) == (None, None)  # type: ignore[attr-defined]
        second = poll_once(archive, [feed], fetcher)  # no 304: the busy item is still owed
        assert second.added == 0 and [f.source for f in second.failures] == [pages[2].url]
        assert len(server.hits("/gone")) == 1 and len(server.hits("/busy")) == 2
