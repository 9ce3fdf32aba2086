"""A real HTTP server on 127.0.0.1 (port 0) serving feeds for the poller's tests.

Routes are set per test: a body (with ETag/Last-Modified and conditional GET), a status,
a redirect, a stall, a drip, a gzip bomb or an endless stream.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    redirect_to: str | None = None
    stall: float = 0.0  # seconds before answering at all
    drip: float = 0.0  # seconds between single bytes of the body
    gzip_bomb_mb: int = 0  # a gzip body that decodes to this many MB of zeros
    endless: bool = False
    etag: bool = True
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: with Nagle on, the body waited for the
            # client's delayed ACK, 40 ms a request.
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                server.handle(self)

            def handle(self) -> None:
                # A client that gives up (a cut-off bomb, a deadline) is not a server error.
                try:
                    super().handle()
                except (ConnectionResetError, BrokenPipeError):
                    return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> FeedServer:
        self.thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def requests_to(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path == path]

    def _send(
        self,
        handler: BaseHTTPRequestHandler,
        status: int,
        headers: dict[str, str],
        body: bytes = b"",
    ) -> None:
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if body:
            handler.wfile.write(body)

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        route = self.routes.get(handler.path)
        status = 404 if route is None else route.status
        if route is not None and route.redirect_to:
            status = 302
        if route is not None and route.etag and status == 200 and not route.endless:
            etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
            if handler.headers.get("If-None-Match") == etag:
                status = 304
        self.hits.append(Hit(handler.path, dict(handler.headers.items()), status))
        try:
            if route is None:
                self._send(handler, 404, {"Content-Type": "text/plain"}, b"not found")
                return
            if route.stall:
                self._stop.wait(route.stall)
            if route.redirect_to:
                self._send(handler, 302, {"Location": route.redirect_to})
                return
            headers = {"Content-Type": route.content_type, **route.headers}
            if status == 304:
                self._send(handler, 304, {})
                return
            if route.etag and not route.endless:
                headers["ETag"] = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
                headers["Last-Modified"] = "Sat, 28 Nov 2026 06:00:00 GMT"
            if route.gzip_bomb_mb:
                body = _gzip_zeros(route.gzip_bomb_mb)
                self._send(handler, status, {**headers, "Content-Encoding": "gzip"}, body)
                return
            if route.endless or route.drip:
                handler.send_response(status)
                for key, value in headers.items():
                    handler.send_header(key, value)
                handler.send_header("Transfer-Encoding", "chunked")
                handler.end_headers()
                for chunk in _stream(route):
                    if self._stop.is_set():
                        return
                    handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    handler.wfile.flush()
                    if route.drip:
                        time.sleep(route.drip)  # the server side of a drip, not a test sleep
                handler.wfile.write(b"0\r\n\r\n")
                return
            self._send(handler, status, headers, route.body)
        except (BrokenPipeError, ConnectionResetError):
            return


_BOMBS: dict[int, bytes] = {}


def _gzip_zeros(megabytes: int) -> bytes:
    if megabytes not in _BOMBS:
        _BOMBS[megabytes] = gzip.compress(b"\0" * (megabytes * 1_000_000), compresslevel=9)
    return _BOMBS[megabytes]


def _stream(route: Route) -> Iterator[bytes]:
    if route.drip:
        for index in range(len(route.body) or 10_000):
            yield route.body[index : index + 1] if route.body else b" "
        return
    yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>endless</title>'
    while True:
        yield b"<item><title>more</title></item>" * 2000
