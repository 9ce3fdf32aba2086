"""The store: schema, migrations, reference data and read functions."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from store.articles import FeedState, save_feed_articles
from store.db import open_db
from store.errors import NotADatabaseError, PathError
from store.migrations import SCHEMA_VERSION, migrate, schema_version
from store.queries import country_card, get_country, membership_history, store_status
from store.records import ArticleRecord, EventRecord
from store.reference import load_reference

DESIGN_TABLES = {
    "countries",
    "orgs",
    "memberships",
    "agreements",
    "agreement_parties",
    "feeds",
    "articles",
    "article_mentions",
    "polls",
    "events",
}


def test_new_database_has_every_table_wal_and_fts(db_path: Path) -> None:
    db = open_db(db_path)
    assert set(db.table_names()) >= DESIGN_TABLES
    assert db.journal_mode == "wal"
    assert "articles_fts" in db.table_names()
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_fts_follows_article_inserts_and_deletes(db_path: Path) -> None:
    db = open_db(db_path)
    with db.atomic():
        db["articles"].insert(
            {
                "id": "a1",
                "feed_url": "f",
                "title": "Ташкент и Москва",
                "summary": "ОДКБ summit",
                "published": "2026-01-01T00:00:00Z",
                "fetched_at": "2026-01-01T00:00:00Z",
            }
        )
    hits = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH '\"ташкент\"'")
    assert len(hits.fetchall()) == 1
    with db.atomic():
        db.execute("DELETE FROM articles WHERE id = 'a1'")
    hits = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'summit'")
    assert hits.fetchall() == []


def test_a_large_feed_is_stored_whole_searchable_and_keyed(db_path: Path) -> None:
    """Rows go in as multi-row statements of at most 999 parameters: a feed of 250
    articles spans several, and every article still reaches the index, its mentions and
    its events, and a story seen twice is stored once."""
    db = open_db(db_path)
    db["feeds"].insert({"url": "http://feed.test/rss", "keep": "all"})
    articles = [
        ArticleRecord(
            id=f"u{n:04d}",
            url=f"https://news.test/{n}",
            title=f"Tashkent talks round {n}",
            summary="Uzbekistan and Kazakhstan sign a transit roadmap",
            author=None,
            language="en",
            published="2026-11-01T00:00:00Z",
            score=1.0,
            relevant=True,
            why=("country:UZ",),
            mentions=(("country", "UZ", "Tashkent"), ("country", "KZ", "Kazakhstan")),
            events=(EventRecord("sign", ("KZ", "UZ"), None, "fact", "sign"),),
        )
        for n in range(250)
    ]
    state = FeedState(status=200, etag='"v1"', modified=None)
    with db.atomic():
        stored = save_feed_articles(db, "http://feed.test/rss", [*articles, articles[0]], state)
    assert stored == 250
    sql = db.execute
    assert sql("SELECT count(*) FROM articles").fetchone()[0] == 250
    assert sql("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'roadmap'"
                 ).fetchone()[0] == 250
    assert sql("SELECT count(*) FROM article_mentions").fetchone()[0] == 500
    assert sql("SELECT count(*) FROM article_keys WHERE kind = 'country' AND code = 'UZ'"
                 ).fetchone()[0] == 250
    assert sql("SELECT count(*) FROM events").fetchone()[0] == 250
    assert sql("SELECT etag, item_count FROM feeds").fetchone() == ('"v1"', 250)
    with db.atomic():
        assert save_feed_articles(db, "http://feed.test/rss", articles, state) == 0
    assert sql("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'roadmap'"
                 ).fetchone()[0] == 250


def test_old_version_database_is_upgraded_and_keeps_its_data(db_path: Path) -> None:
    import sqlite_utils

    old = sqlite_utils.Database(sqlite3.connect(db_path))
    migrate(old, target=1)
    old["feeds"].insert({"url": "https://feeds.example/rss", "title": "Kept", "keep": "all"})
    old.conn.commit()
    assert schema_version(old) == 1
    assert "articles" not in old.table_names()
    old.close()

    db = open_db(db_path)
    assert schema_version(db) == SCHEMA_VERSION
    assert "articles" in db.table_names()
    assert db.execute("SELECT title, keep FROM feeds").fetchall() == [("Kept", "all")]
    assert db.execute("SELECT count(*) FROM memberships").fetchone()[0] > 50


def test_a_failed_migration_leaves_the_old_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite_utils

    from store import migrations

    db = sqlite_utils.Database(sqlite3.connect(db_path))
    migrate(db, target=1)

    def broken(database: sqlite_utils.Database) -> None:
        database.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError):
        migrations.migrate(db, target=2)
    assert schema_version(db) == 1
    assert "half_done" not in db.table_names()


def test_newer_schema_is_refused(db_path: Path) -> None:
    db = open_db(db_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(Exception, match="newer blocwatch"):
        open_db(db_path)


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my precious notes\n")
    with pytest.raises(NotADatabaseError):
        open_db(path)
    assert path.read_text() == "my precious notes\n"
    assert not (tmp_path / "notes.txt-wal").exists()


def test_missing_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PathError, match="does not exist"):
        open_db(tmp_path / "nowhere" / "db.sqlite")
    assert not (tmp_path / "nowhere").exists()


def test_reference_load_is_idempotent(db_path: Path) -> None:
    db = open_db(db_path)
    tables = ("countries", "orgs", "memberships", "agreements", "agreement_parties")

    def snapshot() -> dict[str, list[tuple[object, ...]]]:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}

    first = snapshot()
    load_reference(db)
    load_reference(db)
    assert snapshot() == first


def test_reference_reload_keeps_analyst_rows(db_path: Path) -> None:
    db = open_db(db_path)
    with db.atomic():
        db["memberships"].insert(
            {
                "country": "MN",
                "org": "CSTO",
                "since": "2026-11",
                "status": "observer",
                "source": "analyst: test",
            }
        )
        db.execute(
            "UPDATE memberships SET note = 'checked by me', origin = 'analyst' "
            "WHERE country = 'UZ' AND org = 'EAEU'"
        )
        db["agreements"].insert(
            {
                "id": "my-own",
                "name": "Analyst's agreement",
                "kind": "defense",
                "status": "active",
                "source": "analyst",
            }
        )
        db["agreement_parties"].insert({"agreement_id": "my-own", "country": "MN"})
    load_reference(db)
    assert db.execute(
        "SELECT status, origin FROM memberships WHERE country='MN' AND org='CSTO'"
    ).fetchall() == [("observer", "analyst")]
    assert (
        db.execute("SELECT note FROM memberships WHERE country='UZ' AND org='EAEU'").fetchone()[0]
        == "checked by me"
    )
    assert (
        db.execute("SELECT count(*) FROM agreement_parties WHERE agreement_id='my-own'").fetchone()[
            0
        ]
        == 1
    )


def test_every_reference_row_has_a_source(db_path: Path) -> None:
    db = open_db(db_path)
    for table in ("memberships", "agreements"):
        assert (
            db.execute(
                f"SELECT count(*) FROM {table} WHERE source IS NULL OR source = ''"
            ).fetchone()[0]
            == 0
        )


def test_uzbekistan_csto_history(db_path: Path) -> None:
    db = open_db(db_path)
    rows = db.execute(
        "SELECT status, since FROM memberships WHERE country='UZ' AND org='CSTO' ORDER BY since"
    ).fetchall()
    assert rows == [
        ("member", "1992-05-15"),
        ("withdrawn", "1999-04-20"),
        ("member", "2006-08-16"),
        ("suspended", "2012-12-19"),
    ]


def test_armenia_csto_suspended_since_february_2024(db_path: Path) -> None:
    db = open_db(db_path)
    periods = membership_history(db, "AM", "CSTO")
    assert periods[-1].status == "suspended"
    assert periods[-1].since.startswith("2024-02")
    assert periods[-1].until is None


def test_uzbekistan_card(db_path: Path) -> None:
    db = open_db(db_path)
    card = country_card(db, "uz", today=date(2026, 11, 28))
    assert card.country.name == "Uzbekistan"
    current = {period.org: period for period in card.memberships}
    assert current["CSTO"].status == "suspended" and current["CSTO"].since.startswith("2012")
    assert current["EAEU"].status == "observer" and current["EAEU"].since.startswith("2020")
    assert any(period.org == "CSTO" and period.status == "withdrawn" for period in card.history)
    programme = [a for a in card.agreements if a.signed == "2025-01-22"]
    assert programme and programme[0].until == "2030" and set(programme[0].parties) == {"RU", "UZ"}
    technical = [a for a in card.agreements if a.signed == "2016-11-29"]
    assert technical and technical[0].in_force_from.startswith("2017")
    statuses = [a.effective_status(date(2026, 11, 28)) for a in card.agreements]
    assert statuses == sorted(statuses, key=lambda s: s != "active")


def test_a_party_that_left_a_treaty_in_force_is_shown_as_left(db_path: Path) -> None:
    """Georgia and Azerbaijan left the Collective Security Treaty in 1999; it stays in
    force for the others, and neither is their partner any more."""
    db = open_db(db_path)
    today = date(2026, 11, 28)
    georgia = country_card(db, "GE", today=today)
    treaty = next(a for a in georgia.agreements if a.id == "cst-tashkent-treaty-1992")
    assert treaty.status_for("GE", today) == "left" and treaty.left_by("GE", today) == "1999-04-20"
    assert treaty.effective_status(today) == "active"
    assert georgia.agreements[-1] is treaty  # after the agreements still in force for Georgia
    armenia = country_card(db, "AM", today=today)
    treaty = next(a for a in armenia.agreements if a.id == "cst-tashkent-treaty-1992")
    assert treaty.status_for("AM", today) == "active"
    assert not {"AZ", "GE"} & set(treaty.current_parties(today))
    assert treaty.status_for("GE", date(1998, 1, 1)) == "active"  # before it left


def test_unknown_country_is_an_input_error(db_path: Path) -> None:
    from store.errors import InputError

    db = open_db(db_path)
    with pytest.raises(InputError, match="XX"):
        get_country(db, "XX")


def test_status_counts(db_path: Path) -> None:
    report = store_status(open_db(db_path))
    assert report.countries >= 16 and report.orgs == 10
    assert report.memberships > 50 and report.agreements >= 25
    assert report.articles == 0 and report.last_poll is None
