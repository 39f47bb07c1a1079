"""Turn a RawPage (plain text or HTML) into an Article with clean text and metadata."""

from __future__ import annotations

import re

from dragoman.errors import ExtractionError
from dragoman.extract.html import extract_html_page
from dragoman.extract.plaintext import extract_plaintext
from dragoman.identity import article_id
from dragoman.model import Article, Block, RawPage

_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
# Only the start of a page is sniffed: an HTML page declares itself early.
SNIFF_CHARS = 2048


def looks_like_html(content: str) -> bool:
    head = content.lstrip()[:SNIFF_CHARS]
    return head.startswith("<") and bool(_HTML_SNIFF.search(head))


def _paragraph_blocks(text: str) -> list[Block]:
    blocks, pos = [], 0
    for para in text.split("\n\n"):
        blocks.append(Block(pos, pos + len(para)))
        pos += len(para) + 2
    return blocks


def extract_page(page: RawPage) -> Article:
    """Extract one page; raises ExtractionError naming the page when nothing usable is found."""
    kind = page.kind
    if kind == "auto":
        kind = "html" if looks_like_html(page.content) else "text"
    fetched = page.fetched_at.isoformat() if page.fetched_at else None
    if kind == "html":
        res = extract_html_page(page.content, url=page.url, source=page.source)
        url = page.url or res.url
        return Article(
            id=article_id(url, res.text),
            source=page.source,
            text=res.text,
            url=url,
            site=res.site,
            title=res.title,
            authors=res.authors,
            published=res.published,
            published_confidence=res.published_confidence,
            published_source="htmldate" if res.published else "none",
            fetched_at=fetched,
            extractor="html:trafilatura",
            blocks=_paragraph_blocks(res.text),
        )
    plain = extract_plaintext(page.content, reference=page.fetched_at)
    if not plain.text:
        raise ExtractionError(page.source, "no article body found (no line reads as running text)")
    return Article(
        id=article_id(page.url, plain.text),
        source=page.source,
        text=plain.text,
        url=page.url,
        site=plain.site,
        title=plain.title,
        authors=plain.authors,
        published=plain.published.iso if plain.published else None,
        published_confidence=plain.published_confidence,
        published_source="text" if plain.published else "none",
        modified=plain.modified.iso if plain.modified else None,
        fetched_at=fetched,
        extractor="text:lines",
        blocks=plain.blocks,
    )


__all__ = ["extract_page", "looks_like_html"]
