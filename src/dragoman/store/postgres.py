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
- Queries beyond the core interface (entities, quotations, browsing, stories, source
  state) are the shared mixins, written once for both engines (see ``dialect.py``).
- Migrations are functions numbered as SQLite's and creating the same tables;
  ``dragoman_schema.version`` records the last one, and an advisory lock serializes
  processes that open a fresh database at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

from dragoman.errors import MissingDependency, StoreError
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article, Quote
from dragoman.store.base import SearchHit
from dragoman.store.browse import BrowseQueries
from dragoman.store.corrections import CorrectionQueries
from dragoman.store.dialect import PostgresDialect
from dragoman.store.facts import ARTICLE_COLUMNS, JSON_COLUMNS, FactQueries
from dragoman.store.migrations import (
    CORRECTIONS_SQL,
    ENTITY_LINKS_SQL,
    PAGE_TYPE_SQL,
    SOURCES_SQL,
    STATEMENTS_SQL,
    STORIES_SQL,
    WATCHLISTS_SQL,
    run_statements,
)
from dragoman.store.sourcestate import SourceStateQueries
from dragoman.store.sqlite import _TOKEN, _snippet
from dragoman.store.statements import StatementQueries
from dragoman.store.stories import StoryQueries
from dragoman.store.watchlists import WatchlistQueries

# Arbitrary constant key of the advisory lock taken while migrating.
_MIGRATION_LOCK = 0x64726167
# Articles read per round trip by iter_articles.
PAGE_ROWS = 500

_QCOLS = [f for f in Quote.__dataclass_fields__]  # type: ignore[attr-defined]


def _m001_articles(db: Any) -> None:
    db.execute("""
        CREATE TABLE articles (
            rowid BIGSERIAL PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT UNIQUE,
            source TEXT NOT NULL,
            site TEXT,
            title TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            published TEXT,
            published_confidence DOUBLE PRECISION NOT NULL DEFAULT 0,
            published_source TEXT NOT NULL DEFAULT 'none',
            modified TEXT,
            language TEXT,
            language_score DOUBLE PRECISION NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            fetched_at TEXT,
            extractor TEXT NOT NULL DEFAULT '',
            blocks TEXT NOT NULL DEFAULT '[]',
            sentences TEXT NOT NULL DEFAULT '[]',
            warnings TEXT NOT NULL DEFAULT '[]',
            story_id TEXT,
            storyline_id TEXT,
            duplicate_of TEXT,
            ingested_at TEXT NOT NULL
                DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            search tsvector NOT NULL
        )""")
    db.execute("CREATE INDEX articles_language ON articles(language)")
    db.execute("CREATE INDEX articles_published ON articles(published)")
    db.execute("CREATE INDEX articles_search ON articles USING GIN (search)")


def _m002_entities_quotes(db: Any) -> None:
    db.execute("""
        CREATE TABLE entities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
            names JSONB NOT NULL DEFAULT '{}', aliases JSONB NOT NULL DEFAULT '[]'
        )""")
    db.execute("""
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            label TEXT NOT NULL, entity_id TEXT, score DOUBLE PRECISION NOT NULL DEFAULT 1,
            PRIMARY KEY (article_id, start, "end")
        )""")
    db.execute("CREATE INDEX mentions_entity ON mentions(entity_id)")
    db.execute("""
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            direct BOOLEAN NOT NULL, cue TEXT NOT NULL DEFAULT '', cue_start INTEGER,
            cue_end INTEGER, speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
            speaker_id TEXT, speaker_name TEXT, addressee TEXT,
            PRIMARY KEY (article_id, start, "end")
        )""")
    db.execute("CREATE INDEX quotes_speaker ON quotes(speaker_id)")


def _add_rowid(db: Any, *tables: str) -> None:
    """The ``rowid`` SQLite gives every table, where the shared queries order by it."""
    for table in tables:
        db.execute(f"ALTER TABLE {table} ADD COLUMN rowid BIGSERIAL")


def _m003_entity_links(db: Any) -> None:
    run_statements(db, ENTITY_LINKS_SQL)
    _add_rowid(db, "entity_aliases")


def _m004_stories(db: Any) -> None:
    run_statements(db, STORIES_SQL)
    _add_rowid(db, "stories", "storylines", "vector_means")


def _m005_sources(db: Any) -> None:
    run_statements(db, SOURCES_SQL)


def _m006_watchlists(db: Any) -> None:
    run_statements(db, WATCHLISTS_SQL)


def _m007_statements(db: Any) -> None:
    run_statements(db, STATEMENTS_SQL)


def _m008_page_type(db: Any) -> None:
    run_statements(db, PAGE_TYPE_SQL)


def _m009_corrections(db: Any) -> None:
    run_statements(db, CORRECTIONS_SQL)


MIGRATIONS: list[Callable[[Any], None]] = [
    _m001_articles, _m002_entities_quotes, _m003_entity_links, _m004_stories, _m005_sources,
    _m006_watchlists, _m007_statements, _m008_page_type, _m009_corrections,
]  # fmt: skip


def ts_query(query: str) -> str:
    """A safe ``to_tsquery`` string: every normalized word must match; ``word*`` is a prefix."""
    terms = []
    for raw in query.split():
        prefix = raw.endswith("*")
        for token in _TOKEN.findall(normalize_for_match(raw)):
            terms.append(token + (":*" if prefix else ""))
    return " & ".join(terms)


class PostgresStore(PostgresDialect, BrowseQueries, SourceStateQueries, StoryQueries,
                    WatchlistQueries, StatementQueries, CorrectionQueries, FactQueries):
    """Implements ``dragoman.store.base.Store`` on PostgreSQL (psycopg 3)."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise MissingDependency("psycopg", "postgres", "the PostgreSQL archive") from exc
        self.path = url.split("@")[-1]  # shown in messages without credentials
        try:
            self.db = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {self.path}: {exc}") from exc
        self.schema_version = self._migrate()

    def _migrate(self) -> int:
        with self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self.db.execute("CREATE TABLE IF NOT EXISTS dragoman_schema (version INTEGER NOT NULL)")
            row = self.db.execute("SELECT version FROM dragoman_schema").fetchone()
            if row is None:
                self.db.execute("INSERT INTO dragoman_schema VALUES (0)")
            version = row["version"] if row else 0
        if version > len(MIGRATIONS):
            raise StoreError(f"archive schema version {version} is newer than this Dragoman "
                             f"({len(MIGRATIONS)}); upgrade Dragoman")  # fmt: skip
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.db.transaction():
                self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                current = self.db.execute("SELECT version FROM dragoman_schema").fetchone()
                if current["version"] >= number:  # another process got there first
                    continue
                step(self.db)
                self.db.execute("UPDATE dragoman_schema SET version = %s", (number,))
        return len(MIGRATIONS)

    # -- writing -----------------------------------------------------------------------------
    def put_article(self, article: Article) -> bool:
        row: dict[str, Any] = {c: getattr(article, c) for c in ARTICLE_COLUMNS}
        for c in JSON_COLUMNS:
            row[c] = json.dumps([asdict(x) if hasattr(x, "__dataclass_fields__") else x
                                 for x in row[c]], ensure_ascii=False)  # fmt: skip
        row["search"] = normalize_for_match(f"{article.title or ''}\n{article.text}")
        cols = ", ".join(ARTICLE_COLUMNS)
        marks = ", ".join(f"%({c})s" for c in ARTICLE_COLUMNS)
        with self.db.transaction():
            self._lock(shared=True)  # before any row lock: corrections wait for us, not the reverse
            inserted = self.db.execute(
                f"INSERT INTO articles ({cols}, search) VALUES ({marks}, "
                "to_tsvector('simple', %(search)s)) ON CONFLICT DO NOTHING RETURNING rowid",
                row,
            ).fetchone()
            if inserted is None:
                return False
            self._put_facts(article)
            self._apply_corrections(article.id)
        return True

    def _put_facts(self, article: Article) -> None:
        cur = self.db.cursor()
        # Sorted so that concurrent transactions lock entity rows in one order (no deadlock).
        for e in sorted(article.entities, key=lambda e: e.id):
            cur.execute(
                "INSERT INTO entities (id, name, type, names, aliases) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (id) DO UPDATE SET names = entities.names || excluded.names",
                (e.id, e.name, e.type, json.dumps(e.names, ensure_ascii=False),
                 json.dumps(e.aliases, ensure_ascii=False)),
            )  # fmt: skip
            if e.aliases:
                cur.executemany(
                    "INSERT INTO entity_aliases (entity_id, alias, alias_norm, language) "
                    "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                    [(e.id, a, normalize_for_match(a), article.language or "")
                     for a in e.aliases],
                )  # fmt: skip
        if article.mentions:
            cur.executemany(
                'INSERT INTO mentions (article_id, start, "end", text, label, entity_id, score) '
                "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                [(article.id, m.start, m.end, m.text, m.label, m.entity_id, m.score)
                 for m in article.mentions],
            )  # fmt: skip
        if article.quotes:
            names = ", ".join(f'"{c}"' for c in _QCOLS)
            cur.executemany(
                f"INSERT INTO quotes (article_id, {names}) VALUES (%s, "
                f"{', '.join('%s' for _ in _QCOLS)}) ON CONFLICT DO NOTHING",
                [(article.id, *(getattr(q, c) for c in _QCOLS)) for q in article.quotes],
            )

    # -- reading -----------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM articles WHERE id = %s", (article_id,)).fetchone() is not None  # fmt: skip

    def iter_articles(self) -> Iterator[Article]:
        last = 0
        while True:
            rows = self.db.execute(
                "SELECT * FROM articles WHERE rowid > %s ORDER BY rowid LIMIT %s", (last, PAGE_ROWS)
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._article(row)
            last = rows[-1]["rowid"]

    def count_articles(self) -> int:
        return int(self.db.execute("SELECT count(*) AS n FROM articles").fetchone()["n"])

    def search(self, query: str, lang: str | None = None, limit: int = 20) -> list[SearchHit]:
        tsq = ts_query(query)
        if not tsq:
            return []
        sql = ("SELECT id, title, language, published, text, "
               "ts_rank_cd(search, q) AS rank FROM articles, to_tsquery('simple', %s) q "
               "WHERE search @@ q")  # fmt: skip
        params: list[Any] = [tsq]
        if lang:
            sql += " AND language = %s"
            params.append(lang)
        sql += " ORDER BY rank DESC, rowid LIMIT %s"
        params.append(limit)
        return [
            SearchHit(r["id"], r["title"], r["language"], r["published"],
                      _snippet(r["text"], query), float(r["rank"]))
            for r in self.db.execute(sql, params)
        ]  # fmt: skip

    def stats(self) -> dict[str, object]:
        langs = {r["lang"]: r["n"] for r in self.db.execute(
            "SELECT coalesce(language, 'und') AS lang, count(*) AS n FROM articles "
            "GROUP BY 1 ORDER BY 2 DESC")}  # fmt: skip

        def count(table: str) -> int:
            return int(self.db.execute(f"SELECT count(*) AS n FROM {table}").fetchone()["n"])

        return {
            "articles": self.count_articles(),
            "languages": langs,
            "entities": count("entities"),
            "mentions": count("mentions"),
            "quotes": count("quotes"),
            "schema_version": self.schema_version,
        }

    def close(self) -> None:
        self.db.close()
