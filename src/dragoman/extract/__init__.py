"""Turn a RawPage (plain text or HTML) into an Article with clean text and metadata."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import cast
from urllib.parse import urlsplit

from dragoman import registry
from dragoman.controls import clean_article, clean_source
from dragoman.errors import ExtractionError
from dragoman.extract.diagnostics import drop_server_diagnostics
from dragoman.extract.encoding import repair_mojibake
from dragoman.extract.html import extract_html_page
from dragoman.extract.limits import bounded_text, time_budget
from dragoman.extract.lines import site_lines as shared_lines
from dragoman.extract.plaintext import extract_plaintext
from dragoman.extract.sitewide import drop_site_repeats
from dragoman.extract.titles import clean_title, site_suffix
from dragoman.identity import article_id
from dragoman.model import Article, Failure, RawPage

_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
# Only the start of a page is sniffed: an HTML page declares itself early.
SNIFF_CHARS = 2048
# A server's error messages printed ahead of the markup are skipped first, within this.
SNIFF_PREAMBLE_CHARS = 256 * 1024


def looks_like_html(content: str) -> bool:
    head = drop_server_diagnostics(content[:SNIFF_PREAMBLE_CHARS]).lstrip()[:SNIFF_CHARS]
    return head.startswith("<") and bool(_HTML_SNIFF.search(head))


def extract_page(page: RawPage, site_lines: frozenset[str] = frozenset()) -> Article:
    """Extract one page; raises ExtractionError naming the page when nothing usable is found.

    Bounded: size and depth limits, and PAGE_TIME_BUDGET_S of wall-clock time
    (extract/limits.py). Control characters are dropped from every field (dragoman.controls).
    ``site_lines``: lines seen on other pages of the same site (plain-text pages; see
    extract_site).
    """
    with time_budget(page.source):
        try:
            return clean_article(_extract_page(page, site_lines))
        except ValueError as exc:  # lxml: "All strings must be XML compatible", and the like
            raise ExtractionError(page.source, f"page cannot be parsed ({exc})") from exc


def site_key(page: RawPage) -> str:
    """Pages of one site: the URL's host, else the folder the page was read from."""
    if page.url:
        return urlsplit(page.url).netloc.lower()
    return str(PurePath(page.source.split(":", 1)[0]).parent)


def extract_site(pages: list[RawPage]) -> list[Article | Failure]:
    """Extract several pages, using what they share per site as chrome evidence: the lines
    of plain-text pages (``lines.site_lines``) and the body paragraphs of any page that
    recur on other pages of the site (``sitewide.drop_site_repeats``)."""
    by_site: dict[str, list[RawPage]] = {}
    for page in pages:
        by_site.setdefault(site_key(page), []).append(page)
    shared = {k: shared_lines([p.content for p in group]) for k, group in by_site.items()
              if len(group) > 1}
    out: list[Article | Failure] = []
    for page in pages:
        try:
            out.append(extract_page(page, shared.get(site_key(page), frozenset())))
        except ExtractionError as exc:
            out.append(Failure(page.source, exc.reason, "extract"))
    articles = [a for a in out if isinstance(a, Article)]
    drop_site_repeats(articles, lambda a: site_key(RawPage(a.source, "", url=a.url)))
    _strip_learned_suffixes(articles)
    return out


def _strip_learned_suffixes(articles: list[Article]) -> None:
    """A " - Site" ending that most titles of one site share is the site's name: cut it."""
    by_site: dict[str, list[Article]] = {}
    for article in articles:
        if article.title:
            by_site.setdefault(site_key(RawPage(article.source, "", url=article.url)), []).append(article)
    for group in by_site.values():
        suffix = site_suffix([a.title or "" for a in group])
        for article in group if suffix else ():
            article.title = clean_title(article.title or "", learned=suffix)


def _extract_page(page: RawPage, site_lines: frozenset[str] = frozenset()) -> Article:
    """The page through the extractor registered under its kind (``registry`` kind
    "extractor": ``text``, ``html``, or one another package adds)."""
    kind: str = page.kind
    content = drop_server_diagnostics(clean_source(repair_mojibake(page.content)))
    if kind == "auto":
        kind = "html" if looks_like_html(content) else "text"
    return cast(Article, registry.lookup("extractor", kind)(page, content, site_lines))


def html_article(page: RawPage, content: str, site_lines: frozenset[str] = frozenset()) -> Article:
    """The ``html`` extractor: trafilatura and the metadata rules (``site_lines`` unused)."""
    del site_lines
    res = extract_html_page(content, url=page.url, source=page.source, reference=page.fetched_at)
    url = page.url or res.url
    fetched = page.fetched_at.isoformat() if page.fetched_at else None
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
        published_source=res.published_source,  # type: ignore[arg-type]
        modified=res.modified,
        language=res.language,  # as declared; the language stage checks it (score 0)
        fetched_at=fetched,
        extractor=res.extractor,
        blocks=res.blocks,
        page_type=res.page_type,
    )


def text_article(page: RawPage, content: str, site_lines: frozenset[str] = frozenset()) -> Article:
    """The ``text`` extractor: a page flattened to text, chrome told apart line by line."""
    fetched = page.fetched_at.isoformat() if page.fetched_at else None
    plain = extract_plaintext(
        bounded_text(content, page.source), reference=page.fetched_at, site_lines=site_lines
    )
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


__all__ = ["extract_page", "extract_site", "html_article", "looks_like_html", "site_key",
           "text_article"]
