"""Polite, SSRF-safe HTTP fetching with httpx.

- A clear user agent; timeouts; retries with exponential back-off on transport
  errors, 429 and 5xx (``Retry-After`` honoured up to a cap).
- Per-host politeness: at least ``min_interval`` seconds between two requests to
  one host (or the host's robots.txt ``Crawl-delay`` when longer); robots.txt obeyed.
- Every address that is not globally routable (private, loopback, link-local,
  carrier-grade NAT, IETF/documentation/benchmark ranges, multicast, reserved, site-local,
  unique-local) is refused unless explicitly allowed, including IPv4 addresses wrapped in
  IPv6 (mapped ``::ffff:a.b.c.d``, 6to4 ``2002::/16``, NAT64 ``64:ff9b::/96``, Teredo);
  the check is repeated on every redirect hop (redirects are followed here, not by httpx).
  ``refuse_non_public(url)`` is the check, ``address_problem(ip)`` its pure core
  (``sources/addresses.py``). Direct connections are made to the address checked at
  connection time, so a DNS answer that changes after the first check (DNS rebinding)
  is checked too; through a proxy from the environment, the proxy makes the connection.
- Each fetch has a total deadline (redirect hops, retries and back-off included; the
  politeness wait is not) and each response a minimum average transfer rate after a grace
  period, so a server trickling bytes cannot hold a crawl forever.
"""

from __future__ import annotations

import socket
import time
import urllib.robotparser
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from dragoman.errors import InputError, MissingDependency
from dragoman.sources.addresses import (
    AddressRefused,
    address_problem,
    is_allowed,
    pinned_backend,
    public_addresses,
)
from dragoman.version import __version__

if TYPE_CHECKING:
    from dragoman.settings import Settings

__all__ = ["FetchError", "FetchPolicy", "Fetcher", "Response", "address_problem", "refuse_non_public"]

USER_AGENT = f"Dragoman/{__version__} (news-intelligence archiver; +https://pypi.org/project/dragoman/)"
# Seconds to connect / read one response; news sites answer well within this.
TIMEOUT_S = 20.0
RETRIES = 3
BACKOFF_S = 1.0
# Longest wait honoured from a Retry-After header or a robots.txt Crawl-delay.
MAX_WAIT_S = 60.0
MIN_INTERVAL_S = 1.0
MAX_REDIRECTS = 5
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Policy choices, not calibrated: a 10 MiB page (the size limit) at 100 KiB/s takes about
# 100 s, so a whole fetch (hops, retries, back-off) may take 120 s.
FETCH_DEADLINE_S = 120.0
# Slowest average transfer accepted, in bytes per second, once the grace period is over;
# real news servers send pages at tens of KiB/s or more, a trickling server at a few bytes/s.
MIN_RATE_BPS = 512.0
# Seconds of a response before the minimum rate applies (slow starts, TLS, small pages).
RATE_GRACE_S = 10.0
# The variables the boundary reads these from (dragoman.settings), named in messages.
ALLOW_PRIVATE_ENV = "DRAGOMAN_ALLOW_PRIVATE_HOSTS"  # "*" or comma-separated host[:port]
DEADLINE_ENV = "DRAGOMAN_FETCH_DEADLINE"  # seconds a whole fetch may take
MIN_RATE_ENV = "DRAGOMAN_MIN_RATE"  # bytes per second, after the grace period


class FetchError(InputError):
    """A URL could not be fetched (refused, unreachable, HTTP error); names the URL.

    ``permanent`` is true when asking again later would not help (refused, 4xx, not HTML).
    """

    def __init__(self, source: str, reason: str, permanent: bool = True) -> None:
        super().__init__(source, reason)
        self.permanent = permanent


@dataclass(slots=True)
class FetchPolicy:
    timeout: float = TIMEOUT_S
    retries: int = RETRIES
    backoff: float = BACKOFF_S
    min_interval: float = MIN_INTERVAL_S
    respect_robots: bool = True
    # Hosts ("host" or "host:port", or "*" for any) allowed despite a private address.
    allow_private: frozenset[str] = frozenset()
    max_bytes: int = DEFAULT_MAX_BYTES
    user_agent: str = USER_AGENT
    # Seconds one fetch may take in all (0: no deadline).
    deadline: float = FETCH_DEADLINE_S
    # Slowest average bytes/s accepted after ``rate_grace`` seconds of a response (0: off).
    min_rate: float = MIN_RATE_BPS
    rate_grace: float = RATE_GRACE_S

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **overrides: object) -> FetchPolicy:
        """The policy of ``settings`` (``Settings()``: the defaults); ``overrides`` win."""
        if settings is None:
            return cls(**overrides)  # type: ignore[arg-type]
        values: dict[str, object] = {
            "allow_private": frozenset(settings.allow_private_hosts),
            "min_interval": settings.fetch_interval, "deadline": settings.fetch_deadline,
            "min_rate": settings.min_rate}
        return cls(**{**values, **overrides})  # type: ignore[arg-type]


@dataclass(slots=True)
class Response:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    content: bytes
    fetched_at: datetime

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def refuse_non_public(url: str, allow: Iterable[str] = ()) -> None:
    """Raise FetchError (naming ``url``) unless it is http(s) with a host whose every address
    is globally routable. ``allow`` lists "host" or "host:port" entries (or "*") exempted."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "only http:// and https:// URLs with a host are fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(url, f"invalid port ({exc})") from exc
    if is_allowed(parts.hostname, port, allow):
        return
    try:
        public_addresses(parts.hostname, port)
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise FetchError(url, f"cannot resolve host {parts.hostname} ({reason})",
                         permanent=False) from exc  # fmt: skip
    except AddressRefused as exc:
        raise FetchError(url, f"refused: {exc} (allow it with {ALLOW_PRIVATE_ENV}=host)") from exc


@dataclass(slots=True)
class _Deadline:
    """When the current fetch must be over (monotonic seconds; inf: no deadline)."""

    seconds: float
    at: float

    @classmethod
    def start(cls, seconds: float) -> _Deadline:
        return cls(seconds, time.monotonic() + seconds if seconds > 0 else float("inf"))

    def left(self) -> float:
        return self.at - time.monotonic()

    def check(self, url: str) -> None:
        if self.left() <= 0:
            raise FetchError(url, f"fetch deadline of {self.seconds:g} s exceeded "
                                  f"(--fetch-deadline / ${DEADLINE_ENV})", permanent=False)


@dataclass(slots=True)
class Fetcher:
    """One HTTP client with its politeness state; reuse it for many URLs."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    _client: object = None
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def _http(self) -> object:
        if self._client is None:
            try:
                import httpx
            except ImportError as exc:  # pragma: no cover - core dependency
                raise MissingDependency("httpx", "sources", "fetching URLs") from exc
            self._client = client = httpx.Client(
                timeout=self.policy.timeout, follow_redirects=False,
                headers={"User-Agent": self.policy.user_agent},
            )  # fmt: skip
            # Direct connections go to the address just checked (no second DNS answer);
            # connections through a proxy from the environment are the proxy's to make.
            pool = getattr(getattr(client, "_transport", None), "_pool", None)
            if pool is not None and hasattr(pool, "_network_backend"):
                pool._network_backend = pinned_backend(self.policy.allow_private)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()  # type: ignore[attr-defined]
            self._client = None

    def check_url(self, url: str) -> None:
        """Refuse non-HTTP schemes and hosts resolving to non-public addresses (unless allowed)."""
        refuse_non_public(url, self.policy.allow_private)

    def _wait_turn(self, host: str, delay: float) -> float:
        """Wait for this host's turn; returns the seconds waited."""
        last = self._last.get(host)
        pause = 0.0
        if last is not None:
            pause = max(0.0, last + delay - time.monotonic())
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()
        return pause

    def _robots_for(self, url: str, deadline: _Deadline) -> urllib.robotparser.RobotFileParser | None:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                resp = self._get(root + "/robots.txt", {}, False, deadline)
                if resp.status in (401, 403):
                    parser.disallow_all = True  # type: ignore[union-attr]
                elif resp.status >= 400:
                    parser.allow_all = True  # type: ignore[union-attr]
                else:
                    parser.parse(resp.content.decode("utf-8", "replace").splitlines())  # type: ignore[union-attr]
            except FetchError:
                parser = None  # robots.txt unreachable: the page fetch will report the problem
            self._robots[root] = parser
        return self._robots[root]

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET ``url`` politely within the policy's deadline; raises FetchError when refused,
        unreachable, too slow or too large."""
        deadline = _Deadline.start(self.policy.deadline)
        return self._get(url, headers or {}, self.policy.respect_robots, deadline)

    def _get(self, url: str, headers: dict[str, str], robots: bool,
             deadline: _Deadline) -> Response:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            self.check_url(current)
            delay = self.policy.min_interval
            if robots:
                rules = self._robots_for(current, deadline)
                if rules is not None and not rules.can_fetch(self.policy.user_agent, current):
                    raise FetchError(current, "disallowed by the site's robots.txt")
                crawl_delay = rules.crawl_delay(self.policy.user_agent) if rules else None
                if crawl_delay:
                    delay = max(delay, min(float(crawl_delay), MAX_WAIT_S))
            resp = self._attempts(current, headers, delay, deadline)
            if resp.status in (301, 302, 303, 307, 308) and "location" in resp.headers:
                current = urljoin(current, resp.headers["location"])
                continue
            resp.url = url
            return resp
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _attempts(self, url: str, headers: dict[str, str], delay: float,
                  deadline: _Deadline) -> Response:
        import httpx

        problem = ""
        for attempt in range(self.policy.retries + 1):
            if attempt:
                time.sleep(max(0.0, min(self.policy.backoff * 2 ** (attempt - 1), MAX_WAIT_S,
                                        deadline.left())))  # fmt: skip
            # The politeness wait is this crawler's choice, not the server's: not counted.
            deadline.at += self._wait_turn(urlsplit(url).netloc, delay)
            deadline.check(url)
            try:
                resp = self._exchange(url, headers, deadline)
            except httpx.TimeoutException:
                deadline.check(url)  # a wait cut short by the deadline reports the deadline
                problem = f"timed out after {self.policy.timeout:g} s"
                continue
            except httpx.TransportError as exc:
                problem = f"connection failed ({type(exc).__name__}: {exc})"
                continue
            except AddressRefused as exc:  # the name resolved differently at connection time
                raise FetchError(url, f"refused at connection: {exc}") from exc
            if resp.status == 429 or resp.status >= 500:
                problem = f"HTTP {resp.status}"
                retry_after = resp.headers.get("retry-after", "")
                if retry_after.isdigit() and attempt < self.policy.retries:
                    time.sleep(max(0.0, min(float(retry_after), MAX_WAIT_S, deadline.left())))
                continue
            return resp
        raise FetchError(url, f"{problem} ({self.policy.retries + 1} attempts)", permanent=False)

    def _exchange(self, url: str, headers: dict[str, str], deadline: _Deadline) -> Response:
        """One request and its whole response, within the size, deadline and rate limits."""
        policy = self.policy
        started = time.monotonic()
        # A connect or read waits at most the time left now (httpx fixes it per request), so a
        # server gone silent is cut off within one read timeout of the deadline.
        timeout = max(0.001, min(policy.timeout, deadline.left()))
        client = self._http()
        with client.stream("GET", url, headers=headers, timeout=timeout) as r:  # type: ignore[attr-defined]
            body = bytearray()
            for chunk in r.iter_bytes():
                body += chunk
                if len(body) > policy.max_bytes:
                    raise FetchError(url, f"response over the limit of {policy.max_bytes} bytes")
                deadline.check(url)
                elapsed = time.monotonic() - started
                if policy.min_rate > 0 and elapsed > policy.rate_grace and (
                        len(body) / elapsed < policy.min_rate):  # fmt: skip
                    raise FetchError(url, f"transfer below the minimum rate of {policy.min_rate:g} "
                                          f"bytes/s ({len(body) / elapsed:.0f} bytes/s over "
                                          f"{elapsed:.1f} s; --min-rate / ${MIN_RATE_ENV})",
                                     permanent=False)  # fmt: skip
            return Response(url, url, r.status_code, {k.lower(): v for k, v in r.headers.items()},
                            bytes(body), datetime.now(UTC))  # fmt: skip
