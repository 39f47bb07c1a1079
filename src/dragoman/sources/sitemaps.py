"""News sitemaps (``<urlset>`` with ``news:`` metadata) and sitemap indexes."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from dragoman.sources.http import Fetcher, FetchError, Response

_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
       "news": "http://www.google.com/schemas/sitemap-news/0.9"}  # fmt: skip
# Nested sitemap indexes followed at most this deep, and at most this many children.
MAX_DEPTH = 2
MAX_CHILDREN = 50


@dataclass(slots=True)
class SitemapEntry:
    url: str
    published: str | None = None
    title: str | None = None


def looks_like_sitemap(resp: Response) -> bool:
    head = resp.content[:2048]
    return b"<urlset" in head or b"<sitemapindex" in head


def _parse(content: bytes, source: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(content, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(source, f"not a readable sitemap ({exc})") from exc


def parse_sitemap(fetcher: Fetcher, resp: Response, depth: int = 0) -> list[SitemapEntry]:
    """Entries of a (news) sitemap; an index's child sitemaps are fetched through ``fetcher``."""
    root = _parse(resp.content, resp.final_url)
    if root.tag.endswith("sitemapindex"):
        if depth >= MAX_DEPTH:
            return []
        entries: list[SitemapEntry] = []
        for loc in root.findall("sm:sitemap/sm:loc", _NS)[:MAX_CHILDREN]:
            child = fetcher.fetch((loc.text or "").strip())
            if child.status == 200:
                entries += parse_sitemap(fetcher, child, depth + 1)
        return entries
    out = []
    for node in root.findall("sm:url", _NS):
        loc = node.findtext("sm:loc", default="", namespaces=_NS).strip()
        if loc:
            out.append(SitemapEntry(
                loc, node.findtext("news:news/news:publication_date", namespaces=_NS),
                node.findtext("news:news/news:title", namespaces=_NS),
            ))  # fmt: skip
    return out
