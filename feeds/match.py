"""Relevance: which states and blocs a story is about, whether it is about alignment, why.

Pure and fast: the vocabulary is compiled once into a token lexicon (feeds/lexicon.py),
so a story is split into tokens and looked up in one pass; no network. The steps, each
recorded in ``Verdict.why``:

1. reading (feeds/reading.py): states (names, capitals, leaders, parliaments, demonyms),
   blocs, alignment and domestic cues, event triggers, modal words, office-holders;
   ambiguous names need their spelling and no contrary context (Georgia with Atlanta);
2. parties (feeds/parties.py): the states and blocs the story is about, leaving out
   venues ("in Beijing"), sources ("…, Kremlin says"), seas and wars' names;
3. relevance (feeds/relevance.py): alignment cues and parties against domestic cues
   (courts, sport, battlefield, weather, company news, the domestic economy);
4. event (feeds/eventing.py): the main act, its parties, bloc and modality;
5. a second opinion (feeds/learned.py): a story the rules turned away only for want of
   an alignment cue, with a watched state or bloc among its parties, is kept when a
   model trained on the labeled files is sure of it; the words that made it sure are
   in ``why``.

Most stories are ruled out by their title alone (no state or bloc in it, or no alignment
cue and no bloc anywhere): those skip steps 2–4, and their score and evidence are worked
out only if someone asks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, NamedTuple

from feeds.eventing import main_event
from feeds.learned import LearnedScore, Opinion, load_learned
from feeds.lexicon import Hit, Lexicon
from feeds.parties import select_parties
from feeds.reading import Reading, read, tokenize_title
from feeds.relevance import LEARNABLE, Assessment, assess, at_a_glance, explain
from feeds.vocabulary import BlocHint, bloc_hint, build_lexicon


class Mention(NamedTuple):
    """A place, bloc or alignment cue found in ``title. summary`` (a tuple: cheap to make)."""

    kind: str  # "country" | "org" | "topic"
    code: str  # ISO code, bloc code, or the cue's label
    matched: str  # the text as written
    start: int  # offset in f"{title}. {summary}"


class Event(NamedTuple):
    """A proposed event (a tuple, as Mention: cheap to make, immutable)."""

    kind: str
    countries: tuple[str, ...]
    org: str | None
    modality: str  # "fact" | "future" | "hypothetical"
    evidence: str


class Verdict:
    """The classifier's answer for one story, with the evidence behind it.

    Immutable: the public fields are read-only properties. ``why`` and ``mentions`` are
    worked out when first asked for, and so is the ``score`` of a story turned away at a
    glance (its title names no state or bloc, or has no alignment cue and no bloc in the
    lead): a poll keeps only the relevant stories, and most stories are not. Plain slots
    behind properties rather than a ``__setattr__`` that refuses: a verdict is made for
    every story, and going around such a guard tripled what making one cost.
    """

    __slots__ = ("_relevant", "_countries", "_orgs", "_events", "_score", "_why", "_mentions",
                 "_source", "_deferred")

    def __init__(
        self,
        relevant: bool,
        score: float | None,
        countries: tuple[str, ...],
        orgs: tuple[str, ...],
        events: tuple[Event, ...],
        *,
        source: tuple[Reading, Assessment, tuple[object, ...]] | None = None,
        deferred: Callable[[], Verdict] | None = None,
    ) -> None:
        self._relevant = relevant
        self._score = score
        self._countries = countries
        self._orgs = orgs
        self._events = events
        self._why: tuple[str, ...] | None = None
        self._mentions: tuple[Mention, ...] | None = None
        self._source = source
        self._deferred = deferred

    @property
    def relevant(self) -> bool:
        return self._relevant

    @property
    def countries(self) -> tuple[str, ...]:
        return self._countries

    @property
    def orgs(self) -> tuple[str, ...]:
        return self._orgs

    @property
    def events(self) -> tuple[Event, ...]:
        return self._events

    def _complete(self) -> None:
        """Work the whole story out, for a verdict reached at a glance."""
        assert self._deferred is not None
        full = self._deferred()
        self._score, self._source, self._deferred = full._score, full._source, None

    @property
    def score(self) -> float:
        if self._score is None:
            self._complete()
        assert self._score is not None
        return self._score

    @property
    def why(self) -> tuple[str, ...]:
        """The evidence: parties, cues, domestic cues, the rule applied, event, score."""
        why = self._why
        if why is None:
            if self._source is None:
                self._complete()
            assert self._source is not None
            why = explain(*self._source)
            self._why = why
        return why

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every place, bloc and alignment cue found, in text order."""
        mentions = self._mentions
        if mentions is None:
            if self._source is None:
                self._complete()
            assert self._source is not None
            mentions = tuple(map(Mention._make, self._source[0].spans()))
            self._mentions = mentions
        return mentions

    def named(self) -> tuple[tuple[str, str, str], ...]:
        """(kind, code, matched) of every state and bloc named, in text order.

        The ``mentions`` of kind country and org, without their offsets: the poller
        stores these for every kept article, and finding offsets walks the text.
        """
        if self._source is None:
            self._complete()
        assert self._source is not None
        return tuple(
            ("org" if place.is_org else "country", place.code, place.matched)
            for place in self._source[0].places
        )

    def __repr__(self) -> str:
        return (
            f"Verdict(relevant={self.relevant}, score={self.score}, countries={self.countries}, "
            f"orgs={self.orgs}, events={self.events})"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "relevant": self.relevant,
            "score": round(self.score, 3),
            "countries": list(self.countries),
            "orgs": list(self.orgs),
            "events": [
                {
                    "kind": event.kind,
                    "countries": list(event.countries),
                    "org": event.org,
                    "modality": event.modality,
                }
                for event in self.events
            ],
            "why": list(self.why),
        }


@dataclass(frozen=True)
class Gazetteer:
    """The compiled vocabulary and the countries an analyst watches."""

    lexicon: Lexicon
    watched: frozenset[str]
    bloc_hint: BlocHint  # "could this text name a bloc?", for a quick no


def build_gazetteer(
    countries: Mapping[str, Mapping[str, Any]],
    orgs: Mapping[str, Mapping[str, Any]],
    watched: Iterable[str] | None = None,
) -> Gazetteer:
    """Compile the reference aliases and word lists. ``watched`` defaults to the reference."""
    watched_codes = (
        frozenset(code.upper() for code in watched)
        if watched
        else frozenset(code for code, data in countries.items() if data.get("watched"))
    )
    return Gazetteer(build_lexicon(countries, orgs), watched_codes, bloc_hint(orgs))


class Matcher:
    """Classifies stories against a gazetteer; one instance per process, reused.

    ``learned`` is the second opinion on stories the rules turn away for want of a cue
    (None: the rules decide alone).
    """

    def __init__(
        self, gazetteer: Gazetteer, threshold: float = 1.0, learned: LearnedScore | None = None
    ) -> None:
        self.gazetteer = gazetteer
        self.threshold = threshold
        self.learned = learned

    def classify(self, title: str, summary: str = "") -> Verdict:
        lexicon = self.gazetteer.lexicon
        title_tokens = tokenize_title(lexicon, title)
        title_hits = lexicon.scan(title_tokens)
        glance = at_a_glance(title_hits, bool(summary), title_tokens)
        summary_tokens = None
        if glance is None:  # out, unless the summary names a bloc
            summary_tokens = lexicon.tokens(summary) if summary else []
            glance = not self.gazetteer.bloc_hint.may_name_a_bloc(summary_tokens) and not (
                self.learned is not None and self.learned.sure(title_tokens, summary_tokens)
            )  # the model may see a cue the rules lack: then the whole story is read
        if glance:
            return Verdict(False, None, (), (), (), deferred=partial(self._full, title, summary))
        return self._full(title, summary, (title_tokens, title_hits, summary_tokens))

    def _full(
        self,
        title: str,
        summary: str,
        known: tuple[list[str], list[Hit], list[str] | None] | None = None,
    ) -> Verdict:
        reading = read(self.gazetteer.lexicon, title, summary, known)
        assessment = assess(reading, self.gazetteer.watched, self.threshold)
        score = assessment.score
        lines: tuple[object, ...] = ()  # the second opinion, the event: shown as str()
        if not assessment.relevant:
            if self.learned is None or assessment.objection not in LEARNABLE:
                return Verdict(False, score, (), (), (), source=(reading, assessment, lines))
            title_tokens, summary_tokens = reading.tokens
            opinion = Opinion(self.learned, self.learned.probability(title_tokens, summary_tokens),
                              (title_tokens, summary_tokens))
            lines = (opinion,)
            if not opinion.sure:
                return Verdict(False, score, (), (), (), source=(reading, assessment, lines))
        event = main_event(reading)
        countries, orgs = select_parties(reading, event)
        events: tuple[Event, ...] = ()
        if event is not None:
            events = (
                Event(
                    event.kind,
                    tuple(code for code in event.countries if code in countries),
                    event.org if event.org in orgs else None,
                    event.modality,
                    event.evidence,
                ),
            )
            lines += (f"event {event.kind} ({event.modality}): '{event.evidence}'",)
        return Verdict(True, score, countries, orgs, events, source=(reading, assessment, lines))


def matcher_build() -> str:
    """Whether the matcher's modules run compiled (setup.py) or as Python source, and
    where from: a benchmark figure means little without it."""
    import feeds.reading

    where = feeds.reading.__file__ or "?"
    kind = "pure Python" if where.endswith(".py") else "compiled by mypyc"
    return f"{kind}, {os.path.dirname(where)}"


def default_matcher(
    watched: Iterable[str] = (), threshold: float = 1.0, *, learned: bool = True
) -> Matcher:
    """A matcher over the bundled reference aliases, with the bundled second opinion."""
    from store.reference import read_countries, read_orgs

    gazetteer = build_gazetteer(read_countries(), read_orgs(), watched or None)
    return Matcher(gazetteer, threshold, load_learned() if learned else None)
