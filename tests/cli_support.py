"""Running the ``blocwatch`` command in-process and checking its error lines."""

from __future__ import annotations

import pytest

from tui.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``blocwatch ARGS``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> None:
    """Bad input is reported in one line, never a traceback."""
    assert err.startswith("blocwatch: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
