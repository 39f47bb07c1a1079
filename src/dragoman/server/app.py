"""The one server: ``create_app(db, write_token)`` builds the FastAPI application that
serves the JSON API (``dragoman.api``, under /api/v1) and the web pages (``dragoman.web``).

The two faces are sibling routers that never import each other; this module is the only
one that knows both. Security lives here: request-size and rate limits and security headers
(ASGI middleware from ``server/guards.py``), and one error-body shape
(``{"error": {"status", "code", "message"}}``) for every API failure (409 with
``details.candidates`` for an ambiguous id prefix); a failure on a web page gets the web's
error page instead. The write-token check is ``Services.check_write`` (``server/services.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dragoman.api.corrections import router as correction_router
from dragoman.api.routes import router
from dragoman.api.watchlists import router as watchlist_router
from dragoman.errors import AmbiguousId, DragomanError, NotFound
from dragoman.server.guards import (
    BodyLimit,
    RateLimit,
    RateLimiter,
    SecurityHeaders,
    add_security_headers,
)
from dragoman.server.services import API_PREFIX, MAX_BODY_BYTES, Services
from dragoman.settings import DEFAULT_RATE_LIMIT, Settings
from dragoman.web.views import html_error, mount_web


def error_body(status: int, message: str, code: str | None = None,
               details: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status": status, "code": code or _CODES.get(status, "error"),
                            "message": message}
    if details is not None:
        body["details"] = details
    return {"error": body}


_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 409: "ambiguous_id", 413: "payload_too_large", 422: "invalid_parameter",
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


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def _error_response(request: Request, status: int, message: str, details: Any = None) -> Response:
    """The API's JSON error body, or the web's error page."""
    if _is_api(request):
        return JSONResponse(error_body(status, message, details=details), status_code=status)
    return html_error(request, status, message)


def _refusal(scope: Scope, status: int, message: str) -> Response:
    """A middleware refusal (413, 429) in the shape of the part of the site asked for."""
    return _error_response(Request(scope), status, message)


def create_app(db: str, write_token: str | None = None, *,
               rate_limit: int = DEFAULT_RATE_LIMIT,
               max_body_bytes: int = MAX_BODY_BYTES,
               trust_proxy: Collection[str] = (),
               settings: Settings | None = None) -> FastAPI:
    """The API and web application over the archive at ``db``.

    Write endpoints (ingest) are off unless ``write_token`` is given, and then require it.
    ``trust_proxy`` lists reverse-proxy addresses whose ``X-Forwarded-For`` names the client
    for the rate limit; by default no proxy header is believed. ``settings`` (built by
    ``dragoman serve``) are the archives' (stories, embedder, NER models); default
    ``Settings()``.
    """
    svc = Services(db, write_token, settings)

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
    app.include_router(watchlist_router, prefix=API_PREFIX)
    app.include_router(correction_router, prefix=API_PREFIX)
    mount_web(app)
    respond = _error_response

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

    @app.exception_handler(AmbiguousId)
    async def ambiguous(request: Request, exc: AmbiguousId) -> Response:
        return respond(request, 409, str(exc), {"candidates": exc.candidates, "more": exc.more})

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

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        # Sent by Starlette's outermost error handler, outside the header middleware.
        return add_security_headers(respond(request, 500, "the server failed on this request"))

    # Each added one wraps the ones before: security headers outermost (so they are on every
    # refusal too), HEAD handling (refusals to HEAD lose their body too), the rate limit, then
    # the body limit before anything reads the body.
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes, refusal=_refusal)
    if rate_limit > 0:
        app.add_middleware(RateLimit, limiter=RateLimiter(rate_limit), refusal=_refusal,
                           trusted_proxies=frozenset(trust_proxy))
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    return app
