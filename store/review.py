"""The review queue: detected events become reference changes only when an analyst says so.

An accepted event writes a membership period or an agreement whose source is the article,
with ``origin = 'review'`` so reference reloads never overwrite it: the audit trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from store.dates import is_partial_date, iso_utc, utc_now
from store.errors import InputError
from store.reference import AGREEMENT_STATUSES, MEMBERSHIP_STATUSES

# What a membership event means for the country's status in the bloc.
STATUS_FOR_KIND = {
    "join": "member",
    "suspend": "suspended",
    "withdraw": "withdrawn",
    "apply": "candidate",
}
AGREEMENT_KINDS = ("sign", "ratify", "extend")


@dataclass(frozen=True, slots=True)
class PendingEvent:
    id: int
    kind: str
    countries: tuple[str, ...]
    org: str | None
    modality: str
    evidence: str | None
    article_id: str
    title: str
    url: str | None
    published: str
    source: str


@dataclass(frozen=True, slots=True)
class MembershipChange:
    country: str
    org: str
    status: str
    since: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class AgreementChange:
    id: str
    name: str
    kind: str
    parties: tuple[str, ...]
    signed: str
    until: str
    status: str = "active"
    note: str = ""


def pending_events(db: sqlite_utils.Database, limit: int = 500) -> list[PendingEvent]:
    """Proposed events, newest article first."""
    rows = db.execute(
        "SELECT e.id, e.kind, e.countries, e.org, e.modality, e.evidence, a.id, a.title, a.url, "
        "a.published, coalesce(f.title, a.feed_url) FROM events e "
        "JOIN articles a ON a.id = e.article_id LEFT JOIN feeds f ON f.url = a.feed_url "
        "WHERE e.status = 'proposed' ORDER BY a.published DESC, e.id DESC LIMIT ?",
        [limit],
    )
    return [PendingEvent(row[0], row[1], tuple(json.loads(row[2])), *row[3:]) for row in rows]


def count_pending(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM events WHERE status = 'proposed'").fetchone()[0])


def _article_source(db: sqlite_utils.Database, event_id: int) -> tuple[str, str]:
    row = db.execute(
        "SELECT a.id, coalesce(a.url, a.id) FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.id = ? AND e.status = 'proposed'",
        [event_id],
    ).fetchone()
    if row is None:
        raise InputError(f"event {event_id} is not waiting for review")
    return row[0], row[1]


def _close(db: sqlite_utils.Database, event_id: int, status: str) -> None:
    db.execute(
        "UPDATE events SET status = ?, reviewed_at = ? WHERE id = ?",
        [status, iso_utc(utc_now()), event_id],
    )


def _check_code(db: sqlite_utils.Database, table: str, code: str) -> None:
    if db.execute(f"SELECT 1 FROM {table} WHERE code = ?", [code]).fetchone() is None:
        raise InputError(f"unknown {'country' if table == 'countries' else 'bloc'} {code!r}")


def accept_membership(db: sqlite_utils.Database, event_id: int, change: MembershipChange) -> None:
    """Close the country's open period in the bloc and open the new one, sourced to the article."""
    if change.status not in MEMBERSHIP_STATUSES:
        raise InputError(f"unknown status {change.status!r}")
    if not is_partial_date(change.since):
        raise InputError(f"since must be a date like 2026-11-28, not {change.since!r}")
    with db.atomic():
        _check_code(db, "countries", change.country)
        _check_code(db, "orgs", change.org)
        article_id, source = _article_source(db, event_id)
        db.execute(
            "UPDATE memberships SET until = ? WHERE country = ? AND org = ? AND until IS NULL "
            "AND since < ?",
            [change.since, change.country, change.org, change.since],
        )
        note = change.note or f"accepted from review of article {article_id}"
        db.execute(
            "INSERT INTO memberships (country, org, since, status, note, source, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, 'review') ON CONFLICT(country, org, since) DO UPDATE SET "
            "status = excluded.status, note = excluded.note, source = excluded.source, "
            "origin = 'review'",
            [change.country, change.org, change.since, change.status, note, source],
        )
        _close(db, event_id, "accepted")


def accept_agreement(db: sqlite_utils.Database, event_id: int, change: AgreementChange) -> None:
    """Write (or update) the agreement and its parties, sourced to the article."""
    if change.status not in AGREEMENT_STATUSES:
        raise InputError(f"unknown agreement status {change.status!r}")
    for value, label in ((change.signed, "signed"), (change.until, "until")):
        if value and not is_partial_date(value):
            raise InputError(f"{label} must be a date like 2026-11-28, not {value!r}")
    if not change.id or not change.name or len(change.parties) < 1:
        raise InputError("an agreement needs an id, a name and its parties")
    with db.atomic():
        for party in change.parties:
            _check_code(db, "countries", party)
        article_id, source = _article_source(db, event_id)
        note = change.note or f"accepted from review of article {article_id}"
        db.execute(
            "INSERT INTO agreements (id, name, kind, signed, until, status, note, source, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'review') ON CONFLICT(id) DO UPDATE SET "
            "name = excluded.name, kind = excluded.kind, signed = coalesce(excluded.signed, "
            "signed), until = coalesce(excluded.until, until), status = excluded.status, "
            "note = excluded.note, source = excluded.source, origin = 'review'",
            [
                change.id,
                change.name,
                change.kind,
                change.signed or None,
                change.until or None,
                change.status,
                note,
                source,
            ],
        )
        for party in change.parties:
            db.execute(
                "INSERT OR IGNORE INTO agreement_parties (agreement_id, country) VALUES (?, ?)",
                [change.id, party],
            )
        _close(db, event_id, "accepted")


def accept_event_only(db: sqlite_utils.Database, event_id: int) -> None:
    """Accept an event that changes no reference row (a summit, an exercise)."""
    with db.atomic():
        _article_source(db, event_id)
        _close(db, event_id, "accepted")


def reject_event(db: sqlite_utils.Database, event_id: int) -> None:
    with db.atomic():
        _article_source(db, event_id)
        _close(db, event_id, "rejected")
