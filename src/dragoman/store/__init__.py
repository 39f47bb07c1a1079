"""Storage behind one small interface; backends are chosen by path or URL."""

from __future__ import annotations

import re
from typing import cast

from dragoman import registry
from dragoman.store.base import QuoteHit, SearchHit, Store
from dragoman.store.postgres import PostgresStore
from dragoman.store.sqlite import SQLiteStore

# Either backend: the ``Store`` protocol plus the browse, story and source-state queries
# both implement (psycopg is only imported when a PostgresStore is opened).
ArchiveStore = SQLiteStore | PostgresStore


# A location ``SCHEME://…`` opens the store registered under that scheme (registry kind
# "store"); these schemes are other names of one.
_SCHEME_ALIASES = {"postgres": "postgresql"}
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def store_backend(location: str) -> str:
    """The registry name of the store for ``location``: its URL scheme, ``sqlite`` for a path."""
    found = _SCHEME.match(location)
    if not found:
        return "sqlite"
    scheme = found.group(1).lower()
    return _SCHEME_ALIASES.get(scheme, scheme)


def open_store(location: str) -> ArchiveStore:
    """The store registered for ``location``'s URL scheme (``postgresql://`` → PostgreSQL, or
    one another package adds), SQLite for a path (or ``:memory:``); an unknown scheme raises
    UnknownBackend naming the known ones."""
    return cast(ArchiveStore, registry.lookup("store", store_backend(location))(location))


__all__ = ["ArchiveStore", "PostgresStore", "QuoteHit", "SQLiteStore", "SearchHit", "Store",
           "open_store", "store_backend"]
