"""SQLite schema migrations as functions; ``PRAGMA user_version`` records the last one applied."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def run_statements(db: sqlite3.Connection, sql: str) -> None:
    """Execute ``;``-terminated statements inside the caller's transaction.

    (``executescript`` would commit the open transaction first.)
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


def m004_stories(db: sqlite3.Connection) -> None:
    """Document vectors, stories and storylines."""


def m005_sources(db: sqlite3.Connection) -> None:
    """Feed state, near-duplicate signatures, batch shard records."""


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_articles,
    m002_entities_quotes,
    m003_entity_links,
    m004_stories,
    m005_sources,
]


def migrate(db: sqlite3.Connection) -> int:
    """Apply pending migrations, each in its own transaction; return the schema version."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        raise RuntimeError(
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
