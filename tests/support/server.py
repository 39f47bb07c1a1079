"""A loopback HTTP server for tests: fixed routes, conditional GET, a request log.

Binds 127.0.0.1 only, on a free port; nothing leaves the machine.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(slots=True)
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    fail_first: int = 0  # answer 503 this many times before answering normally
    delay: float = 0.0  # seconds to wait before answering (a slow site)


@dataclass(slots=True)
class Hit:
    path: str
    headers: dict[str, str]
    at: float


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client killed mid-response (kill -9 tests) is expected here


class LoopbackServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Hit] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.log.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()},
                                      time.monotonic()))  # fmt: skip
                route = server.routes.get(self.path)
                if route is not None and route.delay:
                    time.sleep(route.delay)
                if route is None:
                    self._send(404, b"not found", "text/plain", {})
                elif route.fail_first > 0:
                    route.fail_first -= 1
                    self._send(503, b"busy", "text/plain", {})
                elif route.etag and self.headers.get("If-None-Match") == route.etag:
                    self._send(304, b"", route.content_type, {"ETag": route.etag})
                else:
                    extra = dict(route.headers)
                    if route.etag:
                        extra["ETag"] = route.etag
                    self._send(route.status, route.body, route.content_type, extra)

            def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str]) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in extra.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.port = int(self.httpd.server_address[1])
        self.base = f"http://127.0.0.1:{self.port}"

    def add(self, path: str, body: str | bytes, **kw: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **kw)  # type: ignore[arg-type]
        return self.base + path

    def hits(self, path: str) -> list[Hit]:
        return [h for h in self.log if h.path == path]


@contextmanager
def serve() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
