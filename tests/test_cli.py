"""The command line: happy paths and every error path (one line on stderr, exit 2, no damage)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import one_line_error, run
from tests.conftest import DEMO
from tui.cli import main


def test_init_creates_the_database_and_status_reports_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "bw.db"
    code, out, _ = run(capsys, "--db", str(db), "init")
    assert code == 0 and "journal wal" in out and "agreements" in out
    code, out, _ = run(capsys, "--db", str(db), "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["agreements"] >= 25 and status["feeds"] > 10
    code, out, _ = run(capsys, "--db", str(db), "status")
    assert "last poll     never" in out


def test_db_from_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BLOCWATCH_DB", str(tmp_path / "env.db"))
    assert run(capsys, "init")[0] == 0
    assert (tmp_path / "env.db").exists()


def test_default_paths_are_created_on_first_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "init")[0] == 0
    assert (tmp_path / "xdg-data" / "blocwatch" / "blocwatch.db").exists()


def test_init_twice_does_not_re_add_a_removed_default_feed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "bw.db")
    run(capsys, "--db", db, "init")
    first = json.loads(run(capsys, "--db", db, "feeds", "list", "--json")[1])
    assert run(capsys, "--db", db, "feeds", "remove", first[0]["url"])[0] == 0
    run(capsys, "--db", db, "init")
    again = json.loads(run(capsys, "--db", db, "feeds", "list", "--json")[1])
    assert len(again) == len(first) - 1


def test_not_a_database_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("do not overwrite me")
    for command in (["init"], ["status"], ["poll"], ["feeds", "list"]):
        code, _, err = run(capsys, "--db", str(notes), *command)
        assert code == 2
        one_line_error(err)
        assert "not a SQLite database" in err
    assert notes.read_text() == "do not overwrite me"


def test_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "no" / "such" / "bw.db"), "init")
    assert code == 2
    one_line_error(err)


def test_status_of_a_missing_database_points_to_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "bw.db"), "export")
    assert code == 2 and "blocwatch init" in err
    one_line_error(err)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://feeds.example/feed",
        "http://",
        "javascript:alert(1)",
        "/no/such/file.xml",
        "https://exa mple.org:99999/x",
        "",
    ],
)
def test_bad_feed_urls(tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "bw.db"), "feeds", "add", url)
    assert code == 2
    one_line_error(err)


def test_feeds_add_list_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "bw.db")
    code, out, _ = run(
        capsys, "--db", db, "feeds", "add", "https://feeds.example/rss", "--keep", "all"
    )
    assert code == 0 and "added" in out
    code, out, _ = run(capsys, "--db", db, "feeds", "add", "https://feeds.example/rss")
    assert "already present" in out
    feeds = json.loads(run(capsys, "--db", db, "feeds", "list", "--json")[1])
    assert [f["keep"] for f in feeds if f["url"] == "https://feeds.example/rss"] == ["all"]
    assert run(capsys, "--db", db, "feeds", "remove", "https://feeds.example/rss")[0] == 0
    code, _, err = run(capsys, "--db", db, "feeds", "remove", "https://feeds.example/rss")
    assert code == 2 and "no such feed" in err


def test_opml_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "source.db"
    run(capsys, "--db", str(source), "init")
    opml = run(capsys, "--db", str(source), "feeds", "export")[1]
    assert opml.startswith("<?xml") and 'version="2.0"' in opml
    (tmp_path / "feeds.opml").write_text(opml)
    target = str(tmp_path / "target.db")
    code, out, _ = run(capsys, "--db", target, "feeds", "import", str(tmp_path / "feeds.opml"))
    assert code == 0
    urls = {f["url"] for f in json.loads(run(capsys, "--db", target, "feeds", "list", "--json")[1])}
    exported = {
        f["url"] for f in json.loads(run(capsys, "--db", str(source), "feeds", "list", "--json")[1])
    }
    assert exported <= urls


@pytest.mark.parametrize(
    "content",
    [
        None,
        "<opml><body>",
        "<html></html>",
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><opml/>',
        "<opml><body><outline text='x'/></body></opml>",
    ],
)
def test_bad_opml(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None) -> None:
    path = tmp_path / "feeds.opml"
    if content is not None:
        path.write_text(content)
    code, _, err = run(capsys, "--db", str(tmp_path / "bw.db"), "feeds", "import", str(path))
    assert code == 2
    one_line_error(err)


@pytest.mark.parametrize(
    "config",
    [
        "colour = 'red'\n",
        "threshold = 'high'\n",
        "[fetch]\ntimeout = 3\n",
        "[fetch]\nconcurrency = true\n",
        "watched = 'UZ'\n",
        "not toml ===\n",
        "fetch = 3\n",
    ],
)
def test_bad_config(tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(config)
    code, _, err = run(capsys, "--db", str(tmp_path / "bw.db"), "--config", str(path), "init")
    assert code == 2
    one_line_error(err)
    assert not (tmp_path / "bw.db").exists()


def test_missing_named_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "--db", str(tmp_path / "bw.db"), "--config", str(tmp_path / "nope.toml"), "poll"
    )
    assert code == 2 and "does not exist" in err


def test_good_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text('watched = ["uz", "kz"]\nthreshold = 1\n[fetch]\ntotal_timeout = 5\n')
    assert run(capsys, "--db", str(tmp_path / "bw.db"), "--config", str(path), "init")[0] == 0


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    one_line_error(capsys.readouterr().err)


def polled_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "bw.db")
    for name in ("moscow-times-demo.xml", "tass-ru-demo.xml", "eurasianet-demo.atom"):
        run(capsys, "--db", db, "feeds", "add", str(DEMO / name))
    code, out, err = run(capsys, "--db", db, "poll", "--json")
    assert code == 0, err
    assert json.loads(out)["articles_new"] > 10
    return db


def test_poll_json_and_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = polled_demo(tmp_path, capsys)
    code, out, err = run(capsys, "--db", db, "poll", "--quiet")
    assert (code, out, err) == (0, "", "")


def test_poll_exit_1_when_every_feed_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "bw.db")
    feed = tmp_path / "feed.xml"
    feed.write_text("<html>not a feed</html>")
    run(capsys, "--db", db, "feeds", "add", str(feed))
    code, out, err = run(capsys, "--db", db, "poll", "--json")
    assert code == 1 and json.loads(out)["feeds_failed"] == 1
    assert "not a feed" in err


def test_export_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = polled_demo(tmp_path, capsys)
    code, out, _ = run(
        capsys, "--db", db, "export", "--format", "json", "--country", "UZ", "--since", "3650d"
    )
    rows = json.loads(out)
    assert code == 0 and rows and all("UZ" in row["countries"] for row in rows)
    titles = [row["title"] for row in rows]
    assert "Russia and Uzbekistan formalize military strategic partnership through 2030" in titles
    code, out, _ = run(capsys, "--db", db, "export", "--format", "csv", "--since", "3650d")
    assert out.splitlines()[0].startswith("published,source,title,url")
    code, out, _ = run(
        capsys, "--db", db, "export", "--format", "md", "--country", "uz", "--since", "3650d"
    )
    assert out.startswith("# Uzbekistan: headlines since 3650d") and "](https://" in out


def test_export_unknown_country_and_bad_since(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = polled_demo(tmp_path, capsys)
    for args in (["--country", "XX"], ["--since", "yesterday"]):
        code, _, err = run(capsys, "--db", db, "export", *args)
        assert code == 2
        one_line_error(err)


def test_match_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(
        "sys.stdin",
        io.StringIO(
            "Russia and Uzbekistan sign military partnership programme. Belousov in Tashkent\n"
            "\n"
            "Moscow court jails blogger\n"
        ),
    )
    code, out, _ = run(capsys, "match", "--json")
    first, blank, second = (json.loads(line) for line in out.splitlines())
    assert code == 0
    assert first["relevant"] and {"RU", "UZ"} <= set(first["countries"]) and first["why"]
    assert not second["relevant"]
    assert not blank["relevant"]  # one answer per line, so answers pair with their lines


def test_match_keeps_a_title_whole_past_an_abbreviation(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """"U.S. …" is no title of two letters with the rest as its summary: the verdict is
    the one the whole title gets."""
    import io

    from feeds.match import default_matcher

    title = "U.S. Sanctions Kyrgyz Banks Over Russia Ties"
    summary = "Treasury named three lenders in Bishkek."
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{title}. {summary}\n"))
    code, out, _ = run(capsys, "match", "--json")
    assert code == 0
    assert json.loads(out) == default_matcher().classify(title, summary).as_json()
    assert {"US", "KG"} <= set(json.loads(out)["countries"])


def test_match_stops_quietly_when_its_reader_goes_away() -> None:
    """`blocwatch match | head -1`: no "Broken pipe" error when head has read enough."""
    import subprocess
    import sys

    child = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "match"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(b"Putin meets Tokayev in Astana\n")
    child.stdin.flush()
    assert child.stdout.readline().startswith(b"KEEP")
    child.stdout.close()  # the reader is gone
    try:
        child.stdin.write(b"Moscow court jails blogger\n" * 20_000)
        child.stdin.close()
    except BrokenPipeError:
        pass  # it may already have stopped
    assert child.wait(timeout=60) == 141
    assert child.stderr is not None and child.stderr.read() == b""


def test_match_reads_a_line_as_a_poll_reads_a_feed_item(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Markup, entities and terminal escapes in a pasted line are cleaned the way the
    poller cleans a feed's title and summary, so the verdict is the one a poll would
    store."""
    import io

    from feeds.match import default_matcher

    line = ("Kazakhstan &amp; Uzbekistan sign \x1b[31mstrategic\x1b[0m partnership treaty. "
            "<p>Tokayev and <b>Mirziyoyev</b> met in Tashkent.</p>")
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    code, out, _ = run(capsys, "match")
    assert code == 0 and "\x1b" not in out and "<b>" not in out and "&amp;" not in out
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    code, out, _ = run(capsys, "match", "--json")
    expected = default_matcher().classify(
        "Kazakhstan & Uzbekistan sign strategic partnership treaty",
        "Tokayev and Mirziyoyev met in Tashkent.",
    )
    assert json.loads(out) == expected.as_json() and expected.relevant


@pytest.mark.parametrize("learned", ["true", "false"])
def test_match_says_what_the_learned_opinion_was_unless_it_is_off(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    learned: str,
) -> None:
    """A story turned away for want of a cue shows the model's score in ``why``; with
    ``learned = false`` in the config the rules decide alone and say nothing of it."""
    import io

    config = tmp_path / "config.toml"
    config.write_text(f"learned = {learned}\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("Lithuanian railways halt Belarus cargo\n"))
    code, out, _ = run(capsys, "--config", str(config), "match", "--json")
    assert code == 0
    why = json.loads(out)["why"]
    assert "no alignment cue in the title" in why
    assert any(line.startswith("learned score") for line in why) == (learned == "true")


def test_learned_must_be_true_or_false(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('learned = "yes"\n')
    code, _, err = run(capsys, "--config", str(config), "match")
    assert code == 2 and "learned must be bool" in err


def test_remove_a_local_feed_by_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "bw.db")
    feed = DEMO / "official-demo.xml"
    run(capsys, "--db", db, "feeds", "add", str(feed))
    code, out, _ = run(capsys, "--db", db, "feeds", "remove", str(feed))
    assert code == 0 and out.strip() == f"removed {feed.resolve().as_uri()}"


def test_opml_keeps_the_keep_setting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = str(tmp_path / "a.db")
    run(capsys, "--db", source, "feeds", "add", "https://feeds.example/official", "--keep", "all")
    (tmp_path / "f.opml").write_text(run(capsys, "--db", source, "feeds", "export")[1])
    target = str(tmp_path / "b.db")
    run(capsys, "--db", target, "feeds", "import", str(tmp_path / "f.opml"))
    feeds = json.loads(run(capsys, "--db", target, "feeds", "list", "--json")[1])
    assert [f["keep"] for f in feeds] == ["all"]


def test_opml_from_elsewhere_cannot_point_at_local_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text("<rss/>")
    (tmp_path / "f.opml").write_text(
        f'<opml version="2.0"><body><outline xmlUrl="{secret.as_uri()}"/>'
        '<outline xmlUrl="https://feeds.example/rss" title="Good &#x202E;feed"/></body></opml>'
    )
    db = str(tmp_path / "bw.db")
    assert run(capsys, "--db", db, "feeds", "import", str(tmp_path / "f.opml"))[0] == 0
    feeds = json.loads(run(capsys, "--db", db, "feeds", "list", "--json")[1])
    assert [(f["url"], f["title"]) for f in feeds] == [("https://feeds.example/rss", "Good feed")]
