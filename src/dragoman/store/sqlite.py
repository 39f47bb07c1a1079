"""The embedded archive: SQLite in WAL mode, one transaction per article, FTS5 search."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from dragoman.errors import StoreError
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article, Quote
from dragoman.store.base import SearchHit
from dragoman.store.browse import BrowseQueries
from dragoman.store.corrections import CorrectionQueries
from dragoman.store.facts import ARTICLE_COLUMNS, JSON_COLUMNS, FactQueries
from dragoman.store.migrations import migrate
from dragoman.store.sourcestate import SourceStateQueries
from dragoman.store.statements import StatementQueries
from dragoman.store.stories import StoryQueries
from dragoman.store.watchlists import WatchlistQueries

# Characters of context shown around a search match.
SNIPPET_CHARS = 220
# How long a writer waits for another process's transaction before failing (ms).
BUSY_TIMEOUT_MS = 30_000
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)




def fts_query(query: str) -> str:
    """A safe FTS5 query: every normalized word must match (prefix match with a trailing *)."""
    terms = []
    for raw in query.split():
        prefix = raw.endswith("*")
        for token in _TOKEN.findall(normalize_for_match(raw)):
            terms.append(f'"{token}"' + ("*" if prefix else ""))
    return " ".join(terms)


def _snippet(text: str, query: str) -> str:
    """Context around the first paragraph matching the query, in the original (display) form."""
    tokens = [t for t in _TOKEN.findall(normalize_for_match(query))]
    for para in text.split("\n\n"):
        normal = normalize_for_match(para)
        if any(t in normal for t in tokens):
            return para if len(para) <= SNIPPET_CHARS else para[:SNIPPET_CHARS].rstrip() + "…"
    return text[:SNIPPET_CHARS]


class SQLiteStore(BrowseQueries, SourceStateQueries, StoryQueries, WatchlistQueries,
                  StatementQueries, CorrectionQueries, FactQueries):
    """Implements ``dragoman.store.base.Store``; ``":memory:"`` gives a throwaway archive."""

    def __init__(self, path: str | Path = "dragoman.db") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create archive {self.path}: folder {parent} does not exist")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.schema_version = migrate(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open archive {self.path}: {exc}") from exc

    # -- writing -----------------------------------------------------------------------------
    def put_article(self, article: Article) -> bool:
        row = {c: getattr(article, c) for c in ARTICLE_COLUMNS}
        for c in JSON_COLUMNS:
            row[c] = json.dumps([asdict(x) if hasattr(x, "__dataclass_fields__") else x
                                 for x in row[c]], ensure_ascii=False)
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            exists = db.execute(
                "SELECT 1 FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)",
                (article.id, article.url),
            ).fetchone()
            if exists:
                db.execute("ROLLBACK")
                return False
            cols = ", ".join(ARTICLE_COLUMNS)
            marks = ", ".join(f":{c}" for c in ARTICLE_COLUMNS)
            cur = db.execute(f"INSERT INTO articles ({cols}) VALUES ({marks})", row)
            db.execute(
                "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                (cur.lastrowid, normalize_for_match(article.title or ""),
                 normalize_for_match(article.text)),
            )
            self._put_facts(article)
            self._apply_corrections(article.id)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return True

    def _put_facts(self, article: Article) -> None:
        db = self.db
        for e in article.entities:
            db.execute(
                "INSERT INTO entities (id, name, type, names, aliases) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET names = json_patch(entities.names, excluded.names)",
                (e.id, e.name, e.type, json.dumps(e.names, ensure_ascii=False),
                 json.dumps(e.aliases, ensure_ascii=False)),
            )
            db.executemany(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_norm, language)"
                " VALUES (?, ?, ?, ?)",
                [(e.id, a, normalize_for_match(a), article.language or "") for a in e.aliases],
            )
        db.executemany(
            'INSERT OR IGNORE INTO mentions (article_id, start, "end", text, label, entity_id, score)'
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(article.id, m.start, m.end, m.text, m.label, m.entity_id, m.score)
             for m in article.mentions],
        )
        qcols = [f.name for f in Quote.__dataclass_fields__.values()]  # type: ignore[attr-defined]
        names = ", ".join(f'"{c}"' for c in qcols)
        db.executemany(
            f"INSERT OR IGNORE INTO quotes (article_id, {names}) VALUES (?, {', '.join('?' for _ in qcols)})",
            [(article.id, *(getattr(q, c) for c in qcols)) for q in article.quotes],
        )

    # -- reading -----------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def iter_articles(self) -> Iterator[Article]:
        for row in self.db.execute("SELECT * FROM articles ORDER BY rowid").fetchall():
            yield self._article(row)

    def count_articles(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, query: str, lang: str | None = None, limit: int = 20) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        sql = (
            "SELECT a.id, a.title, a.language, a.published, a.text, bm25(articles_fts) AS rank "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ?"
        )
        params: list[Any] = [match]
        if lang:
            sql += " AND a.language = ?"
            params.append(lang)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        return [
            SearchHit(r["id"], r["title"], r["language"], r["published"],
                      _snippet(r["text"], query), -float(r["rank"]))
            for r in self.db.execute(sql, params)
        ]

    def stats(self) -> dict[str, object]:
        langs = dict(self.db.execute(
            "SELECT coalesce(language, 'und'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall())
        return {
            "articles": self.count_articles(),
            "languages": langs,
            "entities": self.db.execute("SELECT count(*) FROM entities").fetchone()[0],
            "mentions": self.db.execute("SELECT count(*) FROM mentions").fetchone()[0],
            "quotes": self.db.execute("SELECT count(*) FROM quotes").fetchone()[0],
            "schema_version": self.schema_version,
        }

    def close(self) -> None:
        self.db.close()
