"""Storage behind one small interface; backends are chosen by path or URL."""

from __future__ import annotations

from dragoman.store.base import QuoteHit, SearchHit, Store
from dragoman.store.sqlite import SQLiteStore


def open_store(location: str) -> Store:
    """SQLite for a path (or ``:memory:``); other backends register by URL scheme."""
    if location.startswith(("postgresql://", "postgres://")):
        from dragoman.store.postgres import PostgresStore  # type: ignore[import-not-found]

        store: Store = PostgresStore(location)
        return store
    return SQLiteStore(location)


__all__ = ["QuoteHit", "SQLiteStore", "SearchHit", "Store", "open_store"]
