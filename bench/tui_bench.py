"""Dashboard benchmark (issue 5): first paint, filter, country switch and memory, end to end.

Run from the repository root with the project's virtualenv:

    python bench/tui_bench.py [--small 1000] [--large 1000000] [--reps 5] [--rounds 2]
                              [--cache /tmp/blocwatch-bench]

What it does:

1. Builds (or reuses) two databases with ``bench/make_db.py``: ``--small`` articles (rebuilt
   every run, a few seconds) and ``--large`` articles (built once into ``--cache``, reused
   while it holds that many articles; a 1M build takes minutes). Both are opened once with
   ``store.db.open_db`` first, so any pending migration is applied before timing.
2. For each database, a fresh worker *process* (so memory figures are per database) drives
   the real ``BlocwatchApp`` headless with ``App.run_test(size=(160, 45))`` and Pilot. The
   workers alternate small, large, small, large … (``--rounds``) so load drift on a shared
   machine hits both sizes alike; samples of all rounds are pooled.
3. Measurements, each repeated ``--reps`` times per round, medians reported:

   * **first paint**: from constructing the app (modules already imported) to the end of
     the first screen refresh that paints the headline table with rows in it.
   * **filter**: ``/``, the Input's value set directly (typing through Pilot costs tens of
     milliseconds per key and is not what is measured), then the clock starts and Pilot
     presses Enter; it stops at the end of the first screen refresh that paints the
     headline table after the new rows arrived (see "Timing" below).
   * **country switch via the finder**: ``c``, the finder's Input set to a name and the
     country list narrowed to it, clock started, Enter; stopped when both the new
     country's headline rows and its card (memberships, agreements) have been painted.
   * **country switch with the arrow keys**: the country list focused, clock started,
     ``down`` pressed; stopped like the finder switch. This includes the dashboard's debounce
     (``COUNTRY_DEBOUNCE`` in tui/screens/main.py) between the highlight and the load.
   * **SQL only**: the same ``store.queries.headlines`` call the dashboard makes, timed
     directly, to show how much of the end-to-end time is the query.
   * **memory**: peak RSS of the worker process (``ru_maxrss``; the worker *is* the
     dashboard process, Pilot included) and its RSS at the end (``VmRSS``).

Timing: the clock stops inside the app, not in the test's polling loop. The benchmark
wraps ``Screen._compositor_refresh`` (where Textual composes a frame; the headless driver
skips only the terminal write) and ``DataTable.render_lines``. After the key press the
harness waits on an asyncio event; the wrapper sets it, with ``perf_counter()``, at the end
of the first frame that (a) comes after ``MainScreen.on_headlines_loaded`` (and, for a
country switch, ``on_country_card_loaded``) handled the new result, (b) found the table's
pending row measurements done, and (c) painted lines of the headline table. So the figure is
"key press to rows on screen", including the worker thread, the SQL, building the
DataTable rows and Textual's frame rate limit; nothing is subtracted. Pilot's own waiting
after ``press`` does not delay the stamp, it only delays when the harness reads it.

Nothing here is run by CI. Linux only (/proc, ru_maxrss in KiB).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import shlex
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_db import rare_word  # noqa: E402

SIZE = (160, 45)
START_COUNTRY = "UZ"
# (label, filter text): typed while Uzbekistan is selected, so all but ``country:all``
# are also restricted to Uzbekistan, as the dashboard does.
FILTERS = (
    ("common word", "ministry"),
    ("rare word", rare_word()),
    ("Russian word", "договор"),
    ("org:CSTO", "org:CSTO"),
    ("country:all since:7d", "country:all since:7d"),
    ("event:sign", "event:sign"),
    ("no match", "zzyzx"),
    ("common word, all countries", "country:all ministry"),
)
# Finder (c) switches: (what is typed, expected code); Uzbekistan last so the filters and
# the next round start from the same place.
PICKS = (("russia", "RU"), ("монг", "MN"), ("kaz", "KZ"), ("turkm", "TM"), ("uzb", "UZ"))


# --------------------------------------------------------------------------- worker side


class Probe:
    """Stamps the end of the first frame that paints the headline table after a load."""

    def __init__(self) -> None:
        self.loads = 0
        self.cards = 0
        self.painted = False
        self.condition: Any = None
        self.stamp: float | None = None
        self.complete: float | None = None
        self.filled = 0.0
        self.cpu_start = 0.0
        self.cpu_stamp = 0.0
        self.event: asyncio.Event | None = None

    def install(self) -> None:
        from textual.screen import Screen
        from textual.widgets import DataTable

        from tui.screens.main import MainScreen

        probe = self
        original_loaded = MainScreen.on_headlines_loaded
        original_card = MainScreen.on_country_card_loaded
        original_lines = DataTable.render_lines
        original_refresh = Screen._compositor_refresh

        def on_headlines_loaded(screen: Any, message: Any) -> None:
            original_loaded(screen, message)
            probe.loads += 1

        def on_country_card_loaded(screen: Any, message: Any) -> None:
            original_card(screen, message)
            probe.cards += 1

        def render_lines(table: Any, crop: Any) -> Any:
            if table.id == "headlines":
                probe.painted = True
            return original_lines(table, crop)

        def compositor_refresh(screen: Any) -> None:
            probe.painted = False
            original_refresh(screen)
            if (
                not probe.painted
                or probe.condition is None
                or not isinstance(screen, MainScreen)
                or screen.app.screen is not screen
            ):
                return
            table = screen.query_one("#headlines", DataTable)
            if table._require_update_dimensions or table._new_rows:
                return
            now = time.perf_counter()
            if probe.stamp is None and probe.condition(screen):
                probe.stamp = now
                probe.cpu_stamp = time.process_time()
            if probe.stamp is not None and table.row_count == len(screen._headlines):
                probe.complete = now
                probe.condition = None
                assert probe.event is not None
                probe.event.set()

        MainScreen.on_headlines_loaded = on_headlines_loaded  # type: ignore[method-assign]
        MainScreen.on_country_card_loaded = on_country_card_loaded  # type: ignore[method-assign]
        DataTable.render_lines = render_lines  # type: ignore[method-assign]
        Screen._compositor_refresh = compositor_refresh  # type: ignore[method-assign]

    def arm(self, condition: Any) -> None:
        self.stamp = None
        self.complete = None
        self.condition = condition
        self.event = asyncio.Event()
        self.cpu_start = time.process_time()

    @property
    def cpu(self) -> float:
        """CPU seconds the whole process (all threads) used from arming to the first frame."""
        return self.cpu_stamp - self.cpu_start

    async def wait(self, started: float, timeout: float = 30.0) -> float:
        """Seconds from ``started`` to the first frame showing the new rows; the whole
        window (all rows of the result in the table) is ``complete - started``."""
        assert self.event is not None
        await asyncio.wait_for(self.event.wait(), timeout)
        assert self.stamp is not None and self.complete is not None
        self.filled = self.complete - started
        return self.stamp - started


async def settle(app: Any, pilot: Any) -> None:
    for _ in range(3):
        await pilot.pause()
        await asyncio.gather(*(w.wait() for w in app.workers), return_exceptions=True)
    await pilot.pause()


async def after_switch(app: Any, pilot: Any) -> None:
    """Let the aftermath of a country switch pass before the next measurement: the country
    is marked seen after ``SEEN_DELAY`` (a write). Before the dashboard told its own write
    from another process's (``Reader.write_shown``), the live check (every
    ``LIVE_INTERVAL``) answered it with a full refresh; the wait is kept so figures stay
    comparable with earlier runs."""
    from tui.app import LIVE_INTERVAL
    from tui.screens.main import SEEN_DELAY

    await settle(app, pilot)
    await asyncio.sleep(SEEN_DELAY + LIVE_INTERVAL + 0.2)
    await settle(app, pilot)


def shown(screen: Any) -> tuple[int, str]:
    from textual.widgets import DataTable

    table = screen.query_one("#headlines", DataTable)
    first = table.get_row_at(0)[2].plain if table.row_count else ""
    return table.row_count, first


def make_app(path: Path, start: str) -> Any:
    from store.config import Settings
    from tui.app import BlocwatchApp

    return BlocwatchApp(path, Settings(), path.with_suffix(".lock"), start_country=start)


async def measure_first_paint(path: Path, probe: Probe) -> tuple[float, float, float]:
    probe.arm(lambda screen: probe.loads > 0 and shown(screen)[0] > 0)
    started = time.perf_counter()
    app = make_app(path, START_COUNTRY)
    async with app.run_test(size=SIZE) as pilot:
        elapsed = await probe.wait(started)
        await settle(app, pilot)
    return elapsed, probe.filled, probe.cpu


async def apply_filter(
    app: Any, pilot: Any, probe: Probe, text: str
) -> tuple[float, float, float, int, str]:
    from textual.widgets import Input

    screen = app.screen
    await pilot.press("slash")
    screen.query_one("#filter", Input).value = text
    await settle(app, pilot)  # the focus change (Footer rebuild) is done before the clock
    before = probe.loads
    probe.arm(lambda s: probe.loads > before)
    started = time.perf_counter()
    await pilot.press("enter")
    elapsed = await probe.wait(started)
    rows = shown(screen)
    await settle(app, pilot)
    return elapsed, probe.filled, probe.cpu, *rows


async def clear_filter(app: Any, pilot: Any) -> None:
    await pilot.press("slash", "escape")
    await settle(app, pilot)


async def pick_country(
    app: Any, pilot: Any, probe: Probe, typed: str, code: str
) -> tuple[float, float, float]:
    from textual.widgets import DataTable, Input

    main = app.screen
    await pilot.press("c")
    await settle(app, pilot)
    main.query_one("#country-find", Input).value = typed
    await settle(app, pilot)
    countries = main.query_one("#countries", DataTable)
    assert countries.coordinate_to_cell_key(countries.cursor_coordinate)[0].value == code, typed
    loads, cards = probe.loads, probe.cards
    probe.arm(lambda s: s.country == code and probe.loads > loads and probe.cards > cards)
    started = time.perf_counter()
    await pilot.press("enter")
    elapsed = await probe.wait(started)
    assert main.country == code
    await after_switch(app, pilot)
    return elapsed, probe.filled, probe.cpu


async def arrow_country(app: Any, pilot: Any, probe: Probe) -> tuple[float, float, float]:
    from textual.widgets import DataTable

    screen = app.screen
    table = screen.query_one("#countries", DataTable)
    table.focus()
    await settle(app, pilot)
    previous = screen.country
    loads, cards = probe.loads, probe.cards
    probe.arm(lambda s: s.country != previous and probe.loads > loads and probe.cards > cards)
    started = time.perf_counter()
    await pilot.press("down")
    elapsed = await probe.wait(started)
    assert screen.country != previous
    await after_switch(app, pilot)
    return elapsed, probe.filled, probe.cpu


def sql_timings(path: Path, reps: int) -> dict[str, float]:
    """The dashboard's queries alone (same filters, Uzbekistan selected), median ms."""
    from store.db import connect
    from store.filters import HeadlineFilter, parse_filter
    from store.queries import country_card, headlines
    from store.views import new_headline_counts
    from tui.screens.main import HEADLINE_LIMIT

    db = connect(path, readonly=True)
    out: dict[str, float] = {}

    def timed(label: str, call: Any) -> None:
        samples = []
        for _ in range(reps):
            began = time.perf_counter()
            call()
            samples.append((time.perf_counter() - began) * 1000)
        out[label] = statistics.median(samples)

    for label, text in FILTERS:
        query = parse_filter(text)
        if query.countries == ("ALL",):
            query = HeadlineFilter(
                query.words, (), query.orgs, query.sources, query.events, query.since
            )
        elif not query.countries:
            query = HeadlineFilter(
                query.words, (START_COUNTRY,), query.orgs, query.sources, query.events, query.since
            )
        timed(label, lambda q=query: headlines(db, q, limit=HEADLINE_LIMIT))
    for _, code in PICKS:
        timed(
            f"country {code}",
            lambda c=code: headlines(db, HeadlineFilter(countries=(c,)), limit=HEADLINE_LIMIT),
        )
    timed("country card UZ", lambda: country_card(db, "UZ"))
    timed("new headline counts", lambda: new_headline_counts(db))
    db.close()
    return out


def memory() -> dict[str, float]:
    status = Path("/proc/self/status").read_text()
    fields = {
        name: value.split()[0]
        for name, _, value in (line.partition(":") for line in status.splitlines())
        if value.strip()
    }
    return {
        "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "vm_rss_mb": int(fields["VmRSS"]) / 1024,
        "vm_hwm_mb": int(fields["VmHWM"]) / 1024,
    }


async def worker(path: Path, reps: int) -> dict[str, Any]:
    # Import everything the app needs before any clock starts.
    import tui.app  # noqa: F401

    probe = Probe()
    probe.install()
    # Every measurement is (first rows on screen, whole result in the table, CPU seconds to
    # the first rows), in seconds from the key press.
    result: dict[str, Any] = {"first_paint": [], "filters": {}, "picks": [], "arrows": []}
    for _ in range(reps):
        result["first_paint"].append(await measure_first_paint(path, probe))
    app = make_app(path, START_COUNTRY)
    async with app.run_test(size=SIZE) as pilot:
        probe.arm(lambda screen: probe.loads > 0 and shown(screen)[0] > 0)
        await probe.wait(time.perf_counter())
        await settle(app, pilot)
        for _ in range(reps):
            for label, text in FILTERS:
                first, filled, cpu, rows, title = await apply_filter(app, pilot, probe, text)
                entry = result["filters"].setdefault(label, {"text": text, "times": []})
                entry["times"].append((first, filled, cpu))
                entry["rows"], entry["first"] = rows, title
                await clear_filter(app, pilot)
        for _ in range(reps):
            for typed, code in PICKS:
                result["picks"].append(await pick_country(app, pilot, probe, typed, code))
        # Arrow keys: from the top of the list (Armenia) downwards.
        await pick_country(app, pilot, probe, "armenia", "AM")
        for _ in range(reps):
            result["arrows"].append(await arrow_country(app, pilot, probe))
        await pick_country(app, pilot, probe, "uzb", "UZ")
    result["sql_ms"] = sql_timings(path, reps)
    result["memory"] = memory()
    result["articles"] = (
        sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0]
    )
    return result


# --------------------------------------------------------------------------- driver side


def machine() -> dict[str, str]:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    import textual

    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "textual": textual.__version__,
        "load": Path("/proc/loadavg").read_text().split(" ", 3)[:3].__str__(),
    }


def prepare(path: Path, articles: int) -> None:
    from make_db import build

    from store.db import open_db

    build(path, articles, quiet=False)
    open_db(path).close()  # apply any pending migration before timing


def run_worker(path: Path, reps: int) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        str(path),
        "--reps",
        str(reps),
    ]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def merge(results: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {
        "first_paint": [],
        "filters": {},
        "picks": [],
        "arrows": [],
        "sql_ms": {},
        "memory": {},
    }
    for result in results:
        merged["first_paint"] += result["first_paint"]
        merged["picks"] += result["picks"]
        merged["arrows"] += result["arrows"]
        for label, entry in result["filters"].items():
            target = merged["filters"].setdefault(label, {**entry, "times": []})
            target["times"] += entry["times"]
        for label, value in result["sql_ms"].items():
            merged["sql_ms"].setdefault(label, []).append(value)
        for label, value in result["memory"].items():
            merged["memory"][label] = max(merged["memory"].get(label, 0.0), value)
        merged["articles"] = result["articles"]
    merged["sql_ms"] = {k: statistics.median(v) for k, v in merged["sql_ms"].items()}
    return merged


def _values(samples: list[list[float]], which: int) -> list[float]:
    return [sample[which] * 1000 for sample in samples]


def cell(samples: list[list[float]], which: int = 0) -> str:
    """median (min-max) in ms."""
    values = _values(samples, which)
    return f"{statistics.median(values):4.0f} ({min(values):3.0f}-{max(values):4.0f})"


def median_ms(samples: list[list[float]], which: int = 0) -> float:
    return statistics.median(_values(samples, which))


def report(small: dict[str, Any], large: dict[str, Any], command: str) -> None:
    info = machine()
    print(f"command: {command}")
    print(
        f"machine: {info['cpus']} CPUs, {info['cpu']}; Python {info['python']}, "
        f"SQLite {info['sqlite']}, Textual {info['textual']}; load {info['load']}"
    )
    print("\nms from the key press: median (min-max) of all samples.")
    print("rows = first frame with the new rows; all = whole result in the table;")
    print("cpu = CPU time the dashboard process used until the first frame (all threads).")
    print(f"{'':30} {'rows, small':>19} {'rows, large':>19} {'all, large':>19} {'cpu, large':>19}")

    def line(label: str, a: list[list[float]], b: list[list[float]], note: str = "") -> None:
        print(f"{label:30} {cell(a)} {cell(b)} {cell(b, 1)} {cell(b, 2)}{note}")

    line("first paint", small["first_paint"], large["first_paint"])
    for label in small["filters"]:
        a, b = small["filters"][label], large["filters"][label]
        line("filter " + a["text"][:23], a["times"], b["times"], f"  n={a['rows']}/{b['rows']}")
    line("switch: c, name, Enter", small["picks"], large["picks"])
    line("switch: arrow key", small["arrows"], large["arrows"])
    print(f"articles: {small['articles']:,} (small), {large['articles']:,} (large)")
    for label in small["memory"]:
        print(
            f"{'memory ' + label:30} {small['memory'][label]:8.0f} MB (small) "
            f"{large['memory'][label]:8.0f} MB (large)"
        )
    print("\nSQL only (store.queries / store.views), median ms:      small      large")
    for label in small["sql_ms"]:
        print(f"  {label:48} {small['sql_ms'][label]:9.2f} {large['sql_ms'][label]:10.2f}")
    ratio = median_ms(large["first_paint"]) / median_ms(small["first_paint"])
    worst_filter = max(median_ms(e["times"]) for e in large["filters"].values())
    picks, arrows = median_ms(large["picks"]), median_ms(large["arrows"])
    peak = large["memory"]["ru_maxrss_mb"]
    print("\ntargets at the large size (medians, first rows on screen):")
    print(f"  first paint ratio {ratio:.2f} (<= 1.5): {'met' if ratio <= 1.5 else 'NOT met'}")
    print(
        f"  slowest filter {worst_filter:.0f} ms (<= 100): "
        f"{'met' if worst_filter <= 100 else 'NOT met'}"
    )
    print(
        f"  switch: arrow key {arrows:.0f} ms, c+Enter {picks:.0f} ms (<= 100): "
        f"arrow {'met' if arrows <= 100 else 'NOT met'}, c+Enter "
        f"{'met' if picks <= 100 else 'NOT met'}"
    )
    print(f"  peak RSS {peak:.0f} MB (< 300): {'met' if peak < 300 else 'NOT met'}")
    print("\nJSON: " + json.dumps({"machine": info, "small": small, "large": large}))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/blocwatch-bench"))
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(asyncio.run(worker(args.worker, args.reps))))
        return
    command = " ".join(
        shlex.quote(part)
        for part in [Path(sys.executable).name, "bench/tui_bench.py", *sys.argv[1:]]
    )
    args.cache.mkdir(parents=True, exist_ok=True)
    small_path = args.cache / f"small-{args.small}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{small_path}{suffix}").unlink(missing_ok=True)
    large_path = args.cache / ("1m.db" if args.large == 1_000_000 else f"large-{args.large}.db")
    prepare(small_path, args.small)
    prepare(large_path, args.large)
    print(f"load before measuring: {os.getloadavg()}", flush=True)
    smalls, larges = [], []
    for number in range(args.rounds):
        order = [(small_path, smalls), (large_path, larges)]
        for path, sink in order if number % 2 == 0 else order[::-1]:
            sink.append(run_worker(path, args.reps))
            print(f"  round {number + 1}: {path.name} done; load {os.getloadavg()}", flush=True)
    report(merge(smalls), merge(larges), command)


if __name__ == "__main__":
    main()
