"""The embedded archive: SQLite in WAL mode, one transaction per article, FTS5 search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dragoman.errors import StoreError
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article
from dragoman.store.articles import ArticleQueries, article_row
from dragoman.store.browse import BrowseQueries
from dragoman.store.corrections import CorrectionQueries
from dragoman.store.dialect import SQLITE
from dragoman.store.facts import ARTICLE_COLUMNS
from dragoman.store.fulltext import fts_query
from dragoman.store.migrations import migrate_sqlite
from dragoman.store.sourcestate import SourceStateQueries
from dragoman.store.statements import StatementQueries
from dragoman.store.stories import StoryQueries
from dragoman.store.watchlists import WatchlistQueries

# How long a writer waits for another process's transaction before failing (ms).
BUSY_TIMEOUT_MS = 30_000

__all__ = ["SQLiteStore", "fts_query"]


class SQLiteStore(BrowseQueries, SourceStateQueries, StoryQueries, WatchlistQueries,
                  StatementQueries, CorrectionQueries, ArticleQueries):
    """Implements ``dragoman.store.base.Store``; ``":memory:"`` gives a throwaway archive."""

    def __init__(self, path: str | Path = "dragoman.db", *, schema_upto: int | None = None) -> None:
        """``schema_upto``: apply the migrations up to this one only (tests of old archives)."""
        self.path = str(path)
        self.dialect = SQLITE
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
            self.schema_version = migrate_sqlite(self.db, self.dialect, schema_upto)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open archive {self.path}: {exc}") from exc

    def put_article(self, article: Article) -> bool:
        """The article, its FTS5 row (normalized text) and its facts in one transaction;
        False (and nothing written) when its id or URL is already stored."""
        marks = self.dialect.marks(len(ARTICLE_COLUMNS))
        with self._write():
            exists = self._q("SELECT 1 FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)",
                             (article.id, article.url)).fetchone()
            if exists:
                return False
            cur = self._q(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({marks})",
                          article_row(article))
            self._q("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                    (cur.lastrowid, normalize_for_match(article.title or ""),
                     normalize_for_match(article.text)))
            self._put_facts(article)
            self._apply_corrections(article.id)
        return True
