"""Pages from URLs: a page URL gives one page; a feed or sitemap URL gives its items' pages.

The fetch time becomes ``RawPage.fetched_at``, the reference date for relative dates.
"""

from __future__ import annotations

from collections.abc import Iterator

from dragoman.errors import InputError
from dragoman.model import Failure, InputKind, RawPage
from dragoman.sources.feeds import looks_like_feed, parse_feed
from dragoman.sources.files import decode_bytes
from dragoman.sources.http import Fetcher, FetchError, FetchPolicy, Response
from dragoman.sources.sitemaps import looks_like_sitemap, parse_sitemap

HTML_TYPES = ("text/html", "application/xhtml+xml", "")


def page_from(resp: Response) -> RawPage:
    """A fetched response as a page; raises FetchError for HTTP errors or non-HTML content."""
    if resp.status != 200:
        raise FetchError(resp.url, f"HTTP {resp.status}", permanent=resp.status < 500)
    if resp.content_type not in HTML_TYPES and not resp.content_type.startswith("text/"):
        raise FetchError(resp.url, f"not an HTML page ({resp.content_type})")
    content = decode_bytes(resp.content, resp.url)
    kind: InputKind = "html" if resp.content_type != "text/plain" else "text"
    return RawPage(source=resp.url, content=content, kind=kind, url=resp.final_url,
                   fetched_at=resp.fetched_at)  # fmt: skip


def fetch_page(fetcher: Fetcher, url: str) -> RawPage:
    return page_from(fetcher.fetch(url))


def read_url(url: str, fetcher: Fetcher | None = None,
             policy: FetchPolicy | None = None) -> Iterator[RawPage | Failure]:
    """One page, or every item of a feed / news sitemap; each problem is one Failure.
    Without ``fetcher``, one is made with ``policy`` (default ``FetchPolicy()``)."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(policy or FetchPolicy())
    try:
        resp = fetcher.fetch(url)
        if resp.status == 200 and (looks_like_feed(resp) or looks_like_sitemap(resp)):
            links = ([e.url for e in parse_sitemap(fetcher, resp)] if looks_like_sitemap(resp)
                     else [i.url for i in parse_feed(resp.content, resp.final_url)])  # fmt: skip
            for link in links:
                try:
                    yield fetch_page(fetcher, link)
                except InputError as exc:
                    yield Failure(exc.source, exc.reason, "read")
            return
        yield page_from(resp)
    except InputError as exc:
        yield Failure(exc.source, exc.reason, "read")
    finally:
        if own:
            fetcher.close()
