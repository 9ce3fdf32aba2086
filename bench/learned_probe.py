"""Would a learned score find what the rules miss? A feasibility probe, not part of blocwatch.

Run from the repository root, with scikit-learn in some environment (it is no dependency
of blocwatch, and nothing in feeds/ uses this):

    python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn -e .
    /tmp/skl/bin/python bench/learned_probe.py           # cross-validated, dev only
    /tmp/skl/bin/python bench/learned_probe.py --blind   # + blind sets, figures only

The rules' verdicts come from the matcher of this checkout (feeds/match.py). A logistic
regression on character 3-5-grams (TF-IDF of the title; of the summary at half weight) is
trained on the development files only, then asked about items the rules turn away: an
item is kept when the rules keep it or the model is at least ``--confidence`` sure. Blind
files are reported as figures, never item by item.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

try:
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
except ImportError:  # pragma: no cover - an optional tool
    sys.exit("learned_probe needs scikit-learn (pip install scikit-learn in a scratch venv)")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from match_bench import (  # noqa: E402  (the bench folder: put on the path above)
    BLIND_SETS,
    BLIND_WHOLES,
    EVENTS_DEVS,
    EVENTS_HOLDOUTS,
    LABELED,
    RELEVANCE_DEVS,
    load,
)

from feeds.match import default_matcher  # noqa: E402  (match_bench puts the root on the path)
from store.config import Settings  # noqa: E402

Sets = list[tuple[str, list[dict[str, Any]]]]


def _sets() -> tuple[Sets, Sets]:
    dev = [("own", load(LABELED))]
    blind: Sets = []
    for path in BLIND_SETS:
        dev.append((f"{path.stem} dev", load(path, "dev")))
        blind.append((f"{path.stem} holdout", load(path, "holdout")))
    dev += [(path.stem, load(path)) for path in (*RELEVANCE_DEVS, *EVENTS_DEVS)]
    blind += [(path.stem, load(path)) for path in (*BLIND_WHOLES, *EVENTS_HOLDOUTS)]
    return dev, blind


class Probe:
    """TF-IDF character n-grams of title and summary, and a balanced logistic regression."""

    def __init__(self, c: float) -> None:
        options = {"analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 2,
                   "sublinear_tf": True}
        self.title = TfidfVectorizer(**options)
        self.summary = TfidfVectorizer(**options)
        self.model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")

    def _matrix(self, rows: Sequence[dict[str, Any]], fit: bool = False) -> Any:
        titles = [row["title"] for row in rows]
        summaries = [row["summary"] for row in rows]
        if fit:
            self.title.fit(titles)
            self.summary.fit(summaries)
        return hstack([self.title.transform(titles), 0.5 * self.summary.transform(summaries)])

    def fit(self, rows: Sequence[dict[str, Any]]) -> Probe:
        self.model.fit(self._matrix(rows, fit=True), [row["relevant"] for row in rows])
        return self

    def sure(self, rows: Sequence[dict[str, Any]]) -> Any:
        return self.model.predict_proba(self._matrix(rows))[:, 1]


def _figures(gold: Any, kept: Any) -> str:
    tp = int((gold & kept).sum())
    fp = int((~gold & kept).sum())
    fn = int((gold & ~kept).sum())
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return f"precision {precision:.3f}  recall {recall:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def _signed(script: str, argv: Sequence[str] | None) -> None:
    """The command that printed these figures, as the last line."""
    command = " ".join([script, *(argv or sys.argv[1:])])
    print(f"\n(figures from: <python with scikit-learn> {command})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", action="store_true", help="also the blind sets (figures)")
    parser.add_argument("--confidence", type=float, default=0.8)
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation")
    args = parser.parse_args(argv)
    settings = Settings()
    matcher = default_matcher(settings.watched, settings.threshold, learned=False)
    dev_sets, blind_sets = _sets()

    def rules(rows: Sequence[dict[str, Any]]) -> Any:
        return np.array([matcher.classify(row["title"], row["summary"]).relevant for row in rows])

    dev = [row for _, rows in dev_sets for row in rows]
    gold = np.array([bool(row["relevant"]) for row in dev])
    sure = np.zeros(len(dev))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(dev, gold):
        probe = Probe(args.c).fit([dev[i] for i in train])
        sure[test] = probe.sure([dev[i] for i in test])
    kept = rules(dev)
    print(f"development files, {len(dev)} items, five-fold cross-validation")
    print(f"  rules (written from these files)  {_figures(gold, kept)}")
    print(f"  learned alone                     {_figures(gold, sure >= 0.5)}")
    print(f"  rules, or learned ≥ {args.confidence:<4g}          "
          f"{_figures(gold, kept | (sure >= args.confidence))}")
    if args.blind:
        probe = Probe(args.c).fit(dev)
        for name, rows in blind_sets:
            gold = np.array([bool(row["relevant"]) for row in rows])
            kept, sure = rules(rows), probe.sure(rows)
            print(f"blind {name} ({len(rows)} items, figures only)")
            print(f"  rules                             {_figures(gold, kept)}")
            print(f"  learned alone                     {_figures(gold, sure >= 0.5)}")
            print(f"  rules, or learned ≥ {args.confidence:<4g}          "
                  f"{_figures(gold, kept | (sure >= args.confidence))}")
    _signed("bench/learned_probe.py", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
