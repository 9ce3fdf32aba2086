"""Poller benchmark (issue 3): blocwatch ``poll`` side by side with newsboat ``-x reload``.

Run from the repository root with the project's virtualenv:

    python bench/poll_bench.py [--feeds 200 --items 50 --runs 3]

What it does, in order:

1. Generates ``--feeds`` RSS 2.0 feeds of ``--items`` items each, deterministically
   (``--seed``): English and Russian news about the region, HTML in the descriptions
   (entity-escaped or CDATA), some feeds with ``content:encoded``.
2. Serves them from a separate *process* (so the server never holds the measured
   process's GIL): one ``ThreadingHTTPServer`` per loopback address 127.0.0.2 …
   127.0.0.(1+``--hosts``) — Linux routes all of 127.0.0.0/8 to ``lo``. Separate addresses,
   not separate ports, because blocwatch's per-host politeness limit (2 at a time) is keyed
   on the host name alone. The server pre-compresses every body (gzip, served when asked),
   sends ETag + Last-Modified and answers If-None-Match / If-Modified-Since with 304. It
   counts requests, statuses, conditional requests and connections per measured command.
3. For ``--runs`` rounds, alternating which tool goes first: a first poll with an empty
   cache/database, then a repoll (every feed 304) for newsboat (``reload-threads 8``) and
   for blocwatch (``--keep all``, feeds added with ``store.feedlist.add_feeds``: setup, not
   measured). newsboat 2.21 drops the validators of its very first reload, so its second
   reload downloads everything again: it is timed and shown apart, and newsboat's repoll
   is its third reload. Wall time, CPU (user+sys of the whole process tree, reaped
   children included: ``os.wait4``), peak memory (see below). Each run is checked: the
   server must have seen 200×N or 304×N, blocwatch's JSON report must count every feed and
   item, newsboat's cache must hold every item; otherwise the script exits 1.
4. The floor: feedparser alone parsing the same (decoded) bodies in one process, with its
   defaults and with blocwatch's flags; blocwatch's ``parse_feed`` and ``process_body``
   (parse + clean + classify) in one process; and the fetch layer alone (``fetch_all``
   with 200s and with 304s, and a bare asyncio client with the same limits).
5. blocwatch is timed as the README installs it: ``pip install .`` into a fresh
   virtualenv in the temp folder (``--no-install`` times this interpreter's instead; a
   development install is editable and may recompile the project at every start).
6. Idle CPU load from other processes is sampled before and between rounds and reported:
   wall times from a busy machine are flagged as such.

Memory: ``max RSS`` is the largest single process of the tree (``ru_maxrss`` from
``wait4``). ``tree PSS`` is the sampled (every 20 ms) sum of the proportional set size of
the process and all its descendants: shared pages of forked workers count once, so it is
the honest "memory the poll needs". ``tree RSS`` is the same sampled sum of plain RSS
(double-counts pages shared after fork).

Nothing here is run by CI. Needs Linux (/proc) and newsboat (``apt-get install newsboat``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import hashlib
import html
import json
import multiprocessing
import os
import platform
import random
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

BASE_DATE = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)  # fixed: output must not depend on today

# --------------------------------------------------------------------------------------
# 1. Feed generation (deterministic)
# --------------------------------------------------------------------------------------

# (English, Russian nominative, Russian genitive)
COUNTRIES = [
    ("Kazakhstan", "Казахстан", "Казахстана"),
    ("Uzbekistan", "Узбекистан", "Узбекистана"),
    ("Kyrgyzstan", "Киргизия", "Киргизии"),
    ("Tajikistan", "Таджикистан", "Таджикистана"),
    ("Turkmenistan", "Туркменистан", "Туркменистана"),
    ("Armenia", "Армения", "Армении"),
    ("Azerbaijan", "Азербайджан", "Азербайджана"),
    ("Georgia", "Грузия", "Грузии"),
    ("Belarus", "Белоруссия", "Белоруссии"),
    ("Russia", "Россия", "России"),
    ("China", "Китай", "Китая"),
    ("Turkey", "Турция", "Турции"),
    ("Iran", "Иран", "Ирана"),
    ("Mongolia", "Монголия", "Монголии"),
]
# (English, Russian, Russian genitive)
ORGS = [
    ("CSTO", "ОДКБ", "ОДКБ"),
    ("Eurasian Economic Union", "ЕАЭС", "ЕАЭС"),
    ("Shanghai Cooperation Organisation", "ШОС", "ШОС"),
    ("CIS", "СНГ", "СНГ"),
    (
        "Organization of Turkic States",
        "Организация тюркских государств",
        "Организации тюркских государств",
    ),
    ("BRICS", "БРИКС", "БРИКС"),
]
# (English, Russian "в …")
CITIES = [
    ("Astana", "в Астане"),
    ("Tashkent", "в Ташкенте"),
    ("Bishkek", "в Бишкеке"),
    ("Dushanbe", "в Душанбе"),
    ("Ashgabat", "в Ашхабаде"),
    ("Yerevan", "в Ереване"),
    ("Baku", "в Баку"),
    ("Tbilisi", "в Тбилиси"),
    ("Minsk", "в Минске"),
    ("Moscow", "в Москве"),
    ("Beijing", "в Пекине"),
    ("Samarkand", "в Самарканде"),
]
# (English, Russian "о …")
TOPICS = [
    ("water sharing", "о разделе водных ресурсов"),
    ("transit corridors", "о транзитных коридорах"),
    ("gas supplies", "о поставках газа"),
    ("customs rules", "о таможенном регулировании"),
    ("border demarcation", "о делимитации границы"),
    ("military cooperation", "о военном сотрудничестве"),
    ("energy security", "об энергетической безопасности"),
    ("labour migration", "о трудовой миграции"),
    ("digital trade", "о цифровой торговле"),
    ("a nuclear power plant", "о строительстве АЭС"),
    ("rail links", "о железнодорожном сообщении"),
    ("grain exports", "об экспорте зерна"),
]
EN_TITLES = [
    "{A} and {B} sign agreement on {topic} in {city}",
    "{A} to join {org} talks on {topic}",
    "{A} suspends participation in {org} exercises",
    "{A} president meets {B} counterpart to discuss {topic}",
    "{org} summit in {city} ends with joint declaration on {topic}",
    "Opinion: why {A} is hedging between {B} and {C}",
    "{A} ratifies {org} agreement on {topic}",
    "{A} seeks observer status in the {org}",
    "{B} offers {A} loan for {topic} projects",
    "{city} hosts international film festival",
    "Wheat prices rise in {A} after a dry summer",
    "{A} national team qualifies for the Asian Cup",
    "Heavy snowfall closes mountain passes in {A}",
]
RU_TITLES = [
    "{A} и {B} подписали соглашение {topic}",
    "{A} приостанавливает участие в учениях {org_gen}",
    "Президент {A_gen} провёл переговоры с лидером {B_gen}",
    "Саммит {org_gen} {city} завершился принятием декларации",
    "{A} ратифицирует соглашение {org_gen} {topic}",
    "{A} может получить статус наблюдателя в {org}",
    "{B} выделит кредит для {A_gen}: стороны договорились {topic}",
    "{city} прошёл международный кинофестиваль",
    "Цены на пшеницу выросли после засушливого лета",
    "Снегопад закрыл горные перевалы на юге {A_gen}",
]
EN_SENTENCES = [
    "{A}'s foreign ministry said the talks in {city} covered {topic} and {topic2}.",
    "The agreement, signed on the sidelines of the {org} meeting, still needs "
    "parliamentary ratification.",
    "Analysts in {city} described the move as a signal to {B}.",
    "Officials did not disclose the value of the deal, estimated by local media at ${n} million.",
    "The {org} secretariat is expected to publish the full text next week.",
    "Trade between the two countries grew by {p}% last year, according to official statistics.",
    "Critics say the decision could complicate {A}'s relations with {C}.",
    "A spokesperson for the government in {city} declined to comment on the reports.",
    "The next round of consultations on {topic2} is planned for the spring.",
]
RU_SENTENCES = [
    "МИД {A_gen} сообщил, что стороны обсудили вопросы сотрудничества {city}.",
    "Соглашение подписано на полях встречи {org_gen} и требует ратификации парламентом.",
    "Эксперты {city} назвали этот шаг сигналом для {B_gen}.",
    "Сумма сделки не раскрывается; по оценкам местных СМИ, она составляет {n} млн долларов.",
    "Товарооборот между странами в прошлом году вырос на {p}%.",
    "Критики считают, что решение может осложнить отношения с соседями.",
    "Следующий раунд консультаций {topic2} запланирован на весну.",
    "В пресс-службе правительства от комментариев отказались.",
]
AUTHORS_EN = ["Aigerim Bekova", "James Miller", "Dilshod Karimov", "Anna Petrosyan", "Staff"]
AUTHORS_RU = ["Айгерим Бекова", "Дильшод Каримов", "Анна Петросян", "Редакция"]
CATEGORIES_EN = ["Politics", "Economy", "Security", "Region", "Society"]
CATEGORIES_RU = ["Политика", "Экономика", "Безопасность", "Регион", "Общество"]


@dataclass
class FeedDoc:
    path: str  # URL path, e.g. /feeds/007.xml
    body: bytes  # the XML as served without Content-Encoding
    gz: bytes  # the same, gzip-compressed
    etag: str
    last_modified: str
    language: str


def _fill(rng: random.Random, ru: bool) -> dict[str, str]:
    a, b, c = rng.sample(COUNTRIES, 3)
    org = rng.choice(ORGS)
    city = rng.choice(CITIES)
    t1, t2 = rng.sample(TOPICS, 2)
    if ru:
        return {
            "A": a[1],
            "B": b[1],
            "C": c[1],
            "A_gen": a[2],
            "B_gen": b[2],
            "org": org[1],
            "org_gen": org[2],
            "city": city[1],
            "topic": t1[1],
            "topic2": t2[1],
            "n": str(rng.randint(20, 900)),
            "p": str(rng.randint(3, 40)),
        }
    return {
        "A": a[0],
        "B": b[0],
        "C": c[0],
        "org": org[0],
        "city": city[0],
        "topic": t1[0],
        "topic2": t2[0],
        "n": str(rng.randint(20, 900)),
        "p": str(rng.randint(3, 40)),
    }


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _item_html(rng: random.Random, ru: bool, words: dict[str, str], site: str, long: bool) -> str:
    sentences = RU_SENTENCES if ru else EN_SENTENCES
    count = rng.randint(6, 12) if long else rng.randint(2, 4)
    paragraphs = []
    for _ in range(max(1, count // 2)):
        chosen = [_capitalise(s.format(**words)) for s in rng.sample(sentences, 2)]
        paragraphs.append(" ".join(chosen))
    first = paragraphs[0].replace(words["A"], f"<strong>{words['A']}</strong>", 1)
    if ru:
        first = first.replace("соглашение", "&laquo;соглашение&raquo;", 1)
    else:
        first = first.replace(" - ", " &mdash; ", 1) + "&nbsp;"
    parts = [f"<p>{first}</p>"]
    if rng.random() < 0.5:
        parts.insert(
            0,
            f'<img src="https://cdn.{site}/img/{rng.randint(10**5, 10**6)}.jpg" '
            f'width="640" height="360" alt="" />',
        )
    parts.extend(f"<p>{p}</p>" for p in paragraphs[1:])
    more = "Читать далее" if ru else "Read more"
    parts.append(
        f'<p><a href="/{"ru" if ru else "en"}/news/{rng.randint(1, 10**6)}">{more}</a></p>'
    )
    return "".join(parts)


def _rss_text(text: str, cdata: bool) -> str:
    if cdata:
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"
    return html.escape(text, quote=False)


def make_feed(index: int, items: int, seed: int) -> FeedDoc:
    """One feed, fully determined by (index, items, seed)."""
    rng = random.Random(f"{seed}/{index}")
    ru = rng.random() < 0.35
    site = f"news{index:03d}.example"
    cdata = rng.random() < 0.5
    with_content = rng.random() < 0.2
    language = "ru" if ru else "en"
    name = f"Новости региона {index}" if ru else f"Regional Observer {index}"
    moment = BASE_DATE - timedelta(minutes=rng.randint(0, 600))
    rows: list[str] = []
    newest = moment
    for number in range(items):
        words = _fill(rng, ru)
        title = (RU_TITLES if ru else EN_TITLES)[rng.randrange(len(RU_TITLES if ru else EN_TITLES))]
        title = _capitalise(title.format(**words))
        slug = hashlib.sha1(f"{index}/{number}/{title}".encode()).hexdigest()[:10]
        link = f"https://www.{site}/{moment:%Y/%m/%d}/{slug}"
        if rng.random() < 0.3:
            link += "?utm_source=rss&utm_medium=feed"
        guid = (
            f'<guid isPermaLink="true">{html.escape(link)}</guid>'
            if rng.random() < 0.6
            else f'<guid isPermaLink="false">{site}-{index * 1000 + number}</guid>'
        )
        author = rng.choice(AUTHORS_RU if ru else AUTHORS_EN)
        category = rng.choice(CATEGORIES_RU if ru else CATEGORIES_EN)
        description = _item_html(rng, ru, words, site, long=False)
        row = [
            "<item>",
            f"<title>{html.escape(title, quote=False)}</title>",
            f"<link>{html.escape(link, quote=False)}</link>",
            guid,
            f"<pubDate>{format_datetime(moment, usegmt=True)}</pubDate>",
            f"<dc:creator>{html.escape(author)}</dc:creator>",
            f"<category>{category}</category>",
            f"<description>{_rss_text(description, cdata)}</description>",
        ]
        if with_content:
            content = _item_html(rng, ru, words, site, long=True)
            row.append(f"<content:encoded>{_rss_text(content, True)}</content:encoded>")
        row.append("</item>")
        rows.append("\n".join(row))
        moment -= timedelta(minutes=rng.randint(5, 180))
    path = f"/feeds/{index:03d}.xml"
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>{name}</title>\n<link>https://www.{site}/</link>\n"
        f"<description>{'Главные новости' if ru else 'Top stories'} — {name}</description>\n"
        f"<language>{language}</language>\n"
        f"<lastBuildDate>{format_datetime(newest, usegmt=True)}</lastBuildDate>\n"
        "<ttl>15</ttl>\n"
        f'<atom:link href="https://www.{site}/rss" rel="self" type="application/rss+xml"/>\n'
    )
    body = (head + "\n".join(rows) + "\n</channel>\n</rss>\n").encode("utf-8")
    return FeedDoc(
        path=path,
        body=body,
        gz=gzip.compress(body, compresslevel=6, mtime=0),
        etag='"' + hashlib.sha1(body).hexdigest()[:20] + '"',
        last_modified=format_datetime(newest, usegmt=True),
        language=language,
    )


# --------------------------------------------------------------------------------------
# 2. The server process
# --------------------------------------------------------------------------------------


class _Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.requests = 0
        self.status: dict[str, int] = {}
        self.conditional = 0
        self.gzip = 0
        self.bytes = 0
        self.connections = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.agents: set[str] = set()

    def snapshot(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "status": dict(sorted(self.status.items())),
            "conditional": self.conditional,
            "gzip": self.gzip,
            "bytes": self.bytes,
            "connections": self.connections,
            "max_in_flight": self.max_in_flight,
            "agents": sorted(self.agents),
        }


def _not_modified(headers: Any, doc: FeedDoc) -> bool:
    tags = headers.get("If-None-Match")
    if tags is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
        return any(t.strip() in (doc.etag, "W/" + doc.etag, "*") for t in tags.split(","))
    since = headers.get("If-Modified-Since")
    if since:
        try:
            return parsedate_to_datetime(doc.last_modified) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def _serve(hosts: list[str], docs: dict[str, FeedDoc], conn: Any) -> None:
    """Server process body: one ThreadingHTTPServer per loopback address."""
    stats = _Stats()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # header and body are separate writes

        def log_message(self, *args: object) -> None:
            pass

        def setup(self) -> None:
            super().setup()
            with stats.lock:
                stats.connections += 1

        def _send(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            if self.path.startswith("/__stats"):
                with stats.lock:
                    payload = json.dumps(stats.snapshot()).encode()
                    if "reset" in self.path:
                        stats.reset()
                self._send(200, {"Content-Type": "application/json"}, payload)
                return
            doc = docs.get(self.path)
            with stats.lock:
                stats.requests += 1
                stats.in_flight += 1
                stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)
                stats.agents.add((self.headers.get("User-Agent") or "-").split("/")[0])
                if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                    stats.conditional += 1
            try:
                if doc is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                else:
                    headers = {"ETag": doc.etag, "Last-Modified": doc.last_modified}
                    if _not_modified(self.headers, doc):
                        status, body = 304, b""
                    else:
                        status = 200
                        headers["Content-Type"] = "application/rss+xml; charset=utf-8"
                        headers["Vary"] = "Accept-Encoding"
                        if "gzip" in (self.headers.get("Accept-Encoding") or ""):
                            headers["Content-Encoding"] = "gzip"
                            body = doc.gz
                        else:
                            body = doc.body
                with stats.lock:
                    stats.status[str(status)] = stats.status.get(str(status), 0) + 1
                    stats.bytes += len(body)
                    if headers.get("Content-Encoding") == "gzip":
                        stats.gzip += 1
                self._send(status, headers, body)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                with stats.lock:
                    stats.in_flight -= 1

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128

    servers = [Server((host, 0), Handler) for host in hosts]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    conn.send(
        [f"http://{host}:{s.server_address[1]}" for host, s in zip(hosts, servers, strict=True)]
    )
    conn.recv()  # block until told to stop
    for server in servers:
        server.shutdown()
        server.server_close()


class FeedServerProcess:
    def __init__(self, hosts: list[str], docs: list[FeedDoc]) -> None:
        context = multiprocessing.get_context("fork")  # docs are inherited, not pickled
        self._parent, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(hosts, {d.path: d for d in docs}, child), daemon=True
        )
        self.process.start()
        self.bases: list[str] = self._parent.recv()

    def stats(self, reset: bool = True) -> dict[str, Any]:
        url = self.bases[0] + ("/__stats?reset=1" if reset else "/__stats")
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
            data: dict[str, Any] = json.load(response)
        return data

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._parent.send("stop")
        self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()


# --------------------------------------------------------------------------------------
# 3. Measuring a command: wall, CPU of the tree, peak memory
# --------------------------------------------------------------------------------------


@dataclass
class Measure:
    wall: float
    cpu: float  # user + sys of the process, its reaped children and sampled other descendants
    user: float
    sys: float
    max_rss_mb: float  # largest single process (ru_maxrss from wait4)
    tree_pss_mb: float  # sampled peak of the summed PSS of the tree
    tree_rss_mb: float  # sampled peak of the summed RSS of the tree
    processes: int  # most processes seen at once in the tree
    server_cpu: float = 0.0
    server: dict[str, Any] = field(default_factory=dict)
    output: str = ""
    returncode: int = 0


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                ppid = int(handle.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _tree(root: int) -> list[int]:
    children = _children_map()
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _kb(path: str, key: bytes) -> int:
    try:
        with open(path, "rb") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class _Sampler(threading.Thread):
    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.stop = threading.Event()
        self.pss = self.rss = self.processes = 0
        # CPU ticks last seen per descendant: the fork server and its parse workers are not
        # children the command waits for, so wait4's rusage never includes them. (Neither
        # poller reaps a child of its own, so nothing is counted twice; up to one sampling
        # interval of a process's last CPU can be missed.)
        self.ticks: dict[int, int] = {}

    def descendants_cpu(self) -> float:
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")

    def run(self) -> None:
        while not self.stop.is_set():
            pids = _tree(self.pid)
            for pid in pids[1:]:
                try:
                    with open(f"/proc/{pid}/stat", "rb") as handle:
                        fields = handle.read().rsplit(b")", 1)[1].split()
                    self.ticks[pid] = int(fields[11]) + int(fields[12])
                except (OSError, IndexError, ValueError):
                    continue
            pss = sum(_kb(f"/proc/{p}/smaps_rollup", b"Pss:") for p in pids)
            rss = sum(_kb(f"/proc/{p}/status", b"VmRSS:") for p in pids)
            self.pss, self.rss = max(self.pss, pss), max(self.rss, rss)
            self.processes = max(self.processes, len(pids))
            self.stop.wait(self.interval)


def measure(cmd: list[str], env: dict[str, str], server: FeedServerProcess) -> Measure:
    server.stats(reset=True)
    server_cpu = server.cpu_seconds()
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)
        sampler = _Sampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop.set()
        sampler.join()
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    return Measure(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime + sampler.descendants_cpu(),
        user=usage.ru_utime,
        sys=usage.ru_stime,
        max_rss_mb=usage.ru_maxrss / 1024,
        tree_pss_mb=sampler.pss / 1024,
        tree_rss_mb=sampler.rss / 1024,
        processes=sampler.processes,
        server_cpu=server.cpu_seconds() - server_cpu,
        server=server.stats(reset=True),
        output=output,
        returncode=proc.returncode,
    )


# --------------------------------------------------------------------------------------
# 4. The two pollers
# --------------------------------------------------------------------------------------


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BLOCWATCH_", "XDG_"))}
    env.update(HOME=str(home), LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="dumb")
    for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        env.pop(proxy, None)
    env["no_proxy"] = env["NO_PROXY"] = "*"
    return env


def newsboat_round(work: Path, urls: list[str], server: FeedServerProcess) -> dict[str, Measure]:
    work.mkdir(parents=True)
    config, url_file, cache = work / "config", work / "urls", work / "cache.db"
    config.write_text("reload-threads 8\n")
    url_file.write_text("\n".join(urls) + "\n")
    cmd = ["newsboat", "-C", str(config), "-u", str(url_file), "-c", str(cache), "-x", "reload"]
    env = _clean_env(work)
    first = measure(cmd, env, server)
    with sqlite3.connect(cache) as db:
        count = db.execute("SELECT count(*) FROM rss_item").fetchone()[0]
    first.output += f"\n[items in cache: {count}]"
    # newsboat 2.21 runs "UPDATE rss_feed SET lastmodified, etag" before the feed's row
    # exists on its very first reload, so the validators are lost and its second reload
    # downloads everything again (200s). Only from the third reload on does it send
    # If-None-Match/If-Modified-Since. That second reload is measured but reported apart.
    second = measure(cmd, env, server)
    repoll = measure(cmd, env, server)
    return {"first": first, "second": second, "repoll": repoll}


INSTALLED: list[str] = []  # blocwatch as the README installs it (set by ``install``)


def install(folder: Path) -> list[str]:
    """``pip install .`` into a fresh virtualenv, as the README does, and return the
    command. Why not the running interpreter's ``blocwatch``: a development install is
    editable (an import hook at every start) and, under PYTHONDONTWRITEBYTECODE, compiles
    the project's modules from source at every start; pip compiles them at install time."""
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    python = folder / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(root)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return [str(folder / "bin" / "blocwatch")]


def blocwatch_command() -> list[str]:
    if INSTALLED:
        return INSTALLED
    script = Path(sys.executable).parent / "blocwatch"
    if script.exists():
        return [str(script)]
    found = shutil.which("blocwatch")
    return [found] if found else [sys.executable, "-m", "tui.cli"]


def blocwatch_round(work: Path, urls: list[str], server: FeedServerProcess) -> dict[str, Measure]:
    from store.db import open_db
    from store.feedlist import add_feeds

    work.mkdir(parents=True)
    path, config = work / "bw.db", work / "config.toml"
    config.write_text("")  # defaults; never the analyst's own config
    db = open_db(path)  # schema and reference data: setup, not measured
    try:
        add_feeds(db, [{"url": url, "keep": "all"} for url in urls])
    finally:
        db.close()
    cmd = [*blocwatch_command(), "--db", str(path), "--config", str(config), "poll", "--json"]
    env = _clean_env(work)
    return {"first": measure(cmd, env, server), "repoll": measure(cmd, env, server)}


# --------------------------------------------------------------------------------------
# 5. The floor: parsing alone, in one process
# --------------------------------------------------------------------------------------

FLOOR_MODES = {
    "feedparser-default": "feedparser.parse(bytes), defaults (sanitize + resolve URIs)",
    "feedparser-bw-flags": "feedparser.parse(bytes, sanitize_html=False, "
    "resolve_relative_uris=False)",
    "feedparser-bw-driver": "the above with blocwatch's SAX driver (feeds.sax_reader: "
    "defusedxml's expat reader, text buffered, unread full texts and categories skipped)",
    "bw-parse-feed": "feeds.parse.parse_feed: the above + blocwatch's text cleaning and ids",
    "bw-process-body": "feeds.process.process_body: parse_feed + classify (a pool worker's job)",
}
FETCH_MODES = {
    "fetch-bw-200": "feeds.fetch.fetch_all, every feed downloaded (200, gzip)",
    "fetch-bw-304": "feeds.fetch.fetch_all, every feed conditional (304)",
    "fetch-raw-304": "bare asyncio client, HTTP/1.0-style one connection per request, "
    "same limits (16, 2 per host), conditional (304)",
}


def floor_worker(mode: str, folder: str, passes: int) -> None:
    """Runs in its own process; prints a JSON line with CPU seconds per pass.

    Passes stop early once 10 s of CPU have been spent (min of the passes is reported).
    """
    bodies = [p.read_bytes() for p in sorted(Path(folder).glob("*.xml"))]
    now = datetime.now(UTC)
    if mode.startswith("feedparser"):
        import feedparser

        flags = {"sanitize_html": False, "resolve_relative_uris": False}
        kwargs = {} if mode == "feedparser-default" else flags
        if mode == "feedparser-bw-driver":
            import feedparser.api

            feedparser.api.PREFERRED_XML_PARSERS.insert(0, "feeds.sax_reader")

        def one(body: bytes) -> int:
            return len(feedparser.parse(body, **kwargs).entries)

    elif mode == "bw-parse-feed":
        from feeds.parse import parse_feed

        def one(body: bytes) -> int:
            parsed = parse_feed(
                body,
                url="http://127.0.0.2/feed.xml",
                content_type="application/rss+xml; charset=utf-8",
                fetched_at=now,
            )
            return len(parsed.entries)

    else:
        from feeds import process
        from store.config import Settings

        settings = Settings()
        process.matcher_for(settings.watched, settings.threshold, settings.learned)  # built first

        def one(body: bytes) -> int:
            result = process.process_body(
                body,
                "http://127.0.0.2/feed.xml",
                "application/rss+xml; charset=utf-8",
                now,
                True,
                settings.watched,
                settings.threshold,
                settings.learned,
            )
            return len(result.articles)

    cpu: list[float] = []
    entries = 0
    for _ in range(passes):
        start = time.process_time()
        entries = sum(one(body) for body in bodies)
        cpu.append(time.process_time() - start)
        if sum(cpu) > 10:
            break
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"cpu": cpu, "entries": entries, "max_rss_mb": peak}))


async def _raw_get(url: str, etag: str) -> bytes:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    writer.write(
        f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nIf-None-Match: {etag}\r\n"
        "Connection: close\r\n\r\n".encode()
    )
    data = await reader.read()
    writer.close()
    return data.split(b" ", 2)[1]


def fetch_worker(mode: str, targets_file: str, passes: int) -> None:
    """Runs in its own process: the fetching layer alone, against the benchmark server."""
    targets = json.loads(Path(targets_file).read_text())
    if mode.startswith("fetch-bw"):
        from feeds.fetch import FeedRequest, fetch_all
        from store.config import FetchSettings

        conditional = mode.endswith("304")
        requests = [
            FeedRequest(
                t["url"], t["etag"] if conditional else None, t["modified"] if conditional else None
            )
            for t in targets
        ]

        async def run() -> list[str]:
            results = await fetch_all(requests, FetchSettings())
            return [str(r.status) for r in results]

    else:

        async def run() -> list[str]:
            overall = asyncio.Semaphore(16)
            hosts: dict[str, asyncio.Semaphore] = {}

            async def one(target: dict[str, str]) -> str:
                host = target["url"].split("/")[2].split(":")[0]
                async with hosts.setdefault(host, asyncio.Semaphore(2)), overall:
                    return (await _raw_get(target["url"], target["etag"])).decode()

            return await asyncio.gather(*(one(t) for t in targets))

    walls, cpus, statuses = [], [], []
    for _ in range(passes):
        wall, cpu = time.perf_counter(), time.process_time()
        statuses = asyncio.run(run())
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    counts = {s: statuses.count(s) for s in sorted(set(statuses))}
    print(json.dumps({"wall": walls, "cpu": cpus, "status": counts}))


def run_floor(folder: Path, targets: Path, passes: int) -> dict[str, dict[str, Any]]:
    results = {}
    for mode in [*FLOOR_MODES, *FETCH_MODES]:
        argument = str(folder) if mode in FLOOR_MODES else str(targets)
        out = subprocess.run(
            [sys.executable, __file__, "--_worker", mode, argument, str(passes)],
            check=False,
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        if out.returncode != 0:
            results[mode] = {"error": out.stderr.strip().splitlines()[-1:]}
            continue
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    return results


# --------------------------------------------------------------------------------------
# 6. Reporting
# --------------------------------------------------------------------------------------


def cpu_busy(seconds: float = 1.0) -> float:
    """Fraction of all CPUs busy (not idle, not iowait) over ``seconds``: other load."""

    def sample() -> tuple[int, int]:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(values), values[3] + values[4]

    total0, idle0 = sample()
    time.sleep(seconds)
    total1, idle1 = sample()
    return 1 - (idle1 - idle0) / max(1, total1 - total0)


def machine() -> dict[str, str]:
    model = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    newsboat = subprocess.run(["newsboat", "-v"], capture_output=True, text=True).stdout
    import feedparser
    import httpx

    return {
        "cpus": str(len(os.sched_getaffinity(0))),
        "cpu_model": model,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "feedparser": feedparser.__version__,
        "httpx": httpx.__version__,
        "newsboat": newsboat.split(" - ")[0].strip() if newsboat else "?",
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _med(values: list[float]) -> float:
    return statistics.median(values)


PHASES = {
    "newsboat": ("first", "second", "repoll"),
    "blocwatch": ("first", "repoll"),
}
ROWS = [  # (tool, phase, label) in table order
    ("newsboat", "first", "newsboat first reload (empty cache)"),
    ("blocwatch", "first", "blocwatch first poll (empty db)"),
    ("newsboat", "second", "newsboat second reload (still 200s, see note)"),
    ("newsboat", "repoll", "newsboat repoll (all 304)"),
    ("blocwatch", "repoll", "blocwatch repoll (all 304)"),
]


def summarise(rounds: list[dict[str, dict[str, Measure]]]) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for tool, phases in PHASES.items():
        for phase in phases:
            ms = [r[tool][phase] for r in rounds]
            table[f"{tool} {phase}"] = {
                "wall_med": _med([m.wall for m in ms]),
                "wall_min": min(m.wall for m in ms),
                "cpu_med": _med([m.cpu for m in ms]),
                "cpu_min": min(m.cpu for m in ms),
                "max_rss_mb": _med([m.max_rss_mb for m in ms]),
                "tree_pss_mb": _med([m.tree_pss_mb for m in ms]),
                "tree_rss_mb": _med([m.tree_rss_mb for m in ms]),
                "processes": max(m.processes for m in ms),
                "server_cpu_med": _med([m.server_cpu for m in ms]),
            }
    return table


def _verdict(ok: bool) -> str:
    return "**met**" if ok else "**MISSED**"


def render(
    args: argparse.Namespace,
    command: str,
    info: dict[str, str],
    corpus: dict[str, Any],
    rounds: list[dict[str, dict[str, Measure]]],
    floor: dict[str, dict[str, Any]],
    hosts: list[str],
) -> str:
    table = summarise(rounds)
    lines = [
        f"Command: `{command}`",
        "",
        f"Machine: {info['cpus']} CPUs ({info['cpu_model']}), Linux {info['kernel']}, "
        f"Python {info['python']}, SQLite {info['sqlite']}, feedparser {info['feedparser']}, "
        f"httpx {info['httpx']}, {info['newsboat']}. Run at {info['when']}.",
        "",
        f"blocwatch under test: `{info.get('blocwatch', '?')}`"
        + ("" if args.no_install else " (a fresh `pip install .`, as the README installs it)."),
        "",
        f"Corpus: {corpus['feeds']} RSS 2.0 feeds × {corpus['items']} items (seed {args.seed}), "
        f"{corpus['ru']} of them in Russian; {corpus['mb']:.1f} MB of XML "
        f"({corpus['gz_mb']:.1f} MB gzipped on the wire). Served by a separate process on "
        f"{len(hosts)} loopback addresses ({hosts[0]} … {hosts[-1]}).",
        "",
        f"Other load, sampled while idle before and between rounds: up to {info['busy']} of the "
        "CPUs busy"
        + (
            " — NOT A QUIET MACHINE: wall times are inflated."
            if float(info["busy"].rstrip("%")) > 10
            else "."
        ),
        "",
        f"{len(rounds)} rounds, interleaved (newsboat first in even rounds, blocwatch first in "
        "odd ones). Wall and CPU: median and min over the rounds; memory: median.",
        "",
        "| run | wall median | wall min | CPU median (user+sys, tree) | max RSS (1 process) "
        "| tree PSS peak | tree RSS peak | processes | server CPU |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for tool, phase, label in ROWS:
        row = table[f"{tool} {phase}"]
        lines.append(
            f"| {label} | {row['wall_med']:.2f} s | {row['wall_min']:.2f} s | "
            f"{row['cpu_med']:.2f} s | {row['max_rss_mb']:.0f} MB | {row['tree_pss_mb']:.0f} MB | "
            f"{row['tree_rss_mb']:.0f} MB | {row['processes']} | {row['server_cpu_med']:.2f} s |"
        )
    lines += [
        "",
        "Note: newsboat 2.21 loses the ETag/Last-Modified of its very first reload (it updates "
        "the feed's row before inserting it), so its second reload downloads everything again; "
        "'newsboat repoll' is its third reload, the first one that sends conditional requests.",
        "",
        "What the server saw (last round):",
        "",
        "| run | requests | statuses | conditional | gzip | TCP connections | max in flight |",
        "|---|---:|---|---:|---:|---:|---:|",
    ]
    last = rounds[-1]
    for tool, phase, label in ROWS:
        s = last[tool][phase].server
        statuses = ", ".join(f"{v}×{k}" for k, v in s["status"].items())
        lines.append(
            f"| {label} | {s['requests']} | {statuses} | {s['conditional']} | "
            f"{s['gzip']} | {s['connections']} | {s['max_in_flight']} |"
        )
    lines += [
        "",
        f"Floor: the same {corpus['feeds']} decoded bodies parsed in one process "
        "(CPU seconds, min of the passes):",
        "",
        "| what | CPU | per entry | max RSS |",
        "|---|---:|---:|---:|",
    ]
    for mode, description in FLOOR_MODES.items():
        f = floor.get(mode, {})
        if "cpu" not in f:
            lines.append(f"| {description} | failed: {f.get('error')} | | |")
            continue
        best = min(f["cpu"])
        lines.append(
            f"| {description} | {best:.2f} s | {best / max(1, f['entries']) * 1e6:.0f} µs | "
            f"{f['max_rss_mb']:.0f} MB |"
        )
    lines += [
        "",
        "Fetching alone (one process, no parsing or storing; min of the passes):",
        "",
        "| what | wall | CPU | statuses |",
        "|---|---:|---:|---|",
    ]
    for mode, description in FETCH_MODES.items():
        f = floor.get(mode, {})
        if "cpu" not in f:
            lines.append(f"| {description} | failed: {f.get('error')} | | |")
            continue
        statuses = ", ".join(f"{v}×{k}" for k, v in f["status"].items())
        lines.append(
            f"| {description} | {min(f['wall']):.2f} s | {min(f['cpu']):.2f} s | {statuses} |"
        )
    nb_first, bw_first = table["newsboat first"], table["blocwatch first"]
    nb_re, bw_re = table["newsboat repoll"], table["blocwatch repoll"]
    fp = floor.get("feedparser-bw-driver", {}).get("cpu")
    floor_cpu = min(fp) if fp else float("nan")
    first_ok = bw_first["wall_med"] <= nb_first["wall_med"]
    re_ok = bw_re["wall_med"] <= 0.5 * nb_re["wall_med"]
    lines += [
        "",
        f"- First poll: blocwatch {bw_first['wall_med']:.2f} s vs newsboat "
        f"{nb_first['wall_med']:.2f} s (target: ≤ newsboat): {_verdict(first_ok)}, "
        f"ratio {bw_first['wall_med'] / nb_first['wall_med']:.2f}.",
        f"- Repoll, all 304: blocwatch {bw_re['wall_med']:.2f} s vs newsboat "
        f"{nb_re['wall_med']:.2f} s (target: ≤ 0.5 × newsboat = {0.5 * nb_re['wall_med']:.2f} s): "
        f"{_verdict(re_ok)}, ratio {bw_re['wall_med'] / nb_re['wall_med']:.2f}.",
        f"- CPU, first poll: blocwatch {bw_first['cpu_med']:.2f} s = "
        f"{bw_first['cpu_med'] / floor_cpu:.1f}× the floor (feedparser alone as blocwatch "
        f"configures it, {floor_cpu:.2f} s); newsboat {nb_first['cpu_med']:.2f} s.",
        f"- Peak memory, first poll: blocwatch {bw_first['tree_pss_mb']:.0f} MB PSS for its "
        f"{int(bw_first['processes'])} processes (largest single process "
        f"{bw_first['max_rss_mb']:.0f} MB RSS); newsboat {nb_first['tree_pss_mb']:.0f} MB PSS "
        f"({nb_first['max_rss_mb']:.0f} MB RSS).",
    ]
    return "\n".join(lines)


def check(rounds: list[dict[str, dict[str, Measure]]], feeds: int, items: int) -> list[str]:
    """Sanity checks: a fast run that did nothing is not a result."""
    problems = []
    expected = {"first": "200", "second": "200", "repoll": "304"}
    for number, r in enumerate(rounds):
        for tool, phases in PHASES.items():
            for phase in phases:
                m = r[tool][phase]
                status = m.server["status"]
                want = expected[phase]
                if m.returncode != 0:
                    problems.append(
                        f"round {number} {tool} {phase}: exit {m.returncode}: {m.output[-500:]}"
                    )
                if status.get(want, 0) != feeds or m.server["requests"] != feeds:
                    problems.append(
                        f"round {number} {tool} {phase}: server saw {status}, "
                        f"expected {feeds}×{want}"
                    )
        wanted = {
            "first": {"feeds_ok": feeds, "articles_new": feeds * items},
            "repoll": {"feeds_unchanged": feeds},
        }
        for phase, keys in wanted.items():
            try:
                report = json.loads(r["blocwatch"][phase].output.strip().splitlines()[-1])
            except (ValueError, IndexError):
                problems.append(f"round {number} blocwatch {phase}: no JSON report")
                continue
            for key, count in keys.items():
                if report.get(key) != count:
                    problems.append(f"round {number} blocwatch {phase}: {key}={report.get(key)}")
        stored = r["newsboat"]["first"].output.rsplit("[items in cache: ", 1)[-1].rstrip("]\n")
        if stored != str(feeds * items):
            problems.append(f"round {number} newsboat first: {stored} items in its cache")
    return problems


# --------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hosts", type=int, default=8, help="loopback addresses (1-250)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--floor-passes", type=int, default=3)
    parser.add_argument("--json", metavar="FILE", help="also write raw measurements here")
    parser.add_argument("--markdown", metavar="FILE", help="also write the report here")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    parser.add_argument(
        "--no-install",
        action="store_true",
        help="time this interpreter's blocwatch instead of a fresh `pip install .`",
    )
    parser.add_argument("--_worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._worker:
        mode, path, passes = args._worker
        worker = fetch_worker if mode in FETCH_MODES else floor_worker
        worker(mode, path, int(passes))
        return 0
    if not sys.platform.startswith("linux"):
        sys.exit("poll_bench: needs Linux (/proc, 127.0.0.0/8 on lo)")
    if shutil.which("newsboat") is None:
        sys.exit("poll_bench: newsboat not found (apt-get install -y newsboat)")
    here = Path(__file__).resolve()
    with contextlib.suppress(ValueError):
        here = here.relative_to(Path.cwd())
    command = shlex.join([sys.executable, str(here), *sys.argv[1:]])
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    started = time.perf_counter()

    docs = [make_feed(i, args.items, args.seed) for i in range(args.feeds)]
    corpus = {
        "feeds": args.feeds,
        "items": args.items,
        "ru": sum(d.language == "ru" for d in docs),
        "mb": sum(len(d.body) for d in docs) / 1e6,
        "gz_mb": sum(len(d.gz) for d in docs) / 1e6,
    }
    hosts = [f"127.0.0.{2 + n}" for n in range(max(1, min(args.hosts, 250)))]
    info = machine()
    print(f"{command}\n{info}\ncorpus: {corpus}", flush=True)

    server = FeedServerProcess(hosts, docs)
    tmp = Path(tempfile.mkdtemp(prefix="poll_bench-"))
    try:
        urls = [server.bases[i % len(hosts)] + d.path for i, d in enumerate(docs)]
        bodies = tmp / "bodies"
        bodies.mkdir()
        for doc in docs:
            (bodies / doc.path.rsplit("/", 1)[1]).write_bytes(doc.body)
        targets = tmp / "targets.json"
        targets.write_text(
            json.dumps(
                [
                    {"url": url, "etag": d.etag, "modified": d.last_modified}
                    for url, d in zip(urls, docs, strict=True)
                ]
            )
        )
        if not args.no_install:
            print("installing blocwatch into a fresh virtualenv (pip install .) …", flush=True)
            INSTALLED[:] = install(tmp / "venv")
        info["blocwatch"] = shlex.join(blocwatch_command())
        rounds: list[dict[str, dict[str, Measure]]] = []
        busy: list[float] = [cpu_busy(2.0)]
        print(f"other load before starting: {busy[0]:.0%} of the CPUs", flush=True)
        for number in range(args.runs):
            order = ("newsboat", "blocwatch") if number % 2 == 0 else ("blocwatch", "newsboat")
            result: dict[str, dict[str, Measure]] = {}
            for tool in order:
                runner = newsboat_round if tool == "newsboat" else blocwatch_round
                result[tool] = runner(tmp / f"{tool}-{number}", urls, server)
                for phase, m in result[tool].items():
                    print(
                        f"round {number} {tool:9} {phase:6} wall {m.wall:6.2f} s  "
                        f"cpu {m.cpu:6.2f} s  maxrss {m.max_rss_mb:4.0f} MB  "
                        f"pss {m.tree_pss_mb:4.0f} MB  server {m.server['status']}",
                        flush=True,
                    )
            rounds.append(result)
            busy.append(cpu_busy(1.0))
            if any(m.returncode for phases in result.values() for m in phases.values()):
                print("a command failed: stopping after this round", flush=True)
                break
        print("floor and fetch-only runs …", flush=True)
        floor = run_floor(bodies, targets, args.floor_passes)
    finally:
        server.close()
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    info["busy"] = f"{max(busy):.0%}"
    report = render(args, command, info, corpus, rounds, floor, hosts)
    problems = check(rounds, args.feeds, args.items)
    print()
    print(report)
    if problems:
        print("\nPROBLEMS (these results are not valid):\n" + "\n".join(problems))
    print(f"\n(benchmark took {time.perf_counter() - started:.0f} s)")
    if args.markdown:
        Path(args.markdown).write_text(report + "\n")
    if args.json:
        raw = {
            "command": command,
            "machine": info,
            "corpus": corpus,
            "hosts": hosts,
            "rounds": [
                {
                    t: {
                        p: {k: v for k, v in asdict(m).items() if k != "output"}
                        for p, m in r[t].items()
                    }
                    for t in r
                }
                for r in rounds
            ],
            "floor": floor,
            "summary": summarise(rounds),
            "problems": problems,
        }
        Path(args.json).write_text(json.dumps(raw, indent=1, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
