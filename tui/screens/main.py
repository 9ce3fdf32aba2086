"""The main screen: countries on the left; the selected country's memberships, agreements
and headlines on the right; a filter line; the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Input, Static
from textual.widgets.data_table import ColumnKey
from textual.worker import get_current_worker

from store.errors import InputError
from store.filters import HeadlineFilter, parse_filter
from store.queries import CountryCard, Headline, country_card, headlines, list_countries
from store.views import mark_country_seen, new_headline_counts
from tui.cells import agreement_cells, membership_cells, plain, published_day
from tui.messages import CountryCardLoaded, CountsLoaded, HeadlinesLoaded
from tui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from tui.app import BlocwatchApp

HEADLINE_LIMIT = 500
NARROW = 130  # below this many columns the side panes shrink
COUNTRY_DEBOUNCE = 0.05  # seconds a country must stay highlighted before it loads


class MainScreen(Screen[None]):
    """Keyboard-first: every action has a key in the footer and in the command palette."""

    BINDINGS = [
        Binding("c", "pick_country", "Country"),
        Binding("slash", "focus_filter", "Filter"),
        Binding("escape", "clear_filter", "Clear", show=False),
        Binding("h", "toggle_history", "History"),
        Binding("enter", "open_detail", "Detail", show=False),
        Binding("o", "open_link", "Open link"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.country: str | None = None
        self.filter_text = ""
        self.show_history = False
        self._card: CountryCard | None = None
        self._headlines: list[Headline] = []
        self._pending_country: str | None = None
        self._country_timer: Timer | None = None

    @property
    def bw(self) -> BlocwatchApp:
        return cast("BlocwatchApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield Static("Countries", classes="pane-title")
                yield DataTable(id="countries", cursor_type="row", zebra_stripes=False)
            with Vertical(id="right"):
                yield Static("", id="country-title", markup=False)
                with Horizontal(id="reference"):
                    with Vertical(id="memberships-box"):
                        yield Static("Memberships", id="memberships-title", classes="pane-title")
                        yield DataTable(id="memberships", cursor_type="row")
                    with Vertical(id="agreements-box"):
                        yield Static("Agreements", classes="pane-title")
                        yield DataTable(id="agreements", cursor_type="row")
                yield Static("Headlines", id="headlines-title", classes="pane-title")
                yield DataTable(id="headlines", cursor_type="row")
        yield Input(
            placeholder="/ filter: words country:UZ org:CSTO source:tass since:7d event:sign",
            id="filter",
        )
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        countries = self.query_one("#countries", DataTable)
        countries.add_column("Country", key="name")
        countries.add_column("New", key="new", width=5)
        self.query_one("#memberships", DataTable).add_columns("Bloc", "Status", "Period")
        agreements = self.query_one("#agreements", DataTable)
        agreements.add_column("Partners", width=12)
        agreements.add_column("Term", width=12)
        agreements.add_column("Agreement", key="name", width=40)
        agreements.add_column("Status", width=9)
        agreements.add_column("Kind", width=14)
        table = self.query_one("#headlines", DataTable)
        table.add_column("Date", key="date", width=10)
        table.add_column("Source", key="source", width=18)
        table.add_column("Title", key="title", width=60)
        self.load_countries()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")
        self._fit_title_column()

    def _fit_title_column(self) -> None:
        """The last column takes the rest of the width (DataTable does not stretch it)."""
        for table_id, key, fixed in (
            ("#headlines", "title", 10 + 18 + 8),
            ("#agreements", "name", 12 + 12 + 9 + 14 + 12),
        ):
            table = self.query_one(table_id, DataTable)
            width = max(18, table.size.width - fixed)
            column = table.columns.get(ColumnKey(key))
            if column is not None and column.width != width:
                column.width = width
                table._require_update_dimensions = True  # no public API to resize a column
                table.refresh()

    # ----- loading -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="countries")
    def load_countries(self) -> None:
        with self.bw.reader.session() as db:
            countries = list_countries(db, watched_only=True)
            counts = new_headline_counts(db)
        self.app.call_from_thread(self._show_countries, countries, counts)

    def _show_countries(self, countries: list, counts: dict[str, int]) -> None:  # type: ignore[type-arg]
        table = self.query_one("#countries", DataTable)
        table.clear()
        for country in countries:
            table.add_row(
                plain(country.name), self._count_cell(counts.get(country.code, 0)), key=country.code
            )
        if countries:
            start = self.bw.start_country
            codes = [country.code for country in countries]
            index = codes.index(start) if start in codes else 0
            table.move_cursor(row=index)
            table.focus()
            # Moving to the row the cursor is already on highlights nothing: select directly.
            self._pending_country = codes[index]
            self._commit_country()

    @staticmethod
    def _count_cell(count: int) -> Text:
        if not count:
            return Text("")
        return Text(f"● {count}" if count < 1000 else "● 999+", style="bold yellow")

    @work(thread=True, exclusive=True, group="counts")
    def load_counts(self) -> None:
        with self.bw.reader.session() as db:
            counts = new_headline_counts(db)
        self.post_message(CountsLoaded(counts))

    def on_counts_loaded(self, message: CountsLoaded) -> None:
        table = self.query_one("#countries", DataTable)
        for row_key in table.rows:
            code = str(row_key.value)
            table.update_cell(row_key, "new", self._count_cell(message.counts.get(code, 0)))

    @work(thread=True, exclusive=True, group="card")
    def load_card(self, code: str) -> None:
        with self.bw.reader.session() as db:
            card = country_card(db, code, today=self.bw.today)
        if not get_current_worker().is_cancelled:
            self.post_message(CountryCardLoaded(card))

    @work(thread=True, exclusive=True, group="seen")
    def mark_seen(self, code: str) -> None:
        with self.bw.reader.writer() as db:
            mark_country_seen(db, code)

    def current_filter(self) -> HeadlineFilter:
        """The typed filter, restricted to the selected country unless it names countries."""
        query = parse_filter(self.filter_text)
        if query.countries == ("ALL",):
            return HeadlineFilter(
                query.words, (), query.orgs, query.sources, query.events, query.since
            )
        if not query.countries and self.country:
            return HeadlineFilter(
                query.words, (self.country,), query.orgs, query.sources, query.events, query.since
            )
        return query

    @work(thread=True, exclusive=True, group="headlines")
    def load_headlines(self) -> None:
        try:
            query = self.current_filter()
            with self.bw.reader.session() as db:
                rows = headlines(db, query, limit=HEADLINE_LIMIT)
        except InputError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        if get_current_worker().is_cancelled:
            return
        self.post_message(HeadlinesLoaded(rows, self.filter_text, HEADLINE_LIMIT))

    def refresh_all(self) -> None:
        """Re-read everything shown (after another process wrote), keeping the selection."""
        self.load_counts()
        if self.country:
            self.load_card(self.country)
        self.load_headlines()

    # ----- showing -------------------------------------------------------------------------

    def on_country_card_loaded(self, message: CountryCardLoaded) -> None:
        self._card = message.card
        self._show_card()

    def _show_card(self) -> None:
        card = self._card
        if card is None:
            return
        country = card.country
        title = self.query_one("#country-title", Static)
        title.update(
            Content.from_markup(
                "[b]$name[/b]  $ru · $region",
                name=country.name,
                ru=country.name_ru or "",
                region=country.region or "",
            )
        )
        memberships = self.query_one("#memberships", DataTable)
        memberships.clear()
        periods = list(card.memberships)
        if self.show_history:
            periods = sorted(
                [*card.memberships, *card.history], key=lambda period: (period.org, period.since)
            )
        for period in periods:
            memberships.add_row(*membership_cells(period), key=f"{period.org}|{period.since}")
        if not periods:
            memberships.add_row(Text("—"), Text("no memberships on record", style="dim"), Text(""))
        history_note = (
            "all periods · h: current" if self.show_history else f"h: +{len(card.history)} past"
        )
        self.query_one("#memberships-title", Static).update(
            Content.from_markup("Memberships [dim]($note)[/dim]", note=history_note)
        )
        agreements = self.query_one("#agreements", DataTable)
        agreements.clear()
        today = self.bw.today
        for agreement in card.agreements:
            agreements.add_row(*agreement_cells(agreement, country.code, today), key=agreement.id)
        self._fit_title_column()

    def on_headlines_loaded(self, message: HeadlinesLoaded) -> None:
        table = self.query_one("#headlines", DataTable)
        selected = self._selected_headline_id()
        scroll_y = table.scroll_y
        self._headlines = message.headlines
        table.clear()
        for headline in message.headlines:
            table.add_row(
                plain(published_day(headline.published)),
                plain(headline.source, "dim"),
                plain(headline.title),
                key=headline.id,
            )
        self._fit_title_column()
        if selected is not None:
            index = next((i for i, h in enumerate(message.headlines) if h.id == selected), None)
            if index is not None:
                table.move_cursor(row=index, animate=False, scroll=False)
                table.scroll_to(y=scroll_y, animate=False)
        count = len(message.headlines)
        more = f" (newest {message.limit}; narrow the filter)" if count >= message.limit else ""
        who = self._card.country.name if self._card and self.country else "all countries"
        description = f"filter: {message.description}" if message.description else who
        self.query_one("#headlines-title", Static).update(
            Content.from_markup(
                "Headlines [dim]— $description · $count$more[/dim]",
                description=description,
                count=str(count),
                more=more,
            )
        )

    def _selected_headline_id(self) -> str | None:
        table = self.query_one("#headlines", DataTable)
        if not table.row_count:
            return None
        try:
            row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        except Exception:  # an empty or just-cleared table has no cell under the cursor
            return None
        return str(row_key.value) if row_key.value is not None else None

    # ----- events and actions --------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#countries")
    def country_highlighted(self, event: DataTable.RowHighlighted) -> None:
        # Debounced: arrowing past a country neither loads it nor marks it seen.
        self._pending_country = str(event.row_key.value)
        if self._country_timer is not None:
            self._country_timer.stop()
        self._country_timer = self.set_timer(COUNTRY_DEBOUNCE, self._commit_country)

    def _commit_country(self) -> None:
        self._country_timer = None
        code = self._pending_country
        if code and code != self.country:
            self.select_country(code)

    def select_country(self, code: str) -> None:
        self.country = code
        self.load_card(code)
        self.load_headlines()
        self.mark_seen(code)
        table = self.query_one("#countries", DataTable)
        if code in [str(key.value) for key in table.rows]:
            table.update_cell(code, "new", Text(""))
            index = table.get_row_index(code)
            if table.cursor_row != index:
                table.move_cursor(row=index)

    @on(DataTable.RowSelected, "#headlines")
    def headline_chosen(self, event: DataTable.RowSelected) -> None:
        self.bw.show_detail(str(event.row_key.value))

    @on(DataTable.RowSelected, "#memberships")
    def membership_chosen(self, event: DataTable.RowSelected) -> None:
        from tui.screens.reference import ReferenceScreen, membership_lines

        card = self._card
        key = str(event.row_key.value)
        periods = [*card.memberships, *card.history] if card else []
        period = next((p for p in periods if f"{p.org}|{p.since}" == key), None)
        if card and period:
            self.app.push_screen(
                ReferenceScreen(
                    f"{card.country.name} in {period.org_name}", membership_lines(period)
                )
            )

    @on(DataTable.RowSelected, "#agreements")
    def agreement_chosen(self, event: DataTable.RowSelected) -> None:
        from tui.screens.reference import ReferenceScreen, agreement_lines

        card = self._card
        agreement = next(
            (a for a in (card.agreements if card else ()) if a.id == event.row_key.value), None
        )
        if agreement:
            self.app.push_screen(
                ReferenceScreen(agreement.name, agreement_lines(agreement, self.bw.today))
            )

    def action_open_detail(self) -> None:
        selected = self._selected_headline_id()
        if selected:
            self.bw.show_detail(selected)

    def action_open_link(self) -> None:
        selected = self._selected_headline_id()
        url = next((h.url for h in self._headlines if h.id == selected), None)
        if url:
            self.app.open_url(url)
            self.notify(f"opening {url}", markup=False)
        else:
            self.notify("this headline has no link", severity="warning")

    def action_pick_country(self) -> None:
        from tui.screens.picker import CountryPicker

        def chosen(code: str | None) -> None:
            if code:
                self.select_country(code)
                self.query_one("#headlines", DataTable).focus()

        self.app.push_screen(CountryPicker(), chosen)

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        filter_input = self.query_one("#filter", Input)
        filter_input.value = ""
        if self.filter_text:
            self.filter_text = ""
            self.load_headlines()
        self.query_one("#headlines", DataTable).focus()

    @on(Input.Submitted, "#filter")
    def filter_submitted(self, event: Input.Submitted) -> None:
        try:
            parse_filter(event.value)
        except InputError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.filter_text = event.value.strip()
        self.load_headlines()
        self.query_one("#headlines", DataTable).focus()

    def on_key(self, event: object) -> None:
        from textual.events import Key

        if (
            isinstance(event, Key)
            and event.key == "escape"
            and self.query_one("#filter", Input).has_focus
        ):
            event.stop()
            self.action_clear_filter()

    def action_toggle_history(self) -> None:
        self.show_history = not self.show_history
        self._show_card()

    def action_cursor_down(self) -> None:
        focused = self.focused
        if isinstance(focused, DataTable):
            focused.action_cursor_down()

    def action_cursor_up(self) -> None:
        focused = self.focused
        if isinstance(focused, DataTable):
            focused.action_cursor_up()
