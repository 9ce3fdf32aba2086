"""Fetching feed bodies: concurrent, polite, bounded in time and size. No parsing here.

Every feed gets an overall deadline (httpx timeouts are per operation, so a server that
drips a byte a second would otherwise never time out) and a cap on *decoded* bytes (so a
gzip bomb stops at the cap). The body is decoded here, not by httpx: httpx inflates each
network chunk in one call and stacks encodings, so ``Content-Encoding: gzip, gzip`` made a
2 KB response allocate 1 GB before any cap could see it. ``file://`` URLs are read from
disk with the same cap.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import ssl
import stat
import sys
import time
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from store.config import FetchSettings

# httpx loads its own command line (click, rich, pygments: about 0.15 s) whenever rich is
# installed, as it is beside Textual; httpx falls back cleanly when that import fails, and
# the poller, started by cron every few minutes, never uses it.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
import httpx  # noqa: E402

USER_AGENT = "blocwatch/0.1 (regional alignment monitor; feed poller)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
# The codings _BoundedDecoder undoes; "identity" means none.
ACCEPT_ENCODING = "gzip, deflate"
_DECODABLE = frozenset({"gzip", "x-gzip", "deflate"})


@dataclass(frozen=True, slots=True)
class FeedRequest:
    url: str
    etag: str | None = None
    modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One feed's fetch. Exactly one of: ``body``, ``not_modified``, ``error``."""

    url: str
    status: int | None = None
    body: bytes | None = None
    content_type: str | None = None
    final_url: str | None = None
    etag: str | None = None
    modified: str | None = None
    not_modified: bool = False
    error: str | None = None
    seconds: float = 0.0


class _TooLarge(Exception):
    pass


class _Undecodable(Exception):
    pass


class _BoundedDecoder:
    """Undoes at most one gzip or deflate coding, never producing more than ``limit`` bytes.

    Each call asks zlib for at most one byte past the cap, so a gzip bomb costs the cap in
    memory, not the size of one inflated network chunk (64 KB of zeros → 64 MB).
    """

    def __init__(self, coding: str | None, limit: int) -> None:
        self.coding = coding
        self.limit = limit
        self.size = 0
        self._first = True
        self._inflater: Any = None
        if coding is not None:
            window = zlib.MAX_WBITS if coding == "deflate" else zlib.MAX_WBITS | 16
            self._inflater = zlib.decompressobj(window)

    def _counted(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooLarge
        return data

    def decode(self, data: bytes) -> bytes:
        if self._inflater is None:
            return self._counted(data)
        try:
            output = self._inflater.decompress(data, self.limit - self.size + 1)
        except zlib.error as error:
            if self._first and self.coding == "deflate":
                # Servers send raw deflate as often as the zlib wrapper the RFC asks for.
                self._first = False
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.decode(data)
            raise _Undecodable(f"undecodable content encoding ({self.coding})") from error
        self._first = False
        return self._counted(output)

    def finish(self) -> bytes:
        if self._inflater is None:
            return b""
        try:
            return self._counted(self._inflater.flush(self.limit - self.size + 1))
        except zlib.error as error:
            raise _Undecodable(f"undecodable content encoding ({self.coding})") from error


def _file_path(url: str) -> Path:
    parts = urlsplit(url)
    return Path(unquote(parts.path)) if parts.scheme == "file" else Path(url)


def _read_file(path: Path, max_bytes: int) -> tuple[bytes, str]:
    """The file's bytes and a validator (mtime and size) that plays the role of an ETag."""
    with path.open("rb") as handle:
        stat = os.fstat(handle.fileno())
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _TooLarge
    return data, f"file:{stat.st_mtime_ns}:{stat.st_size}"


async def _fetch_file(request: FeedRequest, settings: FetchSettings) -> FetchResult:
    started = time.perf_counter()
    path = _file_path(request.url)
    try:
        status = await asyncio.to_thread(path.stat)
        if not stat.S_ISREG(status.st_mode):
            # Opening a FIFO blocks for ever, in a thread no deadline can stop.
            return FetchResult(request.url, error="not a regular file")
        if request.etag == f"file:{status.st_mtime_ns}:{status.st_size}":
            return FetchResult(request.url, not_modified=True, etag=request.etag)
        body, validator = await asyncio.to_thread(_read_file, path, settings.max_bytes)
    except _TooLarge:
        return FetchResult(request.url, error=f"file larger than {settings.max_bytes} bytes")
    except OSError as error:
        return FetchResult(request.url, error=f"cannot read file: {error.strerror or error}")
    return FetchResult(
        request.url,
        status=None,
        body=body,
        final_url=request.url,
        etag=validator,
        seconds=time.perf_counter() - started,
    )


def _describe(error: BaseException) -> str:
    """A one-line reason an analyst can act on."""
    if isinstance(error, TimeoutError | httpx.TimeoutException):
        return "timed out"
    if isinstance(error, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(error, httpx.UnsupportedProtocol):
        return "redirected to an unsupported scheme (only http and https are fetched)"
    if isinstance(error, httpx.ConnectError):
        return f"cannot connect: {error}" if str(error) else "cannot connect"
    if isinstance(error, httpx.DecodingError):
        return "undecodable content encoding"
    text = str(error) or type(error).__name__
    return f"{type(error).__name__}: {text}"[:300]


async def _fetch_http(
    client: httpx.AsyncClient, request: FeedRequest, settings: FetchSettings
) -> FetchResult:
    headers = {}
    if request.etag:
        headers["If-None-Match"] = request.etag
    if request.modified:
        headers["If-Modified-Since"] = request.modified
    started = time.perf_counter()
    try:
        async with asyncio.timeout(settings.total_timeout):
            async with client.stream("GET", request.url, headers=headers) as response:
                elapsed = time.perf_counter() - started
                if response.status_code == 304 or response.status_code >= 400:
                    await _drain(response)
                if response.status_code == 304:
                    return FetchResult(
                        request.url,
                        status=304,
                        not_modified=True,
                        etag=response.headers.get("etag") or request.etag,
                        modified=response.headers.get("last-modified") or request.modified,
                        final_url=str(response.url),
                        seconds=elapsed,
                    )
                if response.status_code >= 400:
                    return FetchResult(
                        request.url,
                        status=response.status_code,
                        error=f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                        seconds=elapsed,
                    )
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > settings.max_bytes:
                    raise _TooLarge
                codings = [
                    coding
                    for value in response.headers.get_list("content-encoding", split_commas=True)
                    if (coding := value.strip().lower()) not in ("", "identity")
                ]
                if len(codings) > 1 or (codings and codings[0] not in _DECODABLE):
                    # Stacked codings are how a 2 KB body becomes gigabytes; no feed needs them.
                    raise _Undecodable(f"unsupported content encoding {ascii(', '.join(codings))}")
                decoder = _BoundedDecoder(codings[0] if codings else None, settings.max_bytes)
                chunks: list[bytes] = []
                async for raw in response.aiter_raw():
                    chunks.append(decoder.decode(raw))
                chunks.append(decoder.finish())
                return FetchResult(
                    request.url,
                    status=response.status_code,
                    body=b"".join(chunks),
                    content_type=response.headers.get("content-type"),
                    final_url=str(response.url),
                    etag=response.headers.get("etag"),
                    modified=response.headers.get("last-modified"),
                    seconds=time.perf_counter() - started,
                )
    except _TooLarge:
        return FetchResult(
            request.url,
            error=f"response larger than {settings.max_bytes} bytes (cut off)",
            seconds=time.perf_counter() - started,
        )
    except _Undecodable as error:
        return FetchResult(request.url, error=str(error), seconds=time.perf_counter() - started)
    except (httpx.HTTPError, TimeoutError, OSError, ValueError) as error:
        return FetchResult(
            request.url, error=_describe(error), seconds=time.perf_counter() - started
        )


async def _drain(response: httpx.Response, limit: int = 65_536) -> None:
    """Read a small body we do not need, so the connection can be reused (a 304 repoll
    otherwise opens a new TCP connection per feed). A large one is abandoned instead."""
    size = 0
    async for chunk in response.aiter_raw():
        size += len(chunk)
        if size > limit:
            break


def make_client(
    settings: FetchSettings, verify: ssl.SSLContext | bool = True
) -> httpx.AsyncClient:
    """The shared client: redirects capped, connect and read timeouts, pooled connections."""
    return httpx.AsyncClient(
        verify=verify,
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        timeout=httpx.Timeout(settings.total_timeout, connect=settings.connect_timeout),
        limits=httpx.Limits(
            max_connections=settings.concurrency,
            max_keepalive_connections=settings.concurrency,
        ),
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING},
        trust_env=False,
    )


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


async def fetch_all(
    requests: list[FeedRequest],
    settings: FetchSettings,
    on_result: Callable[[FetchResult], Awaitable[None]] | None = None,
) -> list[FetchResult]:
    """Fetch every feed, at most ``concurrency`` at once and ``per_host`` per host.

    ``on_result`` is awaited as each fetch finishes (outside the limits), so the caller
    can parse and store while other fetches are still in flight; the results returned then
    carry no bodies (holding every feed's body until the last fetch ends costs memory).
    """
    overall = asyncio.Semaphore(max(1, settings.concurrency))
    per_host: dict[str, asyncio.Semaphore] = {}
    results: list[FetchResult] = []

    async def one(client: httpx.AsyncClient, request: FeedRequest) -> None:
        host_limit = per_host.setdefault(
            _host(request.url), asyncio.Semaphore(max(1, settings.per_host))
        )
        async with host_limit, overall:
            if request.url.startswith("file:") or "://" not in request.url:
                result = await _fetch_file(request, settings)
            else:
                result = await _fetch_http(client, request, settings)
        if on_result is None:
            results.append(result)
            return
        await on_result(result)
        results.append(dataclasses.replace(result, body=None))

    # One client per host: httpcore checks every pooled connection of a client before each
    # request (a select() call on each idle socket), so one shared pool of 16 connections
    # cost 16 system calls per request; a pool per host holds at most ``per_host``.
    clients: dict[str, httpx.AsyncClient] = {}
    verify = httpx.create_ssl_context()  # loading the CA bundle once, not once per host
    async with contextlib.AsyncExitStack() as stack:
        for request in requests:
            host = _host(request.url)
            if host not in clients:
                clients[host] = await stack.enter_async_context(make_client(settings, verify))
        await asyncio.gather(*(one(clients[_host(request.url)], request) for request in requests))
    return results
