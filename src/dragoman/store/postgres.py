"""The PostgreSQL archive: the same interface as ``SQLiteStore``, for many writers and big corpora.

Selected by URL: ``--db postgresql://user@host/db`` or ``$DRAGOMAN_DB``. A schema
other than ``public`` is chosen with ``?options=-csearch_path%3Dname``.

- One transaction per article; unique constraints on ``id`` and ``url`` with
  ``ON CONFLICT DO NOTHING`` make concurrent writers (several processes ingesting
  the same pages) lose nothing and store nothing twice.
- Full-text search: a ``tsvector`` with the ``simple`` configuration over the
  normalized text (no stemming, so it works for Arabic and every other script);
  queries are normalized the same way, as in the SQLite FTS5 index.
- Vectors, stories and storylines: the same tables as SQLite (float32 vectors in BYTEA,
  ranked in Python by the semantic search and the story stage).
- Every query but ``put_article`` is shared with SQLite, written once over the store's
  ``Dialect`` (``dialect.POSTGRES``: ``%s`` placeholders, JSONB, ILIKE …).
- The schema is the one of ``migrations.py`` (m001-m009), rendered for PostgreSQL;
  ``dragoman_schema.version`` records the last migration applied.
"""

from __future__ import annotations

from dragoman.errors import MissingDependency, StoreError
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article
from dragoman.store.articles import ArticleQueries, article_row
from dragoman.store.browse import BrowseQueries
from dragoman.store.corrections import CorrectionQueries
from dragoman.store.dialect import POSTGRES, row_factory
from dragoman.store.facts import ARTICLE_COLUMNS
from dragoman.store.fulltext import ts_query
from dragoman.store.migrations import migrate_postgres
from dragoman.store.sourcestate import SourceStateQueries
from dragoman.store.statements import StatementQueries
from dragoman.store.stories import StoryQueries
from dragoman.store.watchlists import WatchlistQueries

__all__ = ["PostgresStore", "ts_query"]


class PostgresStore(BrowseQueries, SourceStateQueries, StoryQueries, WatchlistQueries,
                    StatementQueries, CorrectionQueries, ArticleQueries):
    """Implements ``dragoman.store.base.Store`` on PostgreSQL (psycopg 3)."""

    def __init__(self, url: str, *, schema_upto: int | None = None) -> None:
        """``schema_upto``: apply the migrations up to this one only (tests of old archives)."""
        try:
            import psycopg
        except ImportError as exc:
            raise MissingDependency("psycopg", "postgres", "the PostgreSQL archive") from exc
        self.path = url.split("@")[-1]  # shown in messages without credentials
        self.dialect = POSTGRES
        try:
            self.db = psycopg.connect(url, autocommit=True, row_factory=row_factory)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {self.path}: {exc}") from exc
        self.schema_version = migrate_postgres(self.db, self.dialect, schema_upto)

    def put_article(self, article: Article) -> bool:
        """The article (with its ``tsvector`` over the normalized text) and its facts in one
        transaction; False when its id or URL is already stored. Unique constraints with
        ``ON CONFLICT DO NOTHING`` make concurrent writers store each page once."""
        marks = self.dialect.marks(len(ARTICLE_COLUMNS))
        search = normalize_for_match(f"{article.title or ''}\n{article.text}")
        with self._write():
            self._lock(shared=True)  # before any row lock: corrections wait for us, not the reverse
            inserted = self._q(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, search) VALUES ({marks}, "
                "to_tsvector('simple', %s)) ON CONFLICT DO NOTHING RETURNING rowid",
                [*article_row(article), search]).fetchone()
            if inserted is None:
                return False
            self._put_facts(article)
            self._apply_corrections(article.id)
        return True
