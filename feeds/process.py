"""What a parse worker does: one feed body → parsed, classified records for the store.

Kept apart from ``feeds.poll`` so that the fork server preloads only what a worker runs:
this module, the parser and the matcher, not sqlite-utils, httpx and asyncio (a quarter
of a second before the first body could be parsed). It imports the parser and the
matcher lazily too: a repoll whose feeds all answer 304 never loads them.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from store.dates import iso_utc
from store.records import ArticleRecord, EventRecord

if TYPE_CHECKING:
    from feeds.match import Matcher, Verdict
    from feeds.parse import Entry

WORKER_NICENESS = 5  # parse workers yield to the writer, the one serial stage


@dataclass(frozen=True, slots=True)
class ProcessedFeed:
    """A parsed and classified feed body, ready to store (picklable for the pool)."""

    title: str | None
    language: str | None
    items: int
    articles: tuple[ArticleRecord, ...]
    error: str | None
    warning: str | None


@lru_cache(maxsize=4)
def matcher_for(watched: tuple[str, ...], threshold: float, learned: bool) -> Matcher:
    # Imported here: a poll whose feeds all answer 304 never loads the parser or matcher.
    from feeds.match import default_matcher

    return default_matcher(watched, threshold, learned=learned)


def _record(entry: Entry, verdict: Verdict) -> ArticleRecord:
    # One mention per state or bloc, the first as written: the store keys mentions by
    # (article, kind, code) and kept the first anyway; a third of a news feed's names are
    # repeats (title and lead), which the single writer no longer has to turn away.
    first: dict[tuple[str, str], tuple[str, str, str]] = {}
    for kind, code, matched in verdict.named():
        first.setdefault((kind, code), (kind, code, matched))
    return ArticleRecord(
        id=entry.id,
        url=entry.url,
        title=entry.title,
        summary=entry.summary,
        author=entry.author,
        language=entry.language,
        published=iso_utc(entry.published),
        score=verdict.score,
        relevant=verdict.relevant,
        why=verdict.why,
        mentions=tuple(first.values()),
        events=tuple(
            EventRecord(event.kind, event.countries, event.org, event.modality, event.evidence)
            for event in verdict.events
        ),
    )


def process_body(
    body: bytes,
    url: str,
    content_type: str | None,
    fetched_at: datetime,
    keep_all: bool,
    watched: tuple[str, ...],
    threshold: float,
    learned: bool,
) -> ProcessedFeed:
    """Parse and classify one body; pure apart from the cached matcher. Runs in workers."""
    from feeds.parse import parse_feed

    parsed = parse_feed(body, url=url, content_type=content_type, fetched_at=fetched_at)
    if parsed.error:
        return ProcessedFeed(None, None, 0, (), parsed.error, None)
    matcher = matcher_for(watched, threshold, learned)
    kept: list[ArticleRecord] = []
    for entry in parsed.entries:
        verdict = matcher.classify(entry.title, entry.summary)
        if keep_all or verdict.relevant:
            kept.append(_record(entry, verdict))
    return ProcessedFeed(
        parsed.title, parsed.language, len(parsed.entries), tuple(kept), None, parsed.warning
    )


def _exit_with_poll(poll_pid: int) -> None:
    """Exit as soon as the poll process does, however it ended.

    Watching our own parent is not enough: a worker's parent is the fork server, and the
    fork server only exits once every worker has closed its end of the server's "alive"
    pipe. A poll killed with SIGKILL would leave the server and both workers waiting on
    each other for ever. A pidfd becomes readable the moment the poll exits.
    """
    try:
        handle = os.pidfd_open(poll_pid)
    except (AttributeError, OSError):  # not Linux ≥ 5.3: poll for the process instead
        while True:
            time.sleep(0.5)
            try:
                os.kill(poll_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except OSError:
                pass
    select.select([handle], [], [])
    os._exit(1)


def init_worker(
    poll_pid: int, watched: tuple[str, ...], threshold: float, learned: bool
) -> None:
    """Die with the poll, so a killed poll leaves no processes behind. Run a little nicer
    than the poll itself: storing is the one serial stage, and a writer starved of its
    core by two parse workers on a two-core machine left results queueing at the end of a
    first poll. Build the matcher now, while the poll is still fetching."""
    threading.Thread(target=_exit_with_poll, args=(poll_pid,), daemon=True).start()
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)
    with contextlib.suppress(Exception):  # if it fails, it fails again per feed, reported
        matcher_for(watched, threshold, learned)
