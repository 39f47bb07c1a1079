"""A watchlist's hits as an Atom feed (RFC 4287).

Built with ElementTree, so every title, summary and link is escaped; characters that XML
1.0 cannot carry at all (most C0 controls, lone surrogates) are dropped from scraped text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from dragoman.watchlists.match import Watchlist
from dragoman.watchlists.service import HitItem

ATOM = "http://www.w3.org/2005/Atom"
# Characters of article text given as an entry's summary.
SUMMARY_CHARS = 400
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str | None) -> str:
    return _NOT_XML.sub("", text or "")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: _clean(v) for k, v in attrs.items()})
    if text is not None:
        node.text = _clean(text)
    return node


def _entry(feed: ET.Element, item: HitItem, base_url: str) -> None:
    a = item.article
    entry = _sub(feed, "entry")
    link = f"{base_url}/articles/{a.id}"
    if item.quote is not None:
        q = item.quote
        who = q.speaker_name or q.speaker_text or "unknown speaker"
        _sub(entry, "id", f"urn:dragoman:{item.watchlist_id}:statement:{a.id}:{q.start}-{q.end}")
        _sub(entry, "title", f"{who}: “{q.text}”" if q.direct else f"{who} (reported): {q.text}")
        author = _sub(entry, "author")
        _sub(author, "name", who)
        summary = f"{a.title or '(untitled)'} [{a.language or 'und'}]"
    else:
        _sub(entry, "id", f"urn:dragoman:{item.watchlist_id}:article:{a.id}")
        _sub(entry, "title", a.title or "(untitled)")
        for name in a.authors:
            _sub(_sub(entry, "author"), "name", name)
        text = a.text if len(a.text) <= SUMMARY_CHARS else a.text[:SUMMARY_CHARS].rstrip() + "…"
        summary = text
    # The article's own date is not always a full RFC 3339 time (often a day, no zone), so
    # the entry's time is when the watchlist matched it; the stated date is in the summary.
    _sub(entry, "updated", item.matched_at)
    _sub(entry, "link", href=link, rel="alternate", type="text/html")
    if a.url and a.url.startswith(("http://", "https://")):
        _sub(entry, "link", href=a.url, rel="related", type="text/html")
    _sub(entry, "category", term=item.kind)
    if a.published:
        summary = f"{a.published} · {summary}"
    node = _sub(entry, "summary", summary)
    if a.language:
        node.set(_XML_LANG, a.language)


def atom_feed(watchlist: Watchlist, items: list[HitItem], base_url: str) -> bytes:
    """The feed document (UTF-8) of a watchlist's newest hits; links point under ``base_url``."""
    base_url = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", f"urn:dragoman:watchlist:{watchlist.id}")
    _sub(feed, "title", f"Dragoman watchlist: {watchlist.name}")
    _sub(feed, "updated", max((i.matched_at for i in items), default=watchlist.created_at))
    _sub(_sub(feed, "author"), "name", "Dragoman")
    _sub(feed, "generator", "Dragoman")
    _sub(feed, "link", href=f"{base_url}/api/v1/watchlists/{watchlist.id}/feed.atom", rel="self",
         type="application/atom+xml")
    _sub(feed, "link", href=f"{base_url}/watchlists/{watchlist.id}", rel="alternate",
         type="text/html")
    for item in items:
        _entry(feed, item, base_url)
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body
