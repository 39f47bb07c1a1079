"""Embedding and story placement over an archive's store.

``StoryService(store).update()`` embeds the articles that have no vector of the
current backend (vectors are cached in the store, so re-clustering never
re-embeds), places every article without a story, and saves the changed
stories and storylines. It is resumable: an interrupted run leaves articles
without a story, and the next run places them. Stories made with another
embedder are never mixed with new vectors: the archive is re-clustered.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any, Protocol

import numpy as np

from dragoman.model import Article
from dragoman.stories.cluster import SEMANTIC, STORY_WINDOW_DAYS, STORYLINE_WINDOW_DAYS, Clusterer
from dragoman.stories.embed import (
    LEAD_CHARS,
    Embedder,
    LanguageCentering,
    get_embedder,
    represent,
)
from dragoman.stories.lexical import covers, lexical_space, lexical_vector
from dragoman.stories.similarity import Similarity, parse_day, similarity_of

# Articles embedded and placed per transaction.
BATCH = 64


class StoryStore(Protocol):
    """What the service needs from a store (``dragoman.store.stories.StoryQueries``)."""

    def get_article(self, article_id: str) -> Article: ...
    def put_vectors(self, rows: Any) -> None: ...
    def get_vectors(self, article_ids: list[str], backend: str,
                    version: str) -> dict[str, np.ndarray]: ...
    def iter_vectors(self, backend: str, version: str,
                     lang: str | None = None) -> Any: ...
    def unclustered_article_ids(self) -> list[str]: ...
    def story_of(self, article_id: str) -> str | None: ...
    def save_clustering(self, placements: list[tuple[str, str, str]],
                        groups: list[dict[str, Any]], backend: str,
                        means: dict[str, tuple[np.ndarray, int]] | None = None) -> None: ...
    def vector_means(self, space: str) -> dict[str, tuple[np.ndarray, int]]: ...
    def active_groups(self, kind: str, since: str | None) -> list[dict[str, Any]]: ...
    def get_group(self, kind: str, group_id: str) -> dict[str, Any] | None: ...
    def clear_stories(self) -> None: ...
    def stories_clock(self) -> str | None: ...


class StoryService:
    def __init__(self, store: StoryStore, embedder: str | Embedder = "use",
                 mode: str = "lead", budget: int = LEAD_CHARS) -> None:
        self.store = store
        self.embedder = get_embedder(embedder) if isinstance(embedder, str) else embedder
        self.mode = mode
        self.budget = budget
        self.backend = self.embedder.name
        self.version = f"{self.embedder.version}/{mode}{budget if mode != 'full' else ''}"
        self._clusterer: Clusterer | None = None
        self.centering = LanguageCentering(self.embedder.dim)

    @property
    def space(self) -> str:
        """The vector space stories are built in: backend and version."""
        return f"{self.backend}:{self.version}"

    # -- vectors -------------------------------------------------------------------------------
    def vectors(self, articles: Sequence[Article]) -> list[np.ndarray]:
        """Vectors of ``articles``, from the store's cache or embedded (and cached) now."""
        ids = [a.id for a in articles]
        cached = self.store.get_vectors(ids, self.backend, self.version)
        missing = [a for a in articles if a.id not in cached]
        if missing:
            fresh = self.embedder.embed([represent(a, self.mode, self.budget) for a in missing],
                                        [a.language for a in missing])
            rows = [(a.id, self.backend, self.version, v) for a, v in zip(missing, fresh, strict=True)]
            self.store.put_vectors(rows)
            cached.update({a.id: v for a, v in zip(missing, fresh, strict=True)})
        return [cached[i] for i in ids]

    def embed_text(self, text: str, lang: str | None = None) -> np.ndarray:
        vector: np.ndarray = self.embedder.embed([text], [lang])[0]
        return vector

    # -- clustering ----------------------------------------------------------------------------
    def clusterer(self) -> Clusterer:
        if self._clusterer is None:
            clock = parse_day(self.store.stories_clock())
            clusterer = Clusterer(self.embedder.dim)
            since_story = (clock - timedelta(days=STORY_WINDOW_DAYS)).isoformat() if clock else None
            since_line = (clock - timedelta(days=STORYLINE_WINDOW_DAYS)).isoformat() if clock else None
            stories = self.store.active_groups("story", since_story)
            lines = self.store.active_groups("storyline", since_line)
            if any(g["backend"] != self.space for g in stories + lines):
                # made in another vector space: rebuild rather than mix spaces
                self.store.clear_stories()
                stories, lines = [], []
            clusterer.load(stories, lines)
            self.centering = LanguageCentering(self.embedder.dim)
            for lang, (total, count) in self.store.vector_means(self.space).items():
                self.centering.sums[lang], self.centering.counts[lang] = total, count
            self._clusterer = clusterer
            self._load_storylines(stories)
        return self._clusterer

    def update(self) -> int:
        """Place every article without a story; returns how many were placed."""
        clusterer = self.clusterer()
        pending = self.store.unclustered_article_ids()
        for start in range(0, len(pending), BATCH):
            articles = [self.store.get_article(i) for i in pending[start:start + BATCH]]
            placements = []
            batch: dict[str, str] = {}  # placements not yet saved, for duplicates of them
            for article, vector in zip(articles, self.vectors(articles), strict=True):
                original = batch.get(article.duplicate_of or "") or self._original_story(
                    article, clusterer)
                placed = self._place(clusterer, article, vector, original)
                placements.append((article.id, placed.story_id, placed.storyline_id))
                batch[article.id] = placed.story_id
            means = {k: (v, self.centering.counts[k]) for k, v in self.centering.sums.items()}
            self.store.save_clustering(placements, clusterer.drain(), self.space, means)
        return len(pending)

    def _place(self, clusterer: Clusterer, article: Article, vector: np.ndarray,
               original: str | None) -> Any:
        """Assign one article: by its embedding when the embedder covers its language, else by
        its lexical vector (``stories/lexical.py``); both centred per language (space)."""
        space, key = SEMANTIC, article.language
        if not covers(getattr(self.embedder, "languages", None), article.language):
            space = key = lexical_space(article.language)
            vector = lexical_vector(article)
        if original is None:
            self.centering.observe(vector, key)
        return clusterer.assign(article, self.centering.center(vector, key), original, space)

    def _original_story(self, article: Article, clusterer: Clusterer) -> str | None:
        if not article.duplicate_of:
            return None
        story = self.store.story_of(article.duplicate_of)
        if story and story not in clusterer.stories:
            record = self.store.get_group("story", story)
            if record is not None and record["id"] == story:
                clusterer.load([record], [])
                self._load_storylines([record])
        return story

    def _load_storylines(self, stories: list[dict[str, Any]]) -> None:
        """Storylines of loaded stories that are older than the storyline window."""
        clusterer = self.clusterer()
        lines = []
        for story in stories:
            line_id = story["storyline_id"]
            if line_id and line_id not in clusterer.storylines:
                record = self.store.get_group("storyline", line_id)
                if record is not None and record["id"] == line_id:
                    lines.append(record)
        clusterer.load([], lines)

    def recluster(self) -> int:
        """Forget every story and place the whole archive again (cached vectors are reused)."""
        self.store.clear_stories()
        self._clusterer = None
        return self.update()

    # -- queries -------------------------------------------------------------------------------
    def similar(self, article_id: str, limit: int = 10) -> list[tuple[Article, Similarity]]:
        """The articles most similar to one, best first, with the parts of each score."""
        article = self.store.get_article(article_id)
        self.clusterer()  # loads the language means
        center = self.centering.center
        target = center(self.vectors([article])[0], article.language)
        ids: list[str] = []
        scores: list[float] = []
        for other, lang, vector in self.store.iter_vectors(self.backend, self.version):
            if other != article.id:
                ids.append(other)
                scores.append(float(center(vector, lang) @ target))
        # re-rank the nearest by embedding with the full combined score
        order = np.argsort(-np.asarray(scores), kind="stable")[: max(limit * 3, limit)]
        ranked = []
        for i in order:
            other = self.store.get_article(ids[int(i)])
            vector = center(self.vectors([other])[0], other.language)
            ranked.append((other, similarity_of(article, other, target, vector)))
        ranked.sort(key=lambda pair: -pair[1].score)
        return ranked[:limit]

