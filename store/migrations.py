"""Schema migrations, one function per schema version, applied forward on open.

The schema version lives in ``PRAGMA user_version``. Each migration runs in one
transaction together with the version bump, so a crash never leaves a half-migrated file.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils


def _v1_reference_and_feeds(db: sqlite_utils.Database) -> None:
    """Reference data (countries, blocs, memberships, agreements) and the feed list."""
    db.executescript(
        """
        CREATE TABLE countries (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_ru TEXT,
            region TEXT,
            watched INTEGER NOT NULL DEFAULT 0,
            aliases TEXT NOT NULL DEFAULT '{}',
            source TEXT,
            origin TEXT NOT NULL DEFAULT 'analyst'
        );
        CREATE TABLE orgs (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_ru TEXT,
            kind TEXT,
            aliases TEXT NOT NULL DEFAULT '{}',
            source TEXT,
            origin TEXT NOT NULL DEFAULT 'analyst'
        );
        CREATE TABLE memberships (
            country TEXT NOT NULL REFERENCES countries(code),
            org TEXT NOT NULL REFERENCES orgs(code),
            since TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN
                ('member','observer','partner','associate','candidate','suspended','withdrawn')),
            until TEXT,
            note TEXT,
            source TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'analyst',
            PRIMARY KEY (country, org, since)
        );
        CREATE INDEX memberships_org ON memberships(org);
        CREATE TABLE agreements (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            org TEXT REFERENCES orgs(code),
            signed TEXT,
            in_force_from TEXT,
            until TEXT,
            status TEXT NOT NULL CHECK (status IN
                ('active','expired','suspended','terminated','pending')),
            note TEXT,
            source TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'analyst'
        );
        CREATE TABLE agreement_parties (
            agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            country TEXT NOT NULL REFERENCES countries(code),
            PRIMARY KEY (agreement_id, country)
        );
        CREATE INDEX agreement_parties_country ON agreement_parties(country);
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            title TEXT,
            language TEXT,
            region TEXT,
            keep TEXT NOT NULL DEFAULT 'relevant' CHECK (keep IN ('relevant','all')),
            added TEXT,
            etag TEXT,
            modified TEXT,
            last_polled TEXT,
            last_success TEXT,
            last_status INTEGER,
            last_error TEXT,
            error_count INTEGER NOT NULL DEFAULT 0,
            item_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        """
    )


def _v2_news(db: sqlite_utils.Database) -> None:
    """The news: articles with full-text search, mentions, sources, events and poll runs."""
    db.executescript(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            feed_url TEXT NOT NULL,
            url TEXT,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            author TEXT,
            language TEXT,
            published TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            score REAL NOT NULL DEFAULT 0,
            relevant INTEGER NOT NULL DEFAULT 1,
            why TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX articles_url ON articles(url);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_feed ON articles(feed_url, published);
        CREATE TABLE article_sources (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            feed_url TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (article_id, feed_url)
        );
        CREATE TABLE article_mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('country','org','topic')),
            code TEXT NOT NULL,
            matched TEXT NOT NULL,
            PRIMARY KEY (article_id, kind, code)
        );
        CREATE INDEX article_mentions_code ON article_mentions(kind, code);
        CREATE TABLE polls (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            feeds_ok INTEGER NOT NULL DEFAULT 0,
            feeds_unchanged INTEGER NOT NULL DEFAULT 0,
            feeds_failed INTEGER NOT NULL DEFAULT 0,
            articles_new INTEGER NOT NULL DEFAULT 0,
            error TEXT
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN
                ('sign','ratify','extend','suspend','withdraw','join','apply','exercise','summit')),
            countries TEXT NOT NULL DEFAULT '[]',
            org TEXT,
            modality TEXT NOT NULL CHECK (modality IN ('fact','future','hypothetical')),
            evidence TEXT,
            status TEXT NOT NULL DEFAULT 'proposed'
                CHECK (status IN ('proposed','accepted','rejected')),
            created TEXT NOT NULL,
            reviewed_at TEXT,
            UNIQUE (article_id, kind, org, countries)
        );
        CREATE INDEX events_status ON events(status);
        """
    )
    db.table("articles").enable_fts(
        ["title", "summary"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


def _v3_dashboard_state(db: sqlite_utils.Database) -> None:
    """What the analyst has seen: the newest article per country at their last look."""
    db.executescript(
        """
        CREATE TABLE country_views (
            country TEXT PRIMARY KEY REFERENCES countries(code),
            last_seen_rowid INTEGER NOT NULL DEFAULT 0,
            seen_at TEXT
        );
        CREATE INDEX article_mentions_article ON article_mentions(article_id);
        """
    )


def _v4_article_keys(db: sqlite_utils.Database) -> None:
    """Per country, bloc, topic and event kind, the rowids of its articles, kept by triggers.

    Why: the dashboard lists the newest headlines of one country, often with a bloc, an
    event kind or words as well. ``article_mentions`` is keyed by the article's text id, so
    "newest of UZ" meant walking every article newest first and probing its mentions: about
    0.1 s for a mid-sized country already at 20,000 articles. Here each key is an index range
    in rowid (arrival) order, the order of the FTS5 index too, so ``store.queries.headlines``
    intersects them with a streaming merge and stops after the first few hundred rows.
    Events are keys as well (``kind = 'event'``, ``code`` = the event kind).

    The writers need no change: triggers follow every insert, update and delete of
    mentions, events and articles.
    """
    # One statement at a time, not executescript (which would COMMIT the migration's
    # transaction first), so a failure part-way leaves version 3 intact.
    for statement in _V4_STATEMENTS:
        db.execute(statement)


_V4_STATEMENTS = (
    """CREATE TABLE article_keys (
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        article_rowid INTEGER NOT NULL,
        PRIMARY KEY (kind, code, article_rowid)
    ) WITHOUT ROWID""",
    """INSERT OR IGNORE INTO article_keys (kind, code, article_rowid)
        SELECT m.kind, m.code, a.rowid
        FROM article_mentions m JOIN articles a ON a.id = m.article_id""",
    """INSERT OR IGNORE INTO article_keys (kind, code, article_rowid)
        SELECT 'event', e.kind, a.rowid FROM events e JOIN articles a ON a.id = e.article_id""",
    """CREATE TRIGGER article_keys_mention_ai AFTER INSERT ON article_mentions BEGIN
        INSERT OR IGNORE INTO article_keys (kind, code, article_rowid)
            SELECT new.kind, new.code, rowid FROM articles WHERE id = new.article_id;
    END""",
    """CREATE TRIGGER article_keys_mention_ad AFTER DELETE ON article_mentions BEGIN
        DELETE FROM article_keys WHERE kind = old.kind AND code = old.code
            AND article_rowid = (SELECT rowid FROM articles WHERE id = old.article_id);
    END""",
    """CREATE TRIGGER article_keys_mention_au AFTER UPDATE ON article_mentions BEGIN
        DELETE FROM article_keys WHERE kind = old.kind AND code = old.code
            AND article_rowid = (SELECT rowid FROM articles WHERE id = old.article_id);
        INSERT OR IGNORE INTO article_keys (kind, code, article_rowid)
            SELECT new.kind, new.code, rowid FROM articles WHERE id = new.article_id;
    END""",
    """CREATE TRIGGER article_keys_event_ai AFTER INSERT ON events BEGIN
        INSERT OR IGNORE INTO article_keys (kind, code, article_rowid)
            SELECT 'event', new.kind, rowid FROM articles WHERE id = new.article_id;
    END""",
    """CREATE TRIGGER article_keys_event_ad AFTER DELETE ON events
    WHEN NOT EXISTS (SELECT 1 FROM events WHERE article_id = old.article_id
                     AND kind = old.kind) BEGIN
        DELETE FROM article_keys WHERE kind = 'event' AND code = old.kind
            AND article_rowid = (SELECT rowid FROM articles WHERE id = old.article_id);
    END""",
    """CREATE TRIGGER article_keys_event_au AFTER UPDATE OF article_id, kind ON events BEGIN
        DELETE FROM article_keys WHERE kind = 'event' AND code = old.kind
            AND article_rowid = (SELECT rowid FROM articles WHERE id = old.article_id)
            AND NOT EXISTS (SELECT 1 FROM events WHERE article_id = old.article_id
                            AND kind = old.kind);
        INSERT OR IGNORE INTO article_keys (kind, code, article_rowid)
            SELECT 'event', new.kind, rowid FROM articles WHERE id = new.article_id;
    END""",
    # Before the article goes (its mentions and events go with it, by cascade), while its
    # rowid and its keys can still be found.
    """CREATE TRIGGER article_keys_article_bd BEFORE DELETE ON articles BEGIN
        DELETE FROM article_keys WHERE (kind, code, article_rowid) IN (
            SELECT kind, code, old.rowid FROM article_mentions WHERE article_id = old.id);
        DELETE FROM article_keys WHERE (kind, code, article_rowid) IN (
            SELECT 'event', kind, old.rowid FROM events WHERE article_id = old.id);
    END""",
)


def _v5_fewer_mention_indexes(db: sqlite_utils.Database) -> None:
    """Drop two indexes on ``article_mentions`` that nothing reads any more.

    Why: every kept article writes about four mentions, and each index is one more B-tree
    insert per mention on the poller's hot path. ``article_mentions_article`` duplicates
    the primary key's prefix (``article_id`` comes first, so the key serves lookups and the
    foreign-key cascade alike); ``article_mentions_code`` answered "articles of country X"
    before ``article_keys`` (version 4) took that over.
    """
    db.execute("DROP INDEX IF EXISTS article_mentions_article")
    db.execute("DROP INDEX IF EXISTS article_mentions_code")


def _v6_parties_left(db: sqlite_utils.Database) -> None:
    """When a party left an agreement that stays in force for the others.

    Why: Georgia and Azerbaijan left the Collective Security Treaty in 1999; without a
    per-party date, Georgia's pane listed the treaty as active for Georgia.
    """
    db.execute("ALTER TABLE agreement_parties ADD COLUMN until TEXT")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_reference_and_feeds,
    _v2_news,
    _v3_dashboard_state,
    _v4_article_keys,
    _v5_fewer_mention_indexes,
    _v6_parties_left,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    """The version recorded in the file (0 for a new database)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply every pending migration up to ``target``; returns the versions applied.

    ``BEGIN IMMEDIATE`` takes the write lock before the version is re-read, so two
    processes opening a new database at once cannot both run the same migration.
    """
    applied: list[int] = []
    while schema_version(db) < target:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(db) + 1
            if version <= target:
                MIGRATIONS[version - 1](db)
                db.conn.execute(f"PRAGMA user_version = {version}")
                applied.append(version)
        except BaseException:
            db.rollback()
            raise
        db.conn.execute("COMMIT")
    return applied
