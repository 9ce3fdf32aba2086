"""A DataTable that paints one-line ``Text`` cells without Rich's layout machinery.

DataTable renders every cell through ``console.render_lines(Styled(Padding(cell)))``:
measure, wrap, justify, split and crop, for a cell that is one line of plain text. After
``clear()`` or ``add_row`` its caches are keyed afresh, so each frame that follows a new
result renders every visible cell that way, about 1 ms a headline line on a small VM. Here
a one-line ``Text`` cell is truncated and padded directly, with the same segments and
styles as DataTable's own path (tests/test_tui.py compares the two); anything else (wrapped
or multi-line cells, labels, headers, fixed rows or columns) goes the usual way. Styles
that are the same for every line of a frame are looked up once per frame, not per line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.protocol import rich_cast
from rich.segment import Segment
from rich.style import Style
from rich.text import DEFAULT_OVERFLOW, Text
from textual.coordinate import Coordinate
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.timer import Timer
from textual.widgets import DataTable
from textual.widgets.data_table import RowKey

SegmentLines = list[list[Segment]]

NULL_STYLE = Style.null()


@dataclass(frozen=True)
class _Frame:
    """What stays the same for every line of one frame. DataTable looks these up once a
    line or once a cell; some (rich_style) walk every ancestor's styles."""

    style: Style  # the widget's rich_style
    options: ConsoleOptions
    console: Console
    padding: int
    show_cursor: bool
    show_hover_cursor: bool
    css_foreground: bool  # cursor_foreground_priority == "css"
    css_background: bool


class TextTable(DataTable[Text]):
    """Same API and look as DataTable; cheaper to paint when its rows change."""

    _frame: _Frame | None = None  # set while render_lines runs
    _after_paint: tuple[Callable[[], object], ...] = ()
    _after_paint_limit: Timer | None = None

    def call_after_paint(self, callback: Callable[[], object], limit: float = 0.5) -> None:
        """Run ``callback`` once this table has next been painted (at the latest after
        ``limit`` seconds). Why not ``call_after_refresh``: that runs once the message
        queue is empty, often before the frame, so work meant to follow new rows on
        screen (a focus change that rebuilds the footer) delayed them instead."""
        if not self._after_paint:  # one fallback per batch, stopped when the batch runs
            self._after_paint_limit = self.set_timer(limit, self._run_after_paint)
        self._after_paint = (*self._after_paint, callback)

    def _run_after_paint(self) -> None:
        callbacks, self._after_paint = self._after_paint, ()
        if self._after_paint_limit is not None:
            self._after_paint_limit.stop()  # else it would run a later batch before its paint
            self._after_paint_limit = None
        for callback in callbacks:
            callback()

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """DataTable's own for rows of a fixed height without labels, measuring only the
        columns whose width follows their content. Upstream measures every cell of every
        new row, fixed-width columns too, asking the console for its options (and the
        terminal for its size) once a cell."""
        keys = list(new_rows)
        rows = self.rows
        if any(
            (row := rows.get(key)) is not None and (row.auto_height or row.label is not None)
            for key in keys
        ):
            super()._update_dimensions(keys)
            return
        measured = [
            (i, column) for i, column in enumerate(self.ordered_columns) if column.auto_width
        ]
        if measured:
            console = self.app.console
            options = console.options
            before = [column.content_width for _, column in measured]
            for key in keys:
                row_index = self._row_locations.get(key)
                if row_index is None:  # removed before the table was idle
                    continue
                cells = self._get_row_renderables(row_index).cells
                for index, column in measured:
                    column.content_width = max(
                        column.content_width, _width(cells[index], options, console)
                    )
            if before != [column.content_width for _, column in measured]:
                # Rows painted before this measurement (new rows can be painted before
                # the table is idle) are cached at the old widths, under keys that do not
                # hold the width: without this they stayed cut short on screen.
                self._clear_caches()
                self.refresh()
        header_height = self.header_height if self.show_header else 0
        self.virtual_size = Size(
            sum(column.get_render_width(self) for column in self.columns.values())
            + self._row_label_column_width,
            self._total_row_height + header_height,
        )

    def render_lines(self, crop: Region) -> list[Strip]:
        if self.fixed_rows or self.fixed_columns:
            return super().render_lines(crop)
        self._frame = _Frame(
            self.rich_style,
            self.app.console_options,
            self.app.console,
            self.cell_padding,
            self.show_cursor,
            self._show_hover_cursor,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css",
        )
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None
            if self._after_paint:
                self.call_later(self._run_after_paint)  # after this frame is composed

    def render_line(self, y: int) -> Strip:
        frame = self._frame
        if frame is None:
            return super().render_line(y)
        scroll_x, scroll_y = self.scroll_offset
        if y >= (self.header_height if self.show_header else 0):
            y += scroll_y
        return self._render_line(y, scroll_x, scroll_x + self.size.width, frame.style)

    def _render_line_in_row(
        self,
        row_key: RowKey,
        line_no: int,
        base_style: Style,
        cursor_location: Coordinate,
        hover_location: Coordinate,
    ) -> tuple[SegmentLines, SegmentLines]:
        """DataTable's own for a row cursor without row labels, minus the per-line look-ups
        of the header style and the background, which it does not use then."""
        frame = self._frame
        cursor_type = self.cursor_type
        if (
            frame is None
            or cursor_type != "row"
            or (self._labelled_row_exists and self.show_row_labels)
        ):
            return super()._render_line_in_row(
                row_key, line_no, base_style, cursor_location, hover_location
            )
        cache_key = (
            row_key,
            line_no,
            base_style,
            cursor_location,
            hover_location,
            cursor_type,
            frame.show_cursor,
            frame.show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        cached = self._row_render_cache.get(cache_key)
        if cached is not None:
            return cached
        should_highlight = self._should_highlight
        found = self._row_locations.get(row_key)
        row_index = -1 if found is None else found
        row_style = self._get_row_style(row_index, base_style)
        scrollable_row: SegmentLines = []
        table_width = self._row_label_column_width
        for column_index, column in enumerate(self.ordered_columns):
            cell_location = Coordinate(row_index, column_index)
            width = column.get_render_width(self)
            table_width += width
            scrollable_row.append(
                self._render_cell(
                    row_index,
                    column_index,
                    row_style,
                    width,
                    cursor=should_highlight(cursor_location, cell_location, cursor_type),
                    hover=should_highlight(hover_location, cell_location, cursor_type),
                )[line_no]
            )
        # Extend the row's style to the widget's right edge.
        extend_style, _ = self._get_styles_to_render_cell(
            row_index == -1,
            False,
            False,
            should_highlight(hover_location, Coordinate(row_index or 0, 0), cursor_type),
            row_index == cursor_location.row,
            frame.show_cursor,
            frame.show_hover_cursor,
            False,
            False,
        )
        extend_style = row_style + extend_style
        extend_style += Style.from_meta({"row": row_index, "column": 0, "out_of_bounds": True})
        remaining_space = max(0, self.size.width - table_width)
        scrollable_row.append([Segment(" " * remaining_space, extend_style)])
        row_pair: tuple[SegmentLines, SegmentLines] = ([], scrollable_row)
        self._row_render_cache[cache_key] = row_pair
        return row_pair

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> SegmentLines:
        frame = self._frame
        if frame is None or row_index < 0 or column_index < 0:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        row_key = self._row_locations.get_key(row_index)
        column_key = self._column_locations.get_key(column_index)
        if row_key is None or column_key is None:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        cache_key = (
            row_key,
            column_key,
            base_style,
            cursor,
            hover,
            frame.show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        cached = self._cell_render_cache.get(cache_key)
        if cached is not None:
            return cached
        cell = self._get_row_renderables(row_index).cells[column_index]
        if (
            width <= 2 * frame.padding
            or not isinstance(cell, Text)
            or self.rows[row_key].height != 1
            or cell.justify not in (None, "default")
            or frame.options.justify not in (None, "default")
            or "\n" in cell.plain
            or "\t" in cell.plain
        ):
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        component_style, post_style = self._get_styles_to_render_cell(
            False,
            False,
            False,
            hover,
            cursor,
            frame.show_cursor,
            frame.show_hover_cursor,
            frame.css_foreground,
            frame.css_background,
        )
        pre_style = base_style + Style.from_meta({"row": row_index, "column": column_index})
        segments = _padded_line(cell, width, frame)
        lines = [list(Segment.apply_style(segments, pre_style + component_style, post_style))]
        self._cell_render_cache[cache_key] = lines
        return lines


def _width(cell: object, options: ConsoleOptions, console: Console) -> int:
    """What ``textual.render.measure(console, cell, 1)`` returns, with options given."""
    if isinstance(cell, str):
        return cell_len(cell)
    renderable = rich_cast(cell)
    get_width = getattr(renderable, "__rich_measure__", None)
    if get_width is None:
        return 1
    return max(0, int(get_width(console, options).maximum))


def _padded_line(cell: Text, width: int, frame: _Frame) -> list[Segment]:
    """What ``Padding(cell, (0, padding))`` renders at ``width`` for a one-line cell."""
    padding = frame.padding
    inner = width - 2 * padding
    text = cell.copy()
    text.truncate(inner, overflow=cell.overflow or frame.options.overflow or DEFAULT_OVERFLOW)
    # join() turns the cell's own style into a span, as Text.__rich_console__ does.
    segments = list(Text("\n").join([text]).render(frame.console, end=""))
    segments = Segment.adjust_line_length(segments, inner, NULL_STYLE, pad=True)
    if padding:
        side = Segment(" " * padding, NULL_STYLE)
        segments = [side, *segments, side]
    return Segment.adjust_line_length(segments, width, pad=True)
