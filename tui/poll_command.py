"""``blocwatch poll``: headless and cron-safe; a progress bar only on a terminal.

Light to import on purpose: on a first poll the parse workers start before
``feeds.poll`` (httpx, sqlite-utils, asyncio: 0.15 s) is loaded, and load their parser
and matcher on the other core meanwhile.
"""

from __future__ import annotations

import argparse
import json
import sys

from feeds.lock import PollLocked, held_elsewhere
from feeds.parsers import Parsers
from feeds.text import remove_controls
from store.config import Settings, load_settings
from store.paths import Paths, resolve_paths

EXIT_LOCKED = 75


def _progress_bar(done: int, total: int, new: int) -> None:
    width = 30
    filled = width * done // total if total else width
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} feeds, {new} new")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _locked(error: PollLocked, quiet: bool) -> int:
    if not quiet:
        print(f"blocwatch: {error}; skipped", file=sys.stderr)
    return EXIT_LOCKED


def run_poll(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db, args.config)
    settings = load_settings(paths.config, required=not paths.config_is_default)
    return poll_command(paths, settings, quiet=args.quiet, as_json=args.json)


def poll_command(paths: Paths, settings: Settings, *, quiet: bool, as_json: bool) -> int:
    """Exit 0 when the run happened (some feeds may have failed), 1 when every feed failed,
    75 when another poll holds the lock."""
    if paths.db_is_default:
        paths.db.parent.mkdir(parents=True, exist_ok=True)
    interactive = sys.stderr.isatty() and not quiet and not as_json
    if held_elsewhere(paths.lock):  # before any worker is started
        return _locked(PollLocked.for_path(paths.lock), quiet)
    parsers = Parsers.started_for(paths.db, settings)
    try:
        from feeds.poll import poll  # now, while the workers start

        report = poll(
            paths.db,
            paths.lock,
            settings,
            progress=_progress_bar if interactive else None,
            parsers=parsers,
        )
    except PollLocked as error:
        return _locked(error, quiet)
    finally:
        if parsers is not None:
            parsers.shutdown()
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
