"""Helpers for the dashboard tests: a polled demo database and waiting without sleeping."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot

from store.config import Settings
from tui.app import BlocwatchApp
from tui.launch import prepare_demo

TODAY = date(2026, 11, 28)
HOSTILE_TITLE = "Fix [/foo] & [bold]x"
_TEMPLATE: Path | None = None


def demo_database(folder: Path) -> Path:
    """A copy of the demo database (built once per test session), plus a hostile headline."""
    global _TEMPLATE
    if _TEMPLATE is None or not _TEMPLATE.exists():
        template_dir = folder.parent / "demo-template"
        template_dir.mkdir(exist_ok=True)
        _TEMPLATE = prepare_demo(template_dir, Settings())
        import sqlite3

        conn = sqlite3.connect(_TEMPLATE)
        with conn:
            conn.execute(
                "INSERT INTO articles (id, feed_url, url, title, summary, published, fetched_at) "
                "VALUES ('hostile-1', 'test', 'https://feeds.example/h', ?, "
                "'[@click=app.quit]x[/] summary', '2026-11-27T09:00:00Z', "
                "'2026-11-27T09:00:00Z')",
                [HOSTILE_TITLE],
            )
            conn.execute("INSERT INTO article_mentions VALUES ('hostile-1','country','UZ','UZ')")
            conn.execute(
                "UPDATE polls SET started = '2026-11-28T06:00:00Z', "
                "finished = '2026-11-28T06:00:01Z'"
            )
            conn.execute(
                "UPDATE feeds SET last_polled = '2026-11-28T06:00:01Z', "
                "last_success = '2026-11-28T06:00:01Z'"
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    target = folder / "demo.db"
    shutil.copy(_TEMPLATE, target)
    return target


def make_app(db_path: Path, **options: object) -> BlocwatchApp:
    return BlocwatchApp(
        db_path,
        Settings(),
        db_path.with_name("demo.db.lock"),
        start_country="UZ",
        today=TODAY,
        **options,
    )  # type: ignore[arg-type]


async def settle(app: App[None], pilot: Pilot[None], rounds: int = 4) -> None:
    """Let workers finish and their messages land (cancelled exclusive workers are fine)."""
    for _ in range(rounds):
        await pilot.pause()
        await asyncio.gather(*(worker.wait() for worker in app.workers), return_exceptions=True)
    await pilot.pause()


async def wait_until(
    pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 10.0
) -> None:
    """Poll the UI until ``condition`` holds (the live refresh runs on a timer)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "condition not met in time"
        await pilot.pause(0.05)
