"""Relevance: which countries and blocs a story is about, whether it is about alignment, why.

Pure and fast: a gazetteer compiled once into a few regular expressions, no network.
English aliases match whole words (case-insensitive); Russian aliases are stems that may
take an inflectional ending; acronyms (CSTO, ОДКБ) are case-sensitive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from feeds.topics import EVENT_PATTERNS, MODALITY_PATTERNS, TOPIC_EN, TOPIC_RU

RU_ENDING = "[а-яё]{0,4}"


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str  # "country" | "org" | "topic"
    code: str
    matched: str
    start: int


@dataclass(frozen=True, slots=True)
class Event:
    kind: str
    countries: tuple[str, ...]
    org: str | None
    modality: str  # "fact" | "future" | "hypothetical"
    evidence: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The classifier's answer for one story, with the evidence behind it."""

    relevant: bool
    score: float
    countries: tuple[str, ...]
    orgs: tuple[str, ...]
    events: tuple[Event, ...]
    why: tuple[str, ...]
    mentions: tuple[Mention, ...]

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


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(word) for word in words if word}, key=len, reverse=True))


def _ru_stem_pattern(alias: str) -> str:
    """Each word of a Russian alias may take an ending: "Евразийск экономическ союз"."""
    return r"\s+".join(re.escape(word) + RU_ENDING for word in alias.split())


@dataclass(frozen=True)
class Gazetteer:
    """Compiled patterns and the lookups from matched text back to codes."""

    pattern_ci: re.Pattern[str]  # English aliases and Russian stems, case-insensitive
    pattern_cs: re.Pattern[str]  # acronyms, case-sensitive
    lookup_ci: Mapping[str, tuple[str, str]]  # group name → (kind, code)
    lookup_cs: Mapping[str, tuple[str, str]]
    ambiguous: frozenset[str]
    watched: frozenset[str]


def build_gazetteer(
    countries: Mapping[str, Mapping[str, Any]],
    orgs: Mapping[str, Mapping[str, Any]],
    watched: Iterable[str] | None = None,
) -> Gazetteer:
    """Compile the reference aliases. ``watched`` defaults to the countries marked watched."""
    groups_ci: list[str] = []
    lookup_ci: dict[str, tuple[str, str]] = {}
    groups_cs: list[str] = []
    lookup_cs: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()

    def add(kind: str, code: str, data: Mapping[str, Any]) -> None:
        name = f"{kind[0]}_{code}"
        parts = []
        english = _alternation(data.get("aliases_en", []))
        if english:
            parts.append(rf"(?:{english})")
        russian = [_ru_stem_pattern(alias) for alias in data.get("aliases_ru", []) if alias]
        if russian:
            parts.append("(?:" + "|".join(sorted(russian, key=len, reverse=True)) + ")")
        if parts:
            groups_ci.append(rf"(?P<{name}>(?<!\w)(?:{'|'.join(parts)})(?!\w))")
            lookup_ci[name] = (kind, code)
        acronyms = _alternation(data.get("acronyms", []))
        if acronyms:
            groups_cs.append(rf"(?P<{name}>(?<!\w)(?:{acronyms})(?!\w))")
            lookup_cs[name] = (kind, code)
        ambiguous.update(alias.lower() for alias in data.get("ambiguous", []))

    for code, data in countries.items():
        add("country", code, data)
    for code, data in orgs.items():
        add("org", code, data)
    watched_codes = (
        frozenset(code.upper() for code in watched)
        if watched
        else frozenset(code for code, data in countries.items() if data.get("watched"))
    )
    return Gazetteer(
        re.compile("|".join(groups_ci), re.IGNORECASE),
        re.compile("|".join(groups_cs)),
        lookup_ci,
        lookup_cs,
        frozenset(ambiguous),
        watched_codes,
    )


_TOPIC = re.compile(
    rf"(?<!\w)(?:{_alternation(TOPIC_EN)})(?!\w)|(?<!\w)(?:{'|'.join(TOPIC_RU)}){RU_ENDING}(?!\w)",
    re.IGNORECASE,
)


class Matcher:
    """Classifies stories against a gazetteer; one instance per process, reused."""

    def __init__(self, gazetteer: Gazetteer, threshold: float = 1.0) -> None:
        self.gazetteer = gazetteer
        self.threshold = threshold

    def mentions(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        for pattern, lookup in (
            (self.gazetteer.pattern_ci, self.gazetteer.lookup_ci),
            (self.gazetteer.pattern_cs, self.gazetteer.lookup_cs),
        ):
            if not pattern.pattern:
                continue
            for match in pattern.finditer(text):
                name = match.lastgroup
                if name is None:
                    continue
                kind, code = lookup[name]
                found.append(Mention(kind, code, match.group(), match.start()))
        for match in _TOPIC.finditer(text):
            found.append(Mention("topic", match.group().lower(), match.group(), match.start()))
        found.sort(key=lambda mention: mention.start)
        return found

    def classify(self, title: str, summary: str = "") -> Verdict:
        """Relevant when a watched country or a bloc appears with an alignment topic,
        or a bloc appears at all. The title counts double: it is what the story is about."""
        text = f"{title}. {summary}" if summary else title
        mentions = [
            mention
            for mention in self.mentions(text)
            if not (
                mention.kind == "country"
                and mention.matched.lower() in self.gazetteer.ambiguous
                and not mention.matched[:1].isupper()
            )
        ]
        countries = _unique(m.code for m in mentions if m.kind == "country")
        orgs = _unique(m.code for m in mentions if m.kind == "org")
        topics = _unique(m.matched.lower() for m in mentions if m.kind == "topic")
        watched = [code for code in countries if code in self.gazetteer.watched]
        in_title = len(title) + 1
        score = 0.0
        why: list[str] = []
        for mention in mentions:
            weight = 1.0 if mention.start < in_title else 0.5
            if mention.kind == "org":
                score += weight
                why.append(f"bloc {mention.code}: {mention.matched!r}")
            elif mention.kind == "country" and mention.code in self.gazetteer.watched:
                score += 0.5 * weight
                why.append(f"country {mention.code}: {mention.matched!r}")
            elif mention.kind == "topic":
                score += 0.5 * weight
                why.append(f"topic: {mention.matched!r}")
        relevant = bool(orgs) or (bool(watched) and bool(topics) and score >= self.threshold)
        events = tuple(self._events(text, countries, orgs)) if relevant else ()
        return Verdict(
            relevant,
            score,
            tuple(countries),
            tuple(orgs),
            events,
            tuple(_unique(why)),
            tuple(mentions),
        )

    def _events(self, text: str, countries: list[str], orgs: list[str]) -> list[Event]:
        for kind, pattern in EVENT_PATTERNS:
            match = pattern.search(text)
            if match:
                modality = "fact"
                for name, modal in MODALITY_PATTERNS:
                    if modal.search(text):
                        modality = name
                        break
                return [
                    Event(
                        kind, tuple(countries), orgs[0] if orgs else None, modality, match.group()
                    )
                ]
        return []


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def default_matcher(watched: Iterable[str] = (), threshold: float = 1.0) -> Matcher:
    """A matcher over the bundled reference aliases."""
    from store.reference import read_countries, read_orgs

    return Matcher(build_gazetteer(read_countries(), read_orgs(), watched or None), threshold)
