"""``c``: the country list's own finder. Type part of a name, then Enter shows that country.

Why inside the list and not a screen of its own: a modal screen covers the dashboard, and
uncovering it lays out and repaints the whole terminal (about 50 ms on a small VM) on top
of drawing the new country. Narrowing the list in place repaints only the list.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from store.queries import Country


def matches(country: Country, typed: str) -> bool:
    """Part of the English or Russian name, or the exact ISO code, case-insensitive."""
    typed = typed.strip().lower()
    if not typed:
        return True
    return (
        typed in country.name.lower()
        or typed in (country.name_ru or "").lower()
        or typed == country.code.lower()
    )


class CountryFinder(Input):
    """The typed text narrows the country list; up and down move in it while typing."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("down", "step(1)", "Down", show=False),
        Binding("up", "step(-1)", "Up", show=False),
    ]

    class Cancelled(Message):
        """Escape, or focus left the finder: the list goes back to what it was."""

    class Stepped(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())

    def action_step(self, step: int) -> None:
        self.post_message(self.Stepped(step))

    def on_blur(self, event: events.Blur) -> None:
        self.post_message(self.Cancelled())  # ignored once the finder has finished
