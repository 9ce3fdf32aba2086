"""Partial ISO dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as the reference data writes them."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_RELATIVE = re.compile(r"^(\d+)([hdwmy])$")


def is_partial_date(text: str) -> bool:
    """True for ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD`` with a real month and day."""
    return parse_partial(text, end=False) is not None


def parse_partial(text: str, *, end: bool) -> date | None:
    """The first (or, with ``end``, the last) day a partial date can mean; None if invalid.

    "until 2030" means through the end of 2030, so terms are compared with ``end=True``.
    """
    match = _PARTIAL.match(text.strip())
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else (12 if end else 1)
    if not 1 <= month <= 12:
        return None
    if match.group(3):
        day = int(match.group(3))
    else:
        day = calendar.monthrange(year, month)[1] if end else 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def utc_now() -> datetime:
    """The current time in UTC (one place, so tests can reason about it)."""
    return datetime.now(UTC)


def iso_utc(moment: datetime) -> str:
    """A UTC timestamp as stored in the database: ``2026-11-28T06:30:00Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_since(text: str, now: datetime | None = None) -> str | None:
    """``7d``, ``24h``, ``2w``, ``3m``, ``1y`` or an ISO date, as a UTC timestamp bound."""
    now = now or utc_now()
    text = text.strip().lower()
    match = _RELATIVE.match(text)
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        days = {"h": 1 / 24, "d": 1, "w": 7, "m": 30, "y": 365}[unit]
        return iso_utc(now - timedelta(days=amount * days))
    day = parse_partial(text, end=False)
    if day is None:
        return None
    return f"{day.isoformat()}T00:00:00Z"
