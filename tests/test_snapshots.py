"""Snapshots of the main, overview and review screens on the demo data (a pinned date).

Update after an intended change of layout with: python -m pytest tests/test_snapshots.py
--snapshot-update, then look at the SVGs in tests/__snapshots__/.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui_support import demo_database, make_app, settle, wait_until
from tui.app import BlocwatchApp

SIZE = (160, 45)


@pytest.fixture
def snapshot_db(tmp_path: Path) -> Path:
    """The demo database at a fixed path, because the status bar shows the path."""
    folder = Path(tempfile.gettempdir()) / "blocwatch-snapshot"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    source = demo_database(tmp_path)
    target = folder / "demo.db"
    shutil.copy(source, target)
    return target


async def _settled(pilot: Pilot[None]) -> None:
    """Workers done and the shown country marked seen (its New badge clears after
    SEEN_DELAY), so that the picture does not depend on how fast the machine is."""
    await settle(pilot.app, pilot, rounds=6)
    app = pilot.app
    assert isinstance(app, BlocwatchApp)
    main = app.main_screen
    await wait_until(pilot, lambda: main.country is not None and main._seen_country == main.country)
    await settle(pilot.app, pilot, rounds=2)


def test_main_screen(snap_compare: Any, snapshot_db: Path) -> None:
    assert snap_compare(make_app(snapshot_db), terminal_size=SIZE, run_before=_settled)


def test_overview_screen(snap_compare: Any, snapshot_db: Path) -> None:
    async def open_matrix(pilot: Pilot[None]) -> None:
        await _settled(pilot)
        await pilot.press("m")
        await _settled(pilot)

    assert snap_compare(make_app(snapshot_db), terminal_size=SIZE, run_before=open_matrix)


def test_review_screen(snap_compare: Any, snapshot_db: Path) -> None:
    async def open_review(pilot: Pilot[None]) -> None:
        await _settled(pilot)
        await pilot.press("v")
        await _settled(pilot)

    assert snap_compare(make_app(snapshot_db), terminal_size=SIZE, run_before=open_review)
