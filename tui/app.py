"""The Textual application: wiring only — screens, keys, live refresh and the poll worker."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer

from feeds.lock import PollLocked
from feeds.poll import poll
from store.config import Settings
from store.queries import FeedHealth, article_detail, feed_health
from store.review import count_pending
from tui.messages import DatabaseChanged, DetailLoaded, PollFinished, PollProgressed
from tui.reader import Reader
from tui.screens.main import MainScreen
from tui.widgets.status_bar import StatusBar

LIVE_INTERVAL = 2.0  # seconds between checks for another process's commits
# Worker threads run the queries, and Python's sqlite3 releases the GIL around every row
# it steps. While this thread paints, a worker waiting for the GIL gets it back only after
# the switch interval (5 ms by default): a 500-row result took 100-300 ms instead of 10.
SWITCH_INTERVAL = 0.001


class BlocwatchApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "blocwatch"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("m", "overview", "Matrix"),
        Binding("v", "review", "Review"),
        Binding("r", "poll_now", "Poll"),
    ]

    def __init__(
        self,
        db_path: Path,
        settings: Settings,
        lock_path: Path,
        *,
        start_country: str | None = None,
        title_note: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.settings = settings
        self.lock_path = lock_path
        self.start_country = start_country
        self.title_note = title_note
        self.fixed_today = today  # tests pin the date; agreements expire relative to it
        self.reader = Reader(db_path)
        self._pending: int | None = None
        self._polling = ""
        self.live_timer: Timer | None = None
        self._switch_interval = sys.getswitchinterval()

    def on_mount(self) -> None:
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        self.sub_title = self.title_note
        self.push_screen(MainScreen())
        self.refresh_status()
        self.live_timer = self.set_interval(LIVE_INTERVAL, self.check_for_changes)
        # What start-up built (modules, widgets, styles) lives as long as the app. Left to
        # the collector, every full (gen2) collection walks all of it again: 40-180 ms
        # pauses in the middle of a country switch or a filter on a small machine.
        self.call_after_refresh(gc.freeze)

    def on_unmount(self) -> None:
        sys.setswitchinterval(self._switch_interval)
        self.reader.close()

    @property
    def today(self) -> date:
        return self.fixed_today or date.today()

    @property
    def main_screen(self) -> MainScreen:
        return next(screen for screen in self.screen_stack if isinstance(screen, MainScreen))

    # ----- live refresh --------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="live")
    def check_for_changes(self) -> None:
        if self.reader.has_changed():
            self.post_message(DatabaseChanged())

    def on_database_changed(self, _: DatabaseChanged) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.refresh_all()
        self.refresh_status()

    @work(thread=True, exclusive=True, group="status")
    def refresh_status(self) -> None:
        with self.reader.session() as db:
            status = feed_health(db)
            pending = count_pending(db)
        self.call_from_thread(self._show_status, status, pending)

    def _show_status(self, status: FeedHealth, pending: int) -> None:
        for bar in self.query_status_bars():
            bar.show_status(status, str(self.db_path), self._polling)
        note = f"{self.title_note} · " if self.title_note else ""
        self.sub_title = f"{note}review: {pending} waiting"
        if self._pending is not None and pending > self._pending:
            new = pending - self._pending
            self.notify(
                f"{new} new event{'s' if new > 1 else ''} wait for review (press v)",
                title="Review queue",
                markup=False,
            )
        self._pending = pending

    def query_status_bars(self) -> Iterable[StatusBar]:
        for screen in self.screen_stack:
            yield from screen.query(StatusBar)

    # ----- actions -------------------------------------------------------------------------

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_overview(self) -> None:
        from tui.screens.overview import OverviewScreen

        if isinstance(self.screen, MainScreen):

            def chosen(code: str | None) -> None:
                if code:
                    self.main_screen.select_country(code)

            self.push_screen(OverviewScreen(), chosen)

    def action_review(self) -> None:
        from tui.screens.review import ReviewScreen

        if isinstance(self.screen, MainScreen):

            def closed(_: None) -> None:
                self.refresh_status()

            self.push_screen(ReviewScreen(), closed)

    @work(thread=True, group="detail")
    def show_detail(self, article_id: str) -> None:
        with self.reader.session() as db:
            detail = article_detail(db, article_id)
        if detail is not None:
            self.post_message(DetailLoaded(detail))

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        from tui.screens.detail import DetailScreen

        self.push_screen(DetailScreen(message.detail))

    def action_poll_now(self) -> None:
        if self._polling:
            self.notify("a poll is already running", severity="warning")
            return
        self._polling = "polling…"
        self.refresh_status()
        self.run_poll()

    @work(thread=True, exclusive=True, group="poll")
    def run_poll(self) -> None:
        def progress(done: int, total: int, new: int) -> None:
            self.post_message(PollProgressed(done, total, new))

        try:
            report = poll(
                self.db_path, self.lock_path, self.settings, progress=progress, use_pool=False
            )
        except PollLocked:
            self.post_message(PollFinished("another poll is running (cron?); try again soon", True))
            return
        except Exception as error:  # shown to the analyst; the dashboard keeps running
            self.post_message(PollFinished(f"poll failed: {error}", True))
            return
        summary = (
            f"poll done: {report.articles_new} new articles; "
            f"{report.feeds_failed} of {len(report.outcomes)} feeds failed"
        )
        self.post_message(PollFinished(summary, report.all_failed))

    def on_poll_progressed(self, message: PollProgressed) -> None:
        self._polling = f"polling {message.done}/{message.total} feeds, {message.new} new"
        self.refresh_status()

    def on_poll_finished(self, message: PollFinished) -> None:
        self._polling = ""
        self.notify(
            message.summary, severity="error" if message.failed else "information", markup=False
        )
        self.refresh_status()
        self.check_for_changes()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:  # type: ignore[type-arg]
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Pick a country",
            "Choose the country pane (c)",
            lambda: self.main_screen.action_pick_country(),
        )
        yield SystemCommand(
            "Filter headlines",
            "Words, country:, org:, since:, event: (/)",
            lambda: self.main_screen.action_focus_filter(),
        )
        yield SystemCommand("Alignment matrix", "Countries × blocs (m)", self.action_overview)
        yield SystemCommand(
            "Review queue", "Detected events to accept or reject (v)", self.action_review
        )
        yield SystemCommand("Poll now", "Fetch every feed once (r)", self.action_poll_now)
        yield SystemCommand(
            "Toggle membership history",
            "Past periods (h)",
            lambda: self.main_screen.action_toggle_history(),
        )
        yield SystemCommand(
            "Open headline link", "In the browser (o)", lambda: self.main_screen.action_open_link()
        )
        yield SystemCommand("Help", "Every key (?)", self.action_help)
