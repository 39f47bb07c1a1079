"""Hybrid search: keyword (FTS5) hits fused with cross-lingual embedding hits.

A short query and a whole article embed far apart even when the article
contains the query's translation (``no-fly zone`` against an Arabic article
saying ``حظر طيران``: document cosine below 0.1). So the semantic side works in
two steps: the stored article vectors pick ``SEMANTIC_CANDIDATES`` articles,
then each candidate's text is cut into short overlapping word windows that are
embedded at query time, and the best window scores the article (0.59 for the
window holding ``منطقة حظر طيران``). The two rankings are fused by reciprocal
rank. An article's window vectors are embedded once, in one batch with the
other new candidates, and kept in the store (``passage_vectors``, float16), so
a later query that meets the article again only reads them. Query time grows
with the number of candidates, not with the archive, apart from one pass of
dot products over the stored vectors.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from dragoman.store.base import SearchHit

# Articles re-scored by word windows per query (after FTS hits are set aside).
SEMANTIC_CANDIDATES = 10
# Words per window (headline included) and step between windows.
WINDOW_WORDS = 4
WINDOW_STEP = 2
# Best-window cosine an article needs to count as a semantic hit. Calibrated on
# the seeds, the sample corpus and tests/stories/corpus.py with five queries: a
# window holding the query's translation scores 0.57-0.88, the best window of an
# unrelated article 0.37-0.55; hits are ranked by this score, so the true match
# comes first even when a near-threshold article is listed after it.
SEARCH_MIN_PASSAGE = 0.5
# Reciprocal-rank fusion constant (the usual 60 flattens short result lists).
RRF_K = 10


def windows(text: str, size: int = WINDOW_WORDS, step: int = WINDOW_STEP) -> list[str]:
    words = text.split()
    if len(words) <= size:
        return [" ".join(words)] if words else []
    return [" ".join(words[i:i + size]) for i in range(0, len(words) - size + step, step)]


def hybrid_search(store: Any, service: Any, query: str, lang: str | None = None,
                  limit: int = 20) -> list[SearchHit]:
    """Keyword hits and cross-lingual semantic hits, fused; ``service`` is a StoryService."""
    keyword = store.search(query, lang=lang, limit=limit)
    qv = service.embed_text(query)
    if not qv.any():
        return keyword
    seen = {h.article_id for h in keyword}
    ids: list[str] = []
    scores: list[float] = []
    for article_id, language, vector in store.iter_vectors(service.backend, service.version):
        if article_id not in seen and (lang is None or language == lang):
            ids.append(article_id)
            scores.append(float(vector @ qv))
    order = np.argsort(-np.asarray(scores), kind="stable")[:SEMANTIC_CANDIDATES]
    candidates = [store.get_article(ids[int(i)]) for i in order]
    semantic: list[SearchHit] = []
    for article, parts, matrix in zip(candidates, *_passages(store, service, candidates),
                                      strict=True):
        if not parts:
            continue
        best = matrix @ qv
        at = int(np.argmax(best))
        if best[at] >= SEARCH_MIN_PASSAGE:
            semantic.append(SearchHit(article.id, article.title, article.language,
                                      article.published, _context(article.text, parts[at]),
                                      round(float(best[at]), 4)))
    semantic.sort(key=lambda h: -h.score)
    fused: dict[str, float] = {}
    hits: dict[str, SearchHit] = {}
    for ranking in (keyword, semantic):
        for rank, hit in enumerate(ranking):
            fused[hit.article_id] = fused.get(hit.article_id, 0.0) + 1.0 / (RRF_K + rank + 1)
            hits.setdefault(hit.article_id, hit)
    ranked = sorted(fused, key=lambda k: (-fused[k], k))[:limit]
    return [SearchHit(k, hits[k].title, hits[k].language, hits[k].published, hits[k].snippet,
                      round(fused[k], 4)) for k in ranked]


def _passages(store: Any, service: Any,
              articles: list[Any]) -> tuple[list[list[str]], list[np.ndarray]]:
    """Each article's windows and their vectors: read from the store, or embedded now (all
    missing articles in one batch) and stored for the next query."""
    version = f"{service.version}/w{WINDOW_WORDS}s{WINDOW_STEP}"
    parts = [windows(f"{a.title or ''}\n{a.text}") for a in articles]
    cached = store.get_passage_vectors([a.id for a in articles], service.backend, version)
    missing = [i for i, a in enumerate(articles)
               if parts[i] and (a.id not in cached or len(cached[a.id]) != len(parts[i]))]
    if missing:
        texts = [w for i in missing for w in parts[i]]
        langs = [articles[i].language for i in missing for _ in parts[i]]
        fresh = service.embedder.embed(texts, langs)
        rows = []
        at = 0
        for i in missing:
            # rounded as stored, so a hit scores the same before and after caching
            matrix = fresh[at:at + len(parts[i])].astype(np.float16).astype(np.float32)
            at += len(parts[i])
            cached[articles[i].id] = matrix
            rows.append((articles[i].id, service.backend, version, matrix))
        store.put_passage_vectors(rows)
    empty = np.zeros((0, service.embedder.dim), dtype=np.float32)
    return parts, [cached.get(a.id, empty) for a in articles]


def _context(text: str, window: str, chars: int = 200) -> str:
    """The text around the best window (its first word found in the text)."""
    first = window.split()[0] if window.split() else ""
    at = text.find(window) if window in text else text.find(first)
    at = max(at, 0)
    start = max(0, at - chars // 2)
    snippet = text[start:start + chars].replace("\n", " ").strip()
    return ("…" if start else "") + snippet + ("…" if start + chars < len(text) else "")
