"""Storage behind one small interface; backends are chosen by path or URL."""

from __future__ import annotations

from dragoman.store.base import QuoteHit, SearchHit, Store
from dragoman.store.postgres import PostgresStore
from dragoman.store.sqlite import SQLiteStore

# Either backend: the ``Store`` protocol plus the browse, story and source-state queries
# both implement (psycopg is only imported when a PostgresStore is opened).
ArchiveStore = SQLiteStore | PostgresStore


def open_store(location: str) -> ArchiveStore:
    """PostgreSQL for a ``postgresql://`` URL, else SQLite for a path (or ``:memory:``)."""
    if location.startswith(("postgresql://", "postgres://")):
        return PostgresStore(location)
    return SQLiteStore(location)


__all__ = ["ArchiveStore", "PostgresStore", "QuoteHit", "SQLiteStore", "SearchHit", "Store",
           "open_store"]
