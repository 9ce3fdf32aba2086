"""Build blocwatch, compiling the matcher with mypyc where this machine can.

The matcher (tokenizer, lexicon scan, reading, relevance, events) is pure Python and
runs as it is, but compiled to C by mypyc it reads a headline in well under half the
time (docs/BENCHMARKS.md). So a regular install compiles those modules, and falls back to
the pure-Python package with a warning when it cannot: no C compiler, or mypyc refusing
the code. Either way the same .py files are installed and give the same verdicts.

Editable installs (``pip install -e .``) stay pure, so an edited module takes effect at
once instead of being shadowed by a stale compiled copy. ``BLOCWATCH_PURE=1`` skips the
compiler for any install.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The matcher's hot path, down to the Verdict it returns; everything that does I/O stays
# pure Python.
COMPILED = [
    "feeds/match.py",
    "feeds/lexicon.py",
    "feeds/reading.py",
    "feeds/relevance.py",
    "feeds/eventing.py",
    "feeds/events.py",
    "feeds/parties.py",
    "feeds/topics.py",
    "feeds/vocabulary.py",
    "feeds/noise.py",
    "feeds/learned.py",
    "feeds/world.py",
]


def _warn(message: str) -> None:
    print(f"blocwatch: {message}; installing the pure-Python matcher", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """build_ext that leaves the package pure Python when compiling fails."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # no compiler, missing headers, a compiler error
            _warn(f"could not compile the matcher ({error})")
            for output in self.get_outputs():  # half a build would mix compiled and pure
                if os.path.exists(output):
                    os.remove(output)
            self.extensions = []


def _extensions() -> list[Any]:
    if os.environ.get("BLOCWATCH_PURE") == "1":
        return []
    if any(arg.startswith("editable") or arg == "develop" for arg in sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify

        return list(mypycify(COMPILED, opt_level="3", group_name="blocwatch_native"))
    except (Exception, SystemExit) as error:  # mypyc exits on a type error
        _warn(f"mypyc could not translate the matcher ({error})")
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
