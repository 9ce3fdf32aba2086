"""Enter on a membership or agreement: the full row with its note and its sources."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from store.queries import Agreement, Membership


def _line(label: str, value: str | None) -> Content:
    return Content.from_markup("[b]$label[/b]  $value", label=label, value=value or "—")


def membership_lines(period: Membership) -> list[Content]:
    return [
        _line("Bloc", f"{period.org_name} ({period.org})"),
        _line("Status", period.status),
        _line("Since", period.since),
        _line("Until", period.until or "open"),
        _line("Note", period.note),
        _line("Recorded by", period.origin),
        *[_line("Source", source.strip()) for source in period.source.split(" ; ")],
    ]


def agreement_lines(agreement: Agreement, today: date) -> list[Content]:
    return [
        _line("Agreement", agreement.name),
        _line("Kind", agreement.kind),
        _line(
            "Parties",
            ", ".join(agreement.parties) + (f" + {agreement.org}" if agreement.org else ""),
        ),
        _line("Signed", agreement.signed),
        _line("In force from", agreement.in_force_from),
        _line("Until", agreement.until or "open-ended"),
        _line("Status", agreement.effective_status(today)),
        *[_line("Left", f"{party} on {day}") for party, day in agreement.left],
        _line("Note", agreement.note),
        _line("Recorded by", agreement.origin),
        *[_line("Source", source.strip()) for source in agreement.source.split(" ; ")],
    ]


class ReferenceScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,enter", "close", "Back")]

    def __init__(self, title: str, lines: list[Content]) -> None:
        super().__init__()
        self.heading = title
        self.lines = lines

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            yield Static(self.heading, id="detail-title", markup=False)
            for line in self.lines:
                yield Static(line)

    def action_close(self) -> None:
        self.dismiss(None)
