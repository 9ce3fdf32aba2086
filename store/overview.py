"""The alignment matrix: countries × blocs, the current status in each cell."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from store.queries import Country, list_countries

ORG_ORDER = ("CSTO", "EAEU", "CIS", "SCO", "BRICS", "OTS", "GUAM", "UNION_STATE", "EU", "NATO")


@dataclass(frozen=True, slots=True)
class MatrixCell:
    status: str
    since: str


@dataclass(frozen=True, slots=True)
class AlignmentMatrix:
    orgs: tuple[str, ...]
    rows: tuple[tuple[Country, dict[str, MatrixCell]], ...]


def alignment_matrix(db: sqlite_utils.Database, today: date | None = None) -> AlignmentMatrix:
    """The latest period of each country in each bloc, if it has not ended before today."""
    today_text = (today or date.today()).isoformat()
    known = [row[0] for row in db.execute("SELECT code FROM orgs")]
    orgs = tuple(code for code in ORG_ORDER if code in known) + tuple(
        sorted(code for code in known if code not in ORG_ORDER)
    )
    cells: dict[str, dict[str, MatrixCell]] = {}
    for country, org, status, since in db.execute(
        "SELECT country, org, status, since FROM memberships m WHERE since = "
        "(SELECT max(since) FROM memberships WHERE country = m.country AND org = m.org) "
        "AND (until IS NULL OR until > ?)",
        [today_text],
    ):
        cells.setdefault(country, {})[org] = MatrixCell(status, since)
    rows = tuple(
        (country, cells.get(country.code, {})) for country in list_countries(db, watched_only=True)
    )
    return AlignmentMatrix(orgs, rows)
