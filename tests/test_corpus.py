"""The feedparser test corpus and the real feeds through the whole pipeline (issue 6).

All 2,248 files of ../shared/corpus/feedparser-tests go through fetch → parse → store with
keep=all in ONE poll, read from disk (``file://`` feeds). A second poll serves them from
127.0.0.1 with the HTTP headers each file declares (``Header:`` lines: Content-Type, a
status and redirect; gzip/deflate for compression/): every file whose transport matters
(a header, or http/, compression/, encoding/, illformed/) and every 4th of the rest, 798
files (all of them took ~30 s on the loaded 2-core VM, the server sharing the process).
Every file must end as a stored feed or a recorded error; nothing stored may carry markup,
script or control characters.

``python -m tests.test_corpus`` prints the outcome table kept in docs/RELIABILITY.md.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from feeds.poll import PollReport, poll
from store.config import FetchSettings, Settings
from store.db import open_db
from store.feedlist import add_feeds
from tests.feedserver import FeedServer, Route
from tests.hostile.checks import unclean_rows

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CORPUS = SHARED / "feedparser-tests"
REAL_FEEDS = SHARED / "realfeeds"
EXPECTED_FILES = 2_248
# Loopback: every file at once from one host, so no politeness limit; generous deadlines
# for a loaded CI machine (the server shares this process).
SETTINGS = Settings(fetch=FetchSettings(concurrency=32, per_host=32, total_timeout=60.0,
                                        connect_timeout=10.0))
# What a sanitizer case must never leave in stored text (beyond tests/hostile/checks.py).
SCRIPT_LIKE = re.compile(r"<|javascript:|vbscript:|expression\s*\(|alert\s*\(|\bon\w+\s*=",
                         re.IGNORECASE)

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus at {CORPUS}")


def corpus_files() -> list[Path]:
    return sorted(path for path in CORPUS.rglob("*") if path.is_file()
                  and path.name != "README.md")


def group_of(path: Path) -> str:
    parts = path.relative_to(CORPUS).parts
    if parts[0] == "wellformed" and parts[1] == "sanitize":
        return "wellformed/sanitize"
    return parts[0]


def declared_headers(path: Path) -> dict[str, str]:
    """The ``Header: Name: value`` lines of a corpus file's comment (ASCII in every file)."""
    head = path.read_bytes()[:2048].decode("latin-1")
    return {name.lower(): value.strip() for name, value in
            re.findall(r"^Header:\s*([A-Za-z-]+):\s*(.*?)\s*$", head, re.MULTILINE)}


def route_for(path: Path, target: str) -> Route:
    """How the upstream test server served this file, pointed at our loopback server."""
    headers = declared_headers(path)
    content_type = headers.get("content-type", "application/xml")
    extra = {}
    if path.suffix == ".gz":
        extra["Content-Encoding"] = "gzip"
    elif path.suffix == ".z":
        extra["Content-Encoding"] = "deflate"
    status = int(headers.get("status", "200"))
    if 300 <= status < 400 and "location" in headers:
        location = headers["location"].split("8097", 1)[-1]
        return Route(redirect_to=target + ("/http/target.xml" if "target" in location
                                           else location))
    return Route(path.read_bytes(), status=status, content_type=content_type, headers=extra,
                 etag=False)


def http_sample(files: list[Path]) -> list[Path]:
    return [
        path for index, path in enumerate(files)
        if declared_headers(path) or index % 4 == 0
        or group_of(path) in ("http", "compression", "encoding", "illformed")
    ]


@dataclass
class CorpusRun:
    report: PollReport
    seconds: float
    db: Path
    group: dict[str, str]  # feed URL -> corpus group


def run_corpus(folder: Path, *, server: FeedServer | None, sample: bool = True) -> CorpusRun:
    """Every corpus file (or the HTTP sample) as a keep=all feed of one database, polled once."""
    db_path = folder / "corpus.db"
    files = corpus_files()
    assert len(files) == EXPECTED_FILES
    if server is not None and sample:
        files = http_sample(files)
    urls: dict[str, str] = {}
    for path in files:
        relative = path.relative_to(CORPUS).as_posix()
        if server is None:
            urls[path.as_uri()] = group_of(path)
        else:
            server.routes["/" + relative] = route_for(path, server.base)
            urls[server.url("/" + relative)] = group_of(path)
    if server is not None:
        server.routes["/-/return-304.xml"] = Route(status=304)
    db = open_db(db_path)
    add_feeds(db, [{"url": url, "keep": "all"} for url in urls])
    db.close()
    started = time.perf_counter()
    report = poll(db_path, folder / "corpus.lock", SETTINGS)
    return CorpusRun(report, time.perf_counter() - started, db_path, urls)


def summary(run: CorpusRun) -> dict[str, Counter[str]]:
    """Per corpus group: files, stored (with or without a warning), unchanged, failed."""
    table: dict[str, Counter[str]] = {}
    for outcome in run.report.outcomes:
        row = table.setdefault(run.group[outcome.url], Counter())
        row["files"] += 1
        row[outcome.outcome] += 1
        row["articles"] += outcome.new
    return dict(sorted(table.items()))


def check_accounted_for(run: CorpusRun) -> None:
    assert len(run.report.outcomes) == len(run.group)
    assert {outcome.url for outcome in run.report.outcomes} == set(run.group)
    conn = sqlite3.connect(run.db)
    try:
        states = dict(conn.execute(
            "SELECT url, CASE WHEN error_count > 0 AND last_error IS NOT NULL THEN 'failed' "
            "WHEN error_count = 0 AND last_success IS NOT NULL THEN 'stored' END FROM feeds"))
        assert None not in states.values(), [url for url, state in states.items() if not state]
        for outcome in run.report.outcomes:
            assert states[outcome.url] == ("failed" if outcome.outcome == "failed" else
                                           "stored"), outcome
            assert (outcome.error is not None) == (outcome.outcome == "failed"), outcome
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert stored == run.report.articles_new
        assert unclean_rows(conn) == []
        sanitized = [
            (url, text) for url, text in conn.execute(
                "SELECT s.feed_url, a.title || ' ' || a.summary || ' ' || coalesce(a.url, '') "
                "|| ' ' || coalesce(a.author, '') FROM articles a "
                "JOIN article_sources s ON s.article_id = a.id "
                "WHERE s.feed_url LIKE '%/wellformed/sanitize/%'")
            if SCRIPT_LIKE.search(text)
        ]
        assert sanitized == []
    finally:
        conn.close()


def test_every_corpus_file_from_disk_is_stored_or_a_recorded_error(tmp_path: Path) -> None:
    run = run_corpus(tmp_path, server=None)
    assert len(run.report.outcomes) == EXPECTED_FILES
    check_accounted_for(run)
    table = summary(run)
    assert table["wellformed/sanitize"]["files"] == 745
    assert run.report.feeds_ok > 1_900 and run.report.articles_new > 1_100
    print(f"\ncorpus from disk: {run.seconds:.1f} s, {run.report.feeds_ok} stored, "
          f"{run.report.feeds_failed} failed, {run.report.articles_new} articles")


def test_every_corpus_file_over_http_is_stored_or_a_recorded_error(
        tmp_path: Path, server: FeedServer) -> None:
    run = run_corpus(tmp_path, server=server)
    check_accounted_for(run)
    by_name = {outcome.url.rsplit("/", 1)[1]: outcome for outcome in run.report.outcomes}
    # served with their declared status, redirect and encoding
    assert by_name["http_status_404.xml"].error == "HTTP 404 Not Found"
    assert by_name["http_status_301.xml"].items == 1  # followed to target.xml
    assert by_name["http_redirect_to_304.xml"].outcome == "unchanged"
    assert by_name["gzip.gz"].outcome == by_name["deflate.z"].outcome == "ok"
    assert by_name["deflate-no-headers.z"].outcome == "ok"
    assert "undecodable content encoding" in (by_name["gzip-not-compressed.gz"].error or "")
    assert len(run.report.outcomes) == 798 and run.report.feeds_ok > 650
    print(f"\ncorpus over HTTP: {run.seconds:.1f} s, {run.report.feeds_ok} stored, "
          f"{run.report.feeds_unchanged} unchanged, {run.report.feeds_failed} failed, "
          f"{run.report.articles_new} articles")


def test_the_real_feeds_end_to_end(tmp_path: Path, server: FeedServer) -> None:
    """The 14 saved real feeds, served over loopback, polled twice (the second is a 304)."""
    files = sorted(REAL_FEEDS.glob("*.xml"))
    assert len(files) == 14
    for path in files:
        server.routes[f"/{path.name}"] = Route(path.read_bytes())
    db_path = tmp_path / "real.db"
    db = open_db(db_path)
    add_feeds(db, [{"url": server.url(f"/{path.name}"), "keep": "all"} for path in files])
    db.close()
    first = poll(db_path, tmp_path / "lock", SETTINGS)
    assert first.feeds_failed == 0 and first.feeds_ok == 14
    items = sum(outcome.items for outcome in first.outcomes)
    assert items == 627  # sources.md counts 629 items; lenta repeats two of them
    by_name = {outcome.url.rsplit("/", 1)[1]: outcome for outcome in first.outcomes}
    assert by_name["currenttime-empty-20260822.xml"].items == 0
    # meduza: every link is the home page and every date 1970, so each item is kept by guid
    meduza = by_name["meduza-chronicle-20260624.xml"]
    assert meduza.new == meduza.items > 1
    conn = sqlite3.connect(db_path)
    assert unclean_rows(conn) == []
    assert conn.execute("SELECT count(*) FROM articles WHERE published LIKE '1970%'"
                        ).fetchone()[0] == 0
    conn.close()
    second = poll(db_path, tmp_path / "lock", SETTINGS)
    assert second.feeds_unchanged == 14 and second.articles_new == 0


def main() -> None:
    """Print the outcome tables (both transports) as Markdown, for docs/RELIABILITY.md."""
    import tempfile

    for transport in ("disk", "HTTP"):
        with tempfile.TemporaryDirectory() as folder:
            feed_server = FeedServer().start() if transport == "HTTP" else None
            try:
                run = run_corpus(Path(folder), server=feed_server, sample="--all" not in sys.argv)
                check_accounted_for(run)
            finally:
                if feed_server is not None:
                    feed_server.close()
        print(f"\n{transport}: {run.seconds:.1f} s\n")
        print("| group | files | stored | unchanged (304) | failed | articles |")
        print("|---|---:|---:|---:|---:|---:|")
        totals: Counter[str] = Counter()
        for group, row in summary(run).items():
            totals.update(row)
            print(f"| {group} | {row['files']} | {row['ok']} | {row['unchanged']} | "
                  f"{row['failed']} | {row['articles']} |")
        print(f"| **all** | {totals['files']} | {totals['ok']} | {totals['unchanged']} | "
              f"{totals['failed']} | {totals['articles']} |")
        errors = Counter(re.sub(r"<unknown>:\d+:\d+: ", "", outcome.error or "")[:60]
                         for outcome in run.report.outcomes if outcome.error)
        for error, count in errors.most_common():
            print(f"- {count} × {error}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
