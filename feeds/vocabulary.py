"""Everything the matcher knows, compiled into one lexicon.

Sources: the reference gazetteer (countries.toml, orgs.toml) for states and blocs, the
world list (feeds/world.py) for other states, and the word lists in feeds/topics.py,
feeds/noise.py and feeds/events.py. Each phrase maps to small tuples (payloads) that the
classifier reads:

    ("C", code, ambiguous, stem_length)   a state; stem_length > 0 for Russian stems
    ("O", code)                           a bloc
    ("T", weight, label)                  an alignment cue
    ("N", weight, label)                  a domestic (negative) cue
    ("E", kind, tense, gated)             an event trigger
    ("M", modality)                       hypothetical | future | negation
    ("R", role)                           leader | official
    ("X", code)                           context: ``code``'s ambiguous aliases mean something else
    ("Z",)                                a lookalike: swallows a name, means nothing
    ("S", label, role)                    a paired cue's "verb" or "object" (topics.PAIRS)
    ("V", kind)                           who speaks: "private" or "office" (noise.VOICES)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import chain
from typing import Any, Final

from feeds.events import (
    LEADER_ROLES,
    LEADERS,
    MEETINGS,
    MODALS,
    OFFICIAL_ROLES,
    OFFICIALS,
    TRIGGERS,
)
from feeds.lexicon import MAX_ENDING, Lexicon, tokenize_phrase
from feeds.noise import CONTEXT, DOMESTIC, LOOKALIKES, VOICES
from feeds.topics import CUES, PAIRS
from feeds.world import EXERCISES, GROUPS, WORLD

# cues a reader must check against their neighbours ("Putin ally", "fighting for",
# "Kremlin says" with no second state, "against" with no state after it)
CHECKED: Final = frozenset({"alliance", "war stance", "statement", "against"})
# bloc names the reference aliases lack: adjectives ("натовской техники"), the bloc's
# officers ("Еврокомиссар Кубилюс") and the secretaries-general who speak for NATO (as
# von der Leyen does for the EU in the reference); their first letters join the bloc hint
BLOC_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "NATO": ("натовск*", "Stoltenberg", "Столтенберг*"),  # not Rutte: Dutch PM until 2024
    "EU": ("EU commissioner", "Eurocommissioner", "Еврокомиссар*"),
}
# words whose cue is another sense inside a modal phrase: "calls for" is no phone call,
# "backs away from" no support, "is said to" no statement
SENSE_CHANGES: Final = frozenset({"call", "calls", "backs", "said"})
EVENT_CUE: Final = 0.6  # an event trigger is itself a sign of alignment news
MEETING_CUE: Final = 0.4  # so is a meeting word (visit, talks), less so


class Digest:
    """A hit's payloads sorted by kind, computed once per distinct set of payloads."""

    __slots__ = (
        "places", "leader", "cues", "topics", "negatives", "triggers", "modals", "roles",
        "contexts", "trigger_cues", "has_words", "has_acts", "plain_cues", "rules_in",
        "states", "statement", "pairs", "voice",
    )

    def __init__(self, payloads: tuple[Any, ...]) -> None:
        places: list[tuple[str, bool, bool, int]] = []  # (code, is bloc, ambiguous, stem)
        for payload in payloads:
            code = payload[1] if payload[0] in "CO" else None
            if code is not None and all(code != place[0] for place in places):
                if payload[0] == "C":
                    places.append((code, False, payload[2], payload[3]))
                else:
                    places.append((code, True, False, 0))
        self.places = tuple(places)
        self.leader = ("R", "leader") in payloads
        self.topics = tuple((p[2], p[1]) for p in payloads if p[0] == "T")  # (label, weight)
        self.triggers = tuple(p for p in payloads if p[0] == "E")
        self.trigger_cues = tuple(
            ("meeting", MEETING_CUE) if p[3] else ("event", EVENT_CUE) for p in self.triggers
        )
        self.cues = self.topics + self.trigger_cues
        self.negatives = tuple((p[2], p[1]) for p in payloads if p[0] == "N")
        self.modals = tuple(p for p in payloads if p[0] == "M")
        self.roles = tuple(p for p in payloads if p[0] == "R")
        self.contexts = tuple(p[1] for p in payloads if p[0] == "X")
        self.pairs = tuple((p[1], p[2]) for p in payloads if p[0] == "S")  # (label, role)
        self.voice = tuple(p[1] for p in payloads if p[0] == "V")  # "private" | "office"
        # what a reader must look at besides the places (most hits are just a place)
        self.has_words = bool(self.cues or self.negatives or self.contexts)
        self.has_acts = bool(self.triggers or self.modals or self.roles)
        # in a title, enough to keep the story from being turned away at a glance
        # (a statement verb only with two states: see ``statement``)
        self.statement = any(label == "statement" for label, _ in self.topics)
        self.rules_in = bool(
            any(label != "statement" for label, _ in self.topics)
            or self.triggers
            or any(p[1] for p in self.places)
            or any(role == "object" for _, role in self.pairs)  # a paired cue may follow
        )
        self.states = tuple(place[0] for place in self.places if not place[1])
        # no cue a reader must check against its neighbours ("Putin ally", "fighting for")
        self.plain_cues = not any(label in CHECKED for label, _ in self.topics)


def _russian_phrase(alias: str) -> str:
    """A Russian alias as stems: every word may take an ending, unless marked ``!``."""
    if alias.endswith("!"):
        return alias[:-1]
    return " ".join(word if word.endswith("*") else word + "*" for word in alias.split())


def _add_place(
    lexicon: Lexicon, kind: str, code: str, data: Mapping[str, Any], ambiguous: set[str]
) -> None:
    for alias in data.get("aliases_en", ()):
        is_ambiguous = alias.lower() in ambiguous
        # An ambiguous English alias must be spelled as listed: "Turkey", not "turkey".
        payload = ("C", code, is_ambiguous, 0) if kind == "C" else ("O", code)
        lexicon.add(alias, payload, case_sensitive=is_ambiguous)
    for alias in data.get("aliases_ru", ()):
        is_ambiguous = alias.lower() in ambiguous
        stem = len(alias.rstrip("!").split()[-1])
        payload = ("C", code, is_ambiguous, stem) if kind == "C" else ("O", code)
        lexicon.add(_russian_phrase(alias), payload)
    for acronym in data.get("acronyms", ()):
        lexicon.add(acronym, ("C", code, False, 0) if kind == "C" else ("O", code),
                    case_sensitive=True)


# a group named by its leaders: "Central Asian presidents", «лидеры Центральной Азии»
GROUP_LEADERS: Final = ("leader", "president", "heads", "лидер", "президент", "глав")


def _add_pairs(
    lexicon: Lexicon, pairs: tuple[Iterable[str], Iterable[str]], payload: tuple[Any, ...]
) -> None:
    english, russian = pairs
    lexicon.add_all(english, payload)
    lexicon.add_all(russian, payload)


def _single_word_cues() -> dict[str, list[tuple[Any, ...]]]:
    """One-word alignment cues, a word or a stem (ending in ``*``) → their payloads."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for label, (weight, english, russian) in CUES.items():
        for phrase in chain(english, russian):
            if " " not in phrase:
                found.setdefault(phrase.lower(), []).append(("T", weight, label))
    return found


def _cues_within(
    phrase: str, cues: Mapping[str, list[tuple[Any, ...]]]
) -> list[tuple[Any, ...]]:
    """The one-word cues that the words of a longer ``phrase`` would be on their own."""
    words = phrase.lower().split()
    if len(words) < 2:
        return []
    found: list[tuple[Any, ...]] = []
    for word in words:
        if word in SENSE_CHANGES:
            continue
        bare = word.rstrip("*")
        for length in range(len(bare), max(0, len(bare) - MAX_ENDING) - 1, -1):
            if length == len(bare) and word in cues:
                found += cues[word]
                break
            if bare[:length] + "*" in cues:
                found += cues[bare[:length] + "*"]
                break
    return found


def build_lexicon(
    countries: Mapping[str, Mapping[str, Any]], orgs: Mapping[str, Mapping[str, Any]]
) -> Lexicon:
    """One lexicon for places, blocs, cues, triggers, modality and roles."""
    lexicon = Lexicon(digest=Digest)
    for code, data in countries.items():
        ambiguous = {alias.lower() for alias in data.get("ambiguous", ())}
        _add_place(lexicon, "C", code, data, ambiguous)
    for code, data in WORLD.items():
        if code not in countries:
            _add_place(lexicon, "C", code, data, set())
    for code, data in orgs.items():
        _add_place(lexicon, "O", code, data, set())
    for code, stems in BLOC_ADJECTIVES.items():
        if code in orgs:
            lexicon.add_all(stems, ("O", code))
    for phrase, members in GROUPS.items():
        for code in members:
            lexicon.add(phrase, ("C", code, False, 0))
        if any(word.startswith(GROUP_LEADERS) for word in phrase.lower().split()):
            lexicon.add(phrase, ("R", "leader"))  # "Central Asian leaders" meet: a summit
    for phrase, (members, org) in EXERCISES.items():
        for code in members:
            lexicon.add(phrase, ("C", code, False, 0))
        if org is not None and org in orgs:
            lexicon.add(phrase, ("O", org))
        lexicon.add(phrase, ("E", "exercise", "noun", False))
    for label, (weight, english, russian) in CUES.items():
        _add_pairs(lexicon, (english, russian), ("T", weight, label))
    for label, (weight, english, russian) in DOMESTIC.items():
        _add_pairs(lexicon, (english, russian), ("N", weight, label))
    for label, (_, verbs, objects) in PAIRS.items():
        _add_pairs(lexicon, verbs, ("S", label, "verb"))
        _add_pairs(lexicon, objects, ("S", label, "object"))
    # of the forms a court («суд») and a ship («судно») share, "суда" is mostly the
    # court's ("решение суда"), unless an adjective in the plural goes before it
    # (feeds/reading.py); "судов", "судам"… are mostly ships, and the court's list in
    # feeds/noise.py leaves them out
    lexicon.add("суда", ("N", DOMESTIC["court"][0], "court"))
    for kind, (english, russian) in VOICES.items():
        lexicon.add_all(english, ("V", kind))
        lexicon.add_all(russian, ("V", kind))
    for kind, forms in TRIGGERS.items():
        for tense, pairs in forms.items():
            _add_pairs(lexicon, pairs, ("E", kind, tense, False))
    for tense, pairs in MEETINGS.items():
        _add_pairs(lexicon, pairs, ("E", "summit", tense, True))
    single_cues = _single_word_cues()
    for modality, pairs in MODALS.items():
        for phrase in chain(*pairs):
            lexicon.add(phrase, ("M", modality))
            # the longest phrase wins a scan: a modal phrase keeps the cues of its words
            # ("agrees to cede villages", "in talks over the accord")
            for cue in _cues_within(phrase, single_cues):
                lexicon.add(phrase, cue)
    _add_pairs(lexicon, LEADER_ROLES, ("R", "leader"))
    _add_pairs(lexicon, OFFICIAL_ROLES, ("R", "official"))
    english, russian = LEADERS
    lexicon.add_all(english, ("R", "leader"))
    lexicon.add_all((_russian_phrase(name) for name in russian), ("R", "leader"))
    english, russian = OFFICIALS
    lexicon.add_all(english, ("R", "official"))
    lexicon.add_all((_russian_phrase(name) for name in russian), ("R", "official"))
    for code, words in CONTEXT.items():
        lexicon.add_all(words, ("X", code))
    lexicon.add_all(LOOKALIKES, ("Z",))
    return lexicon


BLOC_HINT_LENGTH: Final = 4
BLOC_HINT_MEMORY: Final = 100_000  # distinct words remembered, each way


class BlocHint:
    """A quick test for "could these words name a bloc?", for a quick no.

    The keys are the first letters of the first word of every bloc alias, lower-cased: a
    text none of whose tokens begins so names no bloc (the lexicon would find no more).
    Each word's answer is remembered, so a text costs a few set operations.
    """

    __slots__ = ("keys", "_yes", "_no")

    def __init__(self, keys: frozenset[str]) -> None:
        self.keys = keys
        self._yes: set[str] = set()  # words as written whose beginning is a key
        self._no: set[str] = set()

    def may_name_a_bloc(self, tokens: list[str]) -> bool:
        words = set(tokens)
        if not words.isdisjoint(self._yes):
            return True
        new = words - self._no
        if not new:
            return False
        if len(self._no) > BLOC_HINT_MEMORY or len(self._yes) > BLOC_HINT_MEMORY:
            self._yes.clear()
            self._no.clear()
        found = False
        for word in new:
            if word.lower()[:BLOC_HINT_LENGTH] in self.keys:
                self._yes.add(word)
                found = True
            else:
                self._no.add(word)
        return found


def bloc_hint(orgs: Mapping[str, Mapping[str, Any]]) -> BlocHint:
    """The ``BlocHint`` for these blocs' aliases and acronyms."""
    keys: set[str] = set()
    for data in orgs.values():
        for alias in [*data.get("aliases_en", ()), *data.get("aliases_ru", ())]:
            keys.add(tokenize_phrase(alias)[0].rstrip("*")[:BLOC_HINT_LENGTH])
        keys.update(acronym.lower()[:BLOC_HINT_LENGTH] for acronym in data.get("acronyms", ()))
    for code, phrases in BLOC_ADJECTIVES.items():
        if code in orgs:
            keys.update(tokenize_phrase(p)[0].rstrip("*")[:BLOC_HINT_LENGTH] for p in phrases)
    return BlocHint(frozenset(keys))
