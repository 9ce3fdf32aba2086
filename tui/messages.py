"""Messages posted by workers to the widgets (past tense: they report what happened)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from store.queries import ArticleDetail, CountryCard, Headline


@dataclass
class CountryCardLoaded(Message):
    card: CountryCard


@dataclass
class HeadlinesLoaded(Message):
    """The headlines, and for a country switch its card: one message, so both are shown
    in the same frame."""

    headlines: list[Headline]
    description: str
    limit: int
    card: CountryCard | None = None
    partial: bool = False  # the first screenful only; the rest of the window follows


@dataclass
class HeadlinesRest(Message):
    """The whole window for a result shown from its first screenful (``partial``)."""

    headlines: list[Headline]
    generation: int


@dataclass
class CountsLoaded(Message):
    counts: dict[str, int]


@dataclass
class DatabaseChanged(Message):
    """Another process (cron's poll) or a review decision committed to the database."""


@dataclass
class DetailLoaded(Message):
    detail: ArticleDetail


@dataclass
class PollProgressed(Message):
    done: int
    total: int
    new: int


@dataclass
class PollFinished(Message):
    summary: str
    failed: bool
