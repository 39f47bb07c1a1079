"""ASGI middleware that protects the server: body size, rate limit, security headers.

All three are plain ASGI (no ``BaseHTTPMiddleware``), so they see every response, the
refusals of the others included, and an exception raised while a handler reads the body
reaches them unwrapped.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection
from typing import TypeAlias

from fastapi.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Builds a refusal: (scope, status, message) -> a JSON error (API) or an error page (web).
Refusal: TypeAlias = Callable[[Scope, int, str], Response]
# Burst allowance of the rate limiter: this many requests may arrive at once.
RATE_BURST = 60
# Pages may load only their own style sheet; no script runs, nothing is framed.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
# Sent on every response (the CSP only when the route set none of its own).
SECURITY_HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"x-frame-options": b"DENY",
}


def add_security_headers(response: Response) -> Response:
    """The security headers on a response sent outside ``SecurityHeaders`` (a crash's 500)."""
    response.headers.setdefault("content-security-policy", CSP)
    for name, value in SECURITY_HEADERS.items():
        response.headers[name.decode()] = value.decode()
    return response


class SecurityHeaders:
    """Add the security headers to every HTTP response, refusals (413, 429) included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in SECURITY_HEADERS]
                if not any(k.lower() == b"content-security-policy" for k, _ in headers):
                    headers.append((b"content-security-policy", CSP.encode()))
                headers += SECURITY_HEADERS.items()
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` (declared or streamed) with 413."""

    def __init__(self, app: ASGIApp, max_bytes: int, refusal: Refusal) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.refusal = refusal

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, send)
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
                    await self._refuse(scope, send)
                return
            await send(message)

        try:
            await self.app(scope, limited_receive, checked_send)
        except* _TooLarge:  # also when a task group wrapped it in an ExceptionGroup
            if not refused:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        response = self.refusal(scope, 413, f"request body over {self.max_bytes} bytes")
        await response(scope, _no_receive, send)


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


def client_address(scope: Scope, trusted_proxies: Collection[str] = ()) -> str:
    """The address a request is counted against: the connecting peer, unless the peer is a
    configured reverse proxy, then the last ``X-Forwarded-For`` hop that is not one. Proxy
    headers from anyone else (a client on loopback included) are ignored: they are forgeable."""
    peer = scope["client"][0] if scope.get("client") else "?"
    if peer not in trusted_proxies:
        return peer
    hops = [hop.strip() for name, value in scope["headers"] if name.lower() == b"x-forwarded-for"
            for hop in value.decode("latin-1").split(",") if hop.strip()]  # fmt: skip
    for hop in reversed(hops):
        if hop not in trusted_proxies:
            return str(hop)
    return peer


class RateLimit:
    """Answer 429 (with ``Retry-After``) to a client over its rate; static files are not
    counted. Behind a reverse proxy, list its address in ``trusted_proxies``."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter, refusal: Refusal,
                 trusted_proxies: Collection[str] = ()) -> None:
        self.app = app
        self.limiter = limiter
        self.refusal = refusal
        self.trusted = frozenset(trusted_proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["path"].startswith("/static/")
                or self.limiter.allow(client_address(scope, self.trusted))):
            await self.app(scope, receive, send)
            return
        response = self.refusal(scope, 429, "too many requests; slow down")
        response.headers["Retry-After"] = "1"
        await response(scope, receive, send)
