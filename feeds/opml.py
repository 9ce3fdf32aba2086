"""OPML 2.0 import and export of the feed list (the lingua franca of feed readers)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from feeds.text import clean_text
from store.dates import utc_now
from store.errors import InputError
from store.feedlist import KEEP_CHOICES, Feed, normalise_feed_url

MAX_OPML_BYTES = 5_000_000


def read_opml(path: str, *, keep: str | None = None) -> list[dict[str, Any]]:
    """The feeds of an OPML file (nested outlines included); InputError if unreadable.

    ``keep`` overrides the file; otherwise an outline's ``keep`` attribute (written by our
    own export) is honoured, and "relevant" is the default.

    Parsed with defusedxml: an OPML file from the internet is as untrusted as a feed.
    """
    file = Path(path).expanduser()
    try:
        if file.stat().st_size > MAX_OPML_BYTES:
            raise InputError(f"{file}: larger than {MAX_OPML_BYTES // 1_000_000} MB")
        root = SafeElementTree.parse(str(file)).getroot()
    except FileNotFoundError:
        raise InputError(f"no such OPML file: {file}") from None
    except IsADirectoryError:
        raise InputError(f"{file} is a directory, not an OPML file") from None
    except (ElementTree.ParseError, DefusedXmlException) as error:
        raise InputError(f"{file} is not valid OPML: {error}") from error
    if root.tag != "opml" or root.find("body") is None:
        raise InputError(f"{file} is not OPML (no <opml><body>)")
    feeds: list[dict[str, Any]] = []
    seen: set[str] = set()
    skipped = 0
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if not url:
            continue
        try:
            url = normalise_feed_url(url)
        except InputError:
            skipped += 1
            continue
        if not url.startswith(("http://", "https://")):
            # An OPML file may come from anywhere: it must not make the poller read local files.
            skipped += 1
            continue
        if url in seen:
            continue
        seen.add(url)
        feeds.append(
            {
                "url": url,
                "title": clean_text(outline.get("title") or outline.get("text"), limit=200) or None,
                "language": clean_text(outline.get("language"), limit=20, html=False) or None,
                "keep": keep or _keep_attribute(outline.get("keep")),
            }
        )
    if not feeds:
        detail = f" ({skipped} with unusable URLs)" if skipped else ""
        raise InputError(f"{file}: no feeds found{detail}")
    return feeds


def _keep_attribute(value: str | None) -> str:
    return value if value in KEEP_CHOICES else "relevant"


def export_opml(feeds: list[Feed]) -> str:
    """OPML 2.0 text; blocwatch's own fields ride along as extra attributes."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = "blocwatch feeds"
    ElementTree.SubElement(head, "dateCreated").text = format_datetime(utc_now())
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        attributes = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.title:
            attributes["title"] = feed.title
        if feed.language:
            attributes["language"] = feed.language
        attributes["keep"] = feed.keep
        ElementTree.SubElement(body, "outline", attributes)
    ElementTree.indent(root)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + ElementTree.tostring(root, encoding="unicode")
        + "\n"
    )
