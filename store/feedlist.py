"""The feed list in the ``feeds`` table: validation, add, remove, list with health."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import sqlite_utils

from store.dates import iso_utc, utc_now
from store.errors import InputError

KEEP_CHOICES = ("relevant", "all")


@dataclass(frozen=True, slots=True)
class Feed:
    url: str
    title: str | None
    language: str | None
    region: str | None
    keep: str
    etag: str | None
    modified: str | None
    last_polled: str | None
    last_success: str | None
    last_status: int | None
    last_error: str | None
    error_count: int
    item_count: int

    @property
    def has_error(self) -> bool:
        return self.error_count > 0


_FEED_COLUMNS = (
    "url, title, language, region, keep, etag, modified, last_polled, last_success, "
    "last_status, last_error, error_count, item_count"
)


def normalise_feed_url(text: str, *, base: Path | None = None) -> str:
    """An http(s) URL as given, or a local file as an absolute ``file://`` URL.

    Raises InputError for anything else (ftp:, javascript:, a host-less URL, a missing file).
    """
    text = text.strip()
    if not text:
        raise InputError("empty feed URL")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if not parts.hostname:
            raise InputError(f"not a valid feed URL (no host): {text}")
        try:
            _ = parts.port
        except ValueError as error:
            raise InputError(f"not a valid feed URL ({error}): {text}") from error
        return text
    if scheme == "file":
        path = Path(parts.path)
    elif scheme and len(scheme) > 1:
        raise InputError(f"unsupported feed URL scheme {scheme!r} (use http, https or a file)")
    else:
        path = Path(text).expanduser()
        if not path.is_absolute() and base is not None:
            path = base / path
    if not path.is_file():
        raise InputError(f"no such feed file: {path}")
    return path.resolve().as_uri()


def list_feeds(db: sqlite_utils.Database) -> list[Feed]:
    """All feeds, by title then URL."""
    sql = f"SELECT {_FEED_COLUMNS} FROM feeds ORDER BY coalesce(title, url), url"
    return [Feed(*row) for row in db.execute(sql)]


def get_feed(db: sqlite_utils.Database, url: str) -> Feed | None:
    row = db.execute(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE url = ?", [url]).fetchone()
    return Feed(*row) if row else None


def add_feeds(
    db: sqlite_utils.Database,
    feeds: list[dict[str, str | None]],
    *,
    replace: bool = False,
) -> int:
    """Add feeds (url, title, language, region, keep); existing ones are kept unless ``replace``.

    Returns how many were new. Poll state of an existing feed is never reset.
    """
    now = iso_utc(utc_now())
    added = 0
    with db.atomic():
        for feed in feeds:
            keep = feed.get("keep") or "relevant"
            if keep not in KEEP_CHOICES:
                raise InputError(f"keep must be 'relevant' or 'all', not {keep!r}")
            exists = get_feed(db, str(feed["url"])) is not None
            if exists and not replace:
                continue
            row = {
                "url": feed["url"],
                "title": feed.get("title"),
                "language": feed.get("language"),
                "region": feed.get("region"),
                "keep": keep,
            }
            if exists:
                db.table("feeds").update(str(feed["url"]), row)
            else:
                db.table("feeds").insert({**row, "added": now})
                added += 1
    return added


def remove_feed(db: sqlite_utils.Database, url: str) -> None:
    """Remove a feed from the list; its articles stay (they are the analyst's record)."""
    with db.atomic():
        if db.execute("DELETE FROM feeds WHERE url = ?", [url]).rowcount == 0:
            raise InputError(f"no such feed: {url}")


def mark_defaults_seeded(db: sqlite_utils.Database) -> bool:
    """True the first time only, so ``init`` never re-adds a default feed the analyst removed."""
    with db.atomic():
        row = db.execute("SELECT value FROM meta WHERE key = 'default_feeds_seeded'").fetchone()
        if row is not None:
            return False
        db.table("meta").insert({"key": "default_feeds_seeded", "value": iso_utc(utc_now())})
    return True
