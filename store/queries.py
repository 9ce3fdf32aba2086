"""Read models for the dashboard and the CLI: typed results, never raw rows.

Every SQL statement the readers need lives here, so the dashboard never writes SQL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from store.dates import parse_partial
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
        "a.org, a.signed, a.in_force_from, a.until, a.status, a.note, a.source, a.origin "
        f"FROM agreements a WHERE {where}"
    )
    return [
        Agreement(row[0], row[1], row[2], tuple((row[3] or "").split(";")), *row[4:])
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
    rank = {"active": 0, "pending": 1, "suspended": 2, "expired": 3, "terminated": 4}
    agreements.sort(key=lambda item: item.signed or item.in_force_from or "", reverse=True)
    agreements.sort(key=lambda item: rank.get(item.effective_status(today), 5))
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


def headlines(
    db: sqlite_utils.Database,
    query: HeadlineFilter | None = None,
    *,
    limit: int = 200,
    before: tuple[str, int] | None = None,
) -> list[Headline]:
    """Newest first, filtered; ``before`` (published, rowid) continues after the last row shown."""
    query = query or HeadlineFilter()
    where: list[str] = []
    params: list[Any] = []
    fts = query.fts_query()
    if fts:
        where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(fts)
    if query.countries:
        codes = _resolve_countries(db, query.countries)
        where.append(
            "EXISTS (SELECT 1 FROM article_mentions m WHERE m.article_id = a.id "
            f"AND m.kind = 'country' AND m.code IN ({','.join('?' * len(codes))}))"
        )
        params.extend(codes)
    if query.orgs:
        where.append(
            "EXISTS (SELECT 1 FROM article_mentions m WHERE m.article_id = a.id "
            f"AND m.kind = 'org' AND m.code IN ({','.join('?' * len(query.orgs))}))"
        )
        params.extend(query.orgs)
    for source in query.sources:
        where.append(
            "EXISTS (SELECT 1 FROM article_sources s JOIN feeds f ON f.url = s.feed_url "
            "WHERE s.article_id = a.id AND (f.title LIKE ? OR f.url LIKE ?))"
        )
        params.extend([f"%{source}%", f"%{source}%"])
    if query.events:
        where.append(
            "EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id "
            f"AND e.kind IN ({','.join('?' * len(query.events))}))"
        )
        params.extend(query.events)
    if query.since:
        where.append("a.published >= ?")
        params.append(query.since)
    if before is not None:
        where.append("(a.published, a.rowid) < (?, ?)")
        params.extend(before)
    sql = (
        "SELECT a.rowid, a.id, a.title, a.url, a.published, "
        "coalesce(f.title, a.feed_url), a.feed_url, a.score "
        "FROM articles a LEFT JOIN feeds f ON f.url = a.feed_url"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published DESC, a.rowid DESC LIMIT ?"
    params.append(limit)
    return [Headline(*row) for row in db.execute(sql, params)]


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
