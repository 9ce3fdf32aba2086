"""Feed bytes → plain ``Entry`` records. Pure: no network, no files, no clock.

feedparser only ever sees bytes, after the DOCTYPE's internal subset is removed: its loose
fallback parser expands internal entities itself, so a 180 KB feed can become gigabytes.
defusedxml is put in front of expat as a second line (it refuses entity declarations).
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
import feedparser.api

from feeds.text import SUMMARY_MAX, TITLE_MAX, clean_text

if "defusedxml.expatreader" not in feedparser.api.PREFERRED_XML_PARSERS:
    feedparser.api.PREFERRED_XML_PARSERS.insert(0, "defusedxml.expatreader")

_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\]\s*)?>", re.DOTALL | re.IGNORECASE)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_TRACKING = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|yclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|"
    r"at_medium|at_campaign|at_custom\d*|ref_src|cmpid|ito|spm|rss_source|from_rss)$",
    re.IGNORECASE,
)
# A charset header that disagrees with the XML declaration is common and harmless.
_BENIGN = frozenset({"CharacterEncodingOverride", "NonXMLContentType"})
URL_MAX = 2_000
AUTHOR_MAX = 200
FUTURE_TOLERANCE = timedelta(days=1)
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed item as plain data."""

    id: str
    url: str | None
    title: str
    summary: str
    published: datetime
    author: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """The result of parsing one feed body. ``error`` set means nothing usable was found."""

    title: str | None
    language: str | None
    entries: tuple[Entry, ...]
    error: str | None = None
    warning: str | None = None


def strip_doctype_subset(body: bytes) -> bytes:
    """Replace a DOCTYPE that carries an internal subset with a bare one (no entities)."""
    head = body[:65536]
    match = _DOCTYPE.search(head)
    if match and match.group(1):
        return body[: match.start()] + body[match.end() :]
    if _ENTITY_DECL.search(head):
        # An unterminated or odd subset: cut from the DOCTYPE to the first root-looking tag.
        start = head.upper().find(b"<!DOCTYPE")
        if start >= 0:
            end = body.find(b"]>", start)
            if end >= 0:
                return body[:start] + body[end + 2 :]
    return body


def canonical_url(link: object, base: str | None = None) -> str | None:
    """An absolute http(s) URL without fragment or tracking parameters; None otherwise."""
    if not isinstance(link, str):
        return None
    link = clean_text(link, limit=URL_MAX, html=False).replace(" ", "%20")
    if not link:
        return None
    if base:
        try:
            link = urljoin(base, link)
        except ValueError:
            return None
    try:
        parts = urlsplit(link)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if port and not (
        (parts.scheme.lower() == "http" and port == 80)
        or (parts.scheme.lower() == "https" and port == 443)
    ):
        host = f"{host}:{port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        ]
    )
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


def _timestamp(entry: Any, fetched_at: datetime) -> datetime:
    """Published (else updated, else created) in UTC; absurd or missing → the fetch time."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # "updated_parsed" silently falls back to "published" in feedparser: test membership.
        value = entry.get(key) if key in entry else None
        if value is None:
            continue
        try:
            moment = datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
        except (OverflowError, ValueError, TypeError, OSError):
            continue
        if EARLIEST <= moment <= fetched_at + FUTURE_TOLERANCE:
            return moment
    return fetched_at


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x00".join(parts).encode("utf-8", "replace")).hexdigest()[:24]


def _summary(entry: Any) -> str:
    text = entry.get("summary") or ""
    if not text:
        for content in entry.get("content") or []:
            if isinstance(content, dict) and content.get("value"):
                text = content["value"]
                break
    return clean_text(text, limit=SUMMARY_MAX)


def parse_feed(
    body: bytes, *, url: str, content_type: str | None, fetched_at: datetime
) -> ParsedFeed:
    """Parse a feed body; never raises for bad input (the problem is returned instead)."""
    if not body.strip():
        return ParsedFeed(None, None, (), error="empty response body")
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    try:
        result = feedparser.parse(
            strip_doctype_subset(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except ValueError as error:  # defusedxml refusing entities, among others
        return ParsedFeed(None, None, (), error=f"refused: {type(error).__name__}: {error}"[:300])
    except Exception as error:  # feedparser's loose parser has raised odd things on junk input
        return ParsedFeed(None, None, (), error=f"unparseable feed: {type(error).__name__}"[:300])
    feed = result.get("feed", {})
    raw_entries = result.get("entries", [])
    problem = result.get("bozo_exception") if result.get("bozo") else None
    if type(problem).__name__ in _BENIGN:
        problem = None
    if not raw_entries:
        if problem is not None or not result.get("version"):
            kind = "not a feed (HTML page?)" if not problem else f"malformed feed: {problem}"
            return ParsedFeed(None, None, (), error=str(kind)[:300])
        return ParsedFeed(clean_text(feed.get("title"), limit=TITLE_MAX) or None, None, ())
    language = clean_text(feed.get("language"), limit=20, html=False).lower() or None
    base = url if url.startswith(("http://", "https://")) else None
    entries: list[Entry] = []
    seen: set[str] = set()
    links = [canonical_url(raw.get("link"), base) for raw in raw_entries]
    shared_links = {link for link in links if link and links.count(link) > 1}
    for raw, link in zip(raw_entries, links, strict=True):
        title = clean_text(raw.get("title"), limit=TITLE_MAX)
        summary = _summary(raw)
        if not title:
            title = summary[:120] or "(untitled)"
        guid = clean_text(raw.get("id"), limit=URL_MAX, html=False)
        if link and link not in shared_links:
            entry_id = "u" + _digest(link)
        elif guid:
            entry_id = "g" + _digest(url, guid)
        else:
            entry_id = "h" + _digest(url, title, summary[:200])
        if entry_id in seen:
            continue
        seen.add(entry_id)
        author = clean_text(raw.get("author"), limit=AUTHOR_MAX) or None
        entries.append(
            Entry(entry_id, link, title, summary, _timestamp(raw, fetched_at), author, language)
        )
    warning = f"{type(problem).__name__}: {problem}"[:300] if problem is not None else None
    return ParsedFeed(
        clean_text(feed.get("title"), limit=TITLE_MAX) or None,
        language,
        tuple(entries),
        warning=warning,
    )
