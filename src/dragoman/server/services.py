"""What the API and web routers share: the per-process ``Services`` (archive connections,
write token), the request limits both faces validate against, and the API's URL prefix.

Both faces import this module; neither imports the other (``tests/test_architecture.py``).
"""

from __future__ import annotations

import hmac
import threading

from fastapi import HTTPException, Request

from dragoman.archive import Archive, IngestReport
from dragoman.model import RawPage
from dragoman.store import ArchiveStore, open_store

# Largest request body accepted (ingested pages are news articles; the CLI accepts 10 MiB
# files, the API is stricter because it analyses synchronously).
MAX_BODY_BYTES = 2 * 1024 * 1024
API_PREFIX = "/api/v1"


class Services:
    """What request handlers share: per-thread archive connections and the write token."""

    def __init__(self, db: str, write_token: str | None) -> None:
        self.db = db
        self.write_token = write_token or None
        self._local = threading.local()
        self._all: list[ArchiveStore] = []
        self._lock = threading.Lock()
        # One Archive (own connection, story service, embedder loaded once) for the work
        # that analyses: ingest and hybrid search; used by one request at a time.
        self.archive_lock = threading.Lock()
        self._archive: Archive | None = None
        self.store()  # open (and migrate) now, so a bad path fails at start-up

    def store(self) -> ArchiveStore:
        store: ArchiveStore | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def archive(self) -> Archive:
        """The shared Archive; hold ``archive_lock`` while using it."""
        if self._archive is None:
            self._archive = Archive(self.db, store=open_store(self.db))
        return self._archive

    def ingest(self, page: RawPage) -> IngestReport:
        with self.archive_lock:
            return self.archive().ingest([page])

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()
        with self.archive_lock:
            if self._archive is not None:
                self._archive.close()
                self._archive = None

    def check_write(self, supplied: str | None) -> None:
        """Raise unless writes are enabled and ``supplied`` is the configured token."""
        if self.write_token is None:
            raise HTTPException(403, "write endpoints are off; start the server with "
                                     "--write-token TOKEN (or $DRAGOMAN_WRITE_TOKEN)")
        if not supplied or not hmac.compare_digest(supplied.encode(), self.write_token.encode()):
            raise HTTPException(401, "a valid write token is required "
                                     "(header 'Authorization: Bearer TOKEN')")


def services(request: Request) -> Services:
    svc: Services = request.app.state.services
    return svc
