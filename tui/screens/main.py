"""The main screen: countries on the left; the selected country's memberships, agreements
and headlines on the right; a filter line; the status bar."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Header, Input, Static
from textual.widgets.data_table import ColumnKey
from textual.worker import get_current_worker

from store.errors import InputError
from store.filters import HeadlineFilter, parse_filter
from store.queries import Country, CountryCard, Headline, country_card, headlines, list_countries
from store.views import mark_country_seen, new_headline_counts
from tui.cells import agreement_cells, membership_cells, plain, published_day
from tui.messages import CountryCardLoaded, CountsLoaded, HeadlinesLoaded, HeadlinesRest
from tui.widgets.country_finder import CountryFinder, matches
from tui.widgets.footer import SteadyFooter
from tui.widgets.status_bar import StatusBar
from tui.widgets.text_table import TextTable

if TYPE_CHECKING:
    from tui.app import BlocwatchApp

HEADLINE_LIMIT = 500
# A switch or a filter first asks for this many rows, a screenful and some, and shows
# them; the whole window is read once they are painted. At 1M articles that query takes
# 4-6 ms instead of 10-13 ms for 500 rows.
SCREEN_LIMIT = 64
FIRST_FILL = 40  # headline rows added before the first repaint (or a screenful, if more)
FILL_SLICE = 110  # then this many at a time until the window is complete,
FILL_PAUSE = 0.03  # this long apart (seconds), so a frame is painted in between
NARROW = 130  # below this many columns the side panes shrink
FINDER_CLOSE_LIMIT = 0.5  # the finder closes by then even if the country's rows are late
COUNTRY_DEBOUNCE = 0.05  # seconds between arrow-key repeats below which loading waits
SEEN_DELAY = 0.3  # seconds a country must stay shown before it counts as seen


class MainScreen(Screen[None]):
    """Keyboard-first: every action has a key in the footer and in the command palette."""

    BINDINGS = [
        # Priority: the keys typed right after c or / (a fast typist, a paste, ``tmux
        # send-keys / p a r t Enter``) arrive in the same burst. Textual hands each key to
        # the widget focused at that moment, and a plain binding would move the focus only
        # after the whole burst had gone to the list, where r polls and q quits. These
        # run first and move the focus at once; inside an input they type themselves.
        Binding("c", "pick_country", "Country", priority=True),
        Binding("slash", "focus_filter", "Filter", priority=True),
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
        self._last_highlight = 0.0  # time.monotonic() of the last country highlight
        self._seen_country: str | None = None  # the shown country, once marked seen
        self._seen_timer: Timer | None = None
        # Move focus to the headlines only once new rows are on screen: a focus change
        # rebuilds the Footer's keys, which on a small machine costs more than the query.
        self._focus_headlines_after_load = False
        self._fill_generation = 0  # bumped per result, so a stale fill-in stops
        self._countries: list[Country] = []
        self._counts: dict[str, int] = {}
        self._finding = False  # the country finder (``c``) is narrowing the list
        self._finder_to_close = False  # a country was chosen; the finder goes with its rows

    @property
    def bw(self) -> BlocwatchApp:
        return cast("BlocwatchApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield Static("Countries", id="countries-title", classes="pane-title")
                yield CountryFinder(placeholder="type: uzb, Узб, KZ", id="country-find")
                yield TextTable(id="countries", cursor_type="row", zebra_stripes=False)
            with Vertical(id="right"):
                yield Static("", id="country-title", markup=False)
                with Horizontal(id="reference"):
                    with Vertical(id="memberships-box"):
                        yield Static("Memberships", id="memberships-title", classes="pane-title")
                        yield TextTable(id="memberships", cursor_type="row")
                    with Vertical(id="agreements-box"):
                        yield Static("Agreements", classes="pane-title")
                        yield TextTable(id="agreements", cursor_type="row")
                yield Static("Headlines", id="headlines-title", classes="pane-title")
                yield TextTable(id="headlines", cursor_type="row")
        yield Input(
            placeholder="/ filter: words country:UZ org:CSTO source:tass since:7d event:sign",
            id="filter",
        )
        yield StatusBar(id="status")
        yield SteadyFooter()

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
        # The start country's rows load first, while the country list is still coming:
        # the query waits for no other and the first paint comes sooner.
        if self.bw.start_country:
            self._show_country(self.bw.start_country)
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

    def _show_countries(self, countries: list[Country], counts: dict[str, int]) -> None:
        self._countries, self._counts = countries, dict(counts)
        if countries:
            start = self.bw.start_country
            codes = [country.code for country in countries]
            code = start if start in codes else codes[0]
            self._fill_countries(countries, code)
            self.query_one("#countries", DataTable).focus()
            # Moving to the row the cursor is already on highlights nothing: select directly.
            self._pending_country = code
            self._commit_country()

    def _fill_countries(self, countries: list[Country], cursor: str | None) -> None:
        table = self.query_one("#countries", DataTable)
        table.clear()
        for country in countries:
            table.add_row(
                plain(country.name),
                self._count_cell(self._counts.get(country.code, 0)),
                key=country.code,
            )
        codes = [country.code for country in countries]
        if cursor in codes:
            table.move_cursor(row=codes.index(cursor), animate=False)

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
        # A count read before the shown country's seen mark was written would bring its
        # badge back: the country on screen, once marked seen, shows none.
        self._counts = {
            code: count for code, count in message.counts.items() if code != self._seen_country
        }
        table = self.query_one("#countries", DataTable)
        for row_key in table.rows:
            code = str(row_key.value)
            table.update_cell(row_key, "new", self._count_cell(self._counts.get(code, 0)))

    @work(thread=True, exclusive=True, group="seen")
    def mark_seen(self, code: str) -> None:
        # The New column is cleared here already: not a change to reload everything for.
        self.bw.reader.write_shown(lambda db: mark_country_seen(db, code))

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
    def load_headlines(self, card_code: str | None = None, *, screen_first: bool = True) -> None:
        """The headlines, and with ``card_code`` that country's card too: both arrive
        together and are painted in one frame, and no frame is painted (holding the GIL)
        while the query runs. With ``screen_first``, only the first SCREEN_LIMIT rows
        come now (``load_rest`` reads the window once they are painted)."""
        card = None
        error: InputError | None = None
        rows: list[Headline] = []
        with self.bw.reader.session() as db:
            try:
                if card_code:
                    card = country_card(db, card_code, today=self.bw.today)
                limit = SCREEN_LIMIT if screen_first else HEADLINE_LIMIT
                rows = headlines(db, self.current_filter(), limit=limit)
            except InputError as failure:
                error = failure
        if get_current_worker().is_cancelled:
            return
        if error is not None:
            if card is not None:
                self.post_message(CountryCardLoaded(card))
            self._focus_headlines_after_load = False
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
            self.app.call_from_thread(self._close_finder)
            return
        partial = screen_first and len(rows) == SCREEN_LIMIT
        self.post_message(HeadlinesLoaded(rows, self.filter_text, HEADLINE_LIMIT, card, partial))

    @work(thread=True, exclusive=True, group="headlines")
    def load_rest(self, generation: int) -> None:
        """The whole window of the result whose first screenful is on screen."""
        with self.bw.reader.session() as db:
            try:
                rows = headlines(db, self.current_filter(), limit=HEADLINE_LIMIT)
            except InputError:
                return  # the first part ran the same filter: it was reported then
        if not get_current_worker().is_cancelled:
            self.post_message(HeadlinesRest(rows, generation))

    def refresh_all(self) -> None:
        """Re-read everything shown (after another process wrote), keeping the selection
        (the whole window at once: the selected row may be far down)."""
        self.load_counts()
        self.load_headlines(card_code=self.country, screen_first=False)

    # ----- showing -------------------------------------------------------------------------

    def on_country_card_loaded(self, message: CountryCardLoaded) -> None:
        if message.card.country.code != self.country:
            return  # a late card of the country shown before
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
            ),
            layout=False,  # one line, fixed height
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
            Content.from_markup("Memberships [dim]($note)[/dim]", note=history_note),
            layout=False,
        )
        agreements = self.query_one("#agreements", DataTable)
        agreements.clear()
        today = self.bw.today
        for agreement in card.agreements:
            agreements.add_row(*agreement_cells(agreement, country.code, today), key=agreement.id)
        self._fit_title_column()

    def on_headlines_loaded(self, message: HeadlinesLoaded) -> None:
        if message.card is not None:
            self.on_country_card_loaded(CountryCardLoaded(message.card))
        table = self.query_one("#headlines", TextTable)
        selected = self._selected_headline_id()
        scroll_y = table.scroll_y
        self._headlines = message.headlines
        self._fill_generation += 1
        table.clear()
        index = None
        if selected is not None:
            index = next((i for i, h in enumerate(message.headlines) if h.id == selected), None)
        # A DataTable row costs 0.2-0.3 ms to add and measure on a small VM (500 rows: over
        # 0.1 s), so the rows a screen can show go in first and are painted; the rest of
        # the window follows in slices between frames (``_fill_rest``).
        screenful = max(FIRST_FILL, table.size.height + 5)
        first = screenful if index is None else index + screenful  # the kept row in view
        self._add_headline_rows(table, message.headlines[:first])
        generation, rows = self._fill_generation, message.headlines
        if message.partial:
            table.call_after_paint(lambda: self.load_rest(generation))
        elif first < len(message.headlines):
            table.call_after_paint(lambda: self._schedule_fill(generation, rows, first))
        self._fit_title_column()
        if index is not None:
            table.move_cursor(row=index, animate=False, scroll=False)
            table.scroll_to(y=scroll_y, animate=False)
        self._show_headline_count(message.description, message.partial)
        # The finder closes and the focus moves once the rows are painted: a focus change
        # restyles both widgets and may rebuild the footer (tens of milliseconds).
        if self._finder_to_close:
            table.call_after_paint(self._close_finder)
        if self._focus_headlines_after_load:
            self._focus_headlines_after_load = False
            table.call_after_paint(table.focus)

    def on_headlines_rest(self, message: HeadlinesRest) -> None:
        if message.generation != self._fill_generation:
            return  # a newer result replaced the table
        shown = self._headlines
        if [h.id for h in message.headlines[: len(shown)]] != [h.id for h in shown]:
            # Stories arrived between the two reads: show the window as a new result.
            self.on_headlines_loaded(
                HeadlinesLoaded(message.headlines, self.filter_text, HEADLINE_LIMIT)
            )
            return
        table = self.query_one("#headlines", TextTable)
        self._headlines = message.headlines
        self._fill_generation += 1  # rows of the first part still to add are in this list
        if table.row_count < len(message.headlines):
            self._schedule_fill(self._fill_generation, message.headlines, table.row_count)
        self._show_headline_count(self.filter_text, partial=False)

    def _show_headline_count(self, filter_text: str, partial: bool) -> None:
        count = len(self._headlines)
        shown = f"{count}+" if partial else str(count)
        more = f" (newest {HEADLINE_LIMIT}; narrow the filter)" if count >= HEADLINE_LIMIT else ""
        who = self._card.country.name if self._card and self.country else "all countries"
        description = f"filter: {filter_text}" if filter_text else who
        self.query_one("#headlines-title", Static).update(
            Content.from_markup(
                "Headlines [dim]— $description · $count$more[/dim]",
                description=description,
                count=shown,
                more=more,
            ),
            layout=False,  # one line, fixed height: no need to lay the screen out again
        )

    @staticmethod
    def _add_headline_rows(table: DataTable, rows: list[Headline]) -> None:  # type: ignore[type-arg]
        for headline in rows:
            table.add_row(
                plain(published_day(headline.published)),
                plain(headline.source, "dim"),
                plain(headline.title),
                key=headline.id,
            )

    def _schedule_fill(self, generation: int, rows: list[Headline], start: int) -> None:
        # A timer, not call_after_refresh (which runs before the next frame is painted).
        self.set_timer(FILL_PAUSE, lambda: self._fill_rest(generation, rows, start))

    def _fill_rest(self, generation: int, rows: list[Headline], start: int) -> None:
        if generation != self._fill_generation:
            return  # a newer result replaced the table
        end = start + FILL_SLICE
        self._add_headline_rows(self.query_one("#headlines", DataTable), rows[start:end])
        if end < len(rows):
            self._schedule_fill(generation, rows, end)

    def _focus_headlines_when_loaded(self) -> None:
        self._focus_headlines_after_load = True

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
        # A single key press shows the country at once; while an arrow key repeats, loading
        # waits until the highlight rests for COUNTRY_DEBOUNCE. Only a country that stays
        # highlighted that long is marked seen: arrowing past one keeps its "new" count.
        if event.cursor_row != event.data_table.cursor_row:
            return  # stale: the cursor has moved on (rows being added, a key repeat)
        if self._finding:
            return  # the finder moves the cursor over matches; Enter decides
        code = str(event.row_key.value)
        self._pending_country = code
        now = time.monotonic()
        resting = now - self._last_highlight >= COUNTRY_DEBOUNCE
        self._last_highlight = now
        if self._country_timer is not None:
            self._country_timer.stop()
        if resting and code != self.country:
            self._show_country(code)
        self._country_timer = self.set_timer(COUNTRY_DEBOUNCE, self._commit_country)

    def _commit_country(self) -> None:
        self._country_timer = None
        code = self._pending_country
        if not code:
            return
        if code != self.country:
            self.select_country(code)

    def select_country(self, code: str) -> None:
        self._show_country(code)
        self._move_country_cursor(code)

    def _move_country_cursor(self, code: str) -> None:
        table = self.query_one("#countries", DataTable)
        if code in [str(key.value) for key in table.rows]:
            index = table.get_row_index(code)
            if table.cursor_row != index:
                table.move_cursor(row=index)

    def _show_country(self, code: str) -> None:
        self.country = code
        self._seen_country = None
        self.load_headlines(card_code=code)
        # Marked seen once it has been on screen a moment (its write and the New column's
        # repaint stay out of the way of the headlines, and arrowing past marks nothing).
        if self._seen_timer is not None:
            self._seen_timer.stop()
        self._seen_timer = self.set_timer(SEEN_DELAY, lambda: self._mark_if_still(code))

    def _mark_if_still(self, code: str) -> None:
        self._seen_timer = None
        if code == self.country and code != self._seen_country:
            self._mark_country_seen(code)

    def _mark_country_seen(self, code: str) -> None:
        self._seen_country = code
        self._counts.pop(code, None)
        self.mark_seen(code)
        table = self.query_one("#countries", DataTable)
        if code in [str(key.value) for key in table.rows]:
            table.update_cell(code, "new", Text(""))

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

    def _typing(self) -> bool:
        return isinstance(self.focused, Input)

    def action_pick_country(self) -> None:
        """The country list narrows to what is typed; Enter shows the highlighted one."""
        if self._typing():
            raise SkipAction()  # "c" typed in the filter or the finder is a letter
        self._finding = True
        if self._finder_to_close:  # c again before the last choice's rows came
            self._finder_to_close = False
            self._fill_countries(self._countries, self.country)
        self.query_one("#left").add_class("-finding")
        finder = self.query_one("#country-find", CountryFinder)
        finder.value = ""
        self.set_focus(finder)

    @on(Input.Changed, "#country-find")
    def finder_typed(self, event: Input.Changed) -> None:
        if not self._finding:
            return
        shown = [country for country in self._countries if matches(country, event.value)]
        self._fill_countries(shown, shown[0].code if shown else None)

    @on(CountryFinder.Stepped)
    def finder_stepped(self, event: CountryFinder.Stepped) -> None:
        table = self.query_one("#countries", DataTable)
        if table.row_count:
            row = max(0, min(table.row_count - 1, table.cursor_row + event.step))
            table.move_cursor(row=row, animate=False)

    @on(Input.Submitted, "#country-find")
    def finder_submitted(self) -> None:
        table = self.query_one("#countries", DataTable)
        if not table.row_count:
            self.notify("no country matches", severity="warning")
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        self._end_finding(str(row_key.value))

    @on(CountryFinder.Cancelled)
    def finder_cancelled(self) -> None:
        if self._finding:
            self._end_finding(None)

    def _end_finding(self, code: str | None) -> None:
        """Back to the whole list, on the chosen country (or, cancelled, the shown one).

        A new country loads first, with the finder still up: the list's repaint and the
        focus change (which rebuilds the footer) come in the frame of its rows, not
        before them while the query runs."""
        self._finding = False
        if code is not None and code != self.country:
            self._focus_headlines_when_loaded()
            self._finder_to_close = True
            self.set_timer(FINDER_CLOSE_LIMIT, self._close_finder)
            self._show_country(code)
            return
        self._finder_to_close = True
        self._close_finder()
        table_id = "#countries" if code is None else "#headlines"
        self.query_one(table_id, DataTable).focus()

    def _close_finder(self) -> None:
        if self._finder_to_close:
            self._finder_to_close = False
            self._fill_countries(self._countries, self.country)
            self.query_one("#left").remove_class("-finding")

    def action_focus_filter(self) -> None:
        if self._typing():
            raise SkipAction()
        self.set_focus(self.query_one("#filter", Input))

    def action_clear_filter(self) -> None:
        filter_input = self.query_one("#filter", Input)
        filter_input.value = ""
        if self.filter_text:
            self.filter_text = ""
            self._focus_headlines_when_loaded()
            self.load_headlines()
        else:
            self.query_one("#headlines", DataTable).focus()

    @on(Input.Submitted, "#filter")
    def filter_submitted(self, event: Input.Submitted) -> None:
        try:
            parse_filter(event.value)
        except InputError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.filter_text = event.value.strip()
        self._focus_headlines_when_loaded()
        self.load_headlines()

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
