"""``v``: detected events waiting for the analyst — accept (with details) or reject."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from store.errors import InputError
from store.review import (
    AgreementChange,
    MembershipChange,
    PendingEvent,
    accept_agreement,
    accept_event_only,
    accept_membership,
    pending_events,
    reject_event,
)
from tui.cells import plain
from tui.screens.accept import AcceptDialog, Decision

if TYPE_CHECKING:
    from tui.app import BlocwatchApp

MODALITY_STYLE = {"fact": "green", "future": "yellow", "hypothetical": "magenta"}


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,v", "close", "Back"),
        Binding("a", "accept", "Accept"),
        Binding("x", "reject", "Reject"),
        Binding("j", "cursor('down')", "Down", show=False),
        Binding("k", "cursor('up')", "Up", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.events: list[PendingEvent] = []

    @property
    def bw(self) -> BlocwatchApp:
        return cast("BlocwatchApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Review queue", id="review-title", classes="pane-title")
        yield DataTable(id="events", cursor_type="row")
        yield Static("", id="event-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#events", DataTable)
        table.add_column("Date", width=10)
        table.add_column("Event", width=9)
        table.add_column("Modality", width=12)
        table.add_column("Parties", width=14)
        table.add_column("Bloc", width=11)
        table.add_column("Headline", key="title", width=80)
        self.load()

    @work(thread=True, exclusive=True, group="review")
    def load(self) -> None:
        with self.bw.reader.session() as db:
            events = pending_events(db)
        self.app.call_from_thread(self.show, events)

    def show(self, events: list[PendingEvent]) -> None:
        table = self.query_one("#events", DataTable)
        row = table.cursor_row
        self.events = events
        table.clear()
        for event in events:
            table.add_row(
                plain(event.published[:10]),
                Text(event.kind, style="bold"),
                Text(event.modality, style=MODALITY_STYLE.get(event.modality, "")),
                plain(" ".join(event.countries) or "—"),
                plain(event.org or "—"),
                plain(event.title),
                key=str(event.id),
            )
        if events:
            table.move_cursor(row=min(row, len(events) - 1))
        self.query_one("#review-title", Static).update(
            Content.from_markup(
                "Review queue [dim]— $count waiting · a accept · x reject[/dim]",
                count=str(len(events)),
            )
        )
        self._show_detail()
        table.focus()

    def _current(self) -> PendingEvent | None:
        table = self.query_one("#events", DataTable)
        if not self.events or table.cursor_row >= len(self.events):
            return None
        return self.events[table.cursor_row]

    @on(DataTable.RowHighlighted, "#events")
    def _highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        event = self._current()
        detail = self.query_one("#event-detail", Static)
        if event is None:
            detail.update("Nothing waits for review.")
            return
        detail.update(
            Content.from_markup(
                "[b]$title[/b]\n$source · $published · $url\n[dim]evidence:[/dim] $evidence",
                title=event.title,
                source=event.source,
                published=event.published,
                url=event.url or "",
                evidence=event.evidence or "—",
            )
        )

    @on(DataTable.RowSelected, "#events")
    def _selected(self) -> None:
        self.action_accept()

    def action_accept(self) -> None:
        event = self._current()
        if event is None:
            return

        def decided(decision: Decision | None) -> None:
            if decision is not None:
                self.write_decision(event.id, decision)

        self.app.push_screen(AcceptDialog(event), decided)

    def action_reject(self) -> None:
        event = self._current()
        if event is not None:
            self.write_decision(event.id, None)

    @work(thread=True, group="review-write")
    def write_decision(self, event_id: int, decision: Decision | None) -> None:
        try:
            with self.bw.reader.writer() as db:
                if decision is None:
                    reject_event(db, event_id)
                    message = "rejected"
                elif isinstance(decision, MembershipChange):
                    accept_membership(db, event_id, decision)
                    message = (
                        f"accepted: {decision.country} {decision.status} in "
                        f"{decision.org} since {decision.since}"
                    )
                elif isinstance(decision, AgreementChange):
                    accept_agreement(db, event_id, decision)
                    message = f"accepted: agreement {decision.id}"
                else:
                    accept_event_only(db, event_id)
                    message = "accepted"
        except InputError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        self.app.call_from_thread(self.notify, message, markup=False)
        self.load()

    def action_cursor(self, direction: str) -> None:
        table = self.query_one("#events", DataTable)
        table.action_cursor_down() if direction == "down" else table.action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)
