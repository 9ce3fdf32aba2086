"""Train the learned second opinion (feeds/learned.py) and write feeds/learned_weights.json.

Run from the repository root, with scikit-learn in some environment (training only; the
model runs in pure Python, and blocwatch does not depend on scikit-learn):

    python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn -e .
    /tmp/skl/bin/python bench/train_learned.py            # cross-validate, then write
    /tmp/skl/bin/python bench/train_learned.py --check    # cross-validate only

The model is fitted on the development files only (the labeled set, the development
halves of the blind sets, the relevance and events development files: the same ones as
bench/learned_probe.py); blind files are never read here. Cross-validation reports, over
five folds of those files, the model alone and the matcher's rule with it: the rules keep
a story, or the model is at least ``--threshold`` sure of one the rules turned away for
lack of a cue (feeds/match.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

try:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
except ImportError:  # pragma: no cover - an optional tool
    sys.exit("train_learned needs scikit-learn (pip install scikit-learn in a scratch venv)")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learned_probe import _figures, _sets, _signed  # noqa: E402  (the bench folder: on the path above)

from feeds.learned import WEIGHTS_FILE, features  # noqa: E402
from feeds.match import Matcher, default_matcher  # noqa: E402
from feeds.reading import read, tokenize_title  # noqa: E402
from feeds.relevance import LEARNABLE, Assessment, assess  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "feeds" / WEIGHTS_FILE
DIGITS = 4  # weights are rounded to this many decimals, and zeros dropped
MIN_STORIES = 2  # an n-gram seen in one story only is that story's, not a pattern


def _inputs(matcher: Matcher, rows: Sequence[dict[str, Any]]) -> list[dict[str, float]]:
    lexicon = matcher.gazetteer.lexicon
    return [
        features(tokenize_title(lexicon, row["title"]),
                 lexicon.tokens(row["summary"]) if row["summary"] else [])
        for row in rows
    ]


def _assessment(matcher: Matcher, row: dict[str, Any]) -> Assessment:
    """The rules' full assessment of a story (what ``Matcher`` decides without a model)."""
    reading = read(matcher.gazetteer.lexicon, row["title"], row["summary"])
    return assess(reading, matcher.gazetteer.watched, matcher.threshold)


def _fit(inputs: Sequence[dict[str, float]], gold: Any, c: float) -> tuple[Any, Any]:
    stories = Counter(gram for values in inputs for gram in values)
    inputs = [{gram: value for gram, value in values.items() if stories[gram] >= MIN_STORIES}
              for values in inputs]
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(vectorizer.fit_transform(inputs), gold)
    return vectorizer, model


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation")
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--check", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args(argv)
    bare = default_matcher(learned=False)  # the rules alone
    dev_sets, _ = _sets()
    dev = [row for _, rows in dev_sets for row in rows]
    gold = np.array([bool(row["relevant"]) for row in dev])
    inputs = _inputs(bare, dev)
    sure = np.zeros(len(dev))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(dev, gold):
        vectorizer, model = _fit([inputs[i] for i in train], gold[train], args.c)
        sure[test] = model.predict_proba(vectorizer.transform([inputs[i] for i in test]))[:, 1]
    assessments = [_assessment(bare, row) for row in dev]
    kept = np.array([assessment.relevant for assessment in assessments])
    open_to_it = np.array([assessment.objection in LEARNABLE for assessment in assessments])
    print(f"development files, {len(dev)} items, five-fold cross-validation")
    print(f"  rules alone                  {_figures(gold, kept)}")
    print(f"  learned alone (≥ 0.5)        {_figures(gold, sure >= 0.5)}")
    print(f"  rules, or learned ≥ {args.threshold:<4g}     "
          f"{_figures(gold, kept | (open_to_it & (sure >= args.threshold)))}")
    if not args.check:
        vectorizer, model = _fit(inputs, gold, args.c)
        weights: dict[str, float] = {}
        for gram, weight in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True):
            value = round(float(weight), DIGITS)
            if value:
                weights[str(gram)] = value
        data = {
            "about": "bench/train_learned.py: logistic regression on the character n-grams "
                     "of words (feeds/learned.py), fitted on the development files",
            "items": len(dev), "relevant": int(gold.sum()), "c": args.c,
            "threshold": args.threshold, "bias": round(float(model.intercept_[0]), DIGITS),
            "weights": dict(sorted(weights.items())),
        }
        # one n-gram a line, so that a retrained model's diff can be read
        OUTPUT.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":"), indent=0) + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(weights)} n-grams, "
              f"{OUTPUT.stat().st_size:,} bytes")
    _signed("bench/train_learned.py", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
