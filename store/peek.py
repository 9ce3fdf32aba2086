"""A glance at the feed list before the store's own modules are loaded.

Why: ``blocwatch poll`` decides whether to bring up its parse workers before it imports
sqlite-utils, httpx and asyncio (0.15 s), so the workers start while those load. Plain
``sqlite3``, read-only; any problem means "no", and the poll decides again later.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote


def count_never_fetched(db_path: Path) -> int:
    """How many feeds have no ETag and no Last-Modified: each of them will send a body."""
    if not db_path.is_file():
        return 0
    uri = f"file:{quote(str(db_path.resolve()))}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=0.5)
    except sqlite3.Error:
        return 0
    try:
        row = connection.execute(
            "SELECT count(*) FROM feeds"
            " WHERE coalesce(etag, '') = '' AND coalesce(modified, '') = ''"
        ).fetchone()
    except sqlite3.Error:  # not a blocwatch database, or one without feeds yet
        return 0
    finally:
        connection.close()
    return int(row[0])
