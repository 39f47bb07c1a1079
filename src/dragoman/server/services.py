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
from dragoman.settings import Settings

# Largest request body accepted (ingested pages are news articles; the CLI accepts 10 MiB
# files, the API is stricter because it analyses synchronously).
MAX_BODY_BYTES = 2 * 1024 * 1024
API_PREFIX = "/api/v1"


class Services:
    """What request handlers share: per-thread archives (each its own connection) and the
    write token. Handlers ask an ``Archive`` (``archive()``) and never a store."""

    def __init__(self, db: str, write_token: str | None, settings: Settings | None = None) -> None:
        self.db = db
        self.settings = settings  # the archives' (dragoman.settings); None: the defaults
        self.write_token = write_token or None
        self._local = threading.local()
        self._all: list[Archive] = []
        self._lock = threading.Lock()
        # One Archive (own connection, story service, embedder loaded once) for the work
        # that analyses: ingest, hybrid search, similar articles; one request at a time.
        self.archive_lock = threading.Lock()
        self._analyser: Archive | None = None
        self.archive()  # open (and migrate) now, so a bad path fails at start-up

    def archive(self) -> Archive:
        """This thread's archive, for reads and analyst writes (corrections, watchlists)."""
        archive: Archive | None = getattr(self._local, "archive", None)
        if archive is None:
            archive = Archive(self.db, settings=self.settings)
            self._local.archive = archive
            with self._lock:
                self._all.append(archive)
        return archive

    def analyser(self) -> Archive:
        """The shared Archive that analyses; hold ``archive_lock`` while using it."""
        if self._analyser is None:
            self._analyser = Archive(self.db, settings=self.settings)
        return self._analyser

    def ingest(self, page: RawPage) -> IngestReport:
        with self.archive_lock:
            return self.analyser().ingest([page])

    def close(self) -> None:
        with self._lock:
            for archive in self._all:
                archive.close()
            self._all.clear()
        with self.archive_lock:
            if self._analyser is not None:
                self._analyser.close()
                self._analyser = None

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
