"""Polite, SSRF-safe HTTP fetching with httpx.

- A clear user agent; timeouts; retries with exponential back-off on transport
  errors, 429 and 5xx (``Retry-After`` honoured up to a cap).
- Per-host politeness: at least ``min_interval`` seconds between two requests to
  one host (or the host's robots.txt ``Crawl-delay`` when longer); robots.txt obeyed.
- Private, loopback, link-local, multicast, reserved and unspecified addresses are
  refused unless explicitly allowed, and the check is repeated on every redirect hop
  (redirects are followed here, not by httpx). Limitation: the name is resolved for
  the check and again by the connection, so a DNS server that answers differently
  the second time (DNS rebinding) is not defeated; run crawls from a network that
  cannot reach internal services when that matters.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from dragoman import __version__
from dragoman.errors import InputError, MissingDependency

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
ALLOW_PRIVATE_ENV = "DRAGOMAN_ALLOW_PRIVATE_HOSTS"  # "*" or comma-separated host[:port]
INTERVAL_ENV = "DRAGOMAN_FETCH_INTERVAL"  # seconds between two requests to one host


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

    @classmethod
    def from_env(cls, **overrides: object) -> FetchPolicy:
        allowed = os.environ.get(ALLOW_PRIVATE_ENV, "")
        hosts = frozenset(h.strip() for h in allowed.split(",") if h.strip())
        if os.environ.get(INTERVAL_ENV):
            overrides.setdefault("min_interval", float(os.environ[INTERVAL_ENV]))
        return cls(allow_private=hosts, **overrides)  # type: ignore[arg-type]


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


def _blocked_address(host: str, port: int) -> str | None:
    """The first non-public address ``host`` resolves to, or None when all are public."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(host, f"cannot resolve host ({exc.strerror})", permanent=False) from exc
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
                or addr.is_reserved or addr.is_unspecified):  # fmt: skip
            return str(addr)
    return None


@dataclass(slots=True)
class Fetcher:
    """One HTTP client with its politeness state; reuse it for many URLs."""

    policy: FetchPolicy = field(default_factory=FetchPolicy.from_env)
    _client: object = None
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def _http(self) -> object:
        if self._client is None:
            try:
                import httpx
            except ImportError as exc:  # pragma: no cover - core dependency
                raise MissingDependency("httpx", "sources", "fetching URLs") from exc
            self._client = httpx.Client(
                timeout=self.policy.timeout, follow_redirects=False,
                headers={"User-Agent": self.policy.user_agent},
            )  # fmt: skip
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()  # type: ignore[attr-defined]
            self._client = None

    def check_url(self, url: str) -> None:
        """Refuse non-HTTP schemes and hosts resolving to non-public addresses (unless allowed)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(url, "only http:// and https:// URLs with a host are fetched")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        allowed = self.policy.allow_private
        if "*" in allowed or parts.hostname in allowed or f"{parts.hostname}:{port}" in allowed:
            return
        blocked = _blocked_address(parts.hostname, port)
        if blocked:
            raise FetchError(url, f"refused: {parts.hostname} resolves to the non-public address "
                                  f"{blocked} (allow it with {ALLOW_PRIVATE_ENV}=host)")  # fmt: skip

    def _wait_turn(self, host: str, delay: float) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                resp = self._get(root + "/robots.txt", {}, robots=False)
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
        """GET ``url`` politely; raises FetchError when refused or unreachable."""
        return self._get(url, headers or {}, robots=self.policy.respect_robots)

    def _get(self, url: str, headers: dict[str, str], robots: bool) -> Response:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            self.check_url(current)
            delay = self.policy.min_interval
            if robots:
                rules = self._robots_for(current)
                if rules is not None and not rules.can_fetch(self.policy.user_agent, current):
                    raise FetchError(current, "disallowed by the site's robots.txt")
                crawl_delay = rules.crawl_delay(self.policy.user_agent) if rules else None
                if crawl_delay:
                    delay = max(delay, min(float(crawl_delay), MAX_WAIT_S))
            resp = self._attempts(current, headers, delay)
            if resp.status in (301, 302, 303, 307, 308) and "location" in resp.headers:
                current = urljoin(current, resp.headers["location"])
                continue
            resp.url = url
            return resp
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _attempts(self, url: str, headers: dict[str, str], delay: float) -> Response:
        import httpx

        host = urlsplit(url).netloc
        client = self._http()
        problem = ""
        for attempt in range(self.policy.retries + 1):
            if attempt:
                time.sleep(min(self.policy.backoff * 2 ** (attempt - 1), MAX_WAIT_S))
            self._wait_turn(host, delay)
            try:
                with client.stream("GET", url, headers=headers) as r:  # type: ignore[attr-defined]
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > self.policy.max_bytes:
                            raise FetchError(url, f"response over the limit of "
                                                  f"{self.policy.max_bytes} bytes")  # fmt: skip
                    resp = Response(url, url, r.status_code,
                                    {k.lower(): v for k, v in r.headers.items()}, bytes(body),
                                    datetime.now(UTC))  # fmt: skip
            except httpx.TimeoutException:
                problem = f"timed out after {self.policy.timeout:g} s"
                continue
            except httpx.TransportError as exc:
                problem = f"connection failed ({type(exc).__name__}: {exc})"
                continue
            if resp.status == 429 or resp.status >= 500:
                problem = f"HTTP {resp.status}"
                retry_after = resp.headers.get("retry-after", "")
                if retry_after.isdigit() and attempt < self.policy.retries:
                    time.sleep(min(float(retry_after), MAX_WAIT_S))
                continue
            return resp
        raise FetchError(url, f"{problem} ({self.policy.retries + 1} attempts)", permanent=False)
