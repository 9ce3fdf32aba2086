"""What "stored text is clean" means, in one place, for every reliability test.

A stored string is clean when it has no character a terminal acts on (C0 and C1 controls,
DEL, ESC and so every escape sequence), no bidi control that could reorder what an analyst
reads, no lone surrogate, and no HTML markup (``<`` directly followed by a letter, ``/``,
``!`` or ``?``). Square brackets are allowed: ``[bold]`` in a headline is data, and the
dashboard shows it with ``Text``/``Content``, never as markup (see docs/RELIABILITY.md).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

# Everything feeds.text removes, spelled out independently of it.
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\u2028\u2029]"
)
SINGLE_LINE_FORBIDDEN = re.compile("[\t\n]")
TAG = re.compile(r"<[a-zA-Z/!?]")

# (table, column, is HTML-cleaned text): every column that holds text from a feed.
STORED_TEXT = (
    ("articles", "title", True),
    ("articles", "summary", True),
    ("articles", "author", True),
    ("articles", "url", False),
    ("articles", "language", False),
    ("articles", "why", False),
    ("article_mentions", "matched", False),
    ("events", "evidence", False),
    ("feeds", "title", True),
    ("feeds", "last_error", False),
)


def problems(text: str, *, html: bool = True) -> list[str]:
    """Why ``text`` is not clean (empty when it is)."""
    found = []
    if bad := FORBIDDEN.findall(text):
        found.append(f"control or invisible characters {sorted(set(bad))!r}")
    if SINGLE_LINE_FORBIDDEN.search(text):
        found.append("tab or newline")
    if html and TAG.search(text):
        found.append(f"markup at {TAG.search(text).start()}")  # type: ignore[union-attr]
    return found


def stored_texts(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str, bool]]:
    """(table, column, value, html) for every non-empty feed-derived string in the DB."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    for table, column, html in STORED_TEXT:
        if table not in tables:
            continue
        for (value,) in conn.execute(f"SELECT {column} FROM {table} WHERE {column} <> ''"):
            if isinstance(value, str):
                yield table, column, value, html


def unclean_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str, list[str]]]:
    """Every stored string that is not clean, with the reasons."""
    return [
        (table, column, value[:120], found)
        for table, column, value, html in stored_texts(conn)
        if (found := problems(value, html=html))
    ]
