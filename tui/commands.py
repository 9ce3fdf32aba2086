"""What each subcommand does. Output formatting lives here; the work lives in store/feeds."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from dataclasses import asdict
from typing import Any

import sqlite_utils

from feeds.text import remove_controls
from store.config import Settings, load_settings
from store.db import open_db
from store.errors import InputError
from store.feedlist import (
    add_feeds,
    get_feed,
    list_feeds,
    mark_defaults_seeded,
    normalise_feed_url,
)
from store.feedlist import remove_feed as remove_feed_row
from store.paths import Paths, resolve_paths
from store.reference import load_reference


def open_store(paths: Paths) -> sqlite_utils.Database:
    """Open the database, creating the default data directory on first use."""
    if paths.db_is_default:
        paths.db.parent.mkdir(parents=True, exist_ok=True)
    return open_db(paths.db)


def settings_for(paths: Paths) -> Settings:
    return load_settings(paths.config, required=not paths.config_is_default)


def run(args: argparse.Namespace) -> int:
    """Dispatch to the subcommand; errors propagate to ``cli.main`` for reporting."""
    paths = resolve_paths(args.db, args.config)
    command = args.command
    if command is None:
        from tui.launch import open_dashboard

        return open_dashboard(paths, settings_for(paths))
    if command == "demo":
        from tui.launch import open_demo

        return open_demo(settings_for(paths))
    if command == "init":
        return init(paths)
    if command == "status":
        return status(paths, as_json=args.json)
    if command == "feeds":
        return feeds_command(paths, args)
    if command == "match":
        from tui.match_command import match_command

        return match_command(settings_for(paths), as_json=args.json)
    if command == "export":
        from tui.export_command import export_command

        return export_command(paths, args)
    raise AssertionError(f"unhandled command {command}")


def init(paths: Paths) -> int:
    settings_for(paths)  # a broken config file is reported now, not at the first poll
    from feeds.sources import default_feeds

    db = open_store(paths)
    try:
        loaded = load_reference(db)
        seeded = add_feeds(db, default_feeds()) if mark_defaults_seeded(db) else 0
        journal = db.journal_mode
    finally:
        db.close()
    print(f"database: {paths.db} (journal {journal})")
    print(
        f"reference: {loaded.countries} countries, {loaded.orgs} blocs, "
        f"{loaded.memberships} membership periods, {loaded.agreements} agreements"
    )
    if seeded:
        print(f"feeds: {seeded} default feeds added (see 'blocwatch feeds list')")
    return 0


def status(paths: Paths, *, as_json: bool) -> int:
    from store.queries import store_status  # the dashboard's queries: not loaded by poll

    db = open_store(paths)
    try:
        report = store_status(db)
    finally:
        db.close()
    if as_json:
        data: dict[str, Any] = asdict(report)
        data["failing"] = [{"url": url, "error": error} for url, error in report.failing]
        data["database"] = str(paths.db)
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"database      {paths.db} (schema {report.schema_version})")
    print(
        f"reference     {report.countries} countries, {report.orgs} blocs, "
        f"{report.memberships} membership periods, {report.agreements} agreements"
    )
    print(f"feeds         {report.feeds} ({report.feeds_failing} failing)")
    print(f"articles      {report.articles}")
    print(f"events        {report.events_proposed} waiting for review")
    print(f"last poll     {report.last_poll or 'never'}")
    for url, error in report.failing:
        print(f"  failing: {remove_controls(url)}: {remove_controls(error or '')}")
    return 0


def feeds_command(paths: Paths, args: argparse.Namespace) -> int:
    action = args.feeds_command
    if action == "export":
        from feeds.opml import export_opml

        db = open_store(paths)
        try:
            sys.stdout.write(export_opml(list_feeds(db)))
        finally:
            db.close()
        return 0
    if action == "import":
        from feeds.opml import read_opml

        entries = read_opml(args.file, keep=args.keep)
        db = open_store(paths)
        try:
            added = add_feeds(db, entries)
        finally:
            db.close()
        print(f"{added} feeds added, {len(entries) - added} already present")
        return 0
    if action == "add":
        url = normalise_feed_url(args.url)
        db = open_store(paths)
        try:
            added = add_feeds(
                db,
                [{"url": url, "title": args.title, "language": args.language, "keep": args.keep}],
            )
        finally:
            db.close()
        print(f"added {url}" if added else f"already present: {url}")
        return 0
    if action == "remove":
        url = args.url.strip()
        db = open_store(paths)
        try:
            if get_feed(db, url) is None and "://" not in url:
                # A local feed was stored as a file:// URL; accept the path it was added as.
                with contextlib.suppress(InputError):
                    url = normalise_feed_url(url)
            remove_feed_row(db, url)
        finally:
            db.close()
        print(f"removed {url}")
        return 0
    db = open_store(paths)
    try:
        feeds = list_feeds(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([asdict(feed) for feed in feeds], indent=2, ensure_ascii=False))
        return 0
    for feed in feeds:
        health = (
            f"FAILING x{feed.error_count}: {feed.last_error}"
            if feed.has_error
            else f"ok {feed.last_success}"
            if feed.last_success
            else "never polled"
        )
        fields = (feed.title or "-", feed.url, f"keep={feed.keep}", f"{feed.item_count} items")
        # Titles and URLs can come from an OPML file off the internet: no escapes to the tty,
        # no tabs or newlines to break the columns.
        print("\t".join(" ".join(remove_controls(field).split()) for field in (*fields, health)))
    return 0
