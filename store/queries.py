"""Read models for the dashboard and the CLI: typed results, never raw rows.

Every SQL statement the readers need lives here, so the dashboard never writes SQL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from store.dates import iso_utc, parse_partial
from store.errors import InputError
from store.filters import HeadlineFilter


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    name_ru: str | None
    region: str | None
    is_watched: bool


@dataclass(frozen=True, slots=True)
class Membership:
    country: str
    org: str
    org_name: str
    status: str
    since: str
    until: str | None
    note: str | None
    source: str
    origin: str

    def is_current(self, today: date) -> bool:
        """Current when it has no end or its end is still ahead."""
        if not self.until:
            return True
        end = parse_partial(self.until, end=False)
        return end is None or end > today


@dataclass(frozen=True, slots=True)
class Agreement:
    id: str
    name: str
    kind: str
    parties: tuple[str, ...]
    org: str | None
    signed: str | None
    in_force_from: str | None
    until: str | None
    status: str
    note: str | None
    source: str
    origin: str
    left: tuple[tuple[str, str], ...] = ()  # (party, the day it left) while others stay

    def left_by(self, country: str, today: date) -> str | None:
        """The day ``country`` left this agreement, if it has left by ``today``."""
        for party, day in self.left:
            end = parse_partial(day, end=False)
            if party == country and end is not None and end <= today:
                return day
        return None

    def current_parties(self, today: date) -> tuple[str, ...]:
        """The parties that have not left by ``today``."""
        return tuple(party for party in self.parties if self.left_by(party, today) is None)

    def status_for(self, country: str, today: date) -> str:
        """The status as it applies to ``country``: "left" once it has left."""
        return "left" if self.left_by(country, today) else self.effective_status(today)

    def effective_status(self, today: date) -> str:
        """The recorded status, except that an active agreement past its term is expired."""
        if self.status == "active" and self.until:
            end = parse_partial(self.until, end=True)
            if end is not None and end < today:
                return "expired"
        return self.status

    def ends_within(self, today: date, days: int) -> bool:
        """True when an active agreement's term ends within ``days`` of ``today``."""
        if self.effective_status(today) != "active" or not self.until:
            return False
        end = parse_partial(self.until, end=True)
        return end is not None and 0 <= (end - today).days <= days


@dataclass(frozen=True, slots=True)
class CountryCard:
    """Everything the country pane shows apart from the headlines."""

    country: Country
    memberships: tuple[Membership, ...]
    history: tuple[Membership, ...]
    agreements: tuple[Agreement, ...]


@dataclass(frozen=True, slots=True)
class Headline:
    rowid: int
    id: str
    title: str
    url: str | None
    published: str
    source: str
    feed_url: str
    score: float


def _country(row: tuple[Any, ...]) -> Country:
    return Country(row[0], row[1], row[2], row[3], bool(row[4]))


def list_countries(db: sqlite_utils.Database, *, watched_only: bool = False) -> list[Country]:
    """Countries by name; the watched ones are the panes of the dashboard."""
    sql = "SELECT code, name, name_ru, region, watched FROM countries"
    if watched_only:
        sql += " WHERE watched = 1"
    return [_country(row) for row in db.execute(sql + " ORDER BY name")]


def get_country(db: sqlite_utils.Database, code: str) -> Country:
    """The country with that ISO code; InputError names the code when there is none."""
    row = db.execute(
        "SELECT code, name, name_ru, region, watched FROM countries WHERE code = ?",
        [code.upper()],
    ).fetchone()
    if row is None:
        raise InputError(f"unknown country code {code!r}")
    return _country(row)


def _memberships(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[Membership]:
    sql = (
        "SELECT m.country, m.org, o.name, m.status, m.since, m.until, m.note, m.source, m.origin "
        "FROM memberships m JOIN orgs o ON o.code = m.org "
        f"WHERE {where} ORDER BY m.org, m.since"
    )
    return [Membership(*row) for row in db.execute(sql, params)]


def membership_history(db: sqlite_utils.Database, country: str, org: str) -> list[Membership]:
    """Every period of one country in one bloc, oldest first."""
    return _memberships(db, "m.country = ? AND m.org = ?", [country.upper(), org.upper()])


def _agreements(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[Agreement]:
    sql = (
        "SELECT a.id, a.name, a.kind, "
        "(SELECT group_concat(country, ';') FROM "
        "  (SELECT country FROM agreement_parties WHERE agreement_id = a.id ORDER BY country)), "
        "a.org, a.signed, a.in_force_from, a.until, a.status, a.note, a.source, a.origin, "
        "(SELECT group_concat(country || ':' || until, ';') FROM agreement_parties "
        "  WHERE agreement_id = a.id AND until IS NOT NULL) "
        f"FROM agreements a WHERE {where}"
    )
    return [
        Agreement(
            id=row[0],
            name=row[1],
            kind=row[2],
            parties=tuple((row[3] or "").split(";")),
            org=row[4],
            signed=row[5],
            in_force_from=row[6],
            until=row[7],
            status=row[8],
            note=row[9],
            source=row[10],
            origin=row[11],
            left=tuple(
                (code, day)
                for code, _, day in (item.partition(":") for item in (row[12] or "").split(";"))
                if code
            ),
        )
        for row in db.execute(sql, params)
    ]


def country_card(db: sqlite_utils.Database, code: str, today: date | None = None) -> CountryCard:
    """Memberships (current, then past periods) and agreements (active first, newest first)."""
    today = today or date.today()
    country = get_country(db, code)
    periods = _memberships(db, "m.country = ?", [country.code])
    current = tuple(period for period in periods if period.is_current(today))
    history = tuple(period for period in periods if not period.is_current(today))
    agreements = _agreements(
        db,
        "a.id IN (SELECT agreement_id FROM agreement_parties WHERE country = ?)",
        [country.code],
    )
    rank = {"active": 0, "pending": 1, "suspended": 2, "expired": 3, "left": 3, "terminated": 4}
    agreements.sort(key=lambda item: item.signed or item.in_force_from or "", reverse=True)
    agreements.sort(key=lambda item: rank.get(item.status_for(country.code, today), 5))
    return CountryCard(country, current, history, tuple(agreements))


def _resolve_countries(db: sqlite_utils.Database, values: tuple[str, ...]) -> list[str]:
    """Codes for ``country:`` values: an ISO code, or the start of a name (uzb, Узб)."""
    codes: list[str] = []
    for value in values:
        rows = db.execute(
            "SELECT code FROM countries WHERE code = ? OR name LIKE ? OR name_ru LIKE ?",
            [value.upper(), f"{value}%", f"{value}%"],
        ).fetchall()
        if not rows:
            raise InputError(f"filter: unknown country {value!r}")
        codes.extend(row[0] for row in rows)
    return codes


# ``headlines`` with words, countries, blocs or event kinds reads a stream of matching
# article rowids, newest stored first, in chunks, and fetches those articles.
_FIRST_CHUNK_MIN = 64
_CHUNK = 256
# Once ``limit`` rows are in hand, read at most this many stream rows in all (or 8 times
# ``limit``, if more). It only binds when fetch times say little about publication dates
# (an archive imported at once); then the newest *stored* matches are shown, newest first.
_SETTLE_READ_MAX = 4096
# A published date is never kept more than this far past its fetch time (the poller falls
# back to the fetch time: feeds.parse.FUTURE_TOLERANCE).
_PUBLISHED_AHEAD = timedelta(days=1)
# Conditions are sized from their newest this-many matches to choose merge or probe.
_SIZE_SAMPLE = 2048
# A prefix word expands into at most this many FTS terms; beyond, FTS5's own prefix query.
_MAX_PREFIX_TERMS = 64
_HEADLINE_COLUMNS = (
    "a.rowid, a.id, a.title, a.url, a.published, coalesce(f.title, a.feed_url), a.feed_url, "
    "a.score FROM articles a LEFT JOIN feeds f ON f.url = a.feed_url"
)


def _fts_quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _ensure_fts_helpers(db: sqlite_utils.Database) -> None:
    """Per-connection TEMP tables (they work on read-only connections too)."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bw_fts_terms "
        "USING fts5vocab(main, articles_fts, 'instance')"
    )
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bw_tokenizer "
        "USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bw_tokens "
        "USING fts5vocab(temp, bw_tokenizer, 'instance')"
    )


def _tokens(db: sqlite_utils.Database, word: str) -> list[str]:
    """``word`` cut into terms by the articles' own tokenizer (case and accents folded)."""
    conn = db.conn
    was_in_transaction = conn.in_transaction
    conn.execute("DELETE FROM temp.bw_tokenizer")
    conn.execute("INSERT INTO temp.bw_tokenizer (text) VALUES (?)", [word])
    if not was_in_transaction and conn.in_transaction:
        # The module began a transaction for the TEMP write; end it, or a reader's
        # connection would keep one snapshot and never see the poller's new articles.
        conn.commit()
    return [row[0] for row in conn.execute("SELECT term FROM temp.bw_tokens ORDER BY offset")]


def _prefix_terms(db: sqlite_utils.Database, prefix: str) -> list[str] | None:
    """The indexed terms starting with ``prefix``, or None when there are too many."""
    terms: list[str] = []
    low = prefix
    high = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    while len(terms) <= _MAX_PREFIX_TERMS:
        # ">= term + \x01", not "> term": the vocabulary cursor would step through every
        # instance of ``term`` to get past it. Tokens never contain control characters.
        row = db.execute(
            "SELECT term FROM temp.bw_fts_terms WHERE term >= ? AND term < ? LIMIT 1",
            [low, high],
        ).fetchone()
        if row is None:
            return terms
        terms.append(row[0])
        low = row[0] + "\x01"
    return None


def _fts_expression(db: sqlite_utils.Database, query: HeadlineFilter) -> str | None:
    """The filter's words as an FTS5 query; "" when a word matches nothing at all.

    Each single-token word is a prefix (``HeadlineFilter.fts_query``: so Russian endings
    match). FTS5 answers a prefix query by merging the doclists of all its terms up front,
    which costs about 0.1 s per 300,000 matches whatever the LIMIT; the same prefix written
    as an OR of the terms it covers (``"uzbekistan" OR "uzbekistan's"``) streams, newest
    first, and stops at the LIMIT. Phrases and multi-token words keep FTS5's own syntax.
    """
    fts = query.fts_query()
    if not fts:
        return None
    _ensure_fts_helpers(db)
    parts: list[str] = []
    for word in query.words:
        escaped = word.replace('"', '""')
        if " " in word:
            parts.append(f'"{escaped}"')
            continue
        tokens = _tokens(db, word)
        if len(tokens) != 1:
            parts.append(f'"{escaped}"*')
            continue
        terms = _prefix_terms(db, tokens[0])
        if terms is None:
            parts.append(f'"{escaped}"*')
        elif not terms:
            return ""
        else:
            parts.append("(" + " OR ".join(_fts_quote(term) for term in terms) + ")")
    return " AND ".join(parts)


def _shift(timestamp: str, delta: timedelta) -> str | None:
    try:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except (TypeError, ValueError, AttributeError):
        return None
    return iso_utc(moment + delta)


def _last_rowid_fetched_by(db: sqlite_utils.Database, moment: str, high: int) -> int:
    """The largest rowid (at most ``high``) fetched at or before ``moment``; 0 if none.

    Rowids follow fetch order (one writer at a time, the clock moving forward), so this
    is a binary search of about 20 primary-key lookups.
    """
    low = 0  # fetched at or before ``moment`` (or no article at all)
    high += 1  # fetched after ``moment``
    while high - low > 1:
        middle = (low + high) // 2
        row = db.execute(
            "SELECT rowid, fetched_at FROM articles WHERE rowid >= ? AND rowid < ? "
            "ORDER BY rowid LIMIT 1",
            [middle, high],
        ).fetchone()
        if row is None or row[1] > moment:
            high = middle
        else:
            low = row[0]
    return low


def headlines(
    db: sqlite_utils.Database,
    query: HeadlineFilter | None = None,
    *,
    limit: int = 200,
    before: tuple[str, int] | None = None,
) -> list[Headline]:
    """Newest first, filtered; ``before`` (published, rowid) continues after the last row shown.

    Never reads all matches. Without words, countries, blocs or event kinds, the
    ``published`` index gives the order directly. With them, each is a range of rowids in
    arrival order (``article_keys`` for countries, blocs and events, FTS5 for words) and
    SQLite intersects the ranges with a streaming merge, newest stored first. Articles
    are stored in fetch order and are never published more than a day after their fetch
    (``_PUBLISHED_AHEAD``), so once ``limit`` matches are in hand, only matches fetched
    after (the ``limit``-th newest published date minus a day) can still displace one: the
    stream is read back to that point and no further. At 1M articles a country's newest 500
    needs about 700 article lookups instead of walking every article of the last weeks.
    """
    query = query or HeadlineFilter()
    # Unknown country names are an InputError whatever else the filter says.
    countries = tuple(sorted(set(_resolve_countries(db, query.countries))))
    checks: list[str] = []
    check_params: list[Any] = []
    for source in query.sources:
        feeds = [
            row[0]
            for row in db.execute(
                "SELECT url FROM feeds WHERE title LIKE ? OR url LIKE ?",
                [f"%{source}%", f"%{source}%"],
            )
        ]
        if not feeds:
            return []
        checks.append(
            "EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id "
            f"AND s.feed_url IN ({','.join('?' * len(feeds))}))"
        )
        check_params.extend(feeds)
    if query.since:
        checks.append("a.published >= ?")
        check_params.append(query.since)
    if before is not None:
        checks.append("(a.published, a.rowid) < (?, ?)")
        check_params.extend(before)
    fts = _fts_expression(db, query)
    if fts == "":
        return []
    if not fts and not (query.countries or query.orgs or query.events):
        sql = f"SELECT {_HEADLINE_COLUMNS}"
        if checks:
            sql += " WHERE " + " AND ".join(checks)
        sql += " ORDER BY a.published DESC, a.rowid DESC LIMIT ?"
        return [Headline(*row) for row in db.execute(sql, [*check_params, limit])]

    floor = 0
    if query.since:
        # Nothing fetched more than a day before ``since`` can have been published after it.
        moment = _shift(query.since, -_PUBLISHED_AHEAD)
        newest = db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
        floor = _last_rowid_fetched_by(db, moment, newest) if moment else 0
    stream_sql, stream_params = _stream(db, query, countries, fts, floor)
    fetch_sql = f"SELECT {_HEADLINE_COLUMNS} WHERE a.rowid IN ({{}})"
    if checks:
        fetch_sql += " AND " + " AND ".join(checks)

    rows: list[Headline] = []
    read = 0
    stop_at = floor  # stream rowids at or below this cannot change the answer
    settled_from: str | None = None  # the moment ``stop_at`` was computed for
    chunk = max(_FIRST_CHUNK_MIN, limit + limit // 4)
    stream = db.execute(stream_sql, stream_params)
    try:
        while True:
            rowids = [row[0] for row in stream.fetchmany(chunk) if row[0] > stop_at]
            if not rowids:
                break
            read += len(rowids)
            sql = fetch_sql.format(",".join("?" * len(rowids)))
            rows.extend(Headline(*row) for row in db.execute(sql, [*rowids, *check_params]))
            rows.sort(key=lambda row: (row.published, row.rowid), reverse=True)
            del rows[limit:]
            if len(rows) >= limit:
                # The limit-th newest only gets newer as more is read, so ``stop_at`` only
                # rises; recompute it when that date moved.
                moment = _shift(rows[-1].published, -_PUBLISHED_AHEAD)
                if moment is not None and moment != settled_from:
                    settled_from = moment
                    stop_at = max(stop_at, _last_rowid_fetched_by(db, moment, rowids[-1]))
                if rowids[-1] <= stop_at + 1 or read >= max(_SETTLE_READ_MAX, 8 * limit):
                    break
            chunk = _CHUNK
    finally:
        stream.close()
    return rows


@dataclass(frozen=True, slots=True)
class _Term:
    """One condition of the stream: a word set (FTS5) or one kind of key with its codes."""

    kind: str  # "words", or an article_keys kind: country, org, event
    values: tuple[str, ...]  # the FTS expression, or the codes (any of them)

    def arms(self, floor: int) -> list[tuple[str, list[Any]]]:
        """SELECTs of matching rowids above ``floor``: one per code (a union), in rowid order."""
        if self.kind == "words":
            return [
                (
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid > ?",
                    [self.values[0], floor],
                )
            ]
        return [
            (
                "SELECT k.article_rowid FROM article_keys k "
                "WHERE k.kind = ? AND k.code = ? AND k.article_rowid > ?",
                [self.kind, code, floor],
            )
            for code in self.values
        ]

    def probe(self, column: str) -> tuple[str, list[Any]]:
        """An EXISTS test of ``column`` (a rowid) by primary key; keys only."""
        marks = ",".join("?" * len(self.values))
        return (
            f"EXISTS (SELECT 1 FROM article_keys p WHERE p.kind = ? AND p.code IN ({marks}) "
            f"AND p.article_rowid = {column})",
            [self.kind, *self.values],
        )

    def size(self, db: sqlite_utils.Database, floor: int, newest: int) -> float:
        """About how many rowids above ``floor`` it matches: exact below ``_SIZE_SAMPLE``,
        else extrapolated from how far back its newest ``_SIZE_SAMPLE`` matches reach."""
        total = 0.0
        for sql, params in self.arms(floor):
            row = db.execute(
                f"{sql} ORDER BY 1 DESC LIMIT 1 OFFSET {_SIZE_SAMPLE - 1}", params
            ).fetchone()
            if row is None:
                total += db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
            else:
                total += _SIZE_SAMPLE * (newest - floor) / max(1, newest - row[0])
        return total


def _stream(
    db: sqlite_utils.Database,
    query: HeadlineFilter,
    countries: tuple[str, ...],
    fts: str | None,
    floor: int,
) -> tuple[str, list[Any]]:
    """SQL for the matching rowids above ``floor``, newest first, and its parameters.

    Each condition (the words; each kind of key, several codes being their union) is a
    range of rowids in rowid order. Two plans:

    * Merge (the usual case): SQLite intersects the ranges with a streaming compound
      INTERSECT, about 0.3 µs per entry read, and stops as soon as the caller stops.
    * Probe: when one condition is much sparser than the other key conditions (event:sign
      with country:UZ), a merge would read the dense ranges through (to the end, for a
      small answer); instead the sparse range drives and each of its rowids is looked up
      in ``article_keys`` by primary key. FTS5 always stays a merged range: a correlated
      FTS5 lookup costs about 50 µs.

    SQLite's compound operators associate left to right and cannot be parenthesised, so
    only one multi-code condition can be a UNION (placed first); the others are probes.
    """
    terms: list[_Term] = []
    if fts:
        terms.append(_Term("words", (fts,)))
    if countries:
        terms.append(_Term("country", countries))
    if query.orgs:
        terms.append(_Term("org", tuple(sorted(set(query.orgs)))))
    if query.events:
        terms.append(_Term("event", tuple(sorted(set(query.events)))))
    merged: list[_Term] = terms
    probed: list[_Term] = []
    if len(terms) > 1:
        newest = db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
        sizes = {term: term.size(db, floor, newest) for term in terms}
        driver = min(terms, key=lambda term: sizes[term])
        keys = [term for term in terms if term.kind != "words" and term is not driver]
        # Merging reads every range (about 0.3 µs an entry); probing reads the driver and
        # looks each of its rowids up in the other key ranges (about 4 µs a lookup).
        if keys and sum(sizes[term] for term in keys) > 13 * sizes[driver] * len(keys):
            probed = keys
            merged = [term for term in terms if term not in probed]
    unions = [term for term in merged if len(term.arms(floor)) > 1]
    for term in unions[1:]:
        merged.remove(term)
        probed.append(term)
    merged.sort(key=lambda term: len(term.arms(floor)) == 1)  # the union first; stable
    parts: list[str] = []
    params: list[Any] = []
    for number, term in enumerate(merged):
        for position, (sql, values) in enumerate(term.arms(floor)):
            if number == 0:  # the first term bounds the intersection: probes go there
                column = "articles_fts.rowid" if term.kind == "words" else "k.article_rowid"
                for other in probed:
                    probe_sql, probe_params = other.probe(column)
                    sql += " AND " + probe_sql
                    values = [*values, *probe_params]
            if parts:
                parts.append("UNION" if position else "INTERSECT")
            parts.append(sql)
            params.extend(values)
    return " ".join(parts) + " ORDER BY 1 DESC", params


@dataclass(frozen=True, slots=True)
class ArticleDetail:
    """A headline with everything the detail view and ``export`` show."""

    headline: Headline
    summary: str
    sources: tuple[str, ...]
    countries: tuple[str, ...]
    orgs: tuple[str, ...]
    events: tuple[dict[str, Any], ...]
    why: tuple[str, ...]


def article_detail(db: sqlite_utils.Database, article_id: str) -> ArticleDetail | None:
    """One article with its mentions, events and evidence; None if it is gone."""
    row = db.execute(
        "SELECT a.rowid, a.id, a.title, a.url, a.published, coalesce(f.title, a.feed_url), "
        "a.feed_url, a.score, a.summary, a.why "
        "FROM articles a LEFT JOIN feeds f ON f.url = a.feed_url WHERE a.id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    mentions = db.execute(
        "SELECT kind, code FROM article_mentions WHERE article_id = ? ORDER BY kind, code",
        [article_id],
    ).fetchall()
    sources = [
        r[0]
        for r in db.execute(
            "SELECT coalesce(f.title, s.feed_url) FROM article_sources s "
            "LEFT JOIN feeds f ON f.url = s.feed_url WHERE s.article_id = ? ORDER BY s.first_seen",
            [article_id],
        )
    ]
    events = [
        {"kind": r[0], "countries": json.loads(r[1]), "org": r[2], "modality": r[3], "status": r[4]}
        for r in db.execute(
            "SELECT kind, countries, org, modality, status FROM events WHERE article_id = ?",
            [article_id],
        )
    ]
    return ArticleDetail(
        headline=Headline(*row[:8]),
        summary=row[8],
        sources=tuple(sources),
        countries=tuple(code for kind, code in mentions if kind == "country"),
        orgs=tuple(code for kind, code in mentions if kind == "org"),
        events=tuple(events),
        why=tuple(json.loads(row[9] or "[]")),
    )


@dataclass(frozen=True, slots=True)
class StoreStatus:
    """Counts and health, for ``blocwatch status`` and the dashboard's status bar."""

    schema_version: int
    countries: int
    orgs: int
    memberships: int
    agreements: int
    feeds: int
    feeds_failing: int
    articles: int
    events_proposed: int
    last_poll: str | None
    failing: tuple[tuple[str, str], ...]


def store_status(db: sqlite_utils.Database) -> StoreStatus:
    """One round of cheap counts (indexed or small tables)."""

    def count(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    failing = tuple(
        (row[0], row[1] or "")
        for row in db.execute(
            "SELECT url, last_error FROM feeds WHERE error_count > 0 ORDER BY url"
        )
    )
    last = db.execute("SELECT max(finished) FROM polls").fetchone()[0]
    return StoreStatus(
        schema_version=count("PRAGMA user_version"),
        countries=count("SELECT count(*) FROM countries"),
        orgs=count("SELECT count(*) FROM orgs"),
        memberships=count("SELECT count(*) FROM memberships"),
        agreements=count("SELECT count(*) FROM agreements"),
        feeds=count("SELECT count(*) FROM feeds"),
        feeds_failing=len(failing),
        articles=count("SELECT count(*) FROM articles"),
        events_proposed=count("SELECT count(*) FROM events WHERE status = 'proposed'"),
        last_poll=last,
        failing=failing,
    )


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """The dashboard's status bar: feeds and the last poll. Unlike ``store_status`` it
    counts no articles (``count(*)`` over 1M articles took 40-190 ms, holding the
    dashboard's reader connection, after every change)."""

    feeds: int
    feeds_failing: int
    last_poll: str | None


def feed_health(db: sqlite_utils.Database) -> FeedHealth:
    feeds, failing = db.execute(
        "SELECT count(*), count(*) FILTER (WHERE error_count > 0) FROM feeds"
    ).fetchone()
    last = db.execute("SELECT max(finished) FROM polls").fetchone()[0]
    return FeedHealth(feeds=int(feeds), feeds_failing=int(failing or 0), last_poll=last)
