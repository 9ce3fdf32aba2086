"""The import direction tui → feeds → store, and a cron start-up free of the dashboard."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_packages(package: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found


def test_store_imports_nothing_of_ours_above_it() -> None:
    assert not imported_packages("store") & {"feeds", "tui", "textual", "rich"}


def test_feeds_never_import_the_dashboard() -> None:
    assert not imported_packages("feeds") & {"tui", "textual", "rich"}


def test_poll_command_starts_without_textual() -> None:
    # (rich may load: httpx imports it for its own command line when it is installed)
    code = (
        "import sys, tui.cli, tui.commands, tui.poll_command, feeds.poll; "
        "sys.exit(1 if 'textual' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
