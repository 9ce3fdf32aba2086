"""One poll run: fetch → parse → match → store, for every feed, with a report.

Fetching is async (I/O bound); parsing and matching are CPU bound and go to a process
pool when there is enough of it; storing happens in this process: each feed's articles
and state together, in batches of feeds committed every ``BATCH_SECONDS`` or
``BATCH_FEEDS`` (see ``_Batch``).
``poll`` prints nothing: the command line decides what to show.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import multiprocessing
import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from feeds.fetch import FeedRequest, FetchResult, fetch_all
from feeds.lock import poll_lock
from feeds.process import ProcessedFeed, init_worker, process_body
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

POOL_MIN_FEEDS = 8  # below this, starting worker processes costs more than it saves
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


class _Parsers:
    """Where bodies are parsed, created when the first body arrives.

    A repoll where every feed answers 304 then starts no process and builds no matcher.
    Worker processes come from a fork server (a fresh interpreter that preloads what a
    worker runs, ``feeds.process``), because forking the poll itself once its threads run
    is unsafe. With few feeds or one core, one thread parses in fetch order instead.

    When many feeds have never been fetched (no ETag, no Last-Modified: each will send a
    body), ``start`` brings the workers up at once, from a thread, while the poll starts
    fetching: they are ready, matcher built, when the first bodies arrive (a first poll's
    workers used to start parsing a second after the command).
    """

    def __init__(self, feed_count: int, use_pool: bool, settings: Settings) -> None:
        cores = (
            len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        ) or 1
        self._processes = cores if use_pool and feed_count >= POOL_MIN_FEEDS and cores > 1 else 0
        self._settings = settings
        self._executor: concurrent.futures.Executor | None = None
        self._lock = threading.Lock()
        self._starter: threading.Thread | None = None

    def start(self) -> None:
        """Bring the worker processes up in the background (nothing to do without them)."""
        if self._processes:
            self._starter = threading.Thread(
                target=self._warm, name="blocwatch-pool-start", daemon=True
            )
            self._starter.start()

    def _warm(self) -> None:
        executor = self.get()
        # one task a worker: the pool spawns its processes, each builds the matcher in
        # init_worker; a failure here shows again, as that feed's error, on real work
        with contextlib.suppress(Exception):
            for future in [executor.submit(os.getpid) for _ in range(self._processes)]:
                future.result()

    def get(self) -> concurrent.futures.Executor:
        with self._lock:
            if self._executor is None:
                self._executor = self._create()
            return self._executor

    def _create(self) -> concurrent.futures.Executor:
        if not self._processes:
            return concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="blocwatch-parse"
            )
        context = multiprocessing.get_context(
            "forkserver" if sys.platform.startswith("linux") else "spawn"
        )
        if isinstance(context, multiprocessing.context.ForkServerContext):
            context.set_forkserver_preload(["feeds.process", "feeds.parse", "feeds.match"])
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self._processes,
            mp_context=context,
            initializer=init_worker,
            initargs=(os.getpid(), self._settings.watched, self._settings.threshold),
        )

    def shutdown(self) -> None:
        if self._starter is not None:
            self._starter.join()  # its tasks are trivial: done once the workers are up
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)


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
    parsers: _Parsers,
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
) -> PollReport:
    """Poll every feed (or those in ``only``) once.

    Raises:
        PollLocked: another poll holds the lock; nothing was written.
    """
    with poll_lock(lock_path):
        db = open_db(db_path)
        try:
            db.execute(f"PRAGMA cache_size = -{POLL_CACHE_KIB}")
            feeds = [feed for feed in list_feeds(db) if only is None or feed.url in only]
            parsers = _Parsers(len(feeds), use_pool, settings)
            report = PollReport(start_poll(db), iso_utc(utc_now()))
            try:
                if sum(not (feed.etag or feed.modified) for feed in feeds) >= POOL_MIN_FEEDS:
                    parsers.start()  # never fetched: each of these feeds will send a body
                asyncio.run(_run(db, feeds, settings, parsers, report, progress))
            finally:
                parsers.shutdown()
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
    return report
