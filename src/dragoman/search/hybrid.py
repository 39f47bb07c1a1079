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

from dragoman.language.detect import detect_language
from dragoman.store.base import SearchHit

# Articles re-scored by word windows per query and language (after FTS hits are set aside).
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
# From this many words on (longer than a window), a query is also compared with the stored
# article vectors (headline + lead), which 4-word windows cannot stand for (a 25-word query
# against its translation's best window scored under 0.5 on ntrex-en-ar dev, so sentence
# queries found their translation 16-26% of the time). Calibrated on ntrex-en-ar dev with
# the first 5, 6 and 7 words of each headline as queries: recall@10 0.82 / 0.87 / 0.86 from
# 5 words on, against 0.81 / 0.82 / 0.82 from 8, with as many hits per query (1.5-1.9).
LONG_QUERY_WORDS = 5
# Language-centred cosine between a long query and an article vector for a document-level
# hit. Calibrated on ntrex-en-ar dev (eval/search.py, first sentence as query, both centred):
# 0.33 keeps the translation for 96.8% of the queries and admits 0.65 unrelated articles per
# query (0.35: 95.2% and 0.5; 0.30: 96.8% and 0.89).
SEARCH_MIN_DOCUMENT = 0.33
# Shrinkage of the per-language mean (in articles) for search, see _Centering. On
# ntrex-en-ar dev (61 articles per language) 2, 20 and 60 give the same recall; 20 keeps a
# small archive's vectors nearly raw (the bundled samples: 2-3 articles per language, where
# a shrink of 2 took the translation of an Arabic query from cosine 0.41 to 0.15).
SEARCH_CENTERING_SHRINK = 20
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
    semantic = semantic_hits(store, service, query, lang=lang,
                             skip={h.article_id for h in keyword})
    return fuse(keyword, semantic)[:limit]


def fuse(*rankings: list[SearchHit]) -> list[SearchHit]:
    """Rankings merged by reciprocal rank (ties by id); each hit keeps its first snippet."""
    fused: dict[str, float] = {}
    hits: dict[str, SearchHit] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking):
            fused[hit.article_id] = fused.get(hit.article_id, 0.0) + 1.0 / (RRF_K + rank + 1)
            hits.setdefault(hit.article_id, hit)
    ranked = sorted(fused, key=lambda k: (-fused[k], k))
    return [SearchHit(k, hits[k].title, hits[k].language, hits[k].published, hits[k].snippet,
                      round(fused[k], 4)) for k in ranked]


class _Centering:
    """Per-language mean vectors of the archive (the story stage's running sums), taken off
    article and query vectors so that languages score on one scale. The mean of n articles
    is weighted n / (n + ``SEARCH_CENTERING_SHRINK``): in a small archive the mean is mostly
    the few articles themselves, and taking it off would take off their subject too."""

    def __init__(self, means: dict[str, tuple[np.ndarray, int]]) -> None:
        self.shift = {lang: total / (count + SEARCH_CENTERING_SHRINK)
                      for lang, (total, count) in means.items() if count}

    def center(self, vector: np.ndarray, language: str | None) -> np.ndarray:
        shift = self.shift.get(language or "und")
        if shift is None or not vector.any():
            return vector
        moved = vector - shift
        norm = float(np.linalg.norm(moved))
        return moved / norm if norm > 1e-9 else vector


def _centering(store: Any, service: Any) -> _Centering:
    return _Centering(store.vector_means(service.space))


def _candidates(store: Any, service: Any, centering: _Centering, qv: np.ndarray, lang: str | None,
                skip: set[str], allowed: set[str] | None) -> tuple[list[str], list[float]]:
    """The ``SEMANTIC_CANDIDATES`` nearest articles per language by language-centred cosine
    (a raw cosine favours the query's own language, and one language's articles would take
    every place), with their centred cosines. ``qv`` is already centred."""
    by_language: dict[str, tuple[list[str], list[float]]] = {}
    for article_id, language, vector in store.iter_vectors(service.backend, service.version,
                                                           lang=lang):
        if article_id in skip or (allowed is not None and article_id not in allowed):
            continue
        ids, scores = by_language.setdefault(language or "und", ([], []))
        ids.append(article_id)
        scores.append(float(centering.center(vector, language) @ qv))
    chosen: list[str] = []
    cosines: list[float] = []
    for ids, scores in by_language.values():
        for i in np.argsort(-np.asarray(scores), kind="stable")[:SEMANTIC_CANDIDATES]:
            chosen.append(ids[int(i)])
            cosines.append(scores[int(i)])
    return chosen, cosines


def semantic_hits(store: Any, service: Any, query: str, lang: str | None = None,
                  skip: set[str] | frozenset[str] = frozenset(),
                  allowed: set[str] | None = None) -> list[SearchHit]:
    """Articles close in meaning to ``query`` in any language, best first.

    A hit has a word window at ``SEARCH_MIN_PASSAGE`` or more (short queries), or, for a
    query of ``LONG_QUERY_WORDS`` or more, a document cosine at ``SEARCH_MIN_DOCUMENT`` or
    more; it scores the better of the two. ``skip``: ids already found (keyword hits);
    ``allowed``: when given, only these ids may be hits (the other filters of a search).
    """
    qv = service.embed_text(query)
    if not qv.any():
        return []
    query_language, _ = detect_language(query)
    centering = _centering(store, service)
    centred = centering.center(qv, query_language) if query_language != "und" else qv
    ids, cosines = _candidates(store, service, centering, centred, lang, set(skip), allowed)
    candidates = [store.get_article(i) for i in ids]
    long_query = len(query.split()) >= LONG_QUERY_WORDS
    semantic: list[SearchHit] = []
    for article, cosine, parts, matrix in zip(candidates, cosines,
                                              *_passages(store, service, candidates),
                                              strict=True):
        best = matrix @ qv if parts else np.zeros(1, dtype=np.float32)
        at = int(np.argmax(best))
        window = float(best[at]) if parts else 0.0
        document = cosine if long_query else 0.0
        if window < SEARCH_MIN_PASSAGE and document < SEARCH_MIN_DOCUMENT:
            continue
        snippet = _context(article.text, parts[at]) if parts and window >= document else \
            _context(article.text, "")
        semantic.append(SearchHit(article.id, article.title, article.language,
                                  article.published, snippet, round(max(window, document), 4)))
    semantic.sort(key=lambda h: (-h.score, h.article_id))
    return semantic


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
