"""A token lexicon: thousands of words and phrases looked up in one pass over a text.

Why not one big regular expression: Python's ``re`` tries a large alternation branch by
branch at every word start, which is many times slower than splitting the text into
tokens once and looking each token up in a dict.

Phrase syntax (one string per entry, words separated by spaces):

- ``treaty``      a whole word, case-insensitive;
- ``ратифи*``     a stem: the word may take up to four more letters (Russian inflection,
                  English plurals and tenses where the stem is safe);
- ``recall* ~ ambassador*``  ``~`` skips up to two words (not punctuation);
- ``CSTO``        with ``case_sensitive=True`` the text must spell the phrase exactly so.

Hyphens, quotes and apostrophes are not tokens, so "Nur-Sultan" and "Nur Sultan" are the
same phrase; sentence and clause punctuation are tokens, so no phrase matches across them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Abbreviations with dots (U.S., U.K.) are one token; then words; then clause punctuation.
TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+|[.;:!?,–—]|(?<= )-(?= )")
BOUNDARIES = frozenset(".;:!?–—-")  # a hard clause boundary; "," is a soft one
MAX_ENDING = 4
GAP = "~"
MAX_GAP = 2


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon phrase found at tokens ``start`` (inclusive) to ``end`` (exclusive)."""

    start: int
    end: int
    payloads: tuple[Any, ...]


@dataclass(slots=True)
class _Node:
    """One step of the phrase trie: the next word, exact or stem, or a gap."""

    exact: dict[str, _Node] = field(default_factory=dict)
    stems: dict[str, _Node] = field(default_factory=dict)
    gap: _Node | None = None
    payloads: list[tuple[Any, bool, str]] = field(default_factory=list)  # (payload, cs, phrase)


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text)


class Lexicon:
    """Phrases compiled into a word trie; ``scan`` finds the leftmost-longest matches."""

    def __init__(self) -> None:
        self._root = _Node()
        self._prefixes: set[str] = set()  # first four letters of every first word
        self._short: set[str] = set()  # first words (or stems) shorter than four letters

    def add(self, phrase: str, payload: Any, *, case_sensitive: bool = False) -> None:
        words = tokenize_phrase(phrase)
        if not words:
            raise ValueError(f"empty lexicon phrase: {phrase!r}")
        first = words[0].rstrip("*")
        if len(first) >= MAX_ENDING:
            self._prefixes.add(first[:MAX_ENDING])
        else:
            self._short.add(first)
        node = self._root
        for word in words:
            if word == GAP:
                node.gap = node.gap or _Node()
                node = node.gap
            elif word.endswith("*"):
                node = node.stems.setdefault(word[:-1], _Node())
            else:
                node = node.exact.setdefault(word, _Node())
        node.payloads.append((payload, case_sensitive, phrase))

    def add_all(self, phrases: Iterable[str], payload: Any, *, case_sensitive: bool = False) -> None:
        for phrase in phrases:
            self.add(phrase, payload, case_sensitive=case_sensitive)

    def scan(self, tokens: Sequence[str], originals: Sequence[str] | None = None) -> list[Hit]:
        """Leftmost-longest hits over lower-cased ``tokens``; ``originals`` for exact case."""
        hits: list[Hit] = []
        prefixes, short, root = self._prefixes, self._short, self._root
        count = len(tokens)
        index = 0
        while index < count:
            token = tokens[index]
            if not (
                token[:4] in prefixes
                or token[:3] in short
                or token[:2] in short
                or token[:1] in short
            ):
                index += 1
                continue
            best_end = -1
            best: list[Any] = []
            for end, node in _matches(root, tokens, index):
                payloads = [
                    payload
                    for payload, case_sensitive, phrase in node.payloads
                    if not case_sensitive or _same_case(phrase, originals, index, end)
                ]
                if not payloads:
                    continue
                if end > best_end:
                    best_end, best = end, payloads
                elif end == best_end:
                    best.extend(payloads)
            if best_end > index:
                hits.append(Hit(index, best_end, tuple(best)))
                index = best_end
            else:
                index += 1
        return hits


def _step(node: _Node, token: str) -> list[_Node]:
    """The children of ``node`` that the word ``token`` matches, exactly or by stem."""
    found: list[_Node] = []
    following = node.exact.get(token)
    if following is not None:
        found.append(following)
    if node.stems:
        length = len(token)
        for cut in range(max(1, length - MAX_ENDING), length + 1):
            following = node.stems.get(token[:cut])
            if following is not None:
                found.append(following)
    return found


def _matches(node: _Node, tokens: Sequence[str], index: int) -> list[tuple[int, _Node]]:
    """Every (end, node with payloads) reachable from ``node`` by words from ``tokens[index]``."""
    results: list[tuple[int, _Node]] = []
    pending = [(node, index)]
    count = len(tokens)
    while pending:
        current, position = pending.pop()
        starts = [(current, position)]
        if current.gap is not None:
            # the gap's continuation may start 0, 1 or 2 words later
            skip = position
            starts.append((current.gap, skip))
            for _ in range(MAX_GAP):
                if skip >= count or not tokens[skip][:1].isalnum():
                    break
                skip += 1
                starts.append((current.gap, skip))
        for start_node, start in starts:
            if start >= count:
                continue
            for following in _step(start_node, tokens[start]):
                if following.payloads:
                    results.append((start + 1, following))
                if following.exact or following.stems or following.gap is not None:
                    pending.append((following, start + 1))
    return results


def tokenize_phrase(phrase: str) -> list[str]:
    """A phrase's words as the scanner sees them, keeping ``*`` stems and ``~`` gaps."""
    words: list[str] = []
    for word in phrase.lower().split():
        if word == GAP:
            words.append(GAP)
            continue
        stem = word.endswith("*")
        parts = tokenize(word.rstrip("*"))
        if stem and parts:
            parts[-1] += "*"
        words.extend(parts)
    return words


def _same_case(phrase: str, originals: Sequence[str] | None, start: int, end: int) -> bool:
    if originals is None:
        return True
    return " ".join(originals[start:end]) == " ".join(tokenize(phrase))
