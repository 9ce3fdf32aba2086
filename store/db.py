"""Opening the database: checks, pragmas, migrations and the reference data.

``open_db`` is the only way the rest of blocwatch gets a connection, so every process
(poller, dashboard, CLI) sees the same schema, WAL mode and busy timeout.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from store.errors import NotADatabaseError, PathError, StoreError
from store.migrations import SCHEMA_VERSION, migrate, schema_version

BUSY_TIMEOUT_SECONDS = 30.0
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_path(path: Path, *, must_exist: bool) -> None:
    """Refuse paths that would make SQLite clobber or misread a file."""
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a directory, not a database file")
    if path.exists():
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
    if not path.parent.is_dir():
        raise PathError(f"directory {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise PathError(f"directory {path.parent} is not writable")


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
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
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
        db.enable_wal()
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
