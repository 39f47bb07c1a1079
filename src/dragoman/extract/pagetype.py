"""What a page is: an article, a live blog, a listing (home or section page), media, or other.

Only articles and live blogs join stories and the default article lists; the
others are stored with their type and shown on request. The page's own
statement decides first (JSON-LD @type, og:type), then its URL (a site's home,
/live/, /video/), then the shape of the extracted text (a listing is many short
teasers and no running text).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from dragoman.model import PageType

_LIVE_TYPES = {"LiveBlogPosting"}
_ARTICLE_TYPES = re.compile(r"(NewsArticle|Article|BlogPosting|Report|OpinionNewsArticle)$")
_MEDIA_TYPES = {"VideoObject", "ImageGallery", "MediaGallery", "AudioObject", "PodcastEpisode",
                "og:video", "og:video.other", "og:video.episode", "og:music.song"}
_LISTING_TYPES = {"CollectionPage", "ItemList", "SearchResultsPage"}
# "/live/…", "/liveblog/…", "…-live-updates", "…-liveticker": not any "live" in a slug
# ("live-smarter", "the-window-live" were articles among the htmldate-eval URLs).
_LIVE_URL = re.compile(r"/live(?:blog)?/|live-?(?:updates?|blog|ticker)\b", re.IGNORECASE)
_LIVE_TITLE = re.compile(r"\b(?:live updates?|live blog|as it happened|live:)|^live\b", re.IGNORECASE)
_MEDIA_URL = re.compile(r"/(?:videos?|gallery|galleries|photos?|fotos?|bilder|podcasts?|audio)(?:/|$)",
                        re.IGNORECASE)
# A listing's text: at least LISTING_MIN_BLOCKS blocks, none of them running text
# (a paragraph of at least RUNNING_TEXT_MIN_WORDS words ending a sentence).
LISTING_MIN_BLOCKS = 6
# Marks that end a sentence in the scripts Dragoman reads (Arabic ؟, Devanagari ।, CJK 。).
SENTENCE_FINAL = (".", "!", "?", "…", "。", "！", "？", "؟", "।")
RUNNING_TEXT_MIN_WORDS = 25


def page_type(types: list[str], url: str | None, title: str | None, paragraphs: list[str]) -> PageType:
    """The page's type from its stated types, URL, title and extracted paragraphs."""
    path = urlsplit(url).path if url else None
    if any(t in _LIVE_TYPES for t in types) or (title and _LIVE_TITLE.search(title)) \
            or (path and _LIVE_URL.search(path)):
        return "liveblog"
    stated_article = any(_ARTICLE_TYPES.search(t) for t in types) or "og:article" in types
    if not stated_article and any(t in _MEDIA_TYPES for t in types):
        return "media"
    if not stated_article and url and path is not None and path.strip("/") == "" \
            and not urlsplit(url).query:
        return "listing"  # a site's home page ("/?p=959" is a post)
    if not stated_article and (path and _MEDIA_URL.search(path)) and not _has_running_text(paragraphs):
        return "media"
    if not stated_article and (any(t in _LISTING_TYPES for t in types) or _looks_like_listing(paragraphs)):
        return "listing"
    return "article"


def _has_running_text(paragraphs: list[str]) -> bool:
    return any(len(p.split()) >= RUNNING_TEXT_MIN_WORDS and p.rstrip("\"'”’»)").endswith(SENTENCE_FINAL)
               for p in paragraphs)


def _looks_like_listing(paragraphs: list[str]) -> bool:
    return len(paragraphs) >= LISTING_MIN_BLOCKS and not _has_running_text(paragraphs)
