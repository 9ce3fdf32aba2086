"""Opening the database: checks, pragmas, migrations and the reference data.

``open_db`` is the only way the rest of blocwatch gets a connection, so every process
(poller, dashboard, CLI) sees the same schema, WAL mode and busy timeout.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from store.errors import NotADatabaseError, PathError, StoreError
from store.migrations import SCHEMA_VERSION, migrate, schema_version

BUSY_TIMEOUT_SECONDS = 30.0
_SQLITE_MAGIC = b"SQLite format 3\x00"


class Database(sqlite_utils.Database):
    """sqlite-utils' Database, whose transactions take the write lock when they begin.

    ``atomic()`` upstream says ``BEGIN`` (deferred). A deferred transaction that reads and
    then writes fails at its first write with "database is locked", at once, when another
    process committed in between: in WAL mode its snapshot is stale and the busy timeout
    does not apply. Four ``blocwatch init`` on a new file: one to three of them failed so
    (the reference load reads, then upserts). ``BEGIN IMMEDIATE`` waits its turn instead.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
            with super().atomic() as database:
                yield database
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def _check_path(path: Path, *, must_exist: bool) -> None:
    """Refuse paths that would make SQLite clobber or misread a file."""
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a directory, not a database file")
    if path.exists():
        if not stat.S_ISREG(path.stat().st_mode):
            # /dev/null "worked": SQLite then created /dev/null-journal beside it.
            raise NotADatabaseError(f"{path} is not a regular file; refusing to touch it")
        if path.stat().st_size == 0:
            return
        try:
            with path.open("rb") as handle:
                header = handle.read(len(_SQLITE_MAGIC))
        except OSError as error:
            raise StoreError(f"cannot read {path}: {error.strerror}") from error
        if header != _SQLITE_MAGIC:
            raise NotADatabaseError(f"{path} is not a SQLite database; refusing to touch it")
        return
    if must_exist:
        raise PathError(f"no database at {path}; run 'blocwatch init' first")
    if path.parent.exists() and not path.parent.is_dir():
        raise PathError(f"{path.parent} is not a directory")
    if not path.parent.is_dir():
        raise PathError(f"directory {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise PathError(f"directory {path.parent} is not writable")


def _belongs_to_another_application(db: sqlite_utils.Database) -> bool:
    """Tables but no schema version: migrating would add our tables to someone else's
    database and switch it to WAL. (A new or empty file has no tables.)"""
    # One statement, one snapshot: another process may be migrating this new file now.
    version, tables = db.execute(
        "SELECT (SELECT user_version FROM pragma_user_version), "
        "(SELECT count(*) FROM sqlite_master)"
    ).fetchone()
    return bool(version == 0 and tables)


def _enable_wal(db: sqlite_utils.Database) -> None:
    """Switch the file to WAL, waiting while another process switches it.

    Changing the journal mode needs the exclusive lock, and SQLite answers "database is
    locked" at once, busy timeout or not, when another process opened the same new file at
    the same moment: 2 of 240 concurrent ``blocwatch init`` failed so. Once the other
    process is done the file is in WAL already and ``enable_wal`` has nothing to do.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def connect(path: Path, *, readonly: bool = False) -> sqlite_utils.Database:
    """A connection with our pragmas, without migrating (for readers in worker threads)."""
    try:
        if readonly:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_SECONDS,
                check_same_thread=False,
            )
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process
        # still loses nothing committed and the file cannot be corrupted (a power cut may
        # roll back the last commits, state and articles together). FULL cost ~11 ms per
        # feed on the test VM: 2,248 feeds, one transaction each, took 16 s instead of 4.
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"cannot open {path}: {error}") from error
    return db


def open_db(path: Path | str, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path``, migrated and with reference data.

    Raises:
        NotADatabaseError: the file exists but is not SQLite; it is left untouched.
        StoreError: the directory is missing or the file cannot be opened or written.
    """
    path = Path(path).expanduser()
    _check_path(path, must_exist=readonly)
    db = connect(path, readonly=readonly)
    if readonly:
        try:
            version = schema_version(db)
        except sqlite3.DatabaseError as error:
            db.close()
            raise NotADatabaseError(f"{path} is not a blocwatch database: {error}") from error
        if version != SCHEMA_VERSION:
            db.close()
            raise StoreError(
                f"{path} has schema version {version}, expected {SCHEMA_VERSION}; "
                "run 'blocwatch init' to upgrade it"
            )
        return db
    try:
        if _belongs_to_another_application(db):
            raise NotADatabaseError(
                f"{path} is a SQLite database but not blocwatch's; refusing to touch it"
            )
        _enable_wal(db)
        if schema_version(db) > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer blocwatch (schema {schema_version(db)}); "
                "upgrade blocwatch"
            )
        migrate(db)
        # Imported here: the loader reads bundled files, which only writers need.
        from store.reference import ensure_reference

        ensure_reference(db)
    except sqlite3.DatabaseError as error:
        db.close()
        message = str(error)
        if "not a database" in message:
            raise NotADatabaseError(f"{path} is not a SQLite database") from error
        raise StoreError(f"cannot use {path}: {message}") from error
    except BaseException:
        db.close()
        raise
    return db
