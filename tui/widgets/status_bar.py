"""The bottom line: last poll, failing feeds, database path, and poll progress."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from store.queries import FeedHealth


class StatusBar(Static):
    """Shows the store's health; feed-derived text goes through ``$var`` substitution only."""

    def show_status(self, status: FeedHealth, db_path: str, polling: str = "") -> None:
        last = (status.last_poll or "never").replace("T", " ").replace("Z", " UTC")
        failing = status.feeds_failing
        template = "last poll $last · [b]$failing[/b] of $feeds feeds failing · $db"
        if failing:
            template = "last poll $last · [b red]$failing[/] of $feeds feeds failing · $db"
        if polling:
            template = "[b]$polling[/b] · " + template
        self.update(
            Content.from_markup(
                template,
                last=last,
                failing=str(failing),
                feeds=str(status.feeds),
                db=db_path,
                polling=polling,
            )
        )
