"""Opening the dashboard (Textual is imported only here, never by ``poll``)."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from store.config import Settings
from store.db import open_db
from store.feedlist import add_feeds, mark_defaults_seeded
from store.paths import Paths


def _run(db_path: Path, settings: Settings, lock_path: Path, **options: str | None) -> int:
    from tui.app import BlocwatchApp

    BlocwatchApp(db_path, settings, lock_path, **options).run()  # type: ignore[arg-type]
    return 0


def open_dashboard(paths: Paths, settings: Settings) -> int:
    """The configured database, initialised (reference data, default feeds) on first run."""
    from feeds.sources import default_feeds

    if paths.db_is_default:
        paths.db.parent.mkdir(parents=True, exist_ok=True)
    db = open_db(paths.db)
    try:
        if mark_defaults_seeded(db):
            add_feeds(db, default_feeds())
    finally:
        db.close()
    return _run(paths.db, settings, paths.lock)


def prepare_demo(folder: Path, settings: Settings) -> Path:
    """A throwaway database holding the bundled demo feeds, polled offline."""
    from feeds.poll import poll
    from feeds.sources import demo_feeds

    db_path = folder / "demo.db"
    db = open_db(db_path)
    try:
        mark_defaults_seeded(db)
        add_feeds(db, demo_feeds())
    finally:
        db.close()
    # One feed at a time: a story two demo feeds share is then always stored from the same one.
    serial = replace(settings, fetch=replace(settings.fetch, concurrency=1))
    poll(db_path, folder / "demo.db.lock", serial, use_pool=False)
    return db_path


def open_demo(settings: Settings) -> int:
    with tempfile.TemporaryDirectory(prefix="blocwatch-demo-") as folder:
        db_path = prepare_demo(Path(folder), settings)
        return _run(
            db_path,
            settings,
            Path(folder) / "demo.db.lock",
            start_country="UZ",
            title_note="demo data",
        )
