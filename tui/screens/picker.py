"""``c``: pick a country by typing part of its name (English or Russian) or its code."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from store.queries import Country, list_countries

if TYPE_CHECKING:
    from tui.app import BlocwatchApp


def matches(country: Country, typed: str) -> bool:
    typed = typed.strip().lower()
    if not typed:
        return True
    return (
        typed in country.name.lower()
        or typed in (country.name_ru or "").lower()
        or typed == country.code.lower()
    )


class CountryPicker(ModalScreen[str | None]):
    """Returns the chosen ISO code, or None when dismissed.

    With ``on_pick``, choosing calls it with the code and this picker instead of closing:
    the caller closes the picker when it has shown the country.
    """

    BINDINGS = [
        Binding("escape", "dismiss_picker", "Cancel"),
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
    ]

    def __init__(self, on_pick: Callable[[str, CountryPicker], None] | None = None) -> None:
        super().__init__()
        self.countries: list[Country] = []
        self._on_pick = on_pick

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static("Pick a country: type part of its name, then Enter", classes="pane-title")
            yield Input(placeholder="e.g. uzb, Узб, KZ", id="picker-input")
            yield OptionList(id="picker-options")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True)
    def load(self) -> None:
        app = cast("BlocwatchApp", self.app)
        with app.reader.session() as db:
            countries = list_countries(db, watched_only=True)
        self.app.call_from_thread(self._loaded, countries)

    def _loaded(self, countries: list[Country]) -> None:
        self.countries = countries
        self._show(self.query_one("#picker-input", Input).value)

    def _show(self, typed: str) -> None:
        options = self.query_one("#picker-options", OptionList)
        options.clear_options()
        for country in self.countries:
            if matches(country, typed):
                options.add_option(
                    Option(
                        Content.from_markup(
                            "$name [dim]$ru · $code[/dim]",
                            name=country.name,
                            ru=country.name_ru or "",
                            code=country.code,
                        ),
                        id=country.code,
                    )
                )
        if options.option_count:
            options.highlighted = 0

    @on(Input.Changed, "#picker-input")
    def typed(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#picker-input")
    def submitted(self) -> None:
        options = self.query_one("#picker-options", OptionList)
        if options.highlighted is None:
            self.notify("no country matches", severity="warning")
            return
        self._choose(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected, "#picker-options")
    def clicked(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, code: str | None) -> None:
        if code and self._on_pick is not None:
            on_pick, self._on_pick = self._on_pick, None  # Enter twice picks once
            on_pick(code, self)
        else:
            self.dismiss(code)

    def action_move(self, step: int) -> None:
        options = self.query_one("#picker-options", OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + step))

    def action_dismiss_picker(self) -> None:
        self.dismiss(None)
