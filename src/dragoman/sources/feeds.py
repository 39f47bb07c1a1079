"""RSS/Atom feeds with feedparser, polled with a conditional GET (ETag / Last-Modified)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dragoman.errors import MissingDependency
from dragoman.sources.http import Fetcher, FetchError, Response

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


@dataclass(slots=True)
class FeedItem:
    key: str  # guid / id when the feed gives one, else the link
    url: str
    title: str | None = None
    published: str | None = None  # as the feed states it


@dataclass(slots=True)
class FeedPoll:
    url: str
    not_modified: bool = False
    items: list[FeedItem] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None


def looks_like_feed(resp: Response) -> bool:
    if resp.content_type in FEED_TYPES:
        return True
    head = resp.content[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def parse_feed(content: bytes, base_url: str) -> list[FeedItem]:
    try:
        import feedparser
    except ImportError as exc:  # pragma: no cover - core dependency
        raise MissingDependency("feedparser", "sources", "reading feeds") from exc
    parsed = feedparser.parse(content, response_headers={"content-location": base_url})
    if parsed.get("bozo") and not parsed.entries:
        raise FetchError(base_url, f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        items.append(FeedItem(key=entry.get("id") or link, url=link, title=entry.get("title"),
                              published=entry.get("published") or entry.get("updated")))  # fmt: skip
    return items


def poll_feed(
    fetcher: Fetcher, url: str, etag: str | None = None, last_modified: str | None = None
) -> FeedPoll:
    """Fetch a feed (or a news sitemap) unless unchanged since ``etag``/``last_modified``."""
    from dragoman.sources.sitemaps import looks_like_sitemap, parse_sitemap

    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    resp = fetcher.fetch(url, headers)
    if resp.status == 304:
        return FeedPoll(url, not_modified=True, etag=etag, last_modified=last_modified)
    if resp.status != 200:
        raise FetchError(url, f"HTTP {resp.status}")
    if looks_like_sitemap(resp):
        items = [FeedItem(e.url, e.url, e.title, e.published)
                 for e in parse_sitemap(fetcher, resp)]  # fmt: skip
    else:
        items = parse_feed(resp.content, resp.final_url)
    return FeedPoll(url, items=items, etag=resp.headers.get("etag"),
                    last_modified=resp.headers.get("last-modified"))  # fmt: skip
