"""Cron overlaps and kills processes: concurrent runs and kill -9 at chosen moments (issue 6).

The kill tests do not guess with timers. A small driver runs the real ``blocwatch`` command
with one function wrapped so that, at the chosen moment (inside a migration's transaction,
after the N-th article insert of a big feed, after the feed was marked fresh but before the
commit), it prints ``inside`` and waits. The test reads that line, kills the process with
SIGKILL and checks what the next process finds.

(The dashboard open while polls write is tested with the dashboard: tests/test_tui.py.)
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import db as db_module
from store import migrations
from store.db import open_db
from store.feedlist import add_feeds
from tests.feedserver import FeedServer, Route
from tests.hostile import payloads

ROOT = Path(__file__).resolve().parent.parent
BIG = 2_000  # a big feed: one transaction of 2,000 articles (the hostile suite has 5,000)


def blocwatch(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tui.cli", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )


def finish(process: subprocess.Popen[str], timeout: float = 120) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def driven(script: str, *args: str) -> subprocess.Popen[str]:
    """``blocwatch ARGS`` under a driver script that stops at a chosen moment."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )


def kill_when_inside(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line == "inside\n", (line, process.stderr.read() if process.stderr else "")
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL


def integrity(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def fresh_feeds_with_missing_articles(db_path: Path, expected: dict[str, int]) -> list[str]:
    """Feeds marked fresh (an ETag stored) whose articles are not all there."""
    conn = sqlite3.connect(db_path)
    try:
        return [
            url
            for url, stored in conn.execute(
                "SELECT f.url, (SELECT count(*) FROM article_sources s WHERE s.feed_url = f.url)"
                " FROM feeds f WHERE f.etag IS NOT NULL"
            )
            if url in expected and stored != expected[url]
        ]
    finally:
        conn.close()


# --- overlapping runs ------------------------------------------------------------------------


def test_four_polls_at_once_one_works_and_the_others_exit_75(
        tmp_path: Path, server: FeedServer) -> None:
    db_path = tmp_path / "bw.db"
    routes = {f"/f{index}": Route(payloads.good_feed(f"f{index}", 20)) for index in range(4)}
    routes["/slow"] = Route(payloads.good_feed("slow", 1), stall=3)  # holds the lock a while
    server.routes.update(routes)
    db = open_db(db_path)
    add_feeds(db, [{"url": server.url(path), "keep": "all"} for path in routes])
    db.close()
    polls = [blocwatch("--db", str(db_path), "poll") for _ in range(4)]
    results = [finish(process) for process in polls]
    codes = sorted(code for code, _, _ in results)
    # one ran; the others found the lock held (or, started after it finished, polled again)
    assert codes[0] == 0 and 75 in codes and set(codes) <= {0, 75}, results
    for _, _, err in results:
        assert "locked" not in err and "Traceback" not in err, err
    conn = sqlite3.connect(db_path)
    total, distinct = conn.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchone()
    sources = conn.execute("SELECT count(*) FROM article_sources").fetchone()[0]
    conn.close()
    assert total == distinct == sources == 4 * 20 + 1


def test_four_inits_of_a_new_database_at_once(tmp_path: Path) -> None:
    """Three of four used to fail with "database is locked" (deferred transactions); later
    about one in a hundred did, at the switch to WAL. Twelve rounds make that race show."""
    for round_ in range(12):
        db_path = tmp_path / f"new{round_}.db"
        results = [finish(process) for process in [blocwatch("--db", str(db_path), "init")
                                                   for _ in range(4)]]
        assert [code for code, _, _ in results] == [0, 0, 0, 0], results
        assert integrity(db_path) == "ok"
        conn = sqlite3.connect(db_path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        conn.close()


def test_the_switch_to_wal_waits_while_another_process_makes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite says "locked" at once, busy timeout or not, to a process switching a new file
    to WAL while another does: opening waits and tries again instead of failing."""
    calls = []
    original = db_module.Database.enable_wal

    def racing(self: db_module.Database) -> None:
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")
        original(self)

    monkeypatch.setattr(db_module.Database, "enable_wal", racing)
    db = open_db(tmp_path / "new.db")
    assert db.journal_mode == "wal" and len(calls) == 3
    db.close()


def test_writers_beside_a_long_poll_wait_their_turn(tmp_path: Path, server: FeedServer) -> None:
    """A poll writing 2,000 articles in one transaction while the analyst adds feeds and asks
    for the status: everyone waits for the write lock; nobody sees "database is locked"."""
    db_path = tmp_path / "bw.db"
    server.routes["/many"] = Route(payloads.many_items_feed(BIG))
    for index in range(6):
        server.routes[f"/added{index}"] = Route(payloads.good_feed(f"added{index}", 1))
    db = open_db(db_path)
    add_feeds(db, [{"url": server.url("/many"), "keep": "all"}])
    db.close()
    polling = blocwatch("--db", str(db_path), "poll")
    others = [blocwatch("--db", str(db_path), "feeds", "add", server.url(f"/added{index}"))
              for index in range(6)]
    others += [blocwatch("--db", str(db_path), "status") for _ in range(3)]
    results = [finish(process) for process in [polling, *others]]
    for code, _, err in results:
        assert code == 0 and err == "", err
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM feeds").fetchone()[0] == 7
    assert conn.execute("SELECT count(*) FROM article_sources WHERE feed_url = ?",
                        [server.url("/many")]).fetchone()[0] == BIG
    conn.close()


# --- kill -9 at chosen moments ----------------------------------------------------------------

MIGRATION_DRIVER = """
import signal, sys
from store import db as db_module
from store import migrations
index = int(sys.argv[1])
original = migrations.MIGRATIONS[index]
def interrupted(db):
    original(db)
    print("inside", flush=True)  # the migration ran; its version is not committed
    signal.pause()
migrations.MIGRATIONS[index] = interrupted
from tui.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("index", range(len(migrations.MIGRATIONS)),
                         ids=[f"v{index + 1}" for index in range(len(migrations.MIGRATIONS))])
def test_kill_during_a_migration_of_a_new_database(tmp_path: Path, index: int) -> None:
    """Each migration and its version bump commit together (sqlite-utils' executescript
    keeps an open transaction open), so the next run starts that migration again."""
    db_path = tmp_path / "bw.db"
    kill_when_inside(driven(MIGRATION_DRIVER, str(index), "--db", str(db_path), "init"))
    assert integrity(db_path) == "ok"
    code, _, err = finish(blocwatch("--db", str(db_path), "init"))
    assert code == 0, err
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    conn.close()


SAVE_DRIVER = """
import signal, sys
import feeds.poll as poll_module
moment = sys.argv[1]
original = poll_module.save_feed_articles

class Inserting:
    '''The connection, except that the big feed's article inserts stop once N rows are in.'''
    def __init__(self, conn):
        self.conn = conn
        self.rows = 0
    def __getattr__(self, name):
        return getattr(self.conn, name)
    def execute(self, sql, parameters=()):
        cursor = self.conn.execute(sql, parameters)
        if moment.isdigit() and sql.startswith("INSERT INTO articles "):
            self.rows += sql.count("(?")  # one "(?, …)" per row
            if self.rows >= int(moment):
                print("inside", flush=True)
                signal.pause()
        return cursor

class Stopping:
    '''The database, except that one statement of the big feed's transaction never returns.'''
    def __init__(self, db):
        self.db = db
        self.conn = Inserting(db.conn)
    def __getattr__(self, name):
        return getattr(self.db, name)
    def execute(self, sql, parameters=None):
        cursor = self.db.execute(sql, parameters)
        if moment == "fresh" and sql.startswith("UPDATE feeds SET etag"):
            print("inside", flush=True)
            signal.pause()
        return cursor

def save(db, feed_url, articles, state):
    if len(articles) > 100:
        return original(Stopping(db), feed_url, articles, state)
    return original(db, feed_url, articles, state)

poll_module.save_feed_articles = save
from tui.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("moment", [str(BIG // 2), str(BIG), "fresh"],
                         ids=["half-way", "last-insert", "marked-fresh"])
def test_kill_during_a_big_feeds_transaction(
        tmp_path: Path, server: FeedServer, moment: str) -> None:
    """Killed inside the transaction of a 2,000-item feed (after its 1,000th or last article,
    or after the feed row was marked fresh): nothing of it is committed, the other feed is
    intact, and the next poll stores everything."""
    db_path = tmp_path / "bw.db"
    server.routes["/many"] = Route(payloads.many_items_feed(BIG))
    server.routes["/small"] = Route(payloads.good_feed("small", 5))
    expected = {server.url("/many"): BIG, server.url("/small"): 5}
    db = open_db(db_path)
    add_feeds(db, [{"url": url, "keep": "all"} for url in expected])
    db.close()
    kill_when_inside(driven(SAVE_DRIVER, moment, "--db", str(db_path), "poll"))
    assert integrity(db_path) == "ok"
    assert fresh_feeds_with_missing_articles(db_path, expected) == []
    conn = sqlite3.connect(db_path)
    many = conn.execute("SELECT etag, (SELECT count(*) FROM article_sources WHERE feed_url = ?) "
                        "FROM feeds WHERE url = ?", [server.url("/many")] * 2).fetchone()
    conn.close()
    assert many == (None, 0)
    code, _, err = finish(blocwatch("--db", str(db_path), "poll"))
    assert code == 0, err
    assert fresh_feeds_with_missing_articles(db_path, expected) == []
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM feeds WHERE etag IS NOT NULL").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == BIG + 5
    conn.close()


POOL_DRIVER = """
import os, signal, sys
import feeds.poll as poll_module
original = poll_module._store
def store(db, feed, result, processed):
    outcome = original(db, feed, result, processed)
    print("inside", os.getpid(), flush=True)  # one feed stored; the pool's workers are up
    signal.pause()
    return outcome
poll_module._store = store
from tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_kill_with_worker_processes_frees_the_lock(tmp_path: Path, server: FeedServer) -> None:
    """Eight feeds or more: parsing runs in forked workers. Killing the poll must not leave
    a worker holding the poll lock (the next poll would exit 75 for ever)."""
    db_path = tmp_path / "bw.db"
    routes = {f"/f{index}": Route(payloads.good_feed(f"f{index}", 3)) for index in range(10)}
    server.routes.update(routes)
    db = open_db(db_path)
    add_feeds(db, [{"url": server.url(path), "keep": "all"} for path in routes])
    db.close()
    process = driven(POOL_DRIVER, "--db", str(db_path), "poll")
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("inside "), (line, process.stderr.read() if process.stderr else "")
    # on a loaded machine the pool may still be starting when the first feed is stored:
    # give it a few seconds, so that the kill below does hit live workers
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 10
    workers = children.read_text().split()
    while not workers and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = children.read_text().split()
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    # the workers may outlive their parent by half a second; the lock is already free
    code, _, err = finish(blocwatch("--db", str(db_path), "poll"))
    assert code == 0, err
    assert fresh_feeds_with_missing_articles(db_path, {server.url(p): 3 for p in routes}) == []
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 30
    conn.close()
    assert integrity(db_path) == "ok"
    assert len(workers) >= 1  # the kill really happened with workers alive
