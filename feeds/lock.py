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

    @classmethod
    def for_path(cls, path: Path) -> PollLocked:
        return cls(f"another poll is running on this database ({path})")


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
            raise PollLocked.for_path(path) from None
        try:
            yield descriptor
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)


def held_elsewhere(path: Path) -> bool:
    """Whether another process holds the lock right now: a glance that takes nothing.

    ``blocwatch poll`` asks before it starts its parse workers, so an overlapping cron run
    exits at once instead of forking three processes only to be turned away by
    ``poll_lock``, which still decides.
    """
    try:
        descriptor = os.open(path, os.O_RDWR)
    except OSError:  # no lock file yet, or one we may not open: nobody to wait for
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    else:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        return False
    finally:
        os.close(descriptor)
