"""SQLite schema migrations as functions; ``PRAGMA user_version`` records the last one applied."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from dragoman.errors import StoreError


def run_statements(db: Any, sql: str) -> None:
    """Execute ``;``-terminated statements inside the caller's transaction (SQLite or
    PostgreSQL connection). (``executescript`` would commit the open transaction first.)
    """
    for statement in sql.split(";\n"):
        if statement.strip() and not all(
            ln.strip().startswith("--") or not ln.strip() for ln in statement.splitlines()
        ):
            db.execute(statement)


def m001_articles(db: sqlite3.Connection) -> None:
    run_statements(
        db,
        """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT UNIQUE,
            source TEXT NOT NULL,
            site TEXT,
            title TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            published TEXT,
            published_confidence REAL NOT NULL DEFAULT 0,
            published_source TEXT NOT NULL DEFAULT 'none',
            modified TEXT,
            language TEXT,
            language_score REAL NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            fetched_at TEXT,
            extractor TEXT NOT NULL DEFAULT '',
            blocks TEXT NOT NULL DEFAULT '[]',
            sentences TEXT NOT NULL DEFAULT '[]',
            warnings TEXT NOT NULL DEFAULT '[]',
            story_id TEXT,
            storyline_id TEXT,
            duplicate_of TEXT,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX articles_language ON articles(language);
        CREATE INDEX articles_published ON articles(published);
        -- Normalized copies for matching only (Arabic letter variants folded, no diacritics).
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, tokenize = 'unicode61 remove_diacritics 2'
        );
        """
    )


def m002_entities_quotes(db: sqlite3.Connection) -> None:
    run_statements(
        db,
        """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            names TEXT NOT NULL DEFAULT '{}',
            aliases TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            entity_id TEXT,
            score REAL NOT NULL DEFAULT 1,
            PRIMARY KEY (article_id, start, "end")
        );
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            direct INTEGER NOT NULL,
            cue TEXT NOT NULL DEFAULT '',
            cue_start INTEGER,
            cue_end INTEGER,
            speaker_text TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            speaker_id TEXT,
            speaker_name TEXT,
            addressee TEXT,
            PRIMARY KEY (article_id, start, "end")
        );
        CREATE INDEX quotes_speaker ON quotes(speaker_id);
        """
    )


def m003_entity_links(db: sqlite3.Connection) -> None:
    """Entity linking tables (names by language, learned aliases)."""
    run_statements(db, ENTITY_LINKS_SQL)


# Shared with the PostgreSQL backend.
ENTITY_LINKS_SQL = """
    -- Every surface form an entity was linked from, by article language: the
    -- linker's memory of learned names, and entity lookup by name in any script.
    CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_norm TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (entity_id, alias, language)
    );
    CREATE INDEX entity_aliases_norm ON entity_aliases(alias_norm);
"""


def m004_stories(db: sqlite3.Connection) -> None:
    """Document vectors, stories and storylines."""
    run_statements(db, STORIES_SQL.replace("BYTEA", "BLOB"))


# Vectors are float32 BLOBs tagged with the backend and version that made them;
# stories and storylines share one shape (``state`` holds the running centroid's
# entity counts as JSON, ``centroid`` the float32 sum of member vectors).
STORIES_SQL = """
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_storyline ON articles(storyline_id);
    CREATE TABLE vectors (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        backend TEXT NOT NULL,
        version TEXT NOT NULL,
        dim INTEGER NOT NULL,
        vector BYTEA NOT NULL
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        storyline_id TEXT,
        titles TEXT NOT NULL DEFAULT '{}',
        first_seen TEXT,
        last_seen TEXT,
        article_count INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        languages TEXT NOT NULL DEFAULT '[]',
        top_entities TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL DEFAULT '{}',
        centroid BYTEA,
        backend TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX stories_last_seen ON stories(last_seen);
    CREATE INDEX stories_storyline ON stories(storyline_id);
    CREATE TABLE storylines (
        id TEXT PRIMARY KEY,
        titles TEXT NOT NULL DEFAULT '{}',
        first_seen TEXT,
        last_seen TEXT,
        story_count INTEGER NOT NULL DEFAULT 0,
        article_count INTEGER NOT NULL DEFAULT 0,
        languages TEXT NOT NULL DEFAULT '[]',
        top_entities TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL DEFAULT '{}',
        centroid BYTEA,
        backend TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX storylines_last_seen ON storylines(last_seen);
    CREATE TABLE vector_means (
        space TEXT NOT NULL,
        language TEXT NOT NULL,
        total BYTEA NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (space, language)
    );
    -- search passages (word windows) of an article, embedded the first time the
    -- article is a search candidate: a float16 (count, dim) matrix
    CREATE TABLE passage_vectors (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        backend TEXT NOT NULL,
        version TEXT NOT NULL,
        count INTEGER NOT NULL,
        dim INTEGER NOT NULL,
        vectors BYTEA NOT NULL
    );
"""


def m005_sources(db: sqlite3.Connection) -> None:
    """Feed state, near-duplicate signatures, batch shard records."""
    run_statements(db, SOURCES_SQL.replace("BYTEA", "BLOB"))


# Shared with the PostgreSQL backend (which keeps BYTEA); plain SQL both dialects accept.
SOURCES_SQL = """
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    CREATE TABLE signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        size INTEGER NOT NULL,
        minhash BYTEA NOT NULL
    );
    CREATE TABLE feed_state (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked_at TEXT
    );
    CREATE TABLE feed_items (
        feed TEXT NOT NULL,
        item TEXT NOT NULL,
        outcome TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed, item)
    );
    CREATE TABLE shards (
        shard TEXT PRIMARY KEY,
        articles INTEGER NOT NULL,
        finished_at TEXT NOT NULL
    );
"""


def m006_watchlists(db: sqlite3.Connection) -> None:
    """Saved queries (watchlists) and the articles and statements that matched them."""
    run_statements(db, WATCHLISTS_SQL)


# Shared with the PostgreSQL backend. ``scanned`` is the last article rowid matched against
# the watchlist; ``notified`` is 1 once the hit went to the webhook (or needs not go).
WATCHLISTS_SQL = """
    CREATE TABLE watchlists (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        webhook TEXT,
        created_at TEXT NOT NULL,
        scanned BIGINT NOT NULL DEFAULT 0
    );
    CREATE TABLE watchlist_hits (
        watchlist_id TEXT NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        quote_start INTEGER NOT NULL DEFAULT -1,
        quote_end INTEGER NOT NULL DEFAULT -1,
        matched_at TEXT NOT NULL,
        notified INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (watchlist_id, article_id, kind, quote_start)
    );
    CREATE INDEX watchlist_hits_matched ON watchlist_hits(watchlist_id, matched_at);
"""


def m007_statements(db: sqlite3.Connection) -> None:
    """Quotations grouped into statements (``dragoman.statements``)."""
    run_statements(db, STATEMENTS_SQL)


# Shared with the PostgreSQL backend: each grouped quotation -> its statement id.
STATEMENTS_SQL = """
    CREATE TABLE statement_quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        statement_id TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end")
    );
    CREATE INDEX statement_quotes_statement ON statement_quotes(statement_id);
"""


def m008_page_type(db: sqlite3.Connection) -> None:
    """What each page is (article, liveblog, listing, media, other): extract/pagetype.py."""
    run_statements(db, PAGE_TYPE_SQL)


# Shared with the PostgreSQL backend. Pages stored before this column are articles.
PAGE_TYPE_SQL = """
    ALTER TABLE articles ADD COLUMN page_type TEXT NOT NULL DEFAULT 'article';
"""


def m009_corrections(db: sqlite3.Connection) -> None:
    """Analyst corrections of entities (``store/corrections.py``)."""
    run_statements(db, CORRECTIONS_SQL.replace("BIGSERIAL", "INTEGER"))


# Shared with the PostgreSQL backend. ``linked_*`` keep what the linker said, so that
# corrections are re-applied from it and undone exactly.
CORRECTIONS_SQL = """
    CREATE TABLE corrections (
        id BIGSERIAL PRIMARY KEY,
        kind TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        other_id TEXT,
        article_id TEXT,
        start INTEGER,
        "end" INTEGER,
        name TEXT,
        type TEXT,
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        undone_at TEXT
    );
    ALTER TABLE mentions ADD COLUMN linked_id TEXT;
    UPDATE mentions SET linked_id = entity_id;
    ALTER TABLE quotes ADD COLUMN linked_speaker_id TEXT;
    UPDATE quotes SET linked_speaker_id = speaker_id;
    ALTER TABLE entities ADD COLUMN linked_name TEXT;
    ALTER TABLE entities ADD COLUMN linked_type TEXT;
"""


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_articles,
    m002_entities_quotes,
    m003_entity_links,
    m004_stories,
    m005_sources,
    m006_watchlists,
    m007_statements,
    m008_page_type,
    m009_corrections,
]


def migrate(db: sqlite3.Connection) -> int:
    """Apply pending migrations, each in its own transaction; return the schema version."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        raise StoreError(
            f"archive schema version {version} is newer than this Dragoman ({len(MIGRATIONS)}); "
            "upgrade Dragoman"
        )
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        db.execute("BEGIN")
        try:
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)
