"""Writing poll results: articles, their mentions and events, feed state and poll runs.

A feed's articles and its new ETag/Last-Modified commit in one transaction, so a crash can
never leave a feed marked fresh while its articles are missing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from store.dates import iso_utc, utc_now
from store.records import ArticleRecord


@dataclass(frozen=True, slots=True)
class FeedState:
    """What a successful fetch tells us about the feed."""

    status: int | None
    etag: str | None
    modified: str | None
    title: str | None = None
    language: str | None = None
    warning: str | None = None


def _existing_ids(db: sqlite_utils.Database, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        placeholders = ",".join("?" * len(chunk))
        found.update(
            row[0] for row in db.execute(f"SELECT id FROM articles WHERE id IN ({placeholders})",
                                         chunk)
        )
    return found


# SQLite builds before 3.32 allow at most 999 parameters in one statement.
_MAX_PARAMETERS = 999


def _insert_many(
    db: sqlite_utils.Database, statement: str, rows: list[tuple[object, ...]]
) -> None:
    """Insert rows with a few multi-row ``VALUES`` statements, not one statement a row.

    Why: every statement that writes through a trigger into the FTS5 index opens a
    statement savepoint, and FTS5 flushes its pending terms to a new segment at each one.
    Row by row, 10,000 articles made 10,000 tiny segments to merge: the index cost four
    times what it costs in statements of many rows.
    """
    if not rows:
        return
    width = len(rows[0])
    per_statement = max(1, _MAX_PARAMETERS // width)
    row_marks = "(" + ", ".join("?" * width) + ")"
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        db.conn.execute(
            f"{statement} VALUES {', '.join([row_marks] * len(chunk))}",
            [value for row in chunk for value in row],
        )


def save_feed_articles(
    db: sqlite_utils.Database,
    feed_url: str,
    articles: list[ArticleRecord],
    state: FeedState,
) -> int:
    """Store a feed's kept articles and its new state atomically; returns how many were new.

    An article already stored (same id, e.g. the same story from another feed) gains this
    feed as a source but is not duplicated.
    """
    now = iso_utc(utc_now())
    with db.atomic():
        known = _existing_ids(db, [article.id for article in articles])
        fresh = list({a.id: a for a in articles if a.id not in known}.values())
        _insert_many(
            db,
            "INSERT INTO articles (id, feed_url, url, title, summary, author, language, "
            "published, fetched_at, score, relevant, why)",
            [
                (
                    a.id, feed_url, a.url, a.title, a.summary, a.author, a.language,
                    a.published, now, a.score, int(a.relevant),
                    json.dumps(list(a.why), ensure_ascii=False),
                )
                for a in fresh
            ],
        )
        _insert_many(
            db,
            "INSERT OR IGNORE INTO article_sources (article_id, feed_url, first_seen)",
            [(article.id, feed_url, now) for article in articles],
        )
        _insert_many(
            db,
            "INSERT OR IGNORE INTO article_mentions (article_id, kind, code, matched)",
            [(a.id, kind, code, matched) for a in fresh for kind, code, matched in a.mentions],
        )
        _insert_many(
            db,
            "INSERT OR IGNORE INTO events (article_id, kind, countries, org, modality, "
            "evidence, created)",
            [
                (a.id, e.kind, json.dumps(sorted(e.countries)), e.org, e.modality, e.evidence,
                 now)
                for a in fresh
                for e in a.events
            ],
        )
        new = len(fresh)
        db.execute(
            "UPDATE feeds SET etag = ?, modified = ?, last_polled = ?, last_success = ?, "
            "last_status = ?, last_error = ?, error_count = 0, item_count = item_count + ?, "
            "title = coalesce(title, ?), language = coalesce(language, ?) WHERE url = ?",
            [
                state.etag,
                state.modified,
                now,
                now,
                state.status,
                state.warning,
                new,
                state.title,
                state.language,
                feed_url,
            ],
        )
    return new


def mark_feed_unchanged(db: sqlite_utils.Database, feed_url: str, status: int | None) -> None:
    """A 304 (or an unchanged file): the feed is healthy and nothing else changes."""
    now = iso_utc(utc_now())
    with db.atomic():
        db.execute(
            "UPDATE feeds SET last_polled = ?, last_success = ?, last_status = ?, "
            "last_error = NULL, error_count = 0 WHERE url = ?",
            [now, now, status, feed_url],
        )


def mark_feed_failed(
    db: sqlite_utils.Database, feed_url: str, error: str, status: int | None
) -> None:
    """Record the failure on the feed; its ETag stays so the next poll retries cleanly."""
    with db.atomic():
        db.execute(
            "UPDATE feeds SET last_polled = ?, last_status = ?, last_error = ?, "
            "error_count = error_count + 1 WHERE url = ?",
            [iso_utc(utc_now()), status, error, feed_url],
        )


@dataclass(frozen=True, slots=True)
class PollCounts:
    feeds_ok: int
    feeds_unchanged: int
    feeds_failed: int
    articles_new: int
    error: str | None = None


def start_poll(db: sqlite_utils.Database) -> int:
    """Record the start of a run (a run that never finishes shows as such)."""
    with db.atomic():
        cursor = db.execute("INSERT INTO polls (started) VALUES (?)", [iso_utc(utc_now())])
    return int(cursor.lastrowid or 0)


def finish_poll(db: sqlite_utils.Database, poll_id: int, counts: PollCounts) -> None:
    with db.atomic():
        db.execute(
            "UPDATE polls SET finished = ?, feeds_ok = ?, feeds_unchanged = ?, feeds_failed = ?, "
            "articles_new = ?, error = ? WHERE id = ?",
            [
                iso_utc(utc_now()),
                counts.feeds_ok,
                counts.feeds_unchanged,
                counts.feeds_failed,
                counts.articles_new,
                counts.error,
                poll_id,
            ],
        )
