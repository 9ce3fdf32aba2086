"""The poller against a real HTTP server on 127.0.0.1: keep, drop, dedupe, fail, repoll, lock."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from feeds.lock import PollLocked, poll_lock
from feeds.poll import poll
from store.config import FetchSettings, Settings
from store.db import open_db
from store.feedlist import add_feeds
from store.peek import count_never_fetched
from tests.conftest import DEMO
from tests.feedserver import FeedServer, Route

FAST = Settings(fetch=FetchSettings(total_timeout=2.0, connect_timeout=1.0, max_bytes=2_000_000))


def rss(*items: tuple[str, str, str], title: str = "Test feed") -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
        f"<pubDate>Fri, 27 Nov 2026 10:00:00 GMT</pubDate></item>"
        for t, link, d in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://feeds.example/</link>{body}</channel></rss>"
    ).encode()


def setup(db_path: Path, server: FeedServer, routes: dict[str, Route],
          keep_all: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    server.routes.update(routes)
    db = open_db(db_path)
    add_feeds(db, [{"url": server.url(path), "keep": "all" if path in keep_all else "relevant"}
                   for path in routes])
    db.close()


def run_poll(db_path: Path, settings: Settings = FAST):  # type: ignore[no-untyped-def]
    return poll(db_path, db_path.with_name("lock"), settings)


def titles(db_path: Path) -> list[str]:
    db = open_db(db_path)
    return [row[0] for row in db.execute("SELECT title FROM articles ORDER BY title")]


def test_relevant_kept_and_irrelevant_dropped_in_english_and_russian(
        db_path: Path, server: FeedServer) -> None:
    setup(db_path, server, {
        "/mt": Route((DEMO / "moscow-times-demo.xml").read_bytes()),
        "/tass": Route((DEMO / "tass-ru-demo.xml").read_bytes()),
    })
    report = run_poll(db_path)
    assert report.feeds_ok == 2 and report.feeds_failed == 0
    stored = titles(db_path)
    assert "Russia and Uzbekistan formalize military strategic partnership through 2030" in stored
    assert any("Узбекистан" in title and "2030" in title for title in stored)
    items = sum(outcome.items for outcome in report.outcomes)
    assert 0 < len(stored) < items  # something was dropped
    db = open_db(db_path)
    mentions = db.execute(
        "SELECT m.kind, m.code FROM article_mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE a.title LIKE 'Russia and Uzbekistan formalize%'").fetchall()
    assert ("country", "UZ") in mentions and ("country", "RU") in mentions


def test_irrelevant_story_is_dropped(db_path: Path, server: FeedServer) -> None:
    setup(db_path, server, {"/f": Route(rss(
        ("Moscow court jails blogger for 5 years", "https://feeds.example/a", "A court ruling."),
        ("Kazakhstan and China sign gas transit agreement", "https://feeds.example/b",
         "Astana and Beijing signed a deal."),
    ))})
    run_poll(db_path)
    assert titles(db_path) == ["Kazakhstan and China sign gas transit agreement"]


def test_keep_all_stores_everything(db_path: Path, server: FeedServer) -> None:
    setup(db_path, server, {"/official": Route(rss(
        ("Secretariat publishes annual calendar", "https://feeds.example/1", "Dates."),
        ("Staff photo exhibition opens", "https://feeds.example/2", "Culture."),
    ))}, keep_all={"/official"})
    run_poll(db_path)
    assert len(titles(db_path)) == 2


def test_same_story_from_two_feeds_is_stored_once_with_both_sources(
        db_path: Path, server: FeedServer) -> None:
    story = ("Armenia skips CSTO summit in Moscow", "https://news.example.org/armenia-csto",
             "Yerevan stays away.")
    tracked = (story[0], story[1] + "?utm_source=rss&utm_medium=feed#top", story[2])
    setup(db_path, server, {"/one": Route(rss(story)), "/two": Route(rss(tracked))})
    run_poll(db_path)
    db = open_db(db_path)
    assert db.execute("SELECT count(*), min(url) FROM articles").fetchone() == (
        1, "https://news.example.org/armenia-csto")
    assert db.execute("SELECT count(*) FROM article_sources").fetchone()[0] == 2


def test_html_and_tracking_parameters_are_cleaned(db_path: Path, server: FeedServer) -> None:
    setup(db_path, server, {"/f": Route(rss((
        "&lt;b&gt;CSTO&lt;/b&gt; summit &amp;amp; talks",
        "https://feeds.example/x?id=7&amp;utm_campaign=feed&amp;fbclid=abc",
        "&lt;p&gt;Leaders &lt;script&gt;alert(1)&lt;/script&gt;met in "
        "&lt;i&gt;Minsk&lt;/i&gt;.&lt;/p&gt;",
    )))})
    run_poll(db_path)
    db = open_db(db_path)
    title, url, summary = db.execute("SELECT title, url, summary FROM articles").fetchone()
    assert title == "CSTO summit & talks"
    assert url == "https://feeds.example/x?id=7"
    assert summary == "Leaders met in Minsk."  # no space left where </i> was
    assert "<" not in summary and "alert" not in summary


def test_each_broken_feed_is_recorded_while_the_others_succeed(
        db_path: Path, server: FeedServer) -> None:
    good = rss(("CSTO foreign ministers meet in Minsk", "https://feeds.example/ok", "Talks."))
    setup(db_path, server, {
        "/good": Route(good),
        "/500": Route(b"oops", status=500),
        "/stall": Route(good, stall=30),
        "/loop": Route(redirect_to="/loop"),
        "/html": Route(b"<html><body><h1>Welcome</h1></body></html>", content_type="text/html"),
        "/huge": Route(b"<rss>" + b" " * 3_000_000 + b"</rss>"),
    })
    report = run_poll(db_path)
    errors = {outcome.url.rsplit("/", 1)[1]: outcome.error for outcome in report.outcomes}
    assert errors["good"] is None
    assert "500" in errors["500"]
    assert "timed out" in errors["stall"]
    assert "redirect" in errors["loop"]
    assert "not a feed" in errors["html"]
    assert "larger than" in errors["huge"]
    db = open_db(db_path)
    failing = dict(db.execute("SELECT url, error_count FROM feeds WHERE last_error IS NOT NULL"))
    assert len(failing) == 5 and set(failing.values()) == {1}
    assert titles(db_path) == ["CSTO foreign ministers meet in Minsk"]


def test_repoll_is_conditional_and_stores_nothing_new(db_path: Path, server: FeedServer) -> None:
    setup(db_path, server, {"/mt": Route((DEMO / "moscow-times-demo.xml").read_bytes())})
    first = run_poll(db_path)
    assert first.articles_new > 0
    second = run_poll(db_path)
    assert second.feeds_unchanged == 1 and second.articles_new == 0
    last = server.requests_to("/mt")[-1]
    assert last.headers.get("If-None-Match") and last.status == 304
    assert "blocwatch" in last.headers["User-Agent"]


def test_parse_workers_start_for_new_feeds_and_not_for_a_repoll(
    db_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first poll brings its workers up before any body arrives; a cron repoll whose
    feeds all answer 304 starts no process at all."""
    import feeds.parsers

    if not feeds.parsers.Parsers(feeds.parsers.POOL_MIN_FEEDS, True, FAST)._processes:
        pytest.skip("one core: parsing runs in a thread, no worker processes")
    started: list[int] = []
    monkeypatch.setattr(feeds.parsers.Parsers, "_warm", lambda self: started.append(1))
    created: list[int] = []
    create = feeds.parsers.Parsers._create
    monkeypatch.setattr(
        feeds.parsers.Parsers, "_create", lambda self: created.append(1) or create(self)
    )
    routes = {f"/f{index}": Route(rss((f"CSTO bulletin {index}",
                                        f"https://feeds.example/{index}", "Treaty talks.")))
              for index in range(feeds.parsers.POOL_MIN_FEEDS)}
    setup(db_path, server, routes)
    assert count_never_fetched(db_path) == len(routes)
    first = poll(db_path, db_path.with_name("lock"), FAST)
    assert first.feeds_ok == len(routes) and started == [1] and created == [1]
    started.clear()
    created.clear()
    assert count_never_fetched(db_path) == 0
    assert feeds.parsers.Parsers.started_for(db_path, FAST) is None  # what the CLI asks
    second = poll(db_path, db_path.with_name("lock"), FAST)
    assert second.feeds_unchanged == len(routes)
    assert started == [] and created == []


def test_workers_started_before_the_poll_parse_it_and_stop_with_it(
    db_path: Path, server: FeedServer
) -> None:
    """``blocwatch poll`` starts the workers before loading the poller; the poll uses
    those workers, stores every feed, and leaves no worker behind."""
    from feeds.parsers import POOL_MIN_FEEDS, Parsers

    routes = {f"/f{index}": Route(rss((f"CSTO bulletin {index}",
                                        f"https://feeds.example/{index}", "Treaty talks.")))
              for index in range(POOL_MIN_FEEDS)}
    setup(db_path, server, routes)
    parsers = Parsers.started_for(db_path, FAST)
    assert parsers is not None
    report = poll(db_path, db_path.with_name("lock"), FAST, parsers=parsers)
    assert report.feeds_ok == len(routes) and report.articles_new == len(routes)
    with pytest.raises(RuntimeError):  # shut down by the poll
        parsers.get().submit(os.getpid)


needs_two_cores = pytest.mark.skipif(
    (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1) < 2,
    reason="one core: parsing runs in a thread, no worker processes",
)


def _matcher_cache() -> tuple[int, int]:
    """In a worker: (matchers built, matchers found already built)."""
    from feeds.process import matcher_for

    info = matcher_for.cache_info()
    return info.misses, info.hits


@needs_two_cores
def test_workers_inherit_the_matcher_the_fork_server_built() -> None:
    """The fork server builds the default matcher once; the workers it forks reuse it
    instead of each building their own at the start of a first poll."""
    from feeds.parsers import Parsers

    parsers = Parsers(10, True, Settings())
    try:
        executor = parsers.get()
        caches = {executor.submit(_matcher_cache).result() for _ in range(4)}
    finally:
        parsers.shutdown()
    # one build, in the fork server; each worker's own request (init_worker) found it
    assert caches and all(misses == 1 and hits >= 1 for misses, hits in caches)


WORKER_ORIGIN = """
import os, sys
sys.path.insert(0, {root!r})
from feeds.parsers import Parsers
from store.config import Settings

def origin():
    import feeds
    return feeds.__file__

if __name__ == "__main__":
    parsers = Parsers(10, True, Settings())
    try:
        print(parsers.get().submit(origin).result(timeout=60))
    finally:
        parsers.shutdown()
    print(os.environ.get("PYTHONSAFEPATH"), os.environ.get("PYTHONPATH"))
"""


@needs_two_cores
def test_workers_import_the_polls_code_not_the_current_directorys(tmp_path: Path) -> None:
    """Run from a folder that holds another ``feeds`` package (a checkout of another
    version, say), the workers still parse with the poll's own code."""
    root = Path(__file__).resolve().parent.parent
    decoy = tmp_path / "checkout"
    (decoy / "feeds").mkdir(parents=True)
    (decoy / "feeds" / "__init__.py").write_text("raise SystemExit('the decoy was imported')\n")
    script = tmp_path / "run" / "poll_workers.py"
    script.parent.mkdir()
    script.write_text(WORKER_ORIGIN.format(root=str(root)))
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONSAFEPATH")}
    done = subprocess.run([sys.executable, str(script)], cwd=decoy, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    origin, environment = done.stdout.splitlines()
    assert Path(origin).resolve() == (root / "feeds" / "__init__.py").resolve()
    assert environment == "None None"  # the poll's own environment is left as it was


def test_the_early_glance_at_the_feed_list_never_fails(tmp_path: Path) -> None:
    assert count_never_fetched(tmp_path / "missing.db") == 0
    (tmp_path / "text.db").write_text("not a database")
    assert count_never_fetched(tmp_path / "text.db") == 0
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t (x)").connection.close()
    assert count_never_fetched(tmp_path / "other.db") == 0


def test_gzip_bomb_stops_at_the_cap(db_path: Path, server: FeedServer) -> None:
    setup(db_path, server, {"/bomb": Route(gzip_bomb_mb=50)})
    report = run_poll(db_path)
    assert "larger than" in (report.outcomes[0].error or "")


def test_a_held_lock_stops_a_second_poll(db_path: Path, server: FeedServer) -> None:
    setup(db_path, server, {"/f": Route(rss(("CSTO", "https://feeds.example/1", "x")))})
    with poll_lock(db_path.with_name("lock")), pytest.raises(PollLocked):
        run_poll(db_path)
    assert titles(db_path) == []


def test_an_overlapping_poll_exits_75_before_starting_workers(
    db_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Under cron, a poll that overlaps a slow one is turned away without forking the
    fork server and its workers first."""
    import feeds.parsers
    from store.paths import resolve_paths
    from tui.poll_command import EXIT_LOCKED, poll_command

    routes = {f"/f{index}": Route(rss((f"CSTO bulletin {index}",
                                        f"https://feeds.example/{index}", "Treaty talks.")))
              for index in range(feeds.parsers.POOL_MIN_FEEDS)}
    setup(db_path, server, routes)
    asked: list[Path] = []
    monkeypatch.setattr(feeds.parsers.Parsers, "started_for",
                        classmethod(lambda cls, path, settings: asked.append(path)))
    paths = resolve_paths(str(db_path), None)
    with poll_lock(paths.lock):
        assert poll_command(paths, FAST, quiet=False, as_json=False) == EXIT_LOCKED
    assert asked == []
    assert "another poll is running" in capsys.readouterr().err
    assert titles(db_path) == []


def cli(db_path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "--db", str(db_path), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )


def test_two_polls_at_once_one_exits_75(db_path: Path, server: FeedServer) -> None:
    setup(db_path, server, {"/slow": Route(rss(("CSTO drills", "https://feeds.example/d", "x")),
                                           stall=5)})
    first = cli(db_path, "poll", "--quiet")
    # wait until the first poll has reached the server, so it holds the lock
    while not server.requests_to("/slow"):
        assert first.poll() is None
        server._stop.wait(0.05)
    second = cli(db_path, "poll")
    assert second.wait(timeout=30) == 75
    assert "another poll" in second.stderr.read()  # type: ignore[union-attr]
    assert first.wait(timeout=30) == 0
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def all_exit(pids: set[int], within: float) -> bool:
    """Wait on pidfds (readable once the process exits) rather than polling /proc."""
    handles = []
    for pid in pids:
        try:
            handles.append(os.pidfd_open(pid))
        except ProcessLookupError:
            continue  # gone already
    try:
        deadline = time.monotonic() + within
        waiting = list(handles)
        while waiting:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            ready, _, _ = select.select(waiting, [], [], remaining)
            waiting = [handle for handle in waiting if handle not in ready]
        return True
    finally:
        for handle in handles:
            os.close(handle)


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid`` (Linux /proc; elsewhere none are found)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir() if Path("/proc/self/stat").exists() else ():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found: set[int] = set()
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


def test_kill_9_mid_poll_leaves_an_intact_database_and_the_next_poll_completes(
        db_path: Path, server: FeedServer) -> None:
    # Each feed answers after 0.5 s (two at a time from one host): about four feeds a
    # second, so the poll's commits (a batch every BATCH_SECONDS, 1 s) spread over 3 s and
    # a kill can land between them as well as inside one.
    routes = {f"/f{index}": Route(rss(*[
        (f"CSTO bulletin {index}-{item}", f"https://feeds.example/{index}/{item}", "Treaty talks.")
        for item in range(40)]), stall=0.5) for index in range(12)}
    routes["/slow"] = Route(
        rss(("CSTO slow", "https://feeds.example/slow", "Treaty talks.")), drip=0.01
    )
    setup(db_path, server, routes)
    fresh_after_kill = []
    left_behind: set[int] = set()
    for stored_before_kill in (0, 1, 6):
        conn = sqlite3.connect(db_path)
        count_fresh = "SELECT count(*) FROM feeds WHERE etag IS NOT NULL"
        baseline = conn.execute(count_fresh).fetchone()[0]
        # leave feeds for the kill to interrupt, however far the earlier kills got (on a
        # busy machine they land later, and a fixed target could outrun the poll)
        target = baseline + min(stored_before_kill, max(0, len(routes) - baseline - 3))
        process = cli(db_path, "poll", "--quiet")
        while process.poll() is None:
            if conn.execute(count_fresh).fetchone()[0] >= target:
                break
        left_behind |= descendants(process.pid)
        process.send_signal(signal.SIGKILL)
        assert process.wait() == -signal.SIGKILL
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # no feed is marked fresh while its articles are missing
        for (url, count) in conn.execute(
            "SELECT f.url, (SELECT count(*) FROM article_sources s WHERE s.feed_url = f.url) "
            "FROM feeds f WHERE f.etag IS NOT NULL"
        ):
            assert count == (1 if url.endswith("/slow") else 40), url
        fresh_after_kill.append(
            conn.execute("SELECT count(*) FROM feeds WHERE etag IS NOT NULL").fetchone()[0])
        conn.close()
    # the kills really landed mid-poll: some feeds were done, not all
    assert any(0 < fresh < len(routes) for fresh in fresh_after_kill), fresh_after_kill
    # and the parse workers and their fork server died with the poll
    assert left_behind or sys.platform != "linux", "no parse processes started: nothing tested"
    assert all_exit(left_behind, within=5.0), "processes outlived the killed poll"
    report = run_poll(db_path, Settings(fetch=FetchSettings(total_timeout=60)))
    assert report.feeds_failed == 0
    assert len(titles(db_path)) == 12 * 40 + 1
