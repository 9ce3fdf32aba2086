"""Relevance benchmark: throughput on one core and the figures on the labeled set.

Run from the repository root:

    /work/venv/bin/python bench/match_bench.py            # figures, misses, throughput
    /work/venv/bin/python bench/match_bench.py --half dev  # one half of the labeled set
    /work/venv/bin/python bench/match_bench.py --quiet     # figures only
    /work/venv/bin/python bench/match_bench.py --rules-only  # without the learned opinion
    /work/venv/bin/python bench/match_bench.py --lines     # as `blocwatch match` reads them
    .venv/bin/python bench/match_bench.py --installed  # the installed (compiled) matcher

Throughput is CPU time of this process on one core; on a busy machine other processes
still slow it down (shared caches and cores), so the load average is printed with it, and
so is the time of a fixed plain-Python loop: this VM's speed moves by a factor of two
from day to day, and the loop tells a slow day from a slower matcher.

The labeled set is tests/data/headlines.jsonl (see tests/data/LABELING.md). It is split
into two fixed halves by a hash of each id: "dev" (used while writing the rules) and
"holdout" (looked at only to report), so the two sets of figures can be compared.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parent.parent
# --installed measures the package pip installed (compiled by mypyc where it could be,
# setup.py) instead of this checkout's pure-Python source.
if "--installed" not in sys.argv and str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from feeds.match import Matcher, Verdict, default_matcher, matcher_build  # noqa: E402
from feeds.story_line import join_story_line, split_story_line  # noqa: E402

DATA = ROOT / "tests" / "data"
LABELED = DATA / "headlines.jsonl"


def _data(*stems: str) -> tuple[Path, ...]:
    """The labeled files of tests/data with these stems."""
    return tuple(DATA / f"{stem}.jsonl" for stem in stems)


# Sets labeled blind (their authors never saw the rules or the matcher's output): see
# tests/data/HOLDOUT2.md (real feed and Moscow Times items) and HOLDOUT3.md (news pages).
BLIND_SETS = _data("holdout2", "holdout3")
# Relevance sets drawn from stored news pages, half hard negatives (HOLDOUT4_A.md,
# HOLDOUT4_B.md, HOLDOUT5.md, HOLDOUT6.md), and from the raw flow of feeds (HOLDOUT7.md,
# HOLDOUT8.md, HOLDOUT9.md: Russian-language Central Asian and Caucasus outlets;
# HOLDOUT10.md: home-page news blocks of TASS, Interfax, RIA, RFE/RL and others, 2018;
# HOLDOUT11.md: whole feeds of TUT.BY, Gazeta.Ru, LIGA.net, BBC Europe, POLITICO Europe
# and Daily Sabah, 2019–2024, few relevant; HOLDOUT12.md: whole days of Al Jazeera and WSJ
# World, December 2024, and three small Russian captures, few relevant; HOLDOUT13.md: home
# pages of Kyrgyz, Uzbek, Kazakh, Belarusian and Georgian outlets, March 2018, mostly
# Russian, few relevant; HOLDOUT14.md: the daily feed archives of Tehran Times and the South
# China Morning Post's China feed, May 2025, English only; HOLDOUT15.md: the daily feed
# archives of BBC News World Europe and World Asia, October–November 2025, English only;
# HOLDOUT16.md: the daily feed archive of Al Jazeera, August–September 2025, English only;
# HOLDOUT17.md: the daily feed archives of the New York Times and Washington Post world
# news, October–December 2025, English only;
# HOLDOUT18.md: whole home pages of Izvestia, Vedomosti, Vecherny Bishkek and Zakon.kz,
# March 2018, Russian only, few relevant; HOLDOUT19.md: the daily feed archives of The
# Moscow Times and Daily Sabah's world news, October–December 2025, English only;
# HOLDOUT20.md: every post of RIA Novosti's Telegram channel, 3–4 December 2024, Russian
# only, the post's first line as the title; HOLDOUT21.md: every post of BBC Russian's
# Telegram channel, 28 November – 4 December 2024, the same way; HOLDOUT22.md: the daily
# feed archive of The Moscow Times, October–December 2025 on days HOLDOUT19 left, English
# only; HOLDOUT23.md: the same feed's days both left, and late September – early October
# 2025; HOLDOUT24.md: RT's daily feed, March–September 2024; HOLDOUT25.md: the daily feed
# archives of The Guardian's world news and BBC News Europe, January–November 2025, English
# only, few relevant; HOLDOUT26.md: every Lenta.ru
# headline of two whole days, April 2024, from an archive dump, Russian only, titles
# only; HOLDOUT27.md: whole daily feeds of the Tehran Times and the SCMP's China section,
# January–October 2025, English; HOLDOUT28.md: RBC's homepage news, eight days of July
# 2025, Russian, with leads; HOLDOUT29.md: one 2018 homepage snapshot each of Sputnik
# Georgia, 1news.az and TUT.BY, Russian, few relevant; HOLDOUT30.md: whole daily feeds of
# Sky News and NBC News world news, January–June 2025, English, few relevant; HOLDOUT31.md:
# whole daily feeds of CNA, the Times of India and Japan Today, January 2025, English,
# very few relevant; HOLDOUT32.md: an Onliner.by feed, Google News Russia and mos.ru
# snapshots, 2018–2022, Russian, few relevant; HOLDOUT33.md: whole daily feeds of Le Monde
# in English and Daily Sabah's Turkey section, 2024, English, few relevant; HOLDOUT34.md:
# whole daily feeds of the Moscow Times, thirty days of 2024–2025, English; HOLDOUT35.md:
# whole daily feeds of FT World and Epoch Times World, seven days of 2025, English, few
# relevant; HOLDOUT36.md: Lenta.ru's «Мир» and «Бывший СССР» sections, three whole days of
# 2024, Russian; HOLDOUT37.md: whole daily feeds of RT in English, nine days of 2024;
# HOLDOUT38.md: Lenta.ru's «Бывший СССР» section alone, five whole days of 2024, Russian;
# HOLDOUT39.md: NPR's general news feed, eight whole days of 2025, English, very few
# relevant; HOLDOUT40.md: Lenta.ru's «Мир» and «Бывший СССР» sections, two whole days of
# 2024, Russian; HOLDOUT41.md: whole daily feeds of The Moscow Times, sixteen days of 2024,
# English; HOLDOUT42.md: Lenta.ru's «Мир» and «Бывший СССР» sections, two more whole days of
# 2024, Russian; HOLDOUT43.md: whole daily feeds of RT in English, nine more days of 2024;
# HOLDOUT44.md: Lenta.ru's «Мир» and «Бывший СССР» sections, two more whole days of 2024,
# Russian; HOLDOUT45.md: whole daily feeds of RT in English, eight more days of 2024;
# HOLDOUT46.md: Lenta.ru's «Мир» and «Бывший СССР» sections, three more whole days of 2024,
# Russian; HOLDOUT47.md: whole daily feeds of RT in English, seven more days of 2024):
# development files, read with their misses, and wholly blind ones.
RELEVANCE_DEVS = _data(
    "relevance_dev4", "relevance_dev5", "relevance_dev6", "relevance_dev7", "relevance_dev8",
    "relevance_dev9", "relevance_dev10", "relevance_dev11", "relevance_dev12",
    "relevance_dev13", "relevance_dev14", "relevance_dev15", "relevance_dev16",
    "relevance_dev17", "relevance_dev18", "relevance_dev19", "relevance_dev20",
    "relevance_dev21", "relevance_dev22", "relevance_dev23", "relevance_dev24",
    "relevance_dev25", "relevance_dev26", "relevance_dev27", "relevance_dev28",
    "relevance_dev29", "relevance_dev30", "relevance_dev31", "relevance_dev32",
    "relevance_dev33", "relevance_dev34", "relevance_dev35", "relevance_dev36",
    "relevance_dev37", "relevance_dev38", "relevance_dev39", "relevance_dev40",
    "relevance_dev41", "relevance_dev42", "relevance_dev43", "relevance_dev44",
    "relevance_dev45", "relevance_dev46", "relevance_dev47",
)
BLIND_WHOLES = _data(
    "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10",
    "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17",
    "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24",
    "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30",
    "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36",
    "holdout37", "holdout38", "holdout39", "holdout40", "holdout41",
    "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47",
)
# Real headlines that each report an event, rich in future and hypothetical ones: a
# development set for event kind and modality (tests/data/EVENTS_DEV.md), not a blind one,
# a second one (EVENTS_SPLIT_A.md, EVENTS_SPLIT_B.md), a third (EVENTS_SPLIT3_A.md,
# EVENTS_SPLIT3_B.md), a fourth (EVENTS_SPLIT4_A.md, EVENTS_SPLIT4_B.md), a fifth
# (EVENTS_SPLIT5.md) and a sixth, drawn with no modal word in its queries, so its modality
# is the news's own mix, mostly facts (EVENTS_SPLIT6.md), and a seventh and an eighth drawn
# the same way for under-covered states and blocs (EVENTS_SPLIT7.md, EVENTS_SPLIT8.md), and
# a ninth from RIA Novosti's Telegram posts that name a watched state or bloc, chosen by the
# names and not by the act's words, with relevant posts that have no event among them
# (EVENTS_SPLIT9.md), a tenth drawn the same way from BBC Russian's (EVENTS_SPLIT10.md), an
# eleventh from RT's English feed, July–August 2024 (EVENTS_SPLIT11.md), a twelfth from
# the same feed, August–October 2024 (EVENTS_SPLIT12.md), and a thirteenth from Al Jazeera,
# Tehran Times and Pak Observer, January–September 2025 (EVENTS_SPLIT13.md), and a
# fourteenth from Al Jazeera and the New York Times' world feed, 2022–2023
# (EVENTS_SPLIT14.md), and a fifteenth from The Moscow Times and Al Jazeera on the days of
# dated 2024–2025 events, fewer events than aimed at (EVENTS_SPLIT15.md).
# Invented headlines with one event each, written and labeled by helpers who saw only
# LABELING.md, to probe modality constructions (tests/data/MODALITY_PROBES.md) and event
# kinds, with hard negatives (tests/data/KIND_PROBE3.md), and a second kind probe by a helper
# who saw none of the others (tests/data/KIND_PROBE4.md): development data, not a measure of
# held-out accuracy.
PROBES = _data("modality_probe1", "modality_probe2", "kind_probe3", "kind_probe4")
EVENTS_DEVS = _data(
    "events_dev", "events_dev2", "events_dev3", "events_dev4", "events_dev5", "events_dev6",
    "events_dev7", "events_dev8", "events_dev9", "events_dev10", "events_dev11",
    "events_dev12", "events_dev13", "events_dev14", "events_dev15",
)
# Their blind sister sets (EVENTS_HOLDOUT.md, EVENTS_HOLDOUT2.md, and the blind halves of
# EVENTS_SPLIT_A.md, EVENTS_SPLIT_B.md, EVENTS_SPLIT3_A.md, EVENTS_SPLIT3_B.md,
# EVENTS_SPLIT4_A.md, EVENTS_SPLIT4_B.md, EVENTS_SPLIT5.md, EVENTS_SPLIT6.md,
# EVENTS_SPLIT7.md, EVENTS_SPLIT8.md, EVENTS_SPLIT9.md, EVENTS_SPLIT10.md, EVENTS_SPLIT11.md,
# EVENTS_SPLIT12.md, EVENTS_SPLIT13.md, EVENTS_SPLIT14.md and EVENTS_SPLIT15.md): reported
# as figures only, never item by item.
EVENTS_HOLDOUTS = _data(
    "events_holdout", "events_holdout2", "events_holdout3", "events_holdout4", "events_holdout5",
    "events_holdout6", "events_holdout7", "events_holdout8", "events_holdout9",
    "events_holdout10", "events_holdout11", "events_holdout12", "events_holdout13",
    "events_holdout14", "events_holdout15", "events_holdout16",
)
CORPUS = Path("/work/shared/corpus/real-headlines")


class Classifier(Protocol):
    """What ``evaluate`` scores: the matcher, or another labeler's labels (bench/agreement.py)."""

    def classify(self, title: str, summary: str = "") -> Verdict: ...


def half_of(item_id: str) -> str:
    return "dev" if hashlib.sha1(item_id.encode()).digest()[0] % 2 == 0 else "holdout"


def load(path: Path = LABELED, half: str | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [row for row in rows if half in (None, "all") or half_of(row["id"]) == half]


class LineMatcher(Matcher):
    """The matcher as ``blocwatch match`` feeds it: each story joined into one line,
    ``title. summary``, and cut back into a title and a summary (feeds/story_line.py)."""

    def classify(self, title: str, summary: str = "") -> Verdict:
        return super().classify(*split_story_line(join_story_line(title, summary)))


def _f1(true_positive: int, predicted: int, gold: int) -> float:
    if not predicted and not gold:
        return 1.0
    return 2 * true_positive / (predicted + gold) if predicted + gold else 0.0


@dataclass
class Figures:
    items: int = 0
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0
    country: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, predicted, gold
    bloc: list[int] = field(default_factory=lambda: [0, 0, 0])
    events: int = 0
    kind_right: int = 0
    modal_events: int = 0
    modal_right: int = 0
    fact_events: int = 0  # reported facts: told as fact, not as a plan or a possibility
    fact_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0

    @property
    def country_f1(self) -> float:
        return _f1(*self.country)

    @property
    def bloc_f1(self) -> float:
        return _f1(*self.bloc)

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.events if self.events else 1.0

    def lines(self) -> list[str]:
        return [
            f"items {self.items}: precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"country F1 {self.country_f1:.3f}  bloc F1 {self.bloc_f1:.3f}",
            f"event kind right {self.kind_right}/{self.events} ({self.kind_accuracy:.1%})  "
            f"future/hypothetical modality right {self.modal_right}/{self.modal_events}  "
            f"facts told as fact {self.fact_right}/{self.fact_events}",
        ]


def _tally(counts: list[int], predicted: Iterable[str], gold: Iterable[str]) -> set[str]:
    predicted_set, gold_set = set(predicted), set(gold)
    counts[0] += len(predicted_set & gold_set)
    counts[1] += len(predicted_set)
    counts[2] += len(gold_set)
    return predicted_set ^ gold_set


def evaluate(matcher: Classifier, rows: Sequence[dict[str, Any]], *, why: bool = True) -> Figures:
    """Relevance, tags and events of ``matcher`` against the labels, with every miss (and
    the matcher's ``why`` for it, unless the "matcher" is another labeler)."""
    figures = Figures(items=len(rows))
    for row in rows:
        verdict: Verdict = matcher.classify(row["title"], row["summary"])
        gold = bool(row["relevant"])
        figures.gold += gold
        figures.predicted += verdict.relevant
        figures.true_positive += gold and verdict.relevant
        problems = []
        if verdict.relevant != gold:
            problems.append("FALSE POSITIVE" if verdict.relevant else "FALSE NEGATIVE")
        if _tally(figures.country, verdict.countries, row["countries"]):
            problems.append(f"countries {sorted(verdict.countries)} vs {row['countries']}")
        if _tally(figures.bloc, verdict.orgs, row["orgs"]):
            problems.append(f"orgs {sorted(verdict.orgs)} vs {row['orgs']}")
        event = row.get("event")
        if event:
            figures.events += 1
            found = verdict.events[0] if verdict.events else None
            if found and found.kind == event["kind"]:
                figures.kind_right += 1
            else:
                problems.append(f"event {found.kind if found else None} vs {event['kind']}")
            if event["modality"] != "fact":
                figures.modal_events += 1
                if found and found.modality == event["modality"]:
                    figures.modal_right += 1
                else:
                    problems.append(
                        f"modality {found.modality if found else None} vs {event['modality']}"
                    )
            else:
                figures.fact_events += 1
                if found and found.modality == "fact":
                    figures.fact_right += 1
                else:
                    problems.append(f"modality {found.modality if found else None} vs fact")
        if problems:
            miss = f"{row['id']}: {'; '.join(problems)}\n    {row['title']}"
            figures.misses.append(miss + (f"\n    why: {' | '.join(verdict.why)}" if why else ""))
    return figures


def _report(
    matcher: Matcher, paths: Sequence[Path], heading: str, *, misses: bool = False
) -> None:
    """Figures of each labeled file that exists; its misses only for a development file
    (a blind one is reported as figures, never item by item)."""
    for path in paths:
        if not path.exists():
            continue
        figures = evaluate(matcher, load(path))
        print("== " + heading.format(path.stem))
        for line in figures.lines():
            print("  " + line)
        for miss in figures.misses if misses else ():
            print("  " + miss)


def throughput(
    matcher: Matcher, stories: Sequence[tuple[str, str]], seconds: float = 3.0
) -> tuple[float, float]:
    """Stories classified per CPU second on one core: (median, best) over rounds of 100.

    CPU time (``process_time``), not wall time: on a shared machine other processes take
    turns on the core, which says nothing about the matcher. Each round is one pass over
    100 stories; the first pass (which fills the token cache) is included in the median.
    """
    rates: list[float] = []
    deadline = time.perf_counter() + seconds
    position = 0
    while time.perf_counter() < deadline or len(rates) < 5:
        batch = [stories[(position + i) % len(stories)] for i in range(100)]
        position += 100
        started = time.process_time()
        for title, summary in batch:
            matcher.classify(title, summary)
        elapsed = time.process_time() - started
        if elapsed > 0:
            rates.append(len(batch) / elapsed)
    rates.sort()
    return rates[len(rates) // 2], rates[-1]


def reference_loop() -> float:
    """Microseconds for ``sum(range(1000))``, best of 200: the machine's speed today."""
    best = float("inf")
    for _ in range(200):
        started = time.perf_counter()
        sum(range(1000))
        best = min(best, time.perf_counter() - started)
    return best * 1e6


def corpus_stories() -> list[tuple[str, str]]:
    stories = []
    for name in ("moscow-times-2023.csv", "moscow-times-2025.csv"):
        path = CORPUS / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                stories += [(row["title"], row["summary"]) for row in csv.DictReader(handle)]
    return stories


def probe_report(
    matcher: Classifier, rows: Sequence[dict[str, Any]], *, misses: bool = True
) -> list[str]:
    """Event kind and modality on invented headlines: counts by language and gold
    modality, then (with ``misses``) each item read otherwise. A hard negative (no gold
    kind) is right when no event is read."""
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    wrong = []
    for row in rows:
        events = matcher.classify(row["title"], row["summary"]).events
        kind, modality = (events[0].kind, events[0].modality) if events else ("none", "none")
        gold_kind, gold_modality = row["kind"] or "none", row["modality"] or "none"
        what = gold_modality if row["kind"] else "no event"
        for key in ((row["lang"], what), (row["lang"], "kind")):
            total[key] += 1
        right[row["lang"], what] += modality == gold_modality
        right[row["lang"], "kind"] += kind == gold_kind
        if (kind, modality) != (gold_kind, gold_modality):
            wrong.append(f"{row['id']} [{row['construction']}]: {gold_kind}/{gold_modality}"
                         f" read as {kind}/{modality}: {row['title']}")
    lines = [
        f"{lang}: " + "  ".join(
            f"{what} {right[lang, what]}/{total[lang, what]}"
            for what in ("fact", "future", "hypothetical", "no event", "kind")
            if what != "no event" or total[lang, what]
        )
        for lang in ("en", "ru")
    ]
    return lines + (wrong if misses else [])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "holdout", "all"), default=None)
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    parser.add_argument(
        "--blind",
        action="store_true",
        help="also the blind sets (tests/data/holdout2.jsonl, holdout3.jsonl): misses of "
        "their dev halves only; holdout halves are reported as figures, never item by item; "
        "and relevance_dev4/5.jsonl with their misses, holdout4/5.jsonl as figures only",
    )
    parser.add_argument(
        "--events",
        action="store_true",
        help="also the events development sets (tests/data/events_dev*.jsonl), with their "
        "misses, and the blind events sets (events_holdout*.jsonl), as figures only",
    )
    parser.add_argument(
        "--probes",
        action="store_true",
        help="also the invented probes (tests/data/MODALITY_PROBES.md, KIND_PROBE3.md, "
        "KIND_PROBE4.md): event kind and modality by language, with their misses unless --quiet",
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput rounds")
    parser.add_argument(
        "--installed", action="store_true",
        help="measure the installed package (compiled where pip could compile it), not the "
        "checkout's source; run it with the python of a venv where `pip install .` ran",
    )
    parser.add_argument(
        "--rules-only", action="store_true",
        help="the rules alone, without the learned second opinion (feeds/learned.py)",
    )
    parser.add_argument(
        "--lines", action="store_true",
        help="the figures as `blocwatch match` gives them: each story joined into one line, "
        "'title. summary', and cut again (feeds/story_line.py)",
    )
    args = parser.parse_args(argv)
    learned = not args.rules_only
    started = time.perf_counter()
    matcher = default_matcher(learned=learned)
    print(f"matcher ({matcher_build()}) built in {time.perf_counter() - started:.2f} s"
          + (", with the learned opinion" if learned else ", rules only")
          + (", stories read as `blocwatch match` lines" if args.lines else ""))
    if args.lines:
        matcher = LineMatcher(matcher.gazetteer, matcher.threshold, matcher.learned)
    halves = [args.half] if args.half else ["dev", "holdout", "all"]
    for half in halves:
        figures = evaluate(matcher, load(half=half))
        print(f"== {half}")
        for line in figures.lines():
            print("  " + line)
        if not args.quiet and half != "all":
            for miss in figures.misses:
                print("  " + miss)
    for blind in BLIND_SETS if args.blind else ():
        if not blind.exists():
            continue
        for half in ("dev", "holdout", "all"):
            figures = evaluate(matcher, load(blind, half=half))
            print(f"== blind set {blind.stem}, {half}")
            for line in figures.lines():
                print("  " + line)
            if not args.quiet and half == "dev":
                for miss in figures.misses:
                    print("  " + miss)
    if args.blind:
        _report(matcher, RELEVANCE_DEVS, "relevance development set {}", misses=not args.quiet)
        _report(matcher, BLIND_WHOLES, "blind set {} (figures only)")
    if args.events:
        _report(matcher, EVENTS_DEVS, "events development set {}", misses=not args.quiet)
        _report(matcher, EVENTS_HOLDOUTS, "blind events set {} (figures only)")
    for probe in PROBES if args.probes else ():
        print(f"== invented probe {probe.stem}")
        for line in probe_report(matcher, load(probe), misses=not args.quiet):
            print("  " + line)
    if args.no_speed:
        return 0
    labeled = [(row["title"], row["summary"]) for row in load()]
    titles = [(title, "") for title, _ in labeled]
    corpus = corpus_stories()
    busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        "== throughput, headlines per CPU second on one core (median, best round);"
        f" load average {busy:.1f} on {os.cpu_count()} CPUs;"
        f" reference loop sum(range(1000)) {reference_loop():.1f} µs"
    )
    for name, stories in (
        ("labeled set, title + summary", labeled),
        ("labeled set, titles only", titles),
        (f"Moscow Times corpus ({len(corpus)}), title + summary", corpus),
    ):
        if stories:
            median, best = throughput(default_matcher(learned=learned), stories)  # cold caches
            print(f"  {name}: {median:,.0f} (best {best:,.0f})")
    if corpus:
        kept = sum(matcher.classify(title, summary).relevant for title, summary in corpus)
        print(f"  kept {kept} of {len(corpus)} raw corpus headlines ({kept / len(corpus):.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
