"""What the analyst has already seen, per country: drives the "new headlines" markers."""

from __future__ import annotations

import sqlite_utils

from store.dates import iso_utc, utc_now

# Count new headlines among at most this many recent articles, so the count stays cheap
# on a database of millions (a country never opened does not scan years of news).
RECENT_WINDOW = 20_000


def data_version(db: sqlite_utils.Database) -> int:
    """Changes whenever another connection commits: the dashboard's cue to refresh."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def new_headline_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Per country: stored headlines newer than the analyst's last look at that country."""
    newest = db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
    floor = max(0, newest - RECENT_WINDOW)
    # One index range of article_keys per country (rowid order), not a join per article.
    rows = db.execute(
        "SELECT c.code, (SELECT count(*) FROM article_keys k WHERE k.kind = 'country' "
        "  AND k.code = c.code AND k.article_rowid > max(?, coalesce(v.last_seen_rowid, 0))) "
        "FROM countries c LEFT JOIN country_views v ON v.country = c.code",
        [floor],
    )
    return {code: count for code, count in rows if count}


def mark_country_seen(db: sqlite_utils.Database, country: str) -> None:
    """Everything stored so far about ``country`` counts as seen."""
    with db.atomic():
        db.execute(
            "INSERT INTO country_views (country, last_seen_rowid, seen_at) "
            "VALUES (?, (SELECT coalesce(max(rowid), 0) FROM articles), ?) "
            "ON CONFLICT(country) DO UPDATE SET last_seen_rowid = excluded.last_seen_rowid, "
            "seen_at = excluded.seen_at",
            [country, iso_utc(utc_now())],
        )
