"""HTML article extraction; trafilatura (with htmldate) is the first backend."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dragoman.errors import ExtractionError, MissingDependency

_BODY = re.compile(r"<\s*(body|p|article|div|main)\b", re.IGNORECASE)
# Confidence for a date from the page's metadata through htmldate/trafilatura.
HTML_DATE_CONFIDENCE = 0.8


@dataclass(slots=True)
class HtmlResult:
    text: str
    title: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_confidence: float = 0.0
    url: str | None = None
    language: str | None = None


def _trafilatura():  # type: ignore[no-untyped-def]
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - core dependency
        raise MissingDependency("trafilatura", "core", "HTML extraction") from exc
    return trafilatura


def extract_html_page(html: str, url: str | None = None, source: str = "<html>") -> HtmlResult:
    """Extract the article body and metadata; raise ExtractionError when there is none."""
    if not _BODY.search(html):
        raise ExtractionError(source, "HTML has no body (no <body>, <article>, <div> or <p>)")
    trafilatura = _trafilatura()
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        raise ExtractionError(source, "no article text found in the HTML")
    paragraphs = [p.strip() for p in (doc.text or "").split("\n") if p.strip()]
    authors = [a.strip() for a in re.split(r";|\band\b", doc.author or "") if a.strip()]
    return HtmlResult(
        text="\n\n".join(paragraphs),
        title=doc.title or None,
        site=doc.sitename or None,
        authors=authors,
        published=doc.date or None,
        published_confidence=HTML_DATE_CONFIDENCE if doc.date else 0.0,
        url=doc.url or url,
        language=doc.language or None,
    )
