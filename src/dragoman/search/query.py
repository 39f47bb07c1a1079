"""A search as the API and the web page show it: every hit counted, filtered, sorted, paged,
with facets and highlighted snippets.

Keyword hits (the full-text index, all of them up to ``MAX_KEYWORD_HITS``, with an exact
count) and semantic hits (``hybrid.semantic_hits``, cross-lingual) are fused by reciprocal
rank, so ``total`` is the exact number of distinct articles found. Filters (language, site,
dates, entity, story) apply to both sides: in SQL for keywords, as an id set for meaning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dragoman.search.highlight import match_spans, snippet
from dragoman.search.hybrid import fuse, semantic_hits
from dragoman.store.base import SearchHit
from dragoman.store.facets import facet_of


@dataclass(slots=True)
class SearchResult:
    items: list[dict[str, Any]]
    total: int
    mode: str  # "hybrid" or "keyword"
    facets: dict[str, Any] = field(default_factory=dict)
    keyword_total: int = 0


def _ranked(store: Any, service: Any | None, query: str, filters: dict[str, str | None]
            ) -> tuple[list[SearchHit], int]:
    ranking, keyword_total = store.keyword_ranking(query, **filters)
    keyword = [SearchHit(i, None, None, None, "", s) for i, s in ranking]
    if service is None:
        return keyword, keyword_total
    others = {k: v for k, v in filters.items() if k != "language" and v}
    allowed = store.filtered_article_ids(**others) if others else None
    semantic = semantic_hits(store, service, query, lang=filters.get("language"),
                             skip={h.article_id for h in keyword}, allowed=allowed)
    return fuse(keyword, semantic), keyword_total


def _facets(rows: list[dict[str, Any]], names: list[str]) -> dict[str, Any]:
    keys: dict[str, Callable[[dict[str, Any]], Any]] = {
        "language": lambda r: r["language"] or "und", "site": lambda r: r["site"],
        "month": lambda r: (r["published"] or "")[:7] or None,
        "day": lambda r: (r["published"] or "")[:10] or None}
    out = {}
    for name in names:
        counts = Counter(keys[name](r) for r in rows)
        out[name] = facet_of(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))
    return out


def _item(hit: SearchHit, row: dict[str, Any], query: str) -> dict[str, Any]:
    text = row["text"]
    near = None
    if hit.snippet:  # a semantic hit: show the passage that matched
        core = hit.snippet.strip("…").strip()[:40]
        found = text.replace("\n", " ").find(core) if core else -1
        near = found if found >= 0 else None
    snip = snippet(text, query, near=near)
    item = {k: row[k] for k in ("title", "site", "language", "published",
                                "published_confidence", "url", "story_id")}
    return {"article_id": hit.article_id, **item, "score": hit.score,
            "chars": len(text), "snippet": snip.text, "snippet_start": snip.start,
            "snippet_end": snip.end,
            "highlights": [list(h) for h in snip.highlights],
            "title_highlights": [list(h) for h in match_spans(row["title"] or "", query)]}


def search(store: Any, service: Any | None, query: str, filters: dict[str, str | None], *,
           sort: str = "relevance", limit: int = 20, offset: int = 0,
           facets: list[str] | None = None) -> SearchResult:
    """One page of hits; ``service`` (a StoryService) adds cross-lingual hits, None keeps
    to keywords."""
    hits, keyword_total = _ranked(store, service, query, filters)
    rows = store.article_rows([h.article_id for h in hits], text=False)
    hits = [h for h in hits if h.article_id in rows]
    if sort != "relevance":
        hits.sort(key=lambda h: (rows[h.article_id]["sort_date"] or "", h.article_id),
                  reverse=sort == "date")
    shown = hits[offset:offset + limit]
    texts = store.article_rows([h.article_id for h in shown], text=True)
    items = [_item(h, texts[h.article_id], query) for h in shown]
    return SearchResult(items, len(hits), "hybrid" if service is not None else "keyword",
                        _facets(list(rows.values()), facets or []), keyword_total)
