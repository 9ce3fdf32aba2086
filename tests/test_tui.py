"""The dashboard driven by keys, asserting what the analyst sees."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual import events
from textual.widgets import DataTable, Input, Static

from tests.tui_support import HOSTILE_TITLE, demo_database, make_app, settle, wait_until
from tui import app as app_module
from tui.screens.detail import DetailScreen
from tui.screens.main import MainScreen
from tui.screens.overview import OverviewScreen
from tui.screens.review import ReviewScreen

SIZE = (160, 45)
STORY = "Russia and Uzbekistan formalize military strategic partnership through 2030"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return demo_database(tmp_path)


def cells(app: app_module.BlocwatchApp, selector: str) -> list[list[str]]:
    table = app.screen.query_one(selector, DataTable)
    return [
        [getattr(cell, "plain", str(cell)) for cell in table.get_row_at(index)]
        for index in range(table.row_count)
    ]


def titles(app: app_module.BlocwatchApp) -> list[str]:
    return [row[2] for row in cells(app, "#headlines")]


def text_of(app: app_module.BlocwatchApp, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return str(widget.render())


async def test_uzbekistan_pane(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "Uzbekistan" in text_of(app, "#country-title")
        memberships = {row[0]: row for row in cells(app, "#memberships")}
        assert memberships["CSTO"][1] == "suspended" and memberships["CSTO"][2].startswith("2012")
        assert memberships["EAEU"][1] == "observer" and memberships["EAEU"][2].startswith("2020")
        agreements = cells(app, "#agreements")
        programme = [row for row in agreements if row[1] == "2025→2030"]
        assert programme and programme[0][0] == "RU" and programme[0][3] == "active"
        assert "Programme of strategic partnership" in programme[0][2]
        assert any(row[1] == "2016→open" and "military-technical" in row[2] for row in agreements)
        assert agreements[0][3] == "active"  # active first
        assert STORY in titles(app)
        assert HOSTILE_TITLE in titles(app)  # literal, brackets and all


async def test_georgia_pane_shows_the_treaty_it_left(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("c", *"Georgia", "enter")
        await settle(app, pilot)
        treaty = [row for row in cells(app, "#agreements") if "Collective Security" in row[2]]
        assert treaty and treaty[0][3] == "left 1999"
        assert "GE" not in treaty[0][0] and "AZ" not in treaty[0][0]


async def test_a_long_result_shows_its_first_screen_then_the_whole_window(
    db_path: Path,
) -> None:
    """A switch reads a screenful first and the rest once it is painted: every row ends
    up in the table once, in order, and the count in the title is the whole count."""
    conn = sqlite3.connect(db_path)
    with conn:
        for number in range(150):
            conn.execute(
                "INSERT INTO articles (id, feed_url, url, title, summary, published, fetched_at)"
                " VALUES (?, 'test', ?, ?, '', ?, ?)",
                [
                    f"bulk-{number}",
                    f"https://feeds.example/bulk/{number}",
                    f"Kazakhstan bulletin {number:03d}",
                    f"2026-10-{1 + number // 10:02d}T{number % 10:02d}:00:00Z",
                    f"2026-10-{1 + number // 10:02d}T{number % 10:02d}:00:00Z",
                ],
            )
            conn.execute(
                "INSERT INTO article_mentions VALUES (?, 'country', 'KZ', 'Kazakhstan')",
                [f"bulk-{number}"],
            )
    conn.close()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("c", *"kazakh", "enter")
        await wait_until(pilot, lambda: len(titles(app)) > 150)
        shown = titles(app)
        bulk = [title for title in shown if title.startswith("Kazakhstan bulletin")]
        assert bulk == [f"Kazakhstan bulletin {n:03d}" for n in reversed(range(150))]
        assert len(shown) == len(set(shown))
        assert f"· {len(shown)}" in text_of(app, "#headlines-title")


async def test_history_on_demand(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert not any(
            row[1] == "withdrawn" and row[0] == "CSTO" for row in cells(app, "#memberships")
        )
        await pilot.press("h")
        rows = cells(app, "#memberships")
        csto = [row[1] for row in rows if row[0] == "CSTO"]
        assert csto == ["member", "withdrawn", "member", "suspended"]


async def test_pick_country_by_typing(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("c", *"kaz", "enter")
        await settle(app, pilot)
        # the finder closes and the whole list is back, on the chosen country
        assert "Kazakhstan" in text_of(app, "#country-title")
        countries = app.screen.query_one("#countries", DataTable)
        everything = countries.row_count
        row_key, _ = countries.coordinate_to_cell_key(countries.cursor_coordinate)
        assert row_key.value == "KZ"
        assert not app.screen.query_one("#country-find", Input).display
        await pilot.press("c", *"an")  # the list narrows while typing
        await settle(app, pilot)
        assert app.screen.query_one("#country-find", Input).display
        shown = [row[0] for row in cells(app, "#countries")]
        assert 1 < len(shown) < everything
        assert all("an" in name.lower() for name in shown)
        assert "Kazakhstan" in text_of(app, "#country-title")  # nothing loads before Enter
        await pilot.press("escape")  # cancelled: nothing changes
        await settle(app, pilot)
        assert "Kazakhstan" in text_of(app, "#country-title")
        assert countries.row_count == everything
        await pilot.press("c", *"zzz", "enter")  # no match: a warning, the finder stays
        await settle(app, pilot)
        assert app.screen.query_one("#country-find", Input).display
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("c", *"stan", "down", "enter")  # arrows move among the matches
        await settle(app, pilot)
        second = [row[0] for row in cells(app, "#countries") if "stan" in row[0].lower()][1]
        assert second in text_of(app, "#country-title")
        await pilot.press("c", *"Арм", "enter")
        await settle(app, pilot)
        assert "Armenia" in text_of(app, "#country-title")
        memberships = {row[0]: row for row in cells(app, "#memberships")}
        assert memberships["CSTO"][1] == "suspended"
        assert memberships["CSTO"][2].startswith("2024-02")


async def test_filter_narrows_and_escape_clears(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        everything = titles(app)
        await pilot.press("slash", *"Belousov", "enter")
        await settle(app, pilot)
        assert titles(app) == [STORY]
        await pilot.press("slash", "escape")
        await settle(app, pilot)
        assert titles(app) == everything
        assert app.screen.query_one("#filter", Input).value == ""



def burst(app: object, keys: str) -> None:
    """Post keys all at once, as a terminal delivers typeahead or a paste (``tmux
    send-keys / p a r t Enter``); ``pilot.press`` waits for each key to be handled."""
    names = {"/": "slash", "\n": "enter", " ": "space"}
    for char in keys:
        app.post_message(events.Key(names.get(char, char), None if char == "\n" else char))


@pytest.mark.parametrize(
    "keys", ["/Belousov\n", "cArm\n", "/c/cz"], ids=["filter", "country", "inside-input"]
)
async def test_keys_typed_ahead_reach_the_input_they_open(db_path: Path, keys: str) -> None:
    """What follows / or c in the same burst lands in the filter or the finder, and none
    of it runs as a command (r would poll, o open a link, m the matrix)."""
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        burst(app, keys)
        await settle(app, pilot)
        if keys.startswith("/B"):
            assert app.screen.query_one("#filter", Input).value == "Belousov"
            assert titles(app) == [STORY]
        elif keys.startswith("/"):  # c and / typed in the filter are text, not commands
            assert app.screen.query_one("#filter", Input).value == "c/cz"
            assert not app.screen.query_one("#left").has_class("-finding")
        else:
            assert "Armenia" in text_of(app, "#country-title")
        assert isinstance(app.screen, MainScreen)  # no other screen opened on the way
        assert not [w for w in app.workers if w.name == "poll"]

async def test_filter_fields(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        filter_input = app.screen.query_one("#filter", Input)

        async def apply(text: str) -> None:
            await pilot.press("slash")
            filter_input.value = text  # typing is covered elsewhere; this keeps the test fast
            await pilot.press("enter")
            await settle(app, pilot)

        await apply("country:all org:CSTO source:moscow")
        shown = cells(app, "#headlines")
        assert shown and all("Moscow Times" in row[1] for row in shown)
        await apply("country:KZ since:3650d")
        kz = titles(app)
        assert kz and STORY not in kz
        await apply("Узбекистан")  # the FTS prefix query matches inflected forms
        assert any("Узбекистан" in title for title in titles(app))


async def test_bad_filter_is_reported_and_keeps_the_list(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        before = titles(app)
        await pilot.press("slash", *"event:party", "enter")
        await settle(app, pilot)
        assert titles(app) == before
        assert any("unknown event" in str(n.message) for n in app._notifications)


async def test_detail_view_and_open_link(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    app = make_app(db_path)
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#headlines", DataTable)
        table.focus()
        table.move_cursor(row=titles(app).index(STORY))
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        assert str(app.screen.query_one("#detail-title", Static).render()) == STORY
        why = str(app.screen.query_one("#detail-why", Static).render())
        assert "UZ" in why or "Uzbek" in why
        await pilot.press("o")
        conn = sqlite3.connect(db_path)
        (link,) = conn.execute("SELECT url FROM articles WHERE title = ?", [STORY]).fetchone()
        conn.close()
        assert opened == [link]  # the story's own link, nothing else
        await pilot.press("escape")
        await pilot.press("o")  # from the list too
        assert len(opened) == 2


async def test_hostile_title_renders_literally_and_survives(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#headlines", DataTable)
        table.focus()
        table.move_cursor(row=titles(app).index(HOSTILE_TITLE))
        await pilot.press("enter")
        await settle(app, pilot)
        assert str(app.screen.query_one("#detail-title", Static).render()) == HOSTILE_TITLE
        summary = str(app.screen.query_one("#detail-summary", Static).render())
        assert summary == "[@click=app.quit]x[/] summary"
        assert app.is_running


async def test_keys_move_with_j_and_k(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#headlines", DataTable)
        table.focus()
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1


async def test_overview_matrix(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        table = app.screen.query_one("#matrix", DataTable)
        headers = [str(column.label) for column in table.columns.values()]
        rows = {row[0]: dict(zip(headers, row, strict=True)) for row in cells(app, "#matrix")}
        assert rows["Uzbekistan"]["CSTO"] == "suspended"
        assert rows["Uzbekistan"]["EAEU"] == "observer"
        assert rows["Armenia"]["CSTO"] == "suspended"
        assert rows["Russia"]["CSTO"] == "member"
        assert rows["Mongolia"]["CSTO"] == "—"
        table.move_cursor(row=list(rows).index("Kazakhstan"))
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Kazakhstan" in text_of(app, "#country-title")


def add_event(db_path: Path, kind: str, countries: str, org: str | None) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "INSERT INTO articles (id, feed_url, url, title, published, fetched_at) "
            "VALUES ('ev-1', 'test', 'https://news.example.org/mn-csto', "
            "'Mongolia joins CSTO as observer', '2026-11-27T08:00:00Z', "
            "'2026-11-27T08:00:00Z')"
        )
        conn.execute(
            "INSERT INTO events (article_id, kind, countries, org, modality, evidence, "
            "created) VALUES ('ev-1', ?, ?, ?, 'fact', 'joins', '2026-11-27T08:00:00Z')",
            [kind, countries, org],
        )
    conn.close()


async def test_review_accept_writes_the_change_with_its_source(db_path: Path) -> None:
    add_event(db_path, "join", '["MN"]', "CSTO")
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "review:" in app.sub_title
        await pilot.press("v")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        review_titles = [row[5] for row in cells(app, "#events")]
        app.screen.query_one("#events", DataTable).move_cursor(
            row=review_titles.index("Mongolia joins CSTO as observer")
        )
        await pilot.press("a")
        await settle(app, pilot)
        status = app.screen.query_one("#field-status", Input)
        assert status.value == "member"
        status.value = "observer"  # the analyst corrects the proposal
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "Mongolia joins CSTO as observer" not in [row[5] for row in cells(app, "#events")]
    conn = sqlite3.connect(db_path)
    assert conn.execute(
        "SELECT status, since, source, origin FROM memberships WHERE country='MN' AND org='CSTO'"
    ).fetchall() == [("observer", "2026-11-27", "https://news.example.org/mn-csto", "review")]
    assert conn.execute("SELECT status FROM events WHERE article_id='ev-1'").fetchone() == (
        "accepted",
    )


async def test_review_reject(db_path: Path) -> None:
    add_event(db_path, "join", '["MN"]', "CSTO")
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        review_titles = [row[5] for row in cells(app, "#events")]
        app.screen.query_one("#events", DataTable).move_cursor(
            row=review_titles.index("Mongolia joins CSTO as observer")
        )
        await pilot.press("x")
        await settle(app, pilot)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT status FROM events WHERE article_id='ev-1'").fetchone() == (
        "rejected",
    )
    assert (
        conn.execute(
            "SELECT count(*) FROM memberships WHERE country='MN' AND org='CSTO'"
        ).fetchone()[0]
        == 0
    )


async def test_live_pickup_of_another_process_writes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "LIVE_INTERVAL", 0.1)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#headlines", DataTable)
        table.focus()
        table.move_cursor(row=2)
        selected = titles(app)[2]
        conn = sqlite3.connect(db_path)  # "cron" writing from outside
        with conn:
            conn.execute(
                "INSERT INTO articles (id, feed_url, url, title, published, fetched_at) "
                "VALUES ('live-1', 'test', 'https://feeds.example/live', "
                "'Tashkent hosts CSTO envoys', '2026-11-28T05:00:00Z', "
                "'2026-11-28T05:00:00Z')"
            )
            conn.execute("INSERT INTO article_mentions VALUES ('live-1','country','UZ','Tashkent')")
            conn.execute(
                "INSERT INTO events (article_id, kind, countries, org, modality, "
                "created) VALUES ('live-1', 'summit', '[\"UZ\"]', 'CSTO', 'fact', "
                "'2026-11-28T05:00:00Z')"
            )
        conn.close()
        await wait_until(pilot, lambda: "Tashkent hosts CSTO envoys" in titles(app))
        assert titles(app)[0] == "Tashkent hosts CSTO envoys"
        assert titles(app)[table.cursor_row] == selected  # selection kept
        await wait_until(
            pilot, lambda: any("wait for review" in str(n.message) for n in app._notifications)
        )


async def test_poll_now_key(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("r")
        await wait_until(
            pilot, lambda: any("poll done" in str(n.message) for n in app._notifications)
        )
        assert "last poll" in str(app.screen.query_one("#status", Static).render())


async def test_help_palette_and_quit(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert "review queue" in str(app.screen.query_one(Static).render()).lower()
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"Alignment matrix")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("escape", "q")
        await settle(app, pilot)
    assert not app.is_running


async def test_palette_opens_the_country_finder(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", *"Pick a country")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        finder = app.screen.query_one("#country-find", Input)
        assert finder.display and finder.has_focus
        await pilot.press(*"arm", "enter")
        await settle(app, pilot)
        assert "Armenia" in text_of(app, "#country-title")


async def test_status_bar(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        status = str(app.screen.query_one("#status", Static).render())
        assert "last poll 2026-11-28 06:00:01 UTC" in status
        assert "0 of 5 feeds failing" in status and str(db_path) in status


async def test_readable_at_100_by_30(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert STORY in titles(app)
        assert app.screen.query_one("#headlines", DataTable).size.height >= 5


async def test_dashboard_stays_live_while_a_poll_process_writes(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio
    import sys

    from store.db import open_db
    from store.feedlist import add_feeds

    feed = tmp_path / "fresh.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Fresh</title>'
        "<item><title>Uzbekistan and Russia sign defence cooperation agreement</title>"
        "<link>https://feeds.example/fresh-1</link><description>Signed in Tashkent; the CSTO "
        "is not involved.</description><pubDate>Sat, 28 Nov 2026 05:30:00 GMT</pubDate></item>"
        "</channel></rss>"
    )
    db = open_db(db_path)
    add_feeds(db, [{"url": feed.as_uri(), "keep": "all"}])
    db.close()
    monkeypatch.setattr(app_module, "LIVE_INTERVAL", 0.1)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tui.cli",
            "--db",
            str(db_path),
            "poll",
            "--quiet",
            cwd=Path(__file__).resolve().parent.parent,
        )
        assert await process.wait() == 0
        await wait_until(
            pilot, lambda: "Uzbekistan and Russia sign defence cooperation agreement" in titles(app)
        )
        assert app.is_running


async def test_every_hostile_demo_title_is_shown_literally(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.screen.query_one("#filter", Input).value = "source:hostile country:all"
        await pilot.press("slash", "enter")
        await settle(app, pilot)
        shown = titles(app)
        assert "[@click=app.quit]Click here[/] for EAEU tariffs" in shown
        assert "Fix [/foo] & [bold]x in CSTO bulletin" in shown
        for title in shown:
            assert not any(
                ord(char) < 32 or 0x7F <= ord(char) <= 0x9F or 0x202A <= ord(char) <= 0x202E
                for char in title
            ), title
        assert app.is_running


# ----- speed-ups that must not change what is shown ---------------------------------------


async def test_text_table_paints_exactly_like_data_table() -> None:
    """TextTable's short cuts give the same lines and column widths as DataTable's path."""
    import random

    from rich.text import Text
    from textual.app import App, ComposeResult
    from textual.geometry import Region
    from textual.widgets._data_table import DataTable as UpstreamTable

    from tui.cells import plain, status_cell
    from tui.widgets.text_table import TextTable

    words = [HOSTILE_TITLE, "Узбекистан", "日本語テキスト", "emoji 🎉", "", " lead", "x" * 90, "a"]

    class Tables(App[None]):
        def compose(self) -> ComposeResult:
            yield TextTable(id="fast", cursor_type="row")
            yield UpstreamTable(id="slow", cursor_type="row")

    def cell(rng: random.Random) -> Text:
        text = rng.choice(words) + rng.choice(words)
        kind = rng.randrange(3)
        if kind == 0:
            return plain(text, rng.choice(["", "dim", "bold yellow"]))
        return status_cell(text) if kind == 1 else Text(text, overflow="crop", no_wrap=True)

    def lines(table: DataTable) -> list[list[object]]:  # type: ignore[type-arg]
        for cache in (table._line_cache, table._row_render_cache, table._cell_render_cache):
            cache.clear()
        table._styles_cache.clear()
        return [list(strip) for strip in table.render_lines(Region(0, 0, *table.size))]

    app = Tables()
    async with app.run_test(size=(120, 30)) as pilot:
        fast = app.query_one("#fast", TextTable)
        slow = app.query_one("#slow", UpstreamTable)
        rng = random.Random(5)
        rows = [(cell(rng), cell(rng), cell(rng)) for _ in range(60)]
        for table in (fast, slow):
            table.add_column("Auto")
            table.add_column("Fixed", width=9)
            table.add_column("Wide", width=40)
            for index, row in enumerate(rows):
                table.add_row(*row, key=str(index))
        await pilot.pause()
        assert [c.content_width for c in fast.ordered_columns][0] == (
            slow.ordered_columns[0].content_width
        )
        assert fast.virtual_size == slow.virtual_size
        steps = [
            lambda t: None,
            lambda t: t.move_cursor(row=4),
            lambda t: t.scroll_to(y=25, animate=False),
            lambda t: setattr(t, "zebra_stripes", True),
            lambda t: setattr(t, "cell_padding", 0),
            lambda t: setattr(t, "show_header", False),
        ]
        for step in steps:
            step(fast)
            await pilot.pause()
            # Render the same widget (same focus, size and styles) through DataTable's code.
            fast.__class__ = UpstreamTable
            try:
                expected = lines(fast)
            finally:
                fast.__class__ = TextTable
            assert lines(fast) == expected


async def test_rows_painted_before_they_are_measured_are_repainted_at_full_width() -> None:
    """New rows can be painted before the table is idle and measures them (a race seen in
    a real terminal: the Memberships pane showed "partne" for "partner")."""
    from textual.app import App, ComposeResult
    from textual.geometry import Region

    from tui.cells import plain
    from tui.widgets.text_table import TextTable

    class One(App[None]):
        CSS = "TextTable { height: 5; }"

        def compose(self) -> ComposeResult:
            yield TextTable(id="t", cursor_type="row")

    app = One()
    async with app.run_test(size=(60, 10)) as pilot:
        table = app.query_one("#t", TextTable)
        table.add_columns("Bloc", "Status")
        await pilot.pause()
        table.add_row(plain("BRICS"), plain("partner"))
        early = table.render_lines(Region(0, 0, *table.size))  # before the idle measurement
        assert "partner" not in "".join(segment.text for segment in early[1])
        await pilot.pause()
        later = table.render_lines(Region(0, 0, *table.size))
        assert "BRICS" in "".join(segment.text for segment in later[1])
        assert "partner" in "".join(segment.text for segment in later[1])


async def test_marking_seen_is_not_taken_for_another_process_write(db_path: Path) -> None:
    from store.views import mark_country_seen
    from tui.reader import Reader

    reader = Reader(db_path)
    try:
        assert not reader.has_changed()  # the first look sets the baseline
        reader.write_shown(lambda db: mark_country_seen(db, "UZ"))
        assert not reader.has_changed()

        def another_process_writes(value: int) -> None:
            conn = sqlite3.connect(db_path)
            with conn:
                conn.execute("UPDATE feeds SET error_count = ?", [value])
            conn.close()

        another_process_writes(1)
        assert reader.has_changed()
        # Another process's change still unreported when ours lands is still reported.
        another_process_writes(0)
        reader.write_shown(lambda db: mark_country_seen(db, "KZ"))
        assert reader.has_changed()
        assert not reader.has_changed()
    finally:
        reader.close()
    conn = sqlite3.connect(db_path)
    seen = {row[0] for row in conn.execute("SELECT country FROM country_views")}
    conn.close()
    assert {"UZ", "KZ"} <= seen


async def test_footer_keeps_its_keys_until_they_change(db_path: Path) -> None:
    from textual.widgets._footer import FooterKey

    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        before = list(main.query(FooterKey))
        assert "Country" in [key.description for key in before]
        main.query_one("#headlines", DataTable).focus()  # a focus change, the same keys
        await settle(app, pilot)
        main.query_one("#countries", DataTable).focus()
        await settle(app, pilot)
        assert list(main.query(FooterKey)) == before  # the same widgets: not rebuilt
        await pilot.press("slash")  # the filter consumes letter keys: they leave the footer
        await settle(app, pilot)
        assert "Country" not in [key.description for key in main.query(FooterKey)]
        await pilot.press("escape")
        await settle(app, pilot)
        assert "Country" in [key.description for key in main.query(FooterKey)]


def new_badges(app: app_module.BlocwatchApp) -> dict[str, str]:
    """The New column by country code (the row keys)."""
    table = app.screen.query_one("#countries", DataTable)
    return {
        str(key.value): table.get_cell(key, "new").plain  # type: ignore[union-attr]
        for key in table.rows
    }


async def test_new_badge_clears_once_the_country_has_been_shown(db_path: Path) -> None:
    """The New column counts unseen headlines; the country on screen is marked seen after
    a moment, and a count read before that mark was written does not bring its badge back."""
    from tui.messages import CountsLoaded

    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        others = {code: badge for code, badge in new_badges(app).items() if code != "UZ"}
        assert others["KZ"].startswith("● ") and others["AM"].startswith("● ")
        await wait_until(pilot, lambda: screen._seen_country == "UZ")
        await settle(app, pilot)
        assert new_badges(app)["UZ"] == ""
        screen.post_message(CountsLoaded({"UZ": 5, "KZ": 1}))
        await settle(app, pilot)
        after = new_badges(app)
        assert after["UZ"] == "" and after["KZ"] == "● 1" and after["AM"] == ""
