"""``blocwatch poll``: headless and cron-safe; a progress bar only on a terminal."""

from __future__ import annotations

import json
import sys

from feeds.lock import PollLocked
from feeds.poll import poll
from feeds.text import remove_controls
from store.config import Settings
from store.paths import Paths

EXIT_LOCKED = 75


def _progress_bar(done: int, total: int, new: int) -> None:
    width = 30
    filled = width * done // total if total else width
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} feeds, {new} new")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def poll_command(paths: Paths, settings: Settings, *, quiet: bool, as_json: bool) -> int:
    """Exit 0 when the run happened (some feeds may have failed), 1 when every feed failed,
    75 when another poll holds the lock."""
    if paths.db_is_default:
        paths.db.parent.mkdir(parents=True, exist_ok=True)
    interactive = sys.stderr.isatty() and not quiet and not as_json
    try:
        report = poll(
            paths.db, paths.lock, settings, progress=_progress_bar if interactive else None
        )
    except PollLocked as error:
        if not quiet:
            print(f"blocwatch: {error}; skipped", file=sys.stderr)
        return EXIT_LOCKED
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    elif interactive:
        print(
            f"{len(report.outcomes)} feeds: {report.feeds_ok} updated, "
            f"{report.feeds_unchanged} unchanged, {report.feeds_failed} failed; "
            f"{report.articles_new} new articles",
            file=sys.stderr,
        )
    if not quiet:
        for outcome in report.outcomes:
            if outcome.outcome == "failed":
                # The URL may come from an OPML file: no terminal escapes through stderr.
                url = remove_controls(outcome.url)
                print(f"blocwatch: feed failed: {url}: {outcome.error}", file=sys.stderr)
    if not report.outcomes:
        if not quiet:
            print(
                "blocwatch: no feeds to poll (add some with 'blocwatch feeds add')", file=sys.stderr
            )
        return 0
    return 1 if report.all_failed else 0
