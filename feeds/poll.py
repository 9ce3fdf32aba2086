"""One poll run: fetch → parse → match → store, for every feed, with a report.

Fetching is async (I/O bound); parsing and matching are CPU bound and go to a process
pool when there is enough of it; storing happens in this process: each feed's articles
and state together, in batches of feeds committed every ``BATCH_SECONDS`` or
``BATCH_FEEDS`` (see ``_Batch``).
``poll`` prints nothing: the command line decides what to show.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from feeds.fetch import FeedRequest, FetchResult, fetch_all
from feeds.lock import poll_lock
from feeds.parsers import POOL_MIN_FEEDS, Parsers
from feeds.process import ProcessedFeed, process_body
from feeds.text import clean_text
from store.articles import (
    FeedState,
    PollCounts,
    finish_poll,
    mark_feed_failed,
    mark_feed_unchanged,
    save_feed_articles,
    start_poll,
)
from store.config import Settings
from store.dates import iso_utc, utc_now
from store.db import open_db
from store.feedlist import Feed, list_feeds

BATCH_SECONDS = 1.0  # how long stored feeds may wait in an open transaction
BATCH_FEEDS = 25  # or how many (measured: 5 feeds a batch cost 16 % more CPU than 25)
POLL_CACHE_KIB = 32_768  # page cache of the poll's connection (SQLite's default is 2 MB)
MESSAGE_MAX = 300

Progress = Callable[[int, int, int], None]  # (feeds done, feeds total, new articles)


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    url: str
    outcome: str  # "ok" | "unchanged" | "failed"
    items: int = 0
    kept: int = 0
    new: int = 0
    error: str | None = None


@dataclass(slots=True)
class PollReport:
    """What a run did; ``poll_id`` is the row in the ``polls`` table."""

    poll_id: int
    started: str
    finished: str = ""
    outcomes: list[FeedOutcome] = field(default_factory=list)

    @property
    def feeds_ok(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.outcome == "ok")

    @property
    def feeds_unchanged(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.outcome == "unchanged")

    @property
    def feeds_failed(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.outcome == "failed")

    @property
    def articles_new(self) -> int:
        return sum(outcome.new for outcome in self.outcomes)

    @property
    def all_failed(self) -> bool:
        return bool(self.outcomes) and self.feeds_failed == len(self.outcomes)

    def as_json(self) -> dict[str, object]:
        return {
            "poll_id": self.poll_id,
            "started": self.started,
            "finished": self.finished,
            "feeds": len(self.outcomes),
            "feeds_ok": self.feeds_ok,
            "feeds_unchanged": self.feeds_unchanged,
            "feeds_failed": self.feeds_failed,
            "articles_new": self.articles_new,
            "failed": [
                {"url": outcome.url, "error": outcome.error}
                for outcome in self.outcomes
                if outcome.outcome == "failed"
            ],
        }


def _message(text: str | None) -> str | None:
    """An error or warning made printable: it may quote the server (a header, a URL), and it
    is stored, printed by ``poll`` and ``feeds list`` and shown in the dashboard."""
    return clean_text(text, limit=MESSAGE_MAX, html=False) or None if text else None


def _store(
    db: sqlite_utils.Database, feed: Feed, result: FetchResult, processed: ProcessedFeed | None
) -> FeedOutcome:
    if result.error:
        error = _message(result.error) or "failed"
        mark_feed_failed(db, feed.url, error, result.status)
        return FeedOutcome(feed.url, "failed", error=error)
    if result.not_modified:
        mark_feed_unchanged(db, feed.url, result.status)
        return FeedOutcome(feed.url, "unchanged")
    assert processed is not None
    if processed.error:
        error = _message(processed.error) or "failed"
        mark_feed_failed(db, feed.url, error, result.status)
        return FeedOutcome(feed.url, "failed", error=error)
    state = FeedState(
        status=result.status,
        etag=result.etag,
        modified=result.modified,
        title=processed.title,
        language=processed.language,
        warning=_message(processed.warning),
    )
    new = save_feed_articles(db, feed.url, list(processed.articles), state)
    return FeedOutcome(feed.url, "ok", processed.items, len(processed.articles), new)


class _Batch:
    """Feeds stored together, one transaction per batch of ``BATCH_FEEDS`` feeds or
    ``BATCH_SECONDS``, whichever comes first.

    Why: one commit per feed rewrote the pages that every feed touches (the FTS5 segments,
    the id and mention indexes) once per feed: a first poll of 200 feeds wrote 300 MB of
    WAL for a 20 MB database. A batch holds whole feeds only (each still inside its own
    savepoint), so the guarantee is unchanged: a feed's articles and its new ETag commit
    together or not at all. A crash loses the open batch, whose feeds then stay unmarked
    and are fetched again by the next poll. The dashboard sees new headlines at most
    ``BATCH_SECONDS`` later than it would have.
    """

    def __init__(self, db: sqlite_utils.Database, loop: asyncio.AbstractEventLoop) -> None:
        self._db = db
        self._loop = loop
        self._timer: asyncio.TimerHandle | None = None
        self._failure: sqlite3.Error | None = None
        self._feeds = 0

    def begin(self) -> None:
        if self._failure is not None:  # a timed commit failed: the poll fails with it
            raise self._failure
        if not self._db.conn.in_transaction:
            self._db.conn.execute("BEGIN IMMEDIATE")
            self._timer = self._loop.call_later(BATCH_SECONDS, self._commit_due)
            self._feeds = 0

    def stored(self) -> None:
        """One more feed is in the batch; a full batch commits now."""
        self._feeds += 1
        if self._feeds >= BATCH_FEEDS:
            self.commit()

    def _commit_due(self) -> None:
        self._timer = None
        try:
            self.commit()
        except sqlite3.Error as error:  # a disk full; never an exception inside the loop
            self._failure = error
            with contextlib.suppress(sqlite3.Error):
                self.rollback()

    def commit(self) -> None:
        self._end("COMMIT")

    def finish(self) -> None:
        """Commit what is left; a timed commit's failure fails the poll here."""
        if self._failure is not None:
            raise self._failure
        self.commit()

    def rollback(self) -> None:
        self._end("ROLLBACK")

    def _end(self, statement: str) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._db.conn.in_transaction:
            self._db.conn.execute(statement)


async def _run(
    db: sqlite_utils.Database,
    feeds: list[Feed],
    settings: Settings,
    parsers: Parsers,
    report: PollReport,
    progress: Progress | None,
) -> None:
    by_url = {feed.url: feed for feed in feeds}
    loop = asyncio.get_running_loop()
    batch = _Batch(db, loop)
    # Never parse on the event loop: a 5,000-item feed parses for seconds, and a blocked
    # loop let other feeds' deadlines pass while their bytes sat unread ("timed out" for a
    # server that had answered in time). Without processes one thread parses, one feed at
    # a time in the order the fetches finished: which copy of a story shared by two feeds
    # is stored first stays reproducible.

    async def handle(result: FetchResult) -> None:
        feed = by_url[result.url]
        processed: ProcessedFeed | None = None
        if result.body is not None and not result.error:
            arguments = (
                result.body,
                result.final_url or result.url,
                result.content_type,
                datetime.now(UTC),
                feed.keep == "all",
                settings.watched,
                settings.threshold,
                settings.learned,
            )
            try:
                processed = await loop.run_in_executor(parsers.get(), process_body, *arguments)
            except Exception as error:  # a parser crash is this feed's failure, not the poll's
                processed = ProcessedFeed(
                    None,
                    None,
                    0,
                    (),
                    f"parser crashed: {type(error).__name__}: {error}"[:300],
                    None,
                )
        batch.begin()
        report.outcomes.append(_store(db, feed, result, processed))
        batch.stored()
        if progress is not None:
            progress(len(report.outcomes), len(feeds), report.articles_new)

    requests = [FeedRequest(feed.url, feed.etag, feed.modified) for feed in feeds]
    try:
        await fetch_all(requests, settings.fetch, handle)
    except BaseException:
        batch.rollback()
        raise
    batch.finish()


def poll(
    db_path: Path,
    lock_path: Path,
    settings: Settings,
    *,
    progress: Progress | None = None,
    only: list[str] | None = None,
    use_pool: bool = True,
    parsers: Parsers | None = None,
) -> PollReport:
    """Poll every feed (or those in ``only``) once.

    ``parsers``: workers the caller started already (``Parsers.started_for``); the poll
    shuts them down when it ends. Without them, the poll decides whether it needs any.

    Raises:
        PollLocked: another poll holds the lock; nothing was written.
    """
    try:
        with poll_lock(lock_path):
            db = open_db(db_path)
            try:
                db.execute(f"PRAGMA cache_size = -{POLL_CACHE_KIB}")
                feeds = [feed for feed in list_feeds(db) if only is None or feed.url in only]
                if parsers is None:
                    parsers = Parsers(len(feeds), use_pool, settings)
                    if sum(not (feed.etag or feed.modified) for feed in feeds) >= POOL_MIN_FEEDS:
                        parsers.start()  # never fetched: each of these feeds will send a body
                report = PollReport(start_poll(db), iso_utc(utc_now()))
                asyncio.run(_run(db, feeds, settings, parsers, report, progress))
                report.finished = iso_utc(utc_now())
                error = "every feed failed" if report.all_failed else None
                finish_poll(
                    db,
                    report.poll_id,
                    PollCounts(
                        report.feeds_ok,
                        report.feeds_unchanged,
                        report.feeds_failed,
                        report.articles_new,
                        error,
                    ),
                )
                db.execute("PRAGMA wal_checkpoint(PASSIVE)")
                db.execute("PRAGMA optimize")
            finally:
                db.close()
    finally:
        if parsers is not None:
            parsers.shutdown()
    return report
