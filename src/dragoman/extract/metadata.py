"""Article metadata the way real sites state it: JSON-LD, OpenGraph, <meta>, <time>, <link>.

Every value is read from the page; nothing is guessed here. The stated dates are
one source among several that extract/pubdate.py reconciles (with the URL, the
visible dateline and htmldate), which also sets their confidence.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from dragoman.extract.dates import find_dates
from dragoman.extract.pubdate import PLAUSIBLE_FROM

# schema.org types whose fields describe the article itself.
_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|LiveBlogPosting|Report)$")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL_LIKE = re.compile(r"^(https?:)?//|^www\.", re.IGNORECASE)
# Microdata bylines, in document order (XPath in C: ElementPath tests every element in Python).
_ITEMPROP_AUTHOR = etree.XPath(".//*[@itemprop='author']")
# <meta> names and properties that carry a publication or modification date.
_META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
    "article.published", "cxenseparse:recs:publishtime",
)
_META_MODIFIED = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "last-modified", "article.updated",
)
_META_AUTHOR = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")


@dataclass(slots=True)
class StatedDate:
    iso: str  # as the page states it: date, or datetime with its offset when one is given
    source: str  # "jsonld" or "meta"; the confidence is set when sources are reconciled (pubdate.py)


@dataclass(slots=True)
class PageMetadata:
    title: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    published: StatedDate | None = None
    modified: StatedDate | None = None
    url: str | None = None
    language: str | None = None
    article_body: str | None = None  # JSON-LD articleBody, used only as a fallback
    html_title: str | None = None
    types: list[str] = field(default_factory=list)  # every JSON-LD @type, then og:type ("og:video")


def parse_stated_date(value: str) -> str | None:
    """ISO 8601 text for a machine-readable date; None when it is not one."""
    value = value.strip()
    if not value:
        return None
    parsed: date | datetime
    if _ISO_DAY.fullmatch(value):
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            return None
        return parsed.isoformat() if parsed.year >= PLAUSIBLE_FROM.year else None
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        found = find_dates(value)  # "Tue, 08 Mar 2022 10:00:00 GMT", "March 8, 2022"
        if not found:
            return None
        parsed = found[0].value
    if isinstance(parsed, datetime):
        parsed = parsed.replace(microsecond=0)
    if parsed.year < PLAUSIBLE_FROM.year:
        return None  # a placeholder (0001-01-01, 1970-01-01), never a page's date
    return parsed.isoformat()


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        value = " ".join(html.unescape(value).split())  # "&#39;" left escaped by some CMSs
        return value or None
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    return None


def _names(value: Any) -> list[str]:
    """Person names from a schema.org author value (string, object or list of either)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict) and item.get("@type") not in (None, "Person"):
            continue  # an Organization as author is the publisher, not a byline
        name = _text(item)
        if name and not _URL_LIKE.match(name) and name not in names:
            names.append(name)
    return names


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                yield from _walk(node[key])
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type", [])
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)]


def _jsonld(tree: HtmlElement, meta: PageMetadata) -> None:
    article: dict[str, Any] | None = None
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the other sources still count
        for obj in _walk(data):
            types = _types(obj)
            meta.types += types
            if article is None and any(_ARTICLE_TYPE.search(t) for t in types):
                article = obj
            elif "WebSite" in types or "NewsMediaOrganization" in types:
                meta.site = meta.site or _text(obj.get("name"))
    if article is None:
        return
    meta.title = _text(article.get("headline")) or _text(article.get("name"))
    meta.authors = _names(article.get("author"))
    publisher = article.get("publisher")
    if isinstance(publisher, dict | list):
        meta.site = _text(publisher) or meta.site
    for key, slot in (("datePublished", "published"), ("dateModified", "modified")):
        raw = _text(article.get(key))
        iso = parse_stated_date(raw) if raw else None
        if iso:
            setattr(meta, slot, StatedDate(iso, "jsonld"))
    page = article.get("mainEntityOfPage")
    url = _text(page.get("@id") if isinstance(page, dict) else page) or _text(article.get("url"))
    meta.url = url if url and _URL_LIKE.match(url) else None
    lang = _text(article.get("inLanguage"))
    meta.language = lang
    body = article.get("articleBody")
    meta.article_body = body.strip() if isinstance(body, str) and body.strip() else None


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in tags:
            tags[key] = value
    return tags


def _first_date(tags: dict[str, str], keys: tuple[str, ...]) -> StatedDate | None:
    for key in keys:
        iso = parse_stated_date(tags[key]) if key in tags else None
        if iso:
            return StatedDate(iso, "meta")
    return None


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


def read_metadata(tree: HtmlElement) -> PageMetadata:
    """Metadata stated by the page: JSON-LD first, then OpenGraph and <meta>, then <time>."""
    meta = PageMetadata()
    _jsonld(tree, meta)
    tags = _meta_tags(tree)
    meta.title = meta.title or _text(tags.get("og:title")) or _text(tags.get("twitter:title"))
    meta.site = meta.site or _text(tags.get("og:site_name")) or _text(tags.get("application-name"))
    if not meta.authors:
        for key in _META_AUTHOR:
            value = _text(tags.get(key))
            if value and not _URL_LIKE.match(value):
                meta.authors = [value]
                break
    if not meta.authors:  # microdata: <span itemprop="author">Name</span>
        for el in _ITEMPROP_AUTHOR(tree):
            name = _text(el.get("content") or el.text_content())
            if name and not _URL_LIKE.match(name) and name not in meta.authors:
                meta.authors.append(name)
    meta.published = meta.published or _first_date(tags, _META_PUBLISHED)
    meta.modified = meta.modified or _first_date(tags, _META_MODIFIED)
    if meta.published is None:
        for el in tree.iterfind(".//time[@datetime]"):
            if el.get("itemprop") == "datePublished" or el.get("pubdate") is not None:
                iso = parse_stated_date(el.get("datetime") or "")
                if iso:
                    meta.published = StatedDate(iso, "meta")
                    break
    canonical = tree.find(".//link[@rel='canonical']")
    href = canonical.get("href") if canonical is not None else None
    meta.url = (href if href and _URL_LIKE.match(href) else None) or meta.url or tags.get("og:url")
    meta.language = _language_code(meta.language or tree.get("lang") or tags.get("og:locale"))
    if tags.get("og:type"):
        meta.types.append(f"og:{tags['og:type'].strip().lower()}")
    title_el = tree.find(".//title")
    meta.html_title = _text(title_el.text_content()) if title_el is not None else None
    return meta
