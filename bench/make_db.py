"""Build a synthetic blocwatch database for benchmarks (issue 5).

    python bench/make_db.py PATH --articles N [--seed 5] [--batch 2000] [--feeds 20]

The articles go through the project's own write path: ``store.db.open_db`` (schema,
migrations, reference data), ``store.feedlist.add_feeds`` (about 20 synthetic feeds) and
``store.articles.save_feed_articles`` (articles, sources, mentions, events; the FTS5 index
is filled by the schema's triggers). Each call stores one feed's batch in one transaction,
as one poll of that feed would.

The data imitates two years of polling, oldest first:

* At least 2,000 batches (``--batch`` articles at most each; 500 each for 1M articles,
  one every 8.8 hours) are "polled" at times spread evenly over the last two years,
  round robin over the feeds. The store's clock (``store.articles.utc_now``) is set to
  that time for each call, so ``fetched_at`` and the rowid advance together as they do
  on a real installation.
* Each article is published shortly before its poll (exponential lag, mean six hours);
  2 % are late arrivals published up to 30 days earlier, so arrival order and published
  order differ a little, as they do with real feeds.
* Titles and summaries come from English and Russian templates with the watched
  countries (skewed: Russia most, Mongolia least), blocs, officials, verbs and a pool of
  2,000 generated place names (rare words). Each article mentions 1-3 watched countries,
  35 % also a bloc; 2 % carry a detected event; 1 % are the same story from a second feed.

The result is deterministic for a given ``--seed`` and ``--articles`` (apart from the
"now" it is anchored to). Re-running on an existing file adds nothing if it already holds
the requested number of articles (``bench/tui_bench.py`` relies on that to reuse its
cache); with fewer, it refuses rather than mix two builds.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store import articles as store_articles  # noqa: E402
from store.articles import FeedState, save_feed_articles  # noqa: E402
from store.dates import iso_utc  # noqa: E402
from store.db import open_db  # noqa: E402
from store.feedlist import add_feeds  # noqa: E402
from store.filters import EVENT_KINDS  # noqa: E402
from store.records import ArticleRecord, EventRecord  # noqa: E402

# Watched countries with how often the news mentions them (relative weights).
COUNTRIES: dict[str, tuple[float, tuple[str, ...], tuple[str, ...]]] = {
    # code: (weight, English forms, Russian forms)
    "RU": (20, ("Russia", "Moscow", "Russian"), ("Россия", "России", "Москва", "Москвы")),
    "UA": (12, ("Ukraine", "Kyiv", "Ukrainian"), ("Украина", "Украины", "Киев")),
    "CN": (8, ("China", "Beijing", "Chinese"), ("Китай", "Китая", "Пекин")),
    "KZ": (7, ("Kazakhstan", "Astana", "Kazakh"), ("Казахстан", "Казахстана", "Астана")),
    "BY": (6, ("Belarus", "Minsk", "Belarusian"), ("Беларусь", "Белоруссии", "Минск")),
    "AM": (6, ("Armenia", "Yerevan", "Armenian"), ("Армения", "Армении", "Ереван")),
    "AZ": (6, ("Azerbaijan", "Baku", "Azerbaijani"), ("Азербайджан", "Азербайджана", "Баку")),
    "GE": (5, ("Georgia", "Tbilisi", "Georgian"), ("Грузия", "Грузии", "Тбилиси")),
    "UZ": (5, ("Uzbekistan", "Tashkent", "Uzbek"), ("Узбекистан", "Узбекистана", "Ташкент")),
    "KG": (4, ("Kyrgyzstan", "Bishkek", "Kyrgyz"), ("Киргизия", "Кыргызстана", "Бишкек")),
    "TJ": (4, ("Tajikistan", "Dushanbe", "Tajik"), ("Таджикистан", "Таджикистана", "Душанбе")),
    "IR": (4, ("Iran", "Tehran", "Iranian"), ("Иран", "Ирана", "Тегеран")),
    "TR": (4, ("Turkey", "Ankara", "Turkish"), ("Турция", "Турции", "Анкара")),
    "MD": (3, ("Moldova", "Chisinau", "Moldovan"), ("Молдавия", "Молдовы", "Кишинев")),
    "TM": (2, ("Turkmenistan", "Ashgabat"), ("Туркменистан", "Туркмении", "Ашхабад")),
    "MN": (1.5, ("Mongolia", "Ulaanbaatar"), ("Монголия", "Монголии", "Улан-Батор")),
}
ORGS: dict[str, tuple[float, str, str]] = {
    "CSTO": (6, "CSTO", "ОДКБ"),
    "EAEU": (5, "EAEU", "ЕАЭС"),
    "SCO": (5, "SCO", "ШОС"),
    "CIS": (4, "CIS", "СНГ"),
    "BRICS": (4, "BRICS", "БРИКС"),
    "OTS": (2, "Organization of Turkic States", "ОТГ"),
    "EU": (4, "EU", "ЕС"),
    "NATO": (4, "NATO", "НАТО"),
    "GUAM": (0.5, "GUAM", "ГУАМ"),
    "UNION_STATE": (1, "Union State", "Союзное государство"),
}
EN_TITLES = (
    "{c1} and {c2} sign {thing} on {topic}",
    "{c1} foreign minister meets {c2} counterpart in {place}",
    "{org} summit in {place}: {c1} and {c2} discuss {topic}",
    "{c1} ratifies {thing} with {c2}",
    "{c1} to host {org} military exercise near {place}",
    "{person} says {c1} will not leave {org}",
    "{c1} parliament debates {topic} as {c2} raises tariffs",
    "{c1} suspends participation in {org} {thing}",
    "Analysts: {c1} drifts from {org} towards {c2}",
    "{c1} and {c2} agree to extend {thing} until 2030",
    "{c1} applies for {org} observer status",
    "{person} visits {place} to discuss {topic} with {c1}",
    "Border talks between {c1} and {c2} stall over {topic}",
    "{c1} president signs decree on {topic}",
)
RU_TITLES = (
    "{c1} и {c2} подписали {thing_ru} о {topic_ru}",
    "Глава МИД {c1} встретился с коллегой из {place}",
    "Саммит {org} в {place}: {c1} и {c2} обсудили {topic_ru}",
    "{c1} ратифицировала {thing_ru} с {c2}",
    "{person} заявил, что {c1} не выйдет из {org}",
    "{c1} приостановила участие в учениях {org} под {place}",
    "{c1} и {c2} продлили {thing_ru} до 2030 года",
    "Переговоры {c1} и {c2} о {topic_ru} зашли в тупик",
    "Эксперты: {c1} отдаляется от {org}",
)
EN_SUMMARY = (
    "Officials in {place} said the {thing} covers {topic} and takes effect next year. "
    "The ministry of {c1} confirmed the talks; {person} called them constructive."
)
RU_SUMMARY = (
    "В {place} сообщили, что {thing_ru} касается {topic_ru}. "
    "{person} назвал переговоры конструктивными."
)
THINGS = ("agreement", "memorandum", "treaty", "protocol", "roadmap", "deal", "declaration")
THINGS_RU = ("соглашение", "меморандум", "договор", "протокол", "дорожную карту")
TOPICS = (
    "energy transit",
    "gas supplies",
    "railway corridor",
    "water sharing",
    "border security",
    "military cooperation",
    "grain exports",
    "visa-free travel",
    "nuclear power",
    "sanctions",
    "customs union",
    "air defence",
    "labour migration",
    "hydropower",
    "digital payments",
)
TOPICS_RU = (
    "транзите газа",
    "поставках зерна",
    "безопасности границ",
    "военном сотрудничестве",
    "трудовой миграции",
    "атомной энергетике",
    "санкциях",
    "таможенном союзе",
)
PEOPLE = (
    "Lavrov",
    "Belousov",
    "Peskov",
    "Zakharova",
    "Tokayev",
    "Mirziyoyev",
    "Pashinyan",
    "Aliyev",
    "Lukashenko",
    "Rahmon",
    "Japarov",
    "Erdogan",
    "Fidan",
    "Wang Yi",
)
FEEDS = 20
POLLS = 2000


def _place_names(rng: random.Random, count: int = 2000) -> list[str]:
    """Generated place names: a pool of rare words (each appears in ~0.02 % of articles)."""
    onsets = ("kar", "tal", "bor", "mes", "dun", "gir", "vol", "sar", "khan", "zel", "ost", "pri")
    middles = ("a", "o", "u", "e", "i", "ya", "ai")
    endings = ("grad", "abad", "kent", "sk", "ovo", "tepe", "shar", "kul", "dag", "bek")
    names: set[str] = set()
    while len(names) < count:
        name = rng.choice(onsets) + rng.choice(middles) + rng.choice(onsets) + rng.choice(endings)
        names.add(name.capitalize())
    return sorted(names)


def rare_word(seed: int = 5) -> str:
    """One of the generated place names: about 0.05 % of the articles contain it."""
    return _place_names(random.Random(seed + 1))[1234]


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.places = _place_names(random.Random(seed + 1))
        self.country_codes = list(COUNTRIES)
        self.country_weights = [COUNTRIES[c][0] for c in self.country_codes]
        self.org_codes = list(ORGS)
        self.org_weights = [ORGS[o][0] for o in self.org_codes]
        self.serial = 0

    def article(
        self, feed: int, russian: bool, fetched: datetime, start: datetime
    ) -> ArticleRecord:
        rng = self.rng
        self.serial += 1
        count = rng.choices((1, 2, 3), weights=(45, 40, 15))[0]
        codes: list[str] = []
        while len(codes) < count:
            code = rng.choices(self.country_codes, weights=self.country_weights)[0]
            if code not in codes:
                codes.append(code)
        forms = [rng.choice(COUNTRIES[code][2 if russian else 1]) for code in codes]
        org = (
            rng.choices(self.org_codes, weights=self.org_weights)[0]
            if rng.random() < 0.35
            else None
        )
        org_text = ORGS[org][2 if russian else 1] if org else ("ШОС" if russian else "the region")
        words = {
            "c1": forms[0],
            "c2": forms[1] if len(forms) > 1 else rng.choice(forms),
            "org": org_text,
            "place": rng.choice(self.places),
            "person": rng.choice(PEOPLE),
            "thing": rng.choice(THINGS),
            "thing_ru": rng.choice(THINGS_RU),
            "topic": rng.choice(TOPICS),
            "topic_ru": rng.choice(TOPICS_RU),
        }
        title = rng.choice(RU_TITLES if russian else EN_TITLES).format(**words)
        summary = (RU_SUMMARY if russian else EN_SUMMARY).format(**words)
        if len(codes) > 2:
            summary += " " + ", ".join(forms[2:]) + "."
        lag = timedelta(hours=rng.expovariate(1 / 6))
        if rng.random() < 0.02:  # a late arrival
            lag += timedelta(days=rng.uniform(1, 30))
        published = max(start, fetched - lag)
        url = f"https://bench-{feed:02d}.example.org/news/{self.serial}"
        mentions = [("country", code, form) for code, form in zip(codes, forms, strict=True)]
        if org:
            mentions.append(("org", org, org_text))
        events: tuple[EventRecord, ...] = ()
        if rng.random() < 0.02:
            kind = rng.choice(EVENT_KINDS)
            events = (EventRecord(kind, tuple(codes[:2]), org, "fact", title[:80]),)
        return ArticleRecord(
            id=hashlib.sha1(url.encode()).hexdigest()[:24],
            url=url,
            title=title,
            summary=summary,
            author=None,
            language="ru" if russian else "en",
            published=iso_utc(published),
            score=round(rng.uniform(1.0, 5.0), 2),
            relevant=True,
            why=tuple(f"{kind}:{code}" for kind, code, _ in mentions),
            mentions=tuple(mentions),
            events=events,
        )


def feed_list(feeds: int) -> list[dict[str, str | None]]:
    return [
        {
            "url": f"https://bench-{index:02d}.example.org/rss",
            "title": f"Bench {'Вести' if index % 3 == 0 else 'Wire'} {index:02d}",
            "language": "ru" if index % 3 == 0 else "en",
            "region": "bench",
            "keep": "all",
        }
        for index in range(feeds)
    ]


def article_count(path: Path) -> int:
    db = open_db(path)
    try:
        return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        db.close()


def build(
    path: Path,
    articles: int,
    *,
    seed: int = 5,
    batch: int = 2000,
    feeds: int = FEEDS,
    now: datetime | None = None,
    quiet: bool = False,
) -> float:
    """Fill ``path`` with ``articles`` synthetic articles; returns articles per second."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(days=730)
    db = open_db(path)
    existing = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    if existing >= articles:
        db.close()
        if not quiet:
            print(f"{path}: already holds {existing:,} articles; nothing to do")
        return 0.0
    if existing:
        db.close()
        raise SystemExit(f"{path} holds {existing:,} articles, not {articles:,}; delete it first")
    # Build-time speed only (this connection): a bigger page cache for the random-key
    # indexes and no fsync per batch. The dashboard's own connections are unaffected.
    db.execute("PRAGMA cache_size = -400000")
    db.execute("PRAGMA synchronous = NORMAL")
    urls = [str(feed["url"]) for feed in feed_list(feeds)]
    add_feeds(db, feed_list(feeds))
    gen = Generator(seed)
    # At least POLLS polls over the two years (fewer articles per poll for a small
    # database), so arrival order follows the dates at any size.
    batches = max(-(-articles // batch), min(articles, POLLS))
    step = (now - start) / batches
    stored = 0
    duplicates: list[ArticleRecord] = []
    began = time.perf_counter()
    for number in range(batches):
        feed = number % feeds
        fetched = start + step * (number + 1)
        size = min(-(-(articles - stored) // (batches - number)), articles - stored)
        records = [gen.article(feed, feed % 3 == 0, fetched, start) for _ in range(size)]
        # 1 % of the stories were also carried by another feed earlier: same id, new source.
        records.extend(duplicates)
        duplicates = [r for r in records[:size] if gen.rng.random() < 0.01]
        state = FeedState(200, f'"{number}"', None, None, None)
        with mock.patch.object(store_articles, "utc_now", lambda at=fetched: at):
            stored += save_feed_articles(db, urls[feed], records, state)
        if not quiet and (number % 200 == 199 or number == batches - 1):
            elapsed = time.perf_counter() - began
            print(
                f"  {stored:>10,} articles  {elapsed:7.1f} s  {stored / elapsed:8,.0f} rows/s",
                flush=True,
            )
    elapsed = time.perf_counter() - began
    db.execute("PRAGMA optimize")  # what the poller runs after each poll
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    rate = stored / elapsed if elapsed else 0.0
    if not quiet:
        size_mb = path.stat().st_size / 1e6
        print(
            f"{path}: {stored:,} articles in {elapsed:.1f} s ({rate:,.0f} rows/s), {size_mb:.0f} MB"
        )
    return rate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--batch", type=int, default=2000, help="most articles per save (one transaction)"
    )
    parser.add_argument("--feeds", type=int, default=FEEDS)
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    build(args.path, args.articles, seed=args.seed, batch=args.batch, feeds=args.feeds)


if __name__ == "__main__":
    main()
