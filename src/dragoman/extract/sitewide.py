"""Boilerplate learnt across pages of one site: a body paragraph that recurs on several pages
of the same site ("Our Standards: ...", an author's standing bio, a commenting-forum notice)
is the site's, not the article's.

Used by ``extract_site`` (several pages extracted together) and, in ingest, by the
``pipeline/site_repeats.py`` stage; one page alone is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from dragoman.identity import article_id
from dragoman.model import Article, Block

# A paragraph is the site's when it is in the body of at least this many pages of the site.
# Chosen on the dev publishers of the Fundus set (eval/extraction_site.py): 2 and 3 pages
# were compared; the figures of both are in eval/results/extraction_site.json.
SITE_REPEAT_MIN_PAGES = 2
# Paragraphs longer than this (words) are kept even when repeated: two articles of one site
# may quote the same long passage, while standing notices are short.
SITE_REPEAT_MAX_WORDS = 60


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _paragraphs(article: Article) -> list[tuple[str, str]]:
    if not article.blocks:
        return [("paragraph", p) for p in article.text.split("\n\n") if p.strip()]
    return [(b.kind, article.text[b.start:b.end]) for b in article.blocks]


def site_repeats(articles: list[Article], min_pages: int = SITE_REPEAT_MIN_PAGES) -> set[str]:
    """Keys of the short paragraphs found in the bodies of ``min_pages`` or more articles."""
    counts: dict[str, int] = {}
    for article in articles:
        for key in {_key(t) for _, t in _paragraphs(article)}:
            counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items()
            if n >= min_pages and len(k.split()) <= SITE_REPEAT_MAX_WORDS}


def drop_site_repeats(articles: list[Article], site_of: Callable[[Article], str],
                      min_pages: int = SITE_REPEAT_MIN_PAGES) -> int:
    """Remove, in place, the paragraphs each site repeats; returns how many were removed.

    An article keeps at least its first paragraph; its text and blocks are rebuilt, and its
    id follows the text when it has no URL (ids are URL keys otherwise)."""
    by_site: dict[str, list[Article]] = {}
    for article in articles:
        by_site.setdefault(site_of(article), []).append(article)
    removed = 0
    for group in by_site.values():
        if len(group) < min_pages:
            continue
        repeated = site_repeats(group, min_pages)
        for article in group if repeated else ():
            parts = _paragraphs(article)
            kept = [p for p in parts if _key(p[1]) not in repeated] or parts[:1]
            if len(kept) < len(parts):
                removed += len(parts) - len(kept)
                _rebuild(article, kept)
    return removed


def _rebuild(article: Article, parts: list[tuple[str, str]]) -> None:
    blocks: list[Block] = []
    pos = 0
    for kind, text in parts:
        blocks.append(Block(pos, pos + len(text), "heading" if kind == "heading" else "paragraph"))
        pos += len(text) + 2
    article.text = "\n\n".join(t for _, t in parts)
    article.blocks = blocks
    if not article.url:
        article.id = article_id(None, article.text)
