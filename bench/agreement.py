"""How far apart are two careful labelers, and where is the matcher between them?

Run from the repository root:

    /work/venv/bin/python bench/agreement.py            # figures
    /work/venv/bin/python bench/agreement.py --misses   # and where the labelers differ

A second labeler, who saw only LABELING.md and the items' titles and summaries (no
labels, no code, no classifier: tests/data/AGREEMENT.md), labeled two development
samples again: the raw flow of relevance_dev7 and relevance_dev8, and the events of
events_dev4 and events_dev5. This prints, with the figures of bench/match_bench.py:
the second labeler scored against the first (the files' labels), the matcher against
the first, and the matcher against the second. Two people's agreement is the ceiling a
classifier can be held to; the matcher's distance from it is what is left to do.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from match_bench import DATA, Classifier, evaluate, load  # noqa: E402  (the bench folder)

from feeds.match import Event, Verdict, default_matcher  # noqa: E402

SAMPLES = (
    ("relevance, raw flow", ("relevance_dev7", "relevance_dev8"), "agreement_relevance"),
    ("events", ("events_dev4", "events_dev5"), "agreement_events"),
)


class SecondLabeler:
    """Another labeler's labels, answered as a verdict for the same story."""

    def __init__(self, first: Sequence[dict[str, Any]], second: Sequence[dict[str, Any]]) -> None:
        by_id = {row["id"]: row for row in second}
        self._labels = {(row["title"], row["summary"]): by_id[row["id"]] for row in first}

    def classify(self, title: str, summary: str = "") -> Verdict:
        row = self._labels[title, summary]
        event = row["event"]
        events = (
            (Event(event["kind"], tuple(event["countries"]), event["org"], event["modality"], ""),)
            if event else ()
        )
        return Verdict(row["relevant"], None, tuple(row["countries"]), tuple(row["orgs"]), events)


def relabeled(
    first: Sequence[dict[str, Any]], second: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The first sample's items with the second labeler's labels: the second as gold."""
    by_id = {row["id"]: row for row in second}
    return [{**row, **{key: by_id[row["id"]][key] for key in
                       ("relevant", "countries", "orgs", "event")}} for row in first]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list where the labelers differ")
    args = parser.parse_args(argv)
    matcher = default_matcher()
    for name, stems, second_stem in SAMPLES:
        first = [row for stem in stems for row in load(DATA / f"{stem}.jsonl")]
        second = load(DATA / f"{second_stem}.jsonl")
        labeler: Classifier = SecondLabeler(first, second)
        print(f"== {name}: {' + '.join(stems)}, {len(first)} items")
        for title, who, gold in (
            ("second labeler against the first", labeler, first),
            ("matcher against the first", matcher, first),
            ("matcher against the second", matcher, relabeled(first, second)),
        ):
            figures = evaluate(who, gold, why=who is matcher)
            print(f"  {title}")
            for line in figures.lines():
                print("    " + line)
            if args.misses and who is labeler:
                for miss in figures.misses:
                    print("    " + miss.replace("\n", "\n    "))
    print(f"\n(figures from: bench/agreement.py {' '.join(argv or sys.argv[1:])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
