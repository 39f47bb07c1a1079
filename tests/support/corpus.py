"""Synthetic news pages from original templates, and the containers they travel in.

``make_articles`` builds distinct fictional reports; ``make_near_duplicates``
derives copies with known originals (a few words edited, re-titled,
truncated); ``write_warc`` / ``render_feed`` / ``render_sitemap`` package
pages as a crawler or a feed reader would see them.
"""

from __future__ import annotations

import gzip
import io
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

_PEOPLE = [
    "Mara Lindqvist", "Tomasz Okonkwo", "Leila Haddad", "Ivo Marchetti", "Sunita Rao",
    "Pedro Alvarenga", "Hana Kobayashi", "Dmitri Volkov", "Amara Mensah", "Claire Dubois",
    "Yusuf Demir", "Greta Halvorsen", "Omar Farouk", "Nadia Petrova", "Jonas Weber",
]  # fmt: skip
_ORGS = [
    "the port authority", "the regional council", "the health ministry", "the teachers' union",
    "the national rail operator", "the central bank", "the farmers' cooperative",
    "the water board", "the energy regulator", "the football federation", "the city museum",
]  # fmt: skip
_PLACES = [
    "Valdoria", "Kessling", "Port Amsel", "Rivenna", "Otterby", "Marrow Bay", "Castel Nuovo",
    "Dunmere", "Sarkand", "Elbridge", "Tolvik", "Brannock", "Zeltingen", "Aurelio",
]  # fmt: skip
_TOPICS = [
    ("flood defences", "the river embankment", "pumping stations"),
    ("a new tram line", "the depot", "ticket prices"),
    ("hospital waiting lists", "the emergency ward", "night shifts"),
    ("grain exports", "the harbour silos", "shipping insurance"),
    ("school repairs", "the old gymnasium", "heating systems"),
    ("a wildfire season", "the forest reserve", "water bombers"),
    ("a bridge closure", "the northern bypass", "freight lorries"),
    ("a fishing dispute", "the coastal quota", "trawler licences"),
    ("a power outage", "the substation", "backup generators"),
    ("a museum theft", "the east gallery", "alarm contractors"),
]
_VERBS = [
    "announced", "warned about", "criticised", "defended", "postponed a vote on",
    "promised new money for", "opened an inquiry into", "published figures on",
    "signed an agreement on", "rejected claims about",
]  # fmt: skip
_WHEN = ["on Monday", "on Tuesday", "late on Wednesday", "on Thursday morning", "on Friday",
         "over the weekend", "earlier this week", "after a long meeting"]  # fmt: skip
_CLAUSES = [
    "according to officials who asked not to be named",
    "as residents gathered outside the town hall",
    "while opposition members walked out of the chamber",
    "despite repeated warnings from local engineers",
    "after months of negotiations with contractors",
    "in a statement posted before dawn",
    "following a report by independent auditors",
    "amid growing frustration among shop owners",
    "with the support of several neighbouring districts",
    "although the final cost remains unclear",
]  # fmt: skip
_SAYS = ["said", "told reporters", "insisted", "added", "argued", "noted"]
_QUOTES = [
    "we cannot wait another winter", "the numbers speak for themselves",
    "nobody will be left without help", "this plan was rushed and badly explained",
    "every family deserves a clear answer", "we will publish the full contracts",
    "the delays are unacceptable", "our crews worked through the night",
    "the budget was never realistic", "we expect the first results by spring",
]  # fmt: skip
_SITES = ["Northern Ledger", "Harbour Courier", "Valley Times", "Metro Dispatch",
          "Coastal Herald", "The Evening Post", "Daily Meridian", "River City News"]  # fmt: skip
_EDIT_WORDS = ["officials", "residents", "engineers", "workers", "councillors", "critics",
               "inspectors", "volunteers"]  # fmt: skip


@dataclass(slots=True)
class GeneratedPage:
    """One synthetic page with what a test needs to check it."""

    url: str
    title: str
    site: str
    paragraphs: list[str]
    published: datetime
    original: str | None = None  # URL of the page this one copies (None for originals)
    variant: str = "original"  # original | edited | retitled | truncated
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def _sentence(rng: random.Random, place: str, topic: tuple[str, str, str]) -> str:
    person, org = rng.choice(_PEOPLE), rng.choice(_ORGS)
    pattern = rng.randrange(5)
    number = rng.randrange(3, 950)
    if pattern == 0:
        return (f"{person} of {org} {rng.choice(_VERBS)} {topic[rng.randrange(3)]} in {place} "
                f"{rng.choice(_WHEN)}, {rng.choice(_CLAUSES)}.")
    if pattern == 1:
        return (f"\u201c{rng.choice(_QUOTES).capitalize()},\u201d {person} {rng.choice(_SAYS)}, "
                f"pointing to {number} complaints about {topic[rng.randrange(3)]}.")
    if pattern == 2:
        return (f"In {place}, {org} counted {number} cases linked to {topic[1]} "
                f"{rng.choice(_WHEN)}, {rng.choice(_CLAUSES)}.")
    if pattern == 3:
        return (f"The cost of {topic[2]} rose to {number} million, {rng.choice(_CLAUSES)}, "
                f"and {person} {rng.choice(_SAYS)} that {rng.choice(_QUOTES)}.")
    return (f"{org.capitalize()} {rng.choice(_VERBS)} {topic[0]} {rng.choice(_WHEN)}; "
            f"{person} {rng.choice(_SAYS)} the decision affects {number} households near {place}.")


def make_articles(
    count: int, seed: int = 0, start: datetime = datetime(2024, 5, 1, 8, tzinfo=UTC)
) -> list[GeneratedPage]:
    """``count`` distinct original reports (5 paragraphs of 2-4 sentences each)."""
    rng = random.Random(seed)
    pages = []
    for i in range(count):
        place, topic = rng.choice(_PLACES), rng.choice(_TOPICS)
        site = rng.choice(_SITES)
        paragraphs = [
            " ".join(_sentence(rng, place, topic) for _ in range(rng.randint(2, 4)))
            for _ in range(5)
        ]
        title = f"{place}: {rng.choice(_ORGS).capitalize()} {rng.choice(_VERBS)} {topic[0]}"
        slug = site.lower().replace(" ", "-")
        pages.append(GeneratedPage(
            url=f"https://{slug}.example/{2024}/{i:05d}-{place.lower().replace(' ', '-')}",
            title=title, site=site, paragraphs=paragraphs,
            published=start + timedelta(hours=7 * i + rng.randrange(6)),
        ))  # fmt: skip
    return pages


def _edit_words(text: str, rng: random.Random, edits: int) -> str:
    words = text.split(" ")
    for _ in range(edits):
        words[rng.randrange(len(words))] = rng.choice(_EDIT_WORDS)
    return " ".join(words)


def make_near_duplicates(
    originals: list[GeneratedPage], copies: int, seed: int = 1
) -> list[GeneratedPage]:
    """``copies`` syndicated copies of random originals, each with a known original.

    Variants: a few words edited, re-titled (new headline, same body), truncated
    (last paragraphs dropped, as agency copy often is), and edited + truncated.
    """
    rng = random.Random(seed)
    out = []
    for i in range(copies):
        src = rng.choice(originals)
        variant = ("edited", "retitled", "truncated", "edited+truncated")[i % 4]
        paragraphs = list(src.paragraphs)
        title = src.title
        if "edited" in variant:
            paragraphs = [_edit_words(p, rng, rng.randint(1, 2)) for p in paragraphs]
        if variant == "retitled":
            title = f"{rng.choice(_PEOPLE)} reacts as {src.title.split(': ', 1)[-1].lower()}"
        if "truncated" in variant:
            paragraphs = paragraphs[: rng.randint(3, 4)]
        site = rng.choice([s for s in _SITES if s != src.site])
        slug = site.lower().replace(" ", "-")
        out.append(replace(
            src, url=f"https://{slug}.example/wire/{i:05d}", title=title, site=site,
            paragraphs=paragraphs, original=src.url, variant=variant,
            published=src.published + timedelta(minutes=rng.randrange(20, 600)),
        ))  # fmt: skip
    return out


def render_html(page: GeneratedPage) -> str:
    """A plausible news page: head metadata, navigation chrome, the article, a footer."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in page.paragraphs)
    iso = page.published.isoformat()
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(page.title)} | {escape(page.site)}</title>
<meta property="og:title" content="{escape(page.title)}">
<meta property="og:site_name" content="{escape(page.site)}">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{escape(page.url)}">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{escape(page.title)}</h1>
<time datetime="{iso}">{page.published:%d %B %Y}</time>
{body}
</article>
<footer><p>Copyright {escape(page.site)}. All rights reserved.</p></footer>
</body></html>
"""


def _warc_record(headers: dict[str, str], block: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def _http_response(body: bytes, content_type: str, status: str = "200 OK") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body  # fmt: skip


def write_warc(
    pages: Iterable[GeneratedPage],
    path: str | Path,
    fetched: datetime = datetime(2024, 6, 1, 12, tzinfo=UTC),
    noise: bool = True,
) -> Path:
    """Write pages as WARC response records (gzip per record when ``path`` ends in .gz).

    With ``noise``, each page also gets its request record, and the file holds a
    warcinfo record, an image response and a 404 response, which a reader must skip.
    """
    path = Path(path)
    records: list[bytes] = []

    def add(kind: str, uri: str | None, block: bytes, ctype: str) -> None:
        headers = {"WARC-Type": kind, "WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>",
                   "WARC-Date": fetched.strftime("%Y-%m-%dT%H:%M:%SZ"), "Content-Type": ctype}
        if uri:
            headers["WARC-Target-URI"] = uri
        records.append(_warc_record(headers, block))

    if noise:
        add("warcinfo", None, b"software: dragoman test generator\r\n", "application/warc-fields")
    http_type = "application/http; msgtype=response"
    for page in pages:
        if noise:
            req = f"GET / HTTP/1.1\r\nHost: {page.url.split('/')[2]}\r\n\r\n".encode()
            add("request", page.url, req, "application/http; msgtype=request")
        html = render_html(page).encode("utf-8")
        add("response", page.url, _http_response(html, "text/html; charset=utf-8"), http_type)
    if noise:
        add("response", "https://img.example/a.png",
            _http_response(b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"), http_type)
        add("response", "https://gone.example/missing",
            _http_response(b"<html><body>not found</body></html>", "text/html", "404 Not Found"),
            http_type)  # fmt: skip
    with path.open("wb") as fh:
        for rec in records:
            fh.write(gzip.compress(rec) if path.suffix == ".gz" else rec)
    return path


def render_feed(pages: Iterable[GeneratedPage], link: str, fmt: str = "rss") -> str:
    """An RSS 2.0 or Atom feed whose items point at the pages' URLs."""
    items = list(pages)
    buf = io.StringIO()
    if fmt == "atom":
        buf.write('<?xml version="1.0" encoding="utf-8"?>\n'
                  '<feed xmlns="http://www.w3.org/2005/Atom"><title>Test feed</title>'
                  f'<id>{escape(link)}</id><updated>2024-06-01T12:00:00Z</updated>\n')  # fmt: skip
        for p in items:
            buf.write(f"<entry><title>{escape(p.title)}</title><id>{escape(p.url)}</id>"
                      f'<link href="{escape(p.url)}"/><updated>{p.published.isoformat()}</updated>'
                      f"<summary>{escape(p.paragraphs[0][:120])}</summary></entry>\n")  # fmt: skip
        buf.write("</feed>\n")
        return buf.getvalue()
    buf.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
              f"<title>Test feed</title><link>{escape(link)}</link>"
              "<description>generated</description>\n")  # fmt: skip
    for p in items:
        buf.write(f"<item><title>{escape(p.title)}</title><link>{escape(p.url)}</link>"
                  f"<guid>{escape(p.url)}</guid><pubDate>{format_datetime(p.published)}</pubDate>"
                  f"<description>{escape(p.paragraphs[0][:120])}</description></item>\n")  # fmt: skip
    buf.write("</channel></rss>\n")
    return buf.getvalue()


def render_sitemap(pages: Iterable[GeneratedPage]) -> str:
    """A Google News sitemap listing the pages."""
    rows = "".join(
        f"<url><loc>{escape(p.url)}</loc><news:news><news:publication><news:name>"
        f"{escape(p.site)}</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{p.published.isoformat()}</news:publication_date>"
        f"<news:title>{escape(p.title)}</news:title></news:news></url>\n"
        for p in pages
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
            f"{rows}</urlset>\n")  # fmt: skip
