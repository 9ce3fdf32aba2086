"""``m``: the alignment matrix, countries × blocs, current status in each cell."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from store.overview import AlignmentMatrix, alignment_matrix
from tui.cells import STATUS_STYLES, plain

if TYPE_CHECKING:
    from tui.app import BlocwatchApp

SHORT = {"UNION_STATE": "UNION ST."}
LEGEND = ("member", "observer", "partner", "associate", "candidate", "suspended", "withdrawn")


class OverviewScreen(Screen[str | None]):
    """Enter on a row returns that country to the main screen."""

    BINDINGS = [
        Binding("escape,m", "close", "Back"),
        Binding("j", "cursor('down')", "Down", show=False),
        Binding("k", "cursor('up')", "Up", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "Alignment matrix — current status; Enter opens the country", classes="pane-title"
        )
        yield DataTable(id="matrix", cursor_type="row")
        legend = Text("  ")
        for status in LEGEND:
            legend.append(status, style=STATUS_STYLES[status])
            legend.append("  ")
        legend.append("— none on record", style="dim")
        yield Static(legend, id="legend")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        app = cast("BlocwatchApp", self.app)
        with app.reader.session() as db:
            matrix = alignment_matrix(db, app.today)
        self.app.call_from_thread(self.show, matrix)

    def show(self, matrix: AlignmentMatrix) -> None:
        table = self.query_one("#matrix", DataTable)
        table.clear(columns=True)
        table.add_column("Country", key="country")
        for org in matrix.orgs:
            table.add_column(SHORT.get(org, org), key=org, width=10)
        for country, cells in matrix.rows:
            row = [plain(country.name, "bold")]
            for org in matrix.orgs:
                cell = cells.get(org)
                row.append(
                    Text(cell.status, style=STATUS_STYLES.get(cell.status, ""))
                    if cell
                    else Text("—", style="dim")
                )
            table.add_row(*row, key=country.code)
        table.focus()

    @on(DataTable.RowSelected, "#matrix")
    def chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss(str(event.row_key.value))

    def action_cursor(self, direction: str) -> None:
        table = self.query_one("#matrix", DataTable)
        table.action_cursor_down() if direction == "down" else table.action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)
