"""One poll at a time per database: an advisory file lock beside it.

The kernel releases a flock when its holder dies (even by kill -9), so there are no
stale lock files to clean up.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class PollLocked(Exception):
    """Another process is polling this database."""


@contextmanager
def poll_lock(path: Path) -> Iterator[int]:
    """Hold the lock for the duration of the block, or raise PollLocked at once.

    Yields the descriptor: forked worker processes must close it, or they would keep the
    lock alive after their parent is killed.
    """
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PollLocked(f"another poll is running on this database ({path})") from None
        try:
            yield descriptor
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)
