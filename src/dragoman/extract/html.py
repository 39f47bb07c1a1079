"""HTML article extraction: trafilatura for the body, the page's own metadata for the rest.

The page is parsed once (lxml) within size, depth and time limits; metadata comes
from JSON-LD, OpenGraph and <meta> (metadata.py); the body from trafilatura's
structured output, kept as paragraphs and inline headings, with the same chrome
and caption rules as plain text; a fallback (JSON-LD articleBody, then the page's
<p> elements) when trafilatura returns too little. Dates: stated metadata, a
dateline in the page header, the URL and htmldate's reading, reconciled by
pubdate.py with a calibrated confidence; no date is ever invented. Bylines:
bylines.py; titles: titles.py; page type: pagetype.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from dragoman.errors import ExtractionError, MissingDependency
from dragoman.extract.bylines import clean_authors
from dragoman.extract.dates import find_dates, find_relative_date, parse_date_line
from dragoman.extract.limits import bounded_html, check_depth, time_budget
from dragoman.extract.metadata import (
    PageMetadata,
    StatedDate,
    parse_stated_date,
    read_metadata,
)
from dragoman.extract.pagetype import page_type
from dragoman.extract.plaintext import is_caption_line, is_chrome_line, updated_prefixes
from dragoman.extract.printed import headline_date, visible_days
from dragoman.extract.pubdate import CHECKED_AGAINST_PRINT, Candidate, Resolved, plausible, resolve
from dragoman.extract.tails import drop_tails
from dragoman.extract.titles import clean_title
from dragoman.model import Block, PageType

_BODY = re.compile(r"<\s*(body|p|article|div|main)\b", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TITLE_SPLIT = re.compile(r"\s+[|–—\-]\s+")
_BLOCK_TAGS = ("head", "p", "item", "quote")
_LETTER = re.compile(r"[^\W\d_]")
# Invisible bidi controls (LRM/RLM/embeddings/isolates): dropped, the logical order is kept.
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A full date in a URL path: /2024/05/25/, /2024/may/25/, or a trailing -2024-05-25.
_URL_DATE = re.compile(
    # A one-digit day must end its segment: "/2023/10/3-fragen-an" is a slug, not 3 October.
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2}|[a-z]{3})[/-](?P<d>\d{2}(?=[/_\-.]|$)|\d(?=[/.]|$))"
    r"|-(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{2})-(?P<d2>\d{2})/?$",
    re.IGNORECASE,
)

# A body shorter than this (characters) from trafilatura triggers the fallbacks.
# Set below the shortest true body of the Fundus set (338 characters); trafilatura's
# failures return nothing or a single teaser line.
MIN_BODY_CHARS = 250
# A fallback replaces the main body only when it is at least this many times longer.
FALLBACK_GAIN = 1.5
# Fallback paragraphs from <p> elements need this many words (short <p> are chrome).
FALLBACK_MIN_WORDS = 8
# An all-capitals paragraph of at least this many words and no final punctuation is a
# promotional link ("CLICK HERE TO GET THE APP", "RELATED: ..."), not running text.
SHOUT_MIN_WORDS = 3
# A paragraph this short that parses as a date is the dateline, not body text.
DATELINE_MAX_WORDS = 8
_ANY_DAY = date(2000, 1, 1)  # only to recognise relative datelines, never stored
# Embedded social posts are quoted material, not the article's text.
SOCIAL_EMBEDS = [
    "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media')"
    " or contains(@class, 'tiktok-embed') or contains(@class, 'twitter-video')]",
]
# Dateline elements longer than this (characters) are prose, not a dateline; up to
# DATELINE_SHORT_CHARS any date in them counts ("Posted by X on 8 March 2022").
DATELINE_MAX_CHARS = 120
DATELINE_SHORT_CHARS = 60
# Header elements that carry a dateline: class or id mentioning one of these.
_DATELINE_HINT = re.compile(r"date|time|posted|publish|byline|meta|تاريخ", re.IGNORECASE)
_MONTH_ABBR = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


@dataclass(slots=True)
class HtmlResult:
    text: str
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_confidence: float = 0.0
    published_source: str = "none"
    modified: str | None = None
    url: str | None = None
    language: str | None = None
    extractor: str = "html:trafilatura"
    page_type: PageType = "article"


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - core dependency
        raise MissingDependency("trafilatura", "core", "HTML extraction") from exc
    return trafilatura


def _clean(text: str) -> str:
    return " ".join(_BIDI.sub("", text).split())


def parse_html(html: str, source: str) -> HtmlElement:
    """Parse within the limits; ExtractionError naming the page when it cannot be used."""
    html = bounded_html(_XML_DECL.sub("", html, count=1), source)
    if not _BODY.search(html):
        raise ExtractionError(source, "HTML has no body (no <body>, <article>, <div> or <p>)")
    try:
        import lxml.html

        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(source, f"HTML cannot be parsed ({exc})") from exc
    check_depth(tree, source)
    return tree


def _paragraphs(body: Any) -> list[tuple[str, str]]:
    """(kind, text) of the leaf blocks of trafilatura's XML body: <head> is a heading."""
    out: list[tuple[str, str]] = []
    for el in body.iter(*_BLOCK_TAGS):
        if next(el.iterdescendants(*_BLOCK_TAGS), None) is not None:
            continue  # a container (<list>, <quote> with <p>): its leaves are taken
        text = _clean("".join(el.itertext()))
        if text:
            out.append(("heading" if el.tag == "head" else "paragraph", text))
    return out


def _is_shouting(text: str) -> bool:
    if text.upper() != text:
        return False  # has a lower-case letter (the common case, decided at C speed)
    letters = _LETTER.findall(text)
    cased = [c for c in letters if c.lower() != c.upper()]
    return (
        len(text.split()) >= SHOUT_MIN_WORDS
        and len(cased) == len(letters) > 0
        and all(c.isupper() for c in cased)
        and not text.rstrip("\"'”’»)").endswith((".", "!", "?"))
    )


def _is_dateline(text: str) -> bool:
    """A short paragraph that only states a date ("Tuesday 8 March 2022", "اليوم الثلاثاء")."""
    if len(text.split()) > DATELINE_MAX_WORDS:
        return False
    if parse_date_line(text) is not None:
        return True
    rel = find_relative_date(text, _ANY_DAY)
    return rel is not None and len(text.split()) <= 2


def _is_bio(text: str, authors: list[str]) -> bool:
    """Closing author note: "Jane Roe is a reporter for ..." naming a known author."""
    return any(text.startswith(f"{a} is ") or text.startswith(f"{a} was ") for a in authors)


def _filter(parts: list[tuple[str, str]], title: str | None, authors: list[str]) -> list[tuple[str, str]]:
    folded_title = _clean(title).casefold() if title else None
    kept: list[tuple[str, str]] = []
    for i, (kind, text) in enumerate(parts):
        if not _LETTER.search(text):
            continue  # separators ("___", "***") and bare numbers
        if folded_title and i < 3 and folded_title in (text.casefold(), clean_title(text).casefold()):
            continue  # the headline repeated at the top of the body
        if is_chrome_line(text) or is_caption_line(text) or _is_shouting(text) or _is_dateline(text):
            continue
        kept.append((kind, text))
    while kept and _is_bio(kept[-1][1], authors):
        kept.pop()
    while kept and kept[-1][0] == "heading":
        kept.pop()  # a heading with nothing after it heads a related-links box
    return drop_tails(kept)


def _fallback_paragraphs(html: str, meta: PageMetadata, source: str) -> list[tuple[str, str]]:
    if meta.article_body:
        paras = [_clean(p) for p in re.split(r"\n\s*\n|\n", meta.article_body)]
        return [("paragraph", p) for p in paras if p]
    tree = parse_html(html, source)
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//aside|//form"):
        bad.drop_tree()
    paras = [_clean(p.text_content()) for p in tree.iter("p")]
    return [("paragraph", p) for p in paras if len(p.split()) >= FALLBACK_MIN_WORDS]


def _squeezed(text: str) -> str:
    """Text without whitespace and invisible format characters, for comparing extractions."""
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def _join(parts: list[tuple[str, str]]) -> tuple[str, list[Block]]:
    blocks: list[Block] = []
    pos = 0
    for kind, text in parts:
        blocks.append(Block(pos, pos + len(text), "heading" if kind == "heading" else "paragraph"))
        pos += len(text) + 2
    return "\n\n".join(t for _, t in parts), blocks


def _dateline_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """<time> elements, then elements whose class or id hints at a date, in document order;
    lazily, since the first dateline found ends the search."""
    yield from root.iterfind(".//time")
    for el in root.iter("span", "div", "p", "li", "small"):
        if _DATELINE_HINT.search(f"{el.get('class', '')} {el.get('id', '')}"):
            yield el


def _dateline(tree: HtmlElement, reference: datetime | None) -> Candidate | None:
    """A date stated in a short header element (class/id naming a date, or <time>).

    The article's own container is searched before the rest of the page (sidebars
    list other stories' dates); "Updated ..." lines are not the publication date.
    """
    article = tree.find(".//article")
    if article is None:
        article = tree.find(".//main")
    candidates = chain(_dateline_elements(article) if article is not None else (),
                       _dateline_elements(tree))
    updated = updated_prefixes()
    for el in candidates:
        text = _clean(el.text_content())
        if not text or len(text) > DATELINE_MAX_CHARS or text.casefold().startswith(updated):
            continue
        stated = parse_stated_date(el.get("datetime") or "") if el.tag == "time" else None
        if stated and plausible(stated, reference):
            return Candidate(stated, "text")
        parsed = parse_date_line(text)
        if parsed is None and len(text) <= DATELINE_SHORT_CHARS:
            dates = find_dates(text)
            parsed = dates[0] if dates else None
        if parsed is not None and plausible(parsed.iso, reference):
            return Candidate(parsed.iso, "text")
        rel = find_relative_date(text, reference) if len(text) <= DATELINE_SHORT_CHARS else None
        if rel is not None:
            return Candidate(rel.iso, "text", relative=True)
    return None


def url_date(url: str | None) -> str | None:
    """The day a URL states (ISO date), or None."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    y, month, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (
        m.group("y2"), m.group("m2"), m.group("d2"))
    mo = int(month) if month.isdigit() else _MONTH_ABBR.get(month.lower(), 0)
    try:
        return date(int(y), mo, int(d)).isoformat()
    except ValueError:
        return None


def _htmldate(tree: HtmlElement, url: str | None, extensive: bool) -> str | None:
    """htmldate's publication date (``original_date``); it works on a copy of the tree.

    The quick search first; the extensive one (a free-text scan through dateparser,
    seconds on some pages) only when ``extensive`` and the quick one finds nothing.
    Where both answer they agree (dev pages); the caller asks for the extensive one
    only when no other source states a date, which loses nothing on dev.
    """
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - core dependency
        return None
    for deep in (False, True) if extensive else (False,):
        try:
            found = find_date(tree, url=url, original_date=True, extensive_search=deep)
        except (ValueError, TypeError):
            found = None
        if found:
            return str(found)
    return None


def _published(
    tree: HtmlElement, meta: PageMetadata, url: str | None, reference: datetime | None
) -> Resolved:
    """Every source of the publication date, reconciled by extract/pubdate.py."""
    def stated(value: StatedDate | None) -> Candidate | None:
        return Candidate(value.iso, value.source) if value else None

    from_url = url_date(url or meta.url)
    dateline = _dateline(tree, reference)
    guessed = _htmldate(tree, url, extensive=not (meta.published or dateline or from_url))
    sources = (stated(meta.published), stated(meta.modified), dateline,
               Candidate(from_url, "url") if from_url else None,
               Candidate(guessed, "htmldate") if guessed else None)
    printed = visible_days(tree) if _needs_visible_days(meta, guessed) else None
    found = resolve(*sources, reference, printed or ())
    if found.rule in CHECKED_AGAINST_PRINT:  # a weak rule: what the page prints may overrule it
        printed = visible_days(tree) if printed is None else printed  # scanned once per page
        found = resolve(*sources, reference, printed, headline_date(tree))
    return found


def _needs_visible_days(meta: PageMetadata, guessed: str | None) -> bool:
    """The two ties the printed dates break (pubdate.py); scanning the page text costs time."""
    updated = bool(meta.published and meta.modified and meta.published.iso[:10] != meta.modified.iso[:10])
    return updated or bool(guessed and guessed.endswith("-01-01"))


def _title_and_site(tree: HtmlElement, meta: PageMetadata, url: str | None) -> tuple[str | None, str | None]:
    """Headline without the site suffix; the suffix names the site when the <h1> confirms it."""
    site, title = meta.site, meta.title or meta.html_title
    if title and not site and meta.html_title:
        h1 = tree.find(".//h1")
        heading = _clean(h1.text_content()) if h1 is not None else ""
        parts = _TITLE_SPLIT.split(meta.html_title)
        if heading and len(parts) == 2 and _clean(parts[0]) == heading:
            site = _clean(parts[1])
    return (clean_title(title, site, url or meta.url) if title else None), site


def extract_html_page(
    html: str, url: str | None = None, source: str = "<html>", reference: datetime | None = None
) -> HtmlResult:
    """Extract the article body and metadata; raise ExtractionError when there is none."""
    with time_budget(source):
        return _extract(html, url, source, reference)


def _extract(html: str, url: str | None, source: str, reference: datetime | None) -> HtmlResult:
    tree = parse_html(html, source)
    meta = read_metadata(tree)
    title, site = _title_and_site(tree, meta, url)
    meta.authors = clean_authors(meta.authors, site, url or meta.url)
    published = _published(tree, meta, url, reference)
    # HTML comments (<!-- ... -->) shift trafilatura's reading of the element around them
    # (a trailing magazine box kept on dev page wara-enforcement.org); their tails stay.
    etree.strip_elements(tree, etree.Comment, with_tail=False)
    doc = _trafilatura().bare_extraction(
        tree, url=url, with_metadata=False, include_comments=False, include_tables=False,
        prune_xpath=SOCIAL_EMBEDS,
    )
    parts = _paragraphs(doc.body) if doc is not None and doc.body is not None else []
    parts = _filter(parts, title, meta.authors)
    extractor = "html:trafilatura"
    if (meta.article_body and len(parts) == 1
            and _squeezed(parts[0][1]) == _squeezed(meta.article_body)):
        # trafilatura fell back on the JSON-LD body itself, flattened into one paragraph
        # and without zero-width joiners (Persian "سه‌شنبه"): take it from the source.
        parts = _filter(_fallback_paragraphs(html, meta, source), title, meta.authors)
        extractor = "html:jsonld-body"
    elif sum(len(t) for _, t in parts) < MIN_BODY_CHARS:
        fallback = _filter(_fallback_paragraphs(html, meta, source), title, meta.authors)
        if sum(len(t) for _, t in fallback) >= FALLBACK_GAIN * max(1, sum(len(t) for _, t in parts)):
            parts = fallback
            extractor = "html:jsonld-body" if meta.article_body else "html:paragraphs"
    if not parts:
        raise ExtractionError(source, "no article text found in the HTML")
    if title is None:
        title = next((t for k, t in parts if k == "heading"), None)
    text, blocks = _join(parts)
    return HtmlResult(
        text=text,
        blocks=blocks,
        title=title,
        site=site,
        authors=meta.authors,
        published=published.iso,
        published_confidence=published.confidence,
        published_source=published.source,
        modified=meta.modified.iso if meta.modified else None,
        url=meta.url or url,
        language=meta.language,
        extractor=extractor,
        page_type=page_type(meta.types, url or meta.url, title, [t for _, t in parts]),
    )
