"""Queries for vectors, stories and storylines (mixed into both backends' stores).

The tables are made by ``migrations.m004_stories`` (on both engines). Vectors are
float32 BLOBs tagged with the embedder backend and version that made them. The SQL is
written once through ``dialect.SQLBase``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

from dragoman.store.dialect import SQLBase
from dragoman.store.filters import listed_page_types
from dragoman.store.ids import resolve_id

_GROUP_TABLE = {"story": "stories", "storyline": "storylines"}


def _blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def _vector(blob: bytes | None, dim: int | None = None) -> np.ndarray:
    if blob is None:
        return np.zeros(dim or 0, dtype=np.float32)
    return np.frombuffer(blob, dtype=np.float32).copy()


def _b64(vector: np.ndarray) -> str:
    """A lexical story total as base64 float32 (kept inside the JSON state)."""
    return base64.b64encode(_blob(vector)).decode("ascii")


def _unb64(text: str) -> np.ndarray:
    return _vector(base64.b64decode(text))


_STORY_COLUMNS = ("id", "titles", "first_seen", "last_seen", "storyline_id", "article_count",
                  "duplicates", "languages", "top_entities", "state", "centroid", "backend")
_STORYLINE_COLUMNS = ("id", "titles", "first_seen", "last_seen", "story_count",
                      "article_count", "languages", "top_entities", "state", "centroid",
                      "backend")


class StoryQueries(SQLBase):

    # -- vectors -------------------------------------------------------------------------------
    def put_vectors(self, rows: Iterable[tuple[str, str, str, np.ndarray]]) -> None:
        """(article_id, backend, version, vector) rows; replaces a vector of another backend."""
        self._qmany(
            "INSERT INTO vectors (article_id, backend, version, dim, vector) "
            f"VALUES ({self.dialect.marks(5)}) "
            "ON CONFLICT(article_id) DO UPDATE SET backend = excluded.backend, "
            "version = excluded.version, dim = excluded.dim, vector = excluded.vector",
            [(a, b, v, len(x), _blob(x)) for a, b, v, x in rows],
        )

    def get_vectors(self, article_ids: list[str], backend: str, version: str) -> dict[str, np.ndarray]:
        """Stored vectors of these articles made by exactly this backend and version."""
        p = self.dialect.param
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start:start + 500]
            marks = self.dialect.marks(len(chunk))
            for row in self._q(
                f"SELECT article_id, vector FROM vectors WHERE article_id IN ({marks}) "
                f"AND backend = {p} AND version = {p}", (*chunk, backend, version),
            ):
                out[row[0]] = _vector(row[1])
        return out

    def article_vectors(self, article_ids: list[str]) -> dict[str, np.ndarray]:
        """Stored vectors of these articles, whatever backend made them (for display only)."""
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start:start + 500]
            marks = self.dialect.marks(len(chunk))
            for row in self._q(f"SELECT article_id, vector FROM vectors WHERE article_id IN ({marks})",
                               chunk):
                out[row[0]] = _vector(row[1])
        return out

    def iter_vectors(self, backend: str, version: str,
                     lang: str | None = None) -> Iterator[tuple[str, str | None, np.ndarray]]:
        """(article id, language, vector) of every article with a vector of this backend/version."""
        p = self.dialect.param
        sql = ("SELECT v.article_id, a.language, v.vector FROM vectors v "
               f"JOIN articles a ON a.id = v.article_id WHERE v.backend = {p} AND v.version = {p}")
        params: list[Any] = [backend, version]
        if lang:
            sql += f" AND a.language = {p}"
            params.append(lang)
        for row in self._q(sql + " ORDER BY a.rowid", params):
            yield row[0], row[1], _vector(row[2])

    def put_passage_vectors(self, rows: Iterable[tuple[str, str, str, np.ndarray]]) -> None:
        """(article_id, backend, version, matrix) rows: one article's passage vectors, one per
        row of the matrix, kept as float16 (search only ranks by them)."""
        p = self.dialect.param
        with self._write():
            self._qmany(
                "INSERT INTO passage_vectors (article_id, backend, version, count, dim, vectors) "
                f"VALUES ({p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT(article_id) DO UPDATE SET "
                "backend = excluded.backend, version = excluded.version, count = excluded.count, "
                "dim = excluded.dim, vectors = excluded.vectors",
                [(a, b, v, m.shape[0], m.shape[1], np.asarray(m, dtype=np.float16).tobytes())
                 for a, b, v, m in rows],
            )

    def get_passage_vectors(self, article_ids: list[str], backend: str,
                            version: str) -> dict[str, np.ndarray]:
        """Stored passage matrices (float32) of these articles for this backend and version."""
        p = self.dialect.param
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start:start + 500]
            marks = self.dialect.marks(len(chunk))
            for row in self._q(
                f"SELECT article_id, count, dim, vectors FROM passage_vectors "
                f"WHERE article_id IN ({marks}) AND backend = {p} AND version = {p}",
                (*chunk, backend, version),
            ):
                out[row[0]] = np.frombuffer(row[3], dtype=np.float16).astype(
                    np.float32).reshape(int(row[1]), int(row[2]))
        return out

    # -- article placement ---------------------------------------------------------------------
    def unclustered_article_ids(self) -> list[str]:
        """Articles (and live blogs) with no story yet, oldest ingested first; listings,
        media and other pages never join a story."""
        return [r[0] for r in self._q(
            "SELECT id FROM articles WHERE story_id IS NULL"
            f" AND {listed_page_types('page_type')} ORDER BY rowid")]

    def story_of(self, article_id: str) -> str | None:
        p = self.dialect.param
        row = self._q(f"SELECT story_id FROM articles WHERE id = {p}", (article_id,)).fetchone()
        return row[0] if row else None

    def place_articles(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """(article_id, story_id, storyline_id) rows."""
        p = self.dialect.param
        self._qmany(f"UPDATE articles SET story_id = {p}, storyline_id = {p} WHERE id = {p}",
                    [(s, line, a) for a, s, line in rows])

    def save_clustering(self, placements: list[tuple[str, str, str]],
                        groups: list[dict[str, Any]], backend: str,
                        means: dict[str, tuple[np.ndarray, int]] | None = None) -> None:
        """Placements, the changed stories/storylines and the language means, in one transaction."""
        with self._write():
            self.place_articles(placements)
            self.put_groups(groups, backend)
            self._qmany(
                self.dialect.replace_sql("vector_means", ("space", "language", "total", "count"),
                                  ("space", "language")),
                [(backend, lang, _blob(total), count)
                 for lang, (total, count) in (means or {}).items()],
            )

    # -- stories and storylines ----------------------------------------------------------------
    def put_groups(self, records: Iterable[dict[str, Any]], backend: str) -> None:
        """Upsert story and storyline records (as ``Group.to_record`` makes them)."""
        for r in records:
            state = json.dumps({"entity_counts": r["entity_counts"],
                                "place_counts": r["place_counts"], "members": r["members"],
                                "semantic": r.get("semantic", r["count"]),
                                "lexical": {k: _b64(v) for k, v in r.get("lexical", {}).items()}},
                               ensure_ascii=False)
            common = (r["id"], json.dumps(r["titles"], ensure_ascii=False), r["first_seen"],
                      r["last_seen"])
            tail = (json.dumps(r["languages"]), json.dumps(r["top_entities"], ensure_ascii=False),
                    state, _blob(r["total"]), backend)
            if r["kind"] == "story":
                self._q(self.dialect.replace_sql("stories", _STORY_COLUMNS, ("id",)),
                        (*common, r["storyline_id"], r["count"], r["duplicates"], *tail))
            else:
                self._q(self.dialect.replace_sql("storylines", _STORYLINE_COLUMNS, ("id",)),
                        (*common, r["members"], r["count"], *tail))

    def vector_means(self, space: str) -> dict[str, tuple[np.ndarray, int]]:
        p = self.dialect.param
        return {r[0]: (_vector(r[1]), int(r[2])) for r in self._q(
            f"SELECT language, total, count FROM vector_means WHERE space = {p}", (space,))}

    def stories_clock(self) -> str | None:
        """The newest day any story was seen (the clustering clock)."""
        row = self._q("SELECT max(last_seen) FROM stories").fetchone()
        return row[0] if row else None

    def _group(self, kind: str, row: Any) -> dict[str, Any]:
        state = json.loads(row["state"])
        return {
            "kind": kind, "id": row["id"], "titles": json.loads(row["titles"]),
            "first_seen": row["first_seen"], "last_seen": row["last_seen"],
            "count": row["article_count"],
            "duplicates": row["duplicates"] if kind == "story" else 0,
            "languages": json.loads(row["languages"]),
            "top_entities": json.loads(row["top_entities"]),
            "storyline_id": row["storyline_id"] if kind == "story" else None,
            "entity_counts": state.get("entity_counts", {}),
            "place_counts": state.get("place_counts", {}),
            "members": state.get("members", 0), "total": _vector(row["centroid"]),
            "semantic": state.get("semantic", row["article_count"]),
            "lexical": {k: _unb64(v) for k, v in state.get("lexical", {}).items()},
            "backend": row["backend"],
        }

    def active_groups(self, kind: str, since: str | None) -> list[dict[str, Any]]:
        """Stories (or storylines) last seen on or after ``since`` (every one without a date)."""
        p = self.dialect.param
        table = _GROUP_TABLE[kind]
        sql = f"SELECT * FROM {table}"
        params: list[Any] = []
        if since:
            sql += f" WHERE last_seen IS NULL OR last_seen >= {p}"
            params.append(since)
        return [self._group(kind, r) for r in self._q(sql + " ORDER BY rowid", params)]

    def get_group(self, kind: str, group_id: str) -> dict[str, Any] | None:
        p = self.dialect.param
        table = _GROUP_TABLE[kind]
        found = resolve_id(self, table, group_id, kind)
        if found is None:
            return None
        return self._group(kind, self._q(f"SELECT * FROM {table} WHERE id = {p}", (found,)).fetchone())

    def story_list(self, since: str | None = None, lang: str | None = None,
                     limit: int = 50) -> list[dict[str, Any]]:
        p = self.dialect.param
        sql = "SELECT * FROM stories WHERE 1 = 1"
        params: list[Any] = []
        if since:
            sql += f" AND last_seen >= {p}"
            params.append(since)
        if lang:
            # ``languages`` is a JSON array of language codes, so the quoted code is exact.
            sql += f" AND languages LIKE {p}"
            params.append(f'%{json.dumps(lang)}%')
        sql += f" ORDER BY article_count DESC, last_seen DESC NULLS LAST, id LIMIT {p}"
        params.append(limit)
        return [self._group("story", r) for r in self._q(sql, params)]

    # -- trends and the home page --------------------------------------------------------------
    def newest_article_time(self) -> str | None:
        """The newest publication (else fetch) time of any article."""
        row = self._q("SELECT max(coalesce(published, fetched_at)) FROM articles").fetchone()
        return row[0] if row else None

    def trend_rows(self, kind: str, since_day: str) -> list[tuple[str, str | None]]:
        """(story id or linked entity id, article time) for articles whose publication (else
        fetch) time is on or after ``since_day``; one row per article and key."""
        p = self.dialect.param
        when = "coalesce(a.published, a.fetched_at)"
        if kind == "story":
            sql = (f"SELECT a.story_id, {when} FROM articles a WHERE a.story_id IS NOT NULL "
                   f"AND {when} >= {p}")
        else:
            sql = (f"SELECT DISTINCT m.entity_id, {when}, a.id FROM mentions m "
                   f"JOIN articles a ON a.id = m.article_id "
                   f"WHERE m.entity_id IS NOT NULL AND {when} >= {p}")
        return [(r[0], r[1]) for r in self._q(sql, (since_day,))]

    def busiest_day(self) -> str | None:
        """The newest publication day of an article in a story of two or more articles (the
        home page's reference: the last period with stories worth showing)."""
        row = self._q(
            "SELECT max(published) FROM articles WHERE story_id IN (SELECT story_id FROM "
            "articles WHERE story_id IS NOT NULL GROUP BY story_id HAVING count(*) >= 2)"
        ).fetchone()
        return row[0][:10] if row and row[0] else None

    def clear_stories(self) -> None:
        """Forget every story, storyline and placement (vectors are kept)."""
        with self._write():
            self._q("UPDATE articles SET story_id = NULL, storyline_id = NULL")
            self._q("DELETE FROM stories")
            self._q("DELETE FROM storylines")
            self._q("DELETE FROM vector_means")
