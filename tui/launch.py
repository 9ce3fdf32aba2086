"""Opening the dashboard (Textual is imported only here)."""

from __future__ import annotations

import sys

from store.config import Settings
from store.paths import Paths


def open_dashboard(paths: Paths, settings: Settings) -> int:
    print("blocwatch: the dashboard is coming soon; use 'blocwatch status'", file=sys.stderr)
    return 1


def open_demo(settings: Settings) -> int:
    print("blocwatch: the demo dashboard is coming soon", file=sys.stderr)
    return 1
