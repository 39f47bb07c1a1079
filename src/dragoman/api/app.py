"""The FastAPI application: one process serves the JSON API (/api/v1) and the web pages.

``create_app(db, write_token)`` builds it. Security lives here: request-size and rate
limits (ASGI middleware), the write-token check, security headers, and one error-body
shape (``{"error": {"status", "code", "message"}}``) for every API failure.
"""

from __future__ import annotations

import hmac
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dragoman.archive import Archive, IngestReport
from dragoman.errors import DragomanError, NotFound
from dragoman.model import RawPage
from dragoman.store import ArchiveStore, open_store

# Largest request body accepted (ingested pages are news articles; the CLI accepts 10 MiB
# files, the API is stricter because it analyses synchronously).
MAX_BODY_BYTES = 2 * 1024 * 1024
# Requests per minute per client address; 0 turns the limit off (bench/load.py does).
DEFAULT_RATE_LIMIT = 600
# Burst allowance of the rate limiter: this many requests may arrive at once.
RATE_BURST = 60
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


def error_body(status: int, message: str, code: str | None = None,
               details: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status": status, "code": code or _CODES.get(status, "error"),
                            "message": message}
    if details is not None:
        body["details"] = details
    return {"error": body}


_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 413: "payload_too_large", 422: "invalid_parameter",
          429: "rate_limited", 500: "internal_error"}


class HeadAsGet:
    """Answer HEAD as GET without the body (routes declared for GET refuse HEAD otherwise):
    link checkers and caches probe pages with HEAD."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` (declared or streamed) with 413."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send)
            return
        received = 0
        exceeded = False
        refused = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise _TooLarge
            return message

        async def checked_send(message: Message) -> None:
            # The framework turns a failed body read into its own 400; answer 413 instead.
            nonlocal refused
            if exceeded:
                if not refused:
                    refused = True
                    await self._refuse(send)
                return
            await send(message)

        try:
            await self.app(scope, limited_receive, checked_send)
        except _TooLarge:
            if not refused:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        response = JSONResponse(
            error_body(413, f"request body over {self.max_bytes} bytes"), status_code=413)
        await response({"type": "http"}, _no_receive, send)


class _TooLarge(Exception):
    pass


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


class RateLimiter:
    """A token bucket per client address: ``per_minute`` sustained, ``burst`` at once."""

    def __init__(self, per_minute: int, burst: int = RATE_BURST) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        with self.lock:
            tokens, last = self.buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if len(self.buckets) > 10_000:  # forget idle clients rather than grow forever
                self.buckets.clear()
            if tokens < 1:
                self.buckets[client] = (tokens, now)
                return False
            self.buckets[client] = (tokens - 1, now)
            return True


# Pages may load only their own style sheet; no script runs, nothing is framed.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def create_app(db: str, write_token: str | None = None, *,
               rate_limit: int = DEFAULT_RATE_LIMIT,
               max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The API and web application over the archive at ``db``.

    Write endpoints (ingest) are off unless ``write_token`` is given, and then require it.
    """
    from dragoman.api.routes import router
    from dragoman.web.views import html_error, mount_web

    svc = Services(db, write_token)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        yield
        svc.close()

    app = FastAPI(
        title="Dragoman",
        version="1",
        summary="Multilingual news intelligence: articles, entities, quotations, stories.",
        docs_url=None,  # /docs is served by the web layer (works offline, no CDN)
        redoc_url=None,
        openapi_url=f"{API_PREFIX}/openapi.json",
        lifespan=lifespan,
    )
    app.state.services = svc
    app.include_router(router, prefix=API_PREFIX)
    mount_web(app)
    limiter = RateLimiter(rate_limit) if rate_limit > 0 else None

    @app.middleware("http")
    async def guard(request: Request,
                    call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if limiter is not None and not request.url.path.startswith("/static/"):
            client = request.client.host if request.client else "?"
            if not limiter.allow(client):
                message = "too many requests; slow down"
                if _is_api(request):
                    response: Response = JSONResponse(error_body(429, message), status_code=429)
                else:
                    response = html_error(request, 429, message)
                response.headers["Retry-After"] = "1"
                return response
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def respond(request: Request, status: int, message: str, details: Any = None) -> Response:
        if _is_api(request):
            return JSONResponse(error_body(status, message, details=details), status_code=status)
        return html_error(request, status, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(404)
    async def not_found_route(request: Request, exc: Exception) -> Response:
        detail = getattr(exc, "detail", None)
        message = detail if isinstance(detail, str) and detail != "Not Found" else (
            f"nothing at {request.url.path}")
        return respond(request, 404, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")}
                    for e in exc.errors()]
        text = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        return respond(request, 422, f"invalid request: {text}", problems)

    @app.exception_handler(NotFound)
    async def missing(request: Request, exc: NotFound) -> Response:
        return respond(request, 404, str(exc).replace(f" in {svc.db}", ""))  # no server paths

    @app.exception_handler(DragomanError)
    async def refused(request: Request, exc: DragomanError) -> Response:
        return respond(request, 400, str(exc))

    @app.exception_handler(sqlite3.OperationalError)
    async def bad_query(request: Request, exc: sqlite3.OperationalError) -> Response:
        # FTS5 reports query syntax problems this way; anything else is a server fault.
        text = str(exc)
        if "fts5" in text or "syntax error" in text or "MATCH" in text:
            return respond(request, 400, f"cannot parse the search query: {text}")
        return respond(request, 500, "the archive could not answer this request")

    app.add_middleware(HeadAsGet)
    # Added last, so outermost: the body limit runs before anything reads the body.
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    return app
