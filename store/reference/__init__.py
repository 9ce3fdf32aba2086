"""Bundled reference data (countries, blocs, memberships, agreements) and its loader.

The files beside this module are the sourced facts. Loading is idempotent and never
touches rows an analyst added or changed (``origin`` other than ``'reference'``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

import sqlite_utils

from store.dates import parse_partial
from store.errors import StoreError

FILES = ("countries.toml", "orgs.toml", "memberships.csv", "agreements.csv")
MEMBERSHIP_STATUSES = frozenset(
    {"member", "observer", "partner", "associate", "candidate", "suspended", "withdrawn"}
)
AGREEMENT_STATUSES = frozenset({"active", "expired", "suspended", "terminated", "pending"})
_DIGEST_KEY = "reference_digest"


@dataclass(frozen=True, slots=True)
class ReferenceLoad:
    """What a load changed, for ``init`` to report."""

    countries: int
    orgs: int
    memberships: int
    agreements: int
    removed: int


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def bundled_digest() -> str:
    """A digest of the bundled files: a change means the reference must be reloaded."""
    digest = hashlib.sha256()
    for name in FILES:
        digest.update(_read(name).encode("utf-8"))
    return digest.hexdigest()[:16]


def read_countries() -> dict[str, dict[str, Any]]:
    """The country tables of countries.toml keyed by ISO alpha-2 code."""
    return dict(tomllib.loads(_read("countries.toml"))["country"])


def read_orgs() -> dict[str, dict[str, Any]]:
    """The bloc tables of orgs.toml keyed by bloc code."""
    return dict(tomllib.loads(_read("orgs.toml"))["org"])


def _rows(name: str) -> list[dict[str, str]]:
    return [
        {key: (value or "").strip() for key, value in row.items()}
        for row in csv.DictReader(io.StringIO(_read(name)))
    ]


def _country_row(code: str, data: dict[str, Any]) -> dict[str, Any]:
    aliases = {
        "en": data.get("aliases_en", []),
        "ru": data.get("aliases_ru", []),
        "ambiguous": data.get("ambiguous", []),
    }
    return {
        "code": code,
        "name": data["name"],
        "name_ru": data.get("name_ru"),
        "region": data.get("region"),
        "watched": 1 if data.get("watched") else 0,
        "aliases": json.dumps(aliases, ensure_ascii=False),
        "source": data.get("source"),
        "origin": "reference",
    }


def _org_row(code: str, data: dict[str, Any]) -> dict[str, Any]:
    aliases = {
        "en": data.get("aliases_en", []),
        "ru": data.get("aliases_ru", []),
        "acronyms": data.get("acronyms", []),
    }
    return {
        "code": code,
        "name": data["name"],
        "name_ru": data.get("name_ru"),
        "kind": data.get("kind"),
        "aliases": json.dumps(aliases, ensure_ascii=False),
        "source": data.get("source"),
        "origin": "reference",
    }


def _membership_row(row: dict[str, str]) -> dict[str, Any]:
    if row["status"] not in MEMBERSHIP_STATUSES:
        raise StoreError(f"memberships.csv: unknown status {row['status']!r}")
    if not row["source"]:
        raise StoreError(f"memberships.csv: no source for {row['country']} {row['org']}")
    return {
        "country": row["country"],
        "org": row["org"],
        "since": row["since"],
        "status": row["status"],
        "until": row["until"] or None,
        "note": row["note"] or None,
        "source": row["source"],
        "origin": "reference",
    }


def _agreement_row(row: dict[str, str]) -> dict[str, Any]:
    if row["status"] not in AGREEMENT_STATUSES:
        raise StoreError(f"agreements.csv: unknown status {row['status']!r} in {row['id']}")
    if not row["source"]:
        raise StoreError(f"agreements.csv: no source for {row['id']}")
    return {
        "id": row["id"],
        "name": row["name"],
        "kind": row["kind"],
        "org": row["org"] or None,
        "signed": row["signed"] or None,
        "in_force_from": row["in_force_from"] or None,
        "until": row["until"] or None,
        "status": row["status"],
        "note": row["note"] or None,
        "source": row["source"],
        "origin": "reference",
    }


def _parties_left(row: dict[str, str]) -> dict[str, str]:
    """``AZ:1999-04-20;GE:1999-04-20`` → {code: date}; every code must be a party."""
    left: dict[str, str] = {}
    for item in (row.get("parties_left") or "").split(";"):
        if not item.strip():
            continue
        code, _, day = item.strip().partition(":")
        if code not in row["parties"].split(";") or parse_partial(day, end=False) is None:
            raise StoreError(f"agreements.csv: bad parties_left entry {item!r} in {row['id']}")
        left[code] = day
    return left


def _membership_key(row: dict[str, Any]) -> str:
    return f"{row['country']}|{row['org']}|{row['since']}"


def _keys_owned_by_analyst(db: sqlite_utils.Database, table: str, key: str) -> set[Any]:
    return {row[0] for row in db.execute(f"SELECT {key} FROM {table} WHERE origin != 'reference'")}


def load_reference(db: sqlite_utils.Database) -> ReferenceLoad:
    """Load the bundled facts in one transaction; analyst rows are kept as they are."""
    countries = [_country_row(code, data) for code, data in read_countries().items()]
    orgs = [_org_row(code, data) for code, data in read_orgs().items()]
    memberships = [_membership_row(row) for row in _rows("memberships.csv")]
    agreement_rows = _rows("agreements.csv")
    agreements = [_agreement_row(row) for row in agreement_rows]
    parties = [
        {"agreement_id": row["id"], "country": code, "until": _parties_left(row).get(code)}
        for row in agreement_rows
        for code in (code.strip() for code in row["parties"].split(";"))
        if code
    ]
    removed = 0
    with db.atomic():
        analyst_countries = _keys_owned_by_analyst(db, "countries", "code")
        db.table("countries").upsert_all(
            [row for row in countries if row["code"] not in analyst_countries], pk="code"
        )
        analyst_orgs = _keys_owned_by_analyst(db, "orgs", "code")
        db.table("orgs").upsert_all(
            [row for row in orgs if row["code"] not in analyst_orgs], pk="code"
        )

        membership_key = "country || '|' || org || '|' || since"
        analyst_memberships = _keys_owned_by_analyst(db, "memberships", membership_key)
        wanted = [row for row in memberships if _membership_key(row) not in analyst_memberships]
        previous = {
            row[0]
            for row in db.execute(
                f"SELECT {membership_key} FROM memberships WHERE origin = 'reference'"
            )
        }
        removed += len(previous - {_membership_key(row) for row in wanted})
        db.execute("DELETE FROM memberships WHERE origin = 'reference'")
        db.table("memberships").insert_all(wanted, pk=("country", "org", "since"))

        analyst_agreements = _keys_owned_by_analyst(db, "agreements", "id")
        reference_ids = {row["id"] for row in agreements}
        stale = [
            row[0]
            for row in db.execute("SELECT id FROM agreements WHERE origin = 'reference'")
            if row[0] not in reference_ids
        ]
        for agreement_id in stale:
            db.execute("DELETE FROM agreements WHERE id = ?", [agreement_id])
        removed += len(stale)
        db.table("agreements").upsert_all(
            [row for row in agreements if row["id"] not in analyst_agreements], pk="id"
        )
        db.execute(
            "DELETE FROM agreement_parties WHERE agreement_id IN "
            "(SELECT id FROM agreements WHERE origin = 'reference')"
        )
        db.table("agreement_parties").insert_all(
            [row for row in parties if row["agreement_id"] not in analyst_agreements],
            pk=("agreement_id", "country"),
        )
        db.table("meta").upsert({"key": _DIGEST_KEY, "value": bundled_digest()}, pk="key")
    return ReferenceLoad(len(countries), len(orgs), len(wanted), len(agreements), removed)


def ensure_reference(db: sqlite_utils.Database) -> ReferenceLoad | None:
    """Reload the reference data when the bundled files differ from what was loaded."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [_DIGEST_KEY]).fetchone()
    if row is not None and row[0] == bundled_digest():
        return None
    return load_reference(db)
