"""The records the poller hands to the store.

Kept apart from ``store.articles`` so that a parse worker, which builds them, imports
neither sqlite-utils nor anything else the writer needs (a third of a second at start).
"""

from __future__ import annotations

from typing import NamedTuple


class EventRecord(NamedTuple):
    kind: str
    countries: tuple[str, ...]
    org: str | None
    modality: str
    evidence: str


class ArticleRecord(NamedTuple):
    """An article as the poller hands it to the store.

    A named tuple rather than a dataclass: thousands cross from the parse workers on every
    first poll, and tuples pickle several times faster.
    """

    id: str
    url: str | None
    title: str
    summary: str
    author: str | None
    language: str | None
    published: str
    score: float
    relevant: bool
    why: tuple[str, ...] = ()
    mentions: tuple[tuple[str, str, str], ...] = ()  # (kind, code, matched text)
    events: tuple[EventRecord, ...] = ()
