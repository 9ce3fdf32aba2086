"""Review decisions: accepted events become sourced reference rows; bad details are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from store.db import open_db
from store.errors import InputError
from store.review import (
    AgreementChange,
    MembershipChange,
    accept_agreement,
    accept_event_only,
    accept_membership,
    count_pending,
    pending_events,
    reject_event,
)


def with_event(
    db_path: Path, kind: str, countries: str, org: str | None
) -> tuple[sqlite_utils.Database, int]:
    db = open_db(db_path)
    with db.atomic():
        db.execute(
            "INSERT INTO articles (id, feed_url, url, title, published, fetched_at) "
            "VALUES ('a1', 'f', 'https://news.example.org/a1', 'Headline', "
            "'2026-11-27T08:00:00Z', '2026-11-27T08:00:00Z')"
        )
        db.execute(
            "INSERT INTO events (article_id, kind, countries, org, modality, created) "
            "VALUES ('a1', ?, ?, ?, 'fact', '2026-11-27T08:00:00Z')",
            [kind, countries, org],
        )
    return db, pending_events(db)[0].id


def test_accepting_a_suspension_closes_the_open_period(db_path: Path) -> None:
    db, event = with_event(db_path, "suspend", '["KZ"]', "CSTO")
    accept_membership(db, event, MembershipChange("KZ", "CSTO", "suspended", "2026-11-27"))
    rows = db.execute(
        "SELECT status, since, until, source, origin FROM memberships "
        "WHERE country='KZ' AND org='CSTO' ORDER BY since"
    ).fetchall()
    assert rows[-2][2] == "2026-11-27"  # the member period now ends
    assert rows[-1] == ("suspended", "2026-11-27", None, "https://news.example.org/a1", "review")
    assert count_pending(db) == 0


def test_accepting_an_agreement(db_path: Path) -> None:
    db, event = with_event(db_path, "sign", '["KZ","UZ"]', None)
    accept_agreement(
        db,
        event,
        AgreementChange(
            "kz-uz-water-2026",
            "Water-sharing agreement",
            "economic",
            ("KZ", "UZ"),
            "2026-11-27",
            "2031",
            "pending",
        ),
    )
    assert db.execute(
        "SELECT status, source, origin FROM agreements WHERE id = 'kz-uz-water-2026'"
    ).fetchone() == ("pending", "https://news.example.org/a1", "review")
    assert (
        db.execute(
            "SELECT count(*) FROM agreement_parties WHERE agreement_id = 'kz-uz-water-2026'"
        ).fetchone()[0]
        == 2
    )


@pytest.mark.parametrize(
    "change",
    [
        MembershipChange("XX", "CSTO", "member", "2026-11-27"),
        MembershipChange("KZ", "NOPE", "member", "2026-11-27"),
        MembershipChange("KZ", "CSTO", "best friends", "2026-11-27"),
        MembershipChange("KZ", "CSTO", "member", "last tuesday"),
    ],
)
def test_bad_membership_details_are_refused_and_nothing_changes(
    db_path: Path, change: MembershipChange
) -> None:
    db, event = with_event(db_path, "join", '["KZ"]', "CSTO")
    before = db.execute("SELECT * FROM memberships ORDER BY 1, 2, 3").fetchall()
    with pytest.raises(InputError):
        accept_membership(db, event, change)
    assert db.execute("SELECT * FROM memberships ORDER BY 1, 2, 3").fetchall() == before
    assert count_pending(db) == 1


def test_an_event_is_decided_once(db_path: Path) -> None:
    db, event = with_event(db_path, "summit", '["KZ"]', "SCO")
    accept_event_only(db, event)
    with pytest.raises(InputError, match="not waiting"):
        reject_event(db, event)
    assert db.execute("SELECT status, reviewed_at IS NOT NULL FROM events").fetchone() == (
        "accepted",
        1,
    )
