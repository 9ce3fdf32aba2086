"""Confirming what an accepted event changes: the analyst checks and edits the details."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from store.errors import InputError
from store.review import (
    AGREEMENT_KINDS,
    STATUS_FOR_KIND,
    AgreementChange,
    MembershipChange,
    PendingEvent,
)


@dataclass(frozen=True, slots=True)
class NoteOnly:
    """Accept an event that changes no reference row (summits, exercises)."""


Decision = MembershipChange | AgreementChange | NoteOnly


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "agreement"


def proposed_fields(event: PendingEvent) -> list[tuple[str, str, str]]:
    """(field, label, prefilled value) for the change this event suggests."""
    day = event.published[:10]
    if event.kind in STATUS_FOR_KIND and event.org:
        country = event.countries[0] if event.countries else ""
        return [
            ("country", "Country (ISO code)", country),
            ("org", "Bloc", event.org),
            ("status", "New status", STATUS_FOR_KIND[event.kind]),
            ("since", "Since (date)", day),
            ("note", "Note", ""),
        ]
    if event.kind in AGREEMENT_KINDS:
        return [
            ("id", "Agreement id", slug("-".join(event.countries) + "-" + event.title[:40])),
            ("name", "Name", event.title[:200]),
            (
                "kind",
                "Kind (defense, basing, strategic-partnership, economic, …)",
                "strategic-partnership",
            ),
            ("parties", "Parties (ISO codes, space-separated)", " ".join(event.countries)),
            ("signed", "Signed (date)", day if event.kind == "sign" else ""),
            ("until", "Until (date, empty if open-ended)", ""),
            (
                "status",
                "Status (active, pending, …)",
                "pending" if event.kind == "sign" else "active",
            ),
            ("note", "Note", ""),
        ]
    return []


def build_decision(event: PendingEvent, values: dict[str, str]) -> Decision:
    if event.kind in STATUS_FOR_KIND and event.org:
        return MembershipChange(
            values["country"].upper(),
            values["org"].upper(),
            values["status"].lower(),
            values["since"],
            values["note"],
        )
    if event.kind in AGREEMENT_KINDS:
        parties = tuple(code.upper() for code in values["parties"].replace(",", " ").split())
        if not values["id"].strip():
            raise InputError("the agreement needs an id")
        return AgreementChange(
            values["id"].strip(),
            values["name"].strip(),
            values["kind"].strip(),
            parties,
            values["signed"].strip(),
            values["until"].strip(),
            values["status"].strip().lower(),
            values["note"],
        )
    return NoteOnly()


class AcceptDialog(ModalScreen[Decision | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "confirm", "Confirm"),
    ]

    def __init__(self, event: PendingEvent) -> None:
        super().__init__()
        self.event = event
        self.fields = proposed_fields(event)

    def compose(self) -> ComposeResult:
        with Vertical(id="accept"):
            yield Static(
                Content.from_markup(
                    "[b]Accept:[/b] $kind ($modality) — $title",
                    kind=self.event.kind,
                    modality=self.event.modality,
                    title=self.event.title,
                )
            )
            yield Static(
                Content.from_markup(
                    "[dim]source: $url[/dim]", url=self.event.url or self.event.article_id
                )
            )
            if not self.fields:
                yield Static(
                    "This event changes no membership or agreement; accepting it "
                    "records that you confirmed it. Enter to confirm, Escape to cancel."
                )
                yield Input(value="", id="field-confirm", placeholder="Enter to confirm")
            for name, label, value in self.fields:
                yield Label(label)
                yield Input(value=value, id=f"field-{name}")
            yield Static(
                "Enter in the last field or Ctrl+S confirms · Escape cancels", classes="hint"
            )

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        inputs = list(self.query(Input))
        if event.input is inputs[-1]:
            self.action_confirm()
        else:
            inputs[inputs.index(event.input) + 1].focus()

    def action_confirm(self) -> None:
        values = {name: self.query_one(f"#field-{name}", Input).value for name, _, _ in self.fields}
        try:
            decision = build_decision(self.event, values)
        except InputError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.dismiss(decision)

    def action_cancel(self) -> None:
        self.dismiss(None)
