"""The dashboard's read access: one read-only connection shared by worker threads.

Queries are short, so worker threads take turns on one connection under a lock rather than
each opening its own. Writes (marking a country seen, review decisions) open a separate
short-lived connection in the worker that makes them.

The same connection watches ``PRAGMA data_version`` for the live refresh. It changes when
any other connection commits, the dashboard's own write connections included; a write whose
effect the dashboard already shows (``write_shown``) moves the watched version past itself,
so it does not look like another process's change and trigger a full reload.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from store.db import connect
from store.views import data_version


class Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = connect(path, readonly=True)
        self._lock = threading.Lock()
        self._version: int | None = None  # data_version at the last check

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

    def has_changed(self) -> bool:
        """Whether another connection committed since the last call (False the first time)."""
        with self._lock:
            version = data_version(self._db)
            changed = self._version is not None and version != self._version
            self._version = version
        return changed

    def write_shown(self, write: Callable[[sqlite_utils.Database], None]) -> None:
        """Run ``write`` in its own transaction, as a change ``has_changed`` does not report.

        The write lock is taken first (``BEGIN IMMEDIATE``): from then until our commit no
        other process can commit, so the version read before the write, and the one read
        right after the commit, differ by our commit alone. (Between the commit and that
        read lies one statement: another writer's whole transaction would have to fit in
        it.) If another process's change was still unreported, it stays reported.
        """
        with self.writer() as db:
            db.conn.execute("BEGIN IMMEDIATE")  # waits (busy timeout) outside the read lock
            try:
                with self._lock:
                    before = data_version(self._db)
                    write(db)
                    db.conn.execute("COMMIT")
                    after = data_version(self._db)
                    if self._version == before:
                        self._version = after
            finally:
                if db.conn.in_transaction:
                    db.conn.execute("ROLLBACK")

    def close(self) -> None:
        with self._lock:
            self._db.close()
