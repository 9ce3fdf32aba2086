"""A learned second opinion on relevance: a linear model over the letters of the words.

The rules (feeds/relevance.py) turn away some alignment stories whose title says what
happened in words no rule has ("Pakistan, Azerbaijan eye deeper ties"). A logistic
regression over character 3-5-grams of each word, trained offline on the labeled files
(bench/train_learned.py), gives a second opinion on those. The model is linear in the
n-grams and an n-gram never spans two words, so a word's share of the score is fixed:
it is computed once per distinct word and cached, which keeps the cost near one dict
lookup a word. Each word's share is also the explanation: the words that pushed the
score up are shown in ``why``.

Features, the same at training and at run time: the n-grams of each lower-cased word
padded with a space each side, counted in the title's words (tokens starting with a
letter or digit) and in the first ``SUMMARY_WORDS`` words of the summary; each part's
counts divided by the square root of that part's total count, the summary's then
weighted ``SUMMARY_WEIGHT``, and the two parts added.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

GRAM_SIZES: Final = (3, 4, 5)
SUMMARY_WORDS: Final = 60
SUMMARY_WEIGHT: Final = 0.5  # the lead tells more than the title's words alone, but less
WORD_CACHE_LIMIT: Final = 200_000
WEIGHTS_FILE: Final = "learned_weights.json"


def words(tokens: Iterable[str], limit: int | None = None) -> list[str]:
    """The tokens that are words (start with a letter or a digit), at most ``limit``."""
    found = [token for token in tokens if token[:1].isalnum()]
    return found if limit is None else found[:limit]


def grams(word: str) -> list[str]:
    """The character n-grams of a word, lower-cased and padded: "ОДКБ" → " од", "одк", …"""
    padded = f" {word.lower()} "
    return [padded[i : i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1)]


def features(title_tokens: Sequence[str], summary_tokens: Sequence[str]) -> dict[str, float]:
    """The model's input for a story, by n-gram: for training (bench/train_learned.py)."""
    found: dict[str, float] = {}
    for weight, part in ((1.0, words(title_tokens)),
                         (SUMMARY_WEIGHT, words(summary_tokens, SUMMARY_WORDS))):
        counts: dict[str, int] = {}
        for word in part:
            for gram in grams(word):
                counts[gram] = counts.get(gram, 0) + 1
        total = sum(counts.values())
        for gram, count in counts.items():
            found[gram] = found.get(gram, 0.0) + weight * count / math.sqrt(total)
    return found


class LearnedScore:
    """The trained weights, with each token's summed weight and n-gram count remembered."""

    def __init__(self, bias: float, weights: Mapping[str, float], threshold: float) -> None:
        self.bias = bias
        self.threshold = threshold
        self._weights = dict(weights)
        # by token as written: its summed n-gram weight and its number of n-grams (none
        # for a token that is no word)
        self._tokens: dict[str, tuple[float, int]] = {}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LearnedScore:
        return cls(float(data["bias"]), data["weights"], float(data["threshold"]))

    def _learn(self, token: str) -> tuple[float, int]:
        if len(self._tokens) > WORD_CACHE_LIMIT:
            self._tokens.clear()
        token_grams = grams(token) if token[:1].isalnum() else []
        weight = self._weights.get
        entry = self._tokens[token] = (sum(weight(gram, 0.0) for gram in token_grams),
                                       len(token_grams))
        return entry

    def _sums(self, tokens: Sequence[str]) -> tuple[float, int]:
        """The tokens' summed n-gram weight and their number of n-grams."""
        known = self._tokens
        total = 0.0
        count = 0
        for token in tokens:  # a plain loop: compiled, it beats a sum over a map
            entry = known.get(token)
            if entry is None:
                entry = self._learn(token)
            total += entry[0]
            count += entry[1]
        return total, count

    def _scaled(self, tokens: Sequence[str], share: float) -> float:
        """A part's summed weight over the square root of its n-gram count, times ``share``."""
        total, count = self._sums(tokens)
        return share * total / math.sqrt(count) if count else 0.0

    def probability(self, title_tokens: Sequence[str], summary_tokens: Sequence[str]) -> float:
        # a summary of no more tokens than that has no more words: all of it counts (the
        # tokens that are no words add nothing)
        if len(summary_tokens) > SUMMARY_WORDS:
            summary_tokens = words(summary_tokens, SUMMARY_WORDS)
        return _probability(self.bias + self._scaled(title_tokens, 1.0)
                            + self._scaled(summary_tokens, SUMMARY_WEIGHT))

    def sure(self, title_tokens: Sequence[str], summary_tokens: Sequence[str]) -> bool:
        """Whether the model is at least ``threshold`` sure the story is relevant."""
        return self.probability(title_tokens, summary_tokens) >= self.threshold

    def reasons(self, title_tokens: Sequence[str], summary_tokens: Sequence[str],
                shown: int = 3) -> list[tuple[str, float]]:
        """The ``shown`` words that raised the log-odds most, with their shares."""
        by_word: dict[str, float] = {}
        for share, part in ((1.0, words(title_tokens)),
                            (SUMMARY_WEIGHT, words(summary_tokens, SUMMARY_WORDS))):
            count = self._sums(part)[1]
            for word in part:
                by_word[word] = (by_word.get(word, 0.0)
                                 + share * self._tokens[word][0] / math.sqrt(count))
        return sorted((item for item in by_word.items() if item[1] > 0), key=lambda i: -i[1])[
            :shown
        ]


@dataclass(frozen=True, slots=True)
class Opinion:
    """The model's word on one story; its line for ``why`` is written when first shown."""

    model: LearnedScore
    probability: float
    tokens: tuple[Sequence[str], Sequence[str]]  # the title's and the summary's

    @property
    def sure(self) -> bool:
        return self.probability >= self.model.threshold

    def __str__(self) -> str:
        relation = "≥" if self.sure else "<"
        reasons = self.model.reasons(*self.tokens)
        said = ", ".join(f"'{word}' {share:+.2f}" for word, share in reasons)
        return (f"learned score {self.probability:.2f} {relation} {self.model.threshold:g}"
                + (f" (words: {said})" if said else ""))


def _probability(log_odds: float) -> float:
    if log_odds < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-log_odds))


def load_learned() -> LearnedScore | None:
    """The bundled model, or None when the package has none (the rules then decide alone)."""
    try:
        text = resources.files("feeds").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return LearnedScore.from_json(json.loads(text))
