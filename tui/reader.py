"""The dashboard's read access: one read-only connection shared by worker threads.

Queries are short, so worker threads take turns on one connection under a lock rather than
each opening its own. Writes (marking a country seen, review decisions) open a separate
short-lived connection in the worker that makes them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from store.db import connect


class Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = connect(path, readonly=True)
        self._lock = threading.Lock()

    @contextmanager
    def session(self) -> Iterator[sqlite_utils.Database]:
        with self._lock:
            yield self._db

    @contextmanager
    def writer(self) -> Iterator[sqlite_utils.Database]:
        """A write connection for one operation, closed afterwards."""
        db = connect(self.path)
        try:
            yield db
        finally:
            db.close()

    def close(self) -> None:
        with self._lock:
            self._db.close()
