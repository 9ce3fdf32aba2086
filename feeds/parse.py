"""Feed bytes → plain ``Entry`` records. Pure: no network, no files, no clock.

feedparser only ever sees bytes, after the DOCTYPE's internal subset is removed: its loose
fallback parser expands internal entities itself, so a 180 KB feed can become gigabytes.
Two more lines of defence: feedparser's own DOCTYPE step is wrapped so the loose parser
never receives an entity table (whatever the feed's encoding), and defusedxml is put in
front of expat (it refuses entity declarations; see ``feeds.sax_reader``). A document
whose shape alone exhausts feedparser (nesting thousands deep, thousands of attributes)
is refused before parsing. Two of feedparser's internals (its dictionary class and its
URL join) get quicker stand-ins with the same answers (``feeds.feedparser_speedups``).
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
import feedparser.api

from feeds import feedparser_speedups
from feeds.text import SUMMARY_MAX, TITLE_MAX, clean_text

feedparser_speedups.install()

# Our driver (defusedxml's expat reader, buffering text): see feeds/sax_reader.py.
if "feeds.sax_reader" not in feedparser.api.PREFERRED_XML_PARSERS:
    feedparser.api.PREFERRED_XML_PARSERS.insert(0, "feeds.sax_reader")

_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\]\s*)?>", re.DOTALL | re.IGNORECASE)
_DOCTYPE_START = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
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
# Far beyond any real feed (a few dozen levels, a dozen attributes), far below what hurts.
MAX_DEPTH = 10_000
MAX_ATTRIBUTES = 1_000
_MANY_EQUALS = re.compile(rb"<[^<>=]*+(?:=[^<>=]*+){%d}" % (MAX_ATTRIBUTES + 1))
# One piece of markup in the UTF-8 body: CDATA and comments (skipped whole, running to the
# end when unterminated, so the scan stays linear), declarations, end and start tags.
_MARKUP = re.compile(
    rb"""<(?:
        !\[CDATA\[.*?(?:\]\]>|\Z) | !--.*?(?:-->|\Z) | [!?][^<>]*+
        | (?P<close>/)?(?P<name>[A-Za-z_][^\s/<>]*+)(?P<attributes>[^<>]*+)
    )""",
    re.VERBOSE | re.DOTALL,
)
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
    """Remove the prolog's DOCTYPE when it declares entities or names an external DTD.

    A bare ``<!DOCTYPE rss>`` is harmless and kept. An external identifier goes too:
    defusedxml refuses it, and an RSS 0.91 feed whose Netscape DOCTYPE shares a line with
    the XML declaration (feedparser only strips it at the start of a line) was refused
    whole. Only the prolog is looked at: ``<!DOCTYPE`` inside an item is content.
    """
    head = body[:65536]
    start = _DOCTYPE_START.search(head)
    first_element = _FIRST_ELEMENT.search(head)
    if start is None or (first_element is not None and first_element.start() < start.start()):
        return body
    match = _DOCTYPE.match(head, start.start())
    if match:
        declaration = match.group(0)
        if match.group(1) or b"SYSTEM" in declaration.upper() or b"PUBLIC" in declaration.upper():
            return body[: match.start()] + body[match.end() :]
        return body
    if _ENTITY_DECL.search(head, start.start()):
        # An unterminated or odd subset: cut from the DOCTYPE to the end of the subset.
        end = body.find(b"]>", start.start())
        if end >= 0:
            return body[: start.start()] + body[end + 2 :]
    return body


class HostileStructure(ValueError):
    """The document is built to exhaust the parser (see ``check_structure``)."""


def check_structure(data: bytes) -> None:
    """Refuse documents whose shape alone makes feedparser slow or huge.

    feedparser's strict handler looks each attribute up with the standard library's
    ``getValueByQName``, a linear search: 12,500 attributes on one element took 16 s and a
    megabyte of them would take hours. And each level of nesting costs ~700 bytes: 1 MB of
    ``<a>`` took 25 s and 229 MB. Depth is counted as a forgiving HTML parser would (an
    end tag closes everything opened since its start tag; stray end tags are ignored), so a
    sloppy feed full of unclosed ``<p>`` or ``<br>`` is not mistaken for an attack.
    """
    # A quick exact "no": depth cannot exceed the number of "<", and no element has more
    # than MAX_ATTRIBUTES "=" if no run of markup without "<" or ">" does. Both scans run in
    # C; the walk below costs ~40 µs per item of an ordinary feed.
    if data.count(b"<") <= MAX_DEPTH and not _MANY_EQUALS.search(data):
        return
    open_names: list[bytes] = []
    open_counts: Counter[bytes] = Counter()
    for markup in _MARKUP.finditer(data):
        name = markup.group("name")
        if name is None:
            continue
        attributes = markup.group("attributes")
        if attributes.count(b"=") > MAX_ATTRIBUTES:
            raise HostileStructure(f"an element with more than {MAX_ATTRIBUTES} attributes")
        if markup.group("close"):
            if open_counts[name]:
                while (opened := open_names.pop()) != name:
                    open_counts[opened] -= 1
                open_counts[name] -= 1
        elif not attributes.endswith(b"/"):
            open_names.append(name)
            open_counts[name] += 1
            if len(open_names) > MAX_DEPTH:
                raise HostileStructure(f"elements nested more than {MAX_DEPTH} deep")


def _replace_doctype_without_entities(data: bytes) -> tuple[str | None, bytes, dict[str, str]]:
    """feedparser's own DOCTYPE step, minus the entities it hands to its loose parser.

    feedparser runs this on the body after converting it to UTF-8, so it sees what the
    byte-level ``strip_doctype_subset`` cannot (a UTF-16, UTF-32 or EBCDIC feed). Without
    it, a 94 KB UTF-16 feed whose prolog is malformed before the DOCTYPE (so the strict,
    defused parser stops before reading any entity) reached the loose parser with its
    entity table: one 20 KB entity referenced 9,000 times became a 180-million-character
    title (7 s, 700 MB).

    It is also the last step before parsing, in every encoding: the place to refuse a
    document whose structure is an attack.
    """
    check_structure(data)
    version, stripped, _entities = _feedparser_replace_doctype(strip_doctype_subset(data))
    return version, stripped, {}


# The original is kept on feedparser's module so that reloading this one never wraps twice.
_feedparser_replace_doctype = getattr(
    feedparser.api, "_blocwatch_replace_doctype", feedparser.api.replace_doctype
)
feedparser.api._blocwatch_replace_doctype = _feedparser_replace_doctype
feedparser.api.replace_doctype = _replace_doctype_without_entities


# An absolute http(s) URL already in canonical form: lower-case scheme and host, no port,
# user, query or fragment, nothing ``clean_text`` or ``urlsplit`` would change.
_SIMPLE_URL = re.compile(r"https?://[a-z0-9.-]+(/[!-~]*)?")
_SIMPLE_URL_EXCLUDES = frozenset("?#\\%")


def canonical_url(link: object, base: str | None = None) -> str | None:
    """An absolute http(s) URL without fragment or tracking parameters; None otherwise."""
    if not isinstance(link, str):
        return None
    if (
        _SIMPLE_URL.fullmatch(link)
        and len(link) <= URL_MAX
        and _SIMPLE_URL_EXCLUDES.isdisjoint(link)
        and "//" not in link[8:]
    ):
        # most links of a feed: nothing to resolve, drop or re-encode (a third of the
        # parse step's own time went to splitting and re-joining them)
        return link if link.count("/") > 2 else link + "/"
    return _canonical_url(link, base)


def _canonical_url(link: str, base: str | None) -> str | None:
    link = clean_text(link, limit=URL_MAX, html=False).replace(" ", "%20")
    if not link:
        return None
    if base and not link.startswith(("http://", "https://")):  # absolute: nothing to join
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
    query = (
        urlencode(
            [
                (k, v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
                if not _TRACKING.match(k)
            ]
        )
        if parts.query
        else ""
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
    # No content-location: feedparser would then join a base onto every element (a third
    # of its time); ``canonical_url`` resolves the one link per entry we keep ourselves.
    headers = {"content-type": content_type or "application/xml"}
    try:
        result = feedparser.parse(
            strip_doctype_subset(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except ValueError as error:  # defusedxml refusing entities, a hostile structure, …
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
    # Counted once: links.count() per link was quadratic (5,000 items: 25 million compares).
    link_counts = Counter(link for link in links if link)
    shared_links = {link for link, count in link_counts.items() if count > 1}
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
