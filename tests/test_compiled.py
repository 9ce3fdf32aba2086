"""The installed matcher, compiled by mypyc where pip could compile it (setup.py), answers
exactly as the source does: the same ``blocwatch match --json`` line for every story of
the labeled and development sets.

The tests run against this checkout's source (pytest puts it first on the path), so
without this test a compiled build that reads differently would reach users untested.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from feeds.story_line import join_story_line

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# the labeled set and the development sets; the blind sets are left alone
STORY_FILES = ["headlines.jsonl", "relevance_dev*.jsonl", "events_dev*.jsonl"]


def _python(cwd: Path, *args: str, stdin: str = "") -> str:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, input=stdin,
        capture_output=True, text=True, encoding="utf-8", timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _build(cwd: Path) -> str:
    return _python(cwd, "-c", "from feeds.match import matcher_build; print(matcher_build())")


def _story_lines() -> str:
    lines = []
    for pattern in STORY_FILES:
        for path in sorted(DATA.glob(pattern)):
            for raw in path.read_text(encoding="utf-8").splitlines():
                if raw.strip():
                    row = json.loads(raw)
                    lines.append(join_story_line(row["title"], row.get("summary", "")))
    return "\n".join(lines) + "\n"


def test_the_compiled_matcher_answers_as_the_source_does(tmp_path: Path) -> None:
    installed = _build(tmp_path)  # outside the checkout: the package pip installed
    if not installed.startswith("compiled"):
        pytest.skip(f"the installed matcher is not compiled ({installed.strip()})")
    assert _build(ROOT).startswith("pure Python")
    stories = _story_lines()
    assert stories.count("\n") > 1_000
    answers = _python(tmp_path, "-m", "tui.cli", "match", "--json", stdin=stories)
    expected = _python(ROOT, "-m", "tui.cli", "match", "--json", stdin=stories)
    assert answers.count("\n") == stories.count("\n")
    for got, want, story in zip(
        answers.splitlines(), expected.splitlines(), stories.splitlines(), strict=True
    ):
        assert json.loads(got) == json.loads(want), story
