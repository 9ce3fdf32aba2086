"""The learned second opinion: the same sums at run time as at training, and where it may
overrule the rules (only the want of a cue) and where it may not."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

import feeds.learned as learned_module
from feeds.learned import (
    SUMMARY_WORDS,
    WEIGHTS_FILE,
    LearnedScore,
    features,
    grams,
    load_learned,
)
from feeds.match import Matcher, default_matcher
from feeds.reading import tokenize_title

# A story the rules turn away (two states, no alignment cue), and a model that knows the
# one word that makes it alignment news.
TITLE = "Lithuanian railways halts transport of Belarus potash"
SUMMARY = "The state carrier said the cargo would no longer move."


def _model(weights: dict[str, float], bias: float = -1.0, threshold: float = 0.8) -> LearnedScore:
    return LearnedScore(bias, weights, threshold)


def potash_model() -> LearnedScore:
    return _model({gram: 2.0 for gram in grams("potash")})


@pytest.fixture(scope="module")
def rules() -> Matcher:
    return default_matcher(learned=False)


def _with(rules: Matcher, model: LearnedScore | None) -> Matcher:
    return Matcher(rules.gazetteer, rules.threshold, model)


def _tokens(matcher: Matcher, title: str, summary: str) -> tuple[list[str], list[str]]:
    lexicon = matcher.gazetteer.lexicon
    return tokenize_title(lexicon, title), lexicon.tokens(summary) if summary else []


def _trained_log_odds(model: LearnedScore, title: list[str], summary: list[str]) -> float:
    """What scikit-learn computes: bias + the weights · the features used in training."""
    weights = json.loads(
        resources.files("feeds").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    )["weights"]
    return model.bias + sum(
        weights.get(gram, 0.0) * value for gram, value in features(title, summary).items()
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (TITLE, SUMMARY),
        ("Глава Узбекистана приветствовал зарубежных коллег",
         "Президент Узбекистана встретился с лидерами Кыргызстана и Таджикистана."),
        ("«ОДКБ» — учения, 2025!", ""),
        ("", "Only a summary, no title."),
        ("İstanbul hosts talks", "Straße, ǅemal and ﬁnance: letters whose case changes length."),
    ],
)
def test_run_time_sums_equal_the_trained_features(rules: Matcher, title: str, summary: str) -> None:
    model = load_learned()
    assert model is not None
    title_tokens, summary_tokens = _tokens(rules, title, summary)
    expected = 1.0 / (1.0 + math.exp(-_trained_log_odds(model, title_tokens, summary_tokens)))
    for _ in range(2):  # cold, then from the per-token cache
        assert model.probability(title_tokens, summary_tokens) == pytest.approx(expected)


def test_only_the_first_summary_words_count(rules: Matcher) -> None:
    model = potash_model()
    filler = " ".join(["word"] * SUMMARY_WORDS)
    title_tokens, early = _tokens(rules, "Lithuania and Belarus", f"potash {filler}")
    _, late = _tokens(rules, "Lithuania and Belarus", f"{filler} potash")
    _, without = _tokens(rules, "Lithuania and Belarus", filler)
    assert model.probability(title_tokens, late) == model.probability(title_tokens, without)
    assert model.probability(title_tokens, early) > model.probability(title_tokens, without)


def test_the_cache_forgets_and_the_sums_stay(
    rules: Matcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = potash_model()
    tokens = _tokens(rules, TITLE, SUMMARY)
    before = model.probability(*tokens)
    monkeypatch.setattr(learned_module, "WORD_CACHE_LIMIT", 3)
    other = _tokens(rules, "Completely different words here today", "And more of them.")
    model.probability(*other)
    assert model.probability(*tokens) == before


def test_the_model_keeps_a_story_the_rules_lacked_a_cue_for(rules: Matcher) -> None:
    assert not rules.classify(TITLE, SUMMARY).relevant
    verdict = _with(rules, potash_model()).classify(TITLE, SUMMARY)
    assert verdict.relevant
    assert verdict.countries == ("BY", "LT")
    why = verdict.as_json()["why"]
    assert "no alignment cue in the title" in why
    line = next(line for line in why if line.startswith("learned score"))
    assert "≥ 0.8 (words: 'potash' +" in line
    assert why[-1].startswith("score ") and "< 1" in why[-1]  # the rules' own score stays


def test_a_doubtful_model_leaves_the_verdict_to_the_rules(rules: Matcher) -> None:
    model = _model({gram: 0.1 for gram in grams("potash")})
    verdict = _with(rules, model).classify(TITLE, SUMMARY)
    assert not verdict.relevant
    assert any(line.startswith("learned score") and "< 0.8" in line for line in verdict.why)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # nobody named in the title
        ("Railways halt potash", "Trains stopped at the border."),
        # no watched state among the parties
        ("Canadian railways halt Chilean potash", ""),
        # a private voice, not a state's
        ("Putin's son says Lithuania should buy Belarus potash", ""),
    ],
)
def test_the_model_never_overrules_the_other_objections(
    rules: Matcher, title: str, summary: str
) -> None:
    sure_of_anything = _model({}, bias=10.0)
    assert sure_of_anything.sure(*_tokens(rules, title, summary))
    verdict = _with(rules, sure_of_anything).classify(title, summary)
    assert not verdict.relevant, verdict.why
    assert not any(line.startswith("learned score") for line in verdict.why)


def test_a_glance_and_a_full_reading_agree(rules: Matcher) -> None:
    """A title alone with two states and no cue is turned away at a glance; when the model
    is sure of it, the story is read in full, and the verdict is the full reading's."""
    matcher = _with(rules, potash_model())
    quick = matcher.classify(TITLE)
    assert quick.relevant
    assert quick.as_json() == matcher._full(TITLE, "").as_json()
    out = matcher.classify(TITLE.replace("potash", "timber"))
    assert not out.relevant
    assert out.as_json() == matcher._full(TITLE.replace("potash", "timber"), "").as_json()
    assert any(line.startswith("learned score") for line in out.why)


def test_the_bundled_model_is_loaded_and_can_be_left_out() -> None:
    assert default_matcher().learned is not None
    assert default_matcher(learned=False).learned is None
