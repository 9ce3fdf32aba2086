"""The headline filter language: free text plus ``country:UZ org:CSTO since:7d event:sign``.

Parsing is pure so the dashboard, ``export`` and tests share one grammar.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from store.dates import parse_since
from store.errors import InputError

EVENT_KINDS = (
    "sign",
    "ratify",
    "extend",
    "suspend",
    "withdraw",
    "join",
    "apply",
    "exercise",
    "summit",
)
_FIELDS = ("country", "org", "source", "since", "event")


@dataclass(frozen=True, slots=True)
class HeadlineFilter:
    """A parsed filter; empty fields mean "any"."""

    words: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    since: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.words or self.countries or self.orgs or self.sources or self.events or self.since
        )

    def fts_query(self) -> str | None:
        """The words as an FTS5 query: each a quoted prefix term, so Russian endings match."""
        if not self.words:
            return None
        terms = []
        for word in self.words:
            escaped = word.replace('"', '""')
            terms.append(f'"{escaped}"' if " " in word else f'"{escaped}"*')
        return " ".join(terms)


def parse_filter(text: str) -> HeadlineFilter:
    """Parse what the analyst typed; raises InputError with a message they can act on."""
    try:
        tokens = shlex.split(text)
    except ValueError:
        tokens = text.replace('"', " ").split()
    words: list[str] = []
    values: dict[str, list[str]] = {name: [] for name in _FIELDS}
    for token in tokens:
        name, colon, value = token.partition(":")
        if colon and name.lower() in _FIELDS:
            if not value:
                raise InputError(f"filter: '{name}:' needs a value")
            values[name.lower()].append(value)
        elif token.strip():
            words.append(token.strip())
    events = tuple(value.lower() for value in values["event"])
    for kind in events:
        if kind not in EVENT_KINDS:
            raise InputError(f"filter: unknown event '{kind}' (one of {', '.join(EVENT_KINDS)})")
    since = None
    if values["since"]:
        since = parse_since(values["since"][-1])
        if since is None:
            raise InputError(
                f"filter: cannot read since:{values['since'][-1]} (use 7d, 24h, 2w or 2026-01-31)"
            )
    return HeadlineFilter(
        words=tuple(words),
        countries=tuple(value.upper() for value in values["country"]),
        orgs=tuple(value.upper() for value in values["org"]),
        sources=tuple(values["source"]),
        events=events,
        since=since,
    )
