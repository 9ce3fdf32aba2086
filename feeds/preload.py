"""Imported by the parse workers' fork server, once, before it forks any worker.

Why: each worker used to build the matcher itself in ``init_worker`` (0.1 s of CPU
each, on a first poll's busiest moment). Built here, in the fork server, the default
settings' matcher is inherited by every worker through fork, built once and shared
copy-on-write. A poll with other settings builds its own in the workers, as before.
"""

from __future__ import annotations

import contextlib

import feeds.parse  # noqa: F401  (the parser too: every worker runs it)
from feeds.process import matcher_for
from store.config import Settings

_DEFAULTS = Settings()

with contextlib.suppress(Exception):  # a failure shows again, per feed, in the workers
    matcher_for(_DEFAULTS.watched, _DEFAULTS.threshold, _DEFAULTS.learned)
