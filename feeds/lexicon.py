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

Russian writes "ё" or "е" as the writer pleases («партнёр», «партнер»): the two letters
match each other, in phrases and in the text.

Hyphens, quotes and apostrophes are not tokens, so "Nur-Sultan" and "Nur Sultan" are the
same phrase; sentence and clause punctuation are tokens, so no phrase matches across them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

# Abbreviations with dots (U.S., U.K.) are one token; then words; then clause punctuation.
# A dash between two words joins them, as a hyphen does ("Aliyev–Pashinyan meeting",
# "2024–2026"); only a dash with a space or an end beside it marks a clause.
# An abbreviation ("U.S.") and a capital's initial ("S. Korea", "V. Putin") are one token:
# their full stop ends no sentence. A currency sign after capitals ("US$", "HK$") is kept
# with them: "US$1.5 billion" is an amount, not the United States.
TOKEN: Final = re.compile(
    r"[^\W\d_](?:\.[^\W\d_])+\.|[A-ZА-ЯЁ]\.(?=\s|$)|[A-Z]{1,3}\$|\w+|[.;:!?,]|(?<!\w)[–—]"
    r"|[–—](?!\w)"
    r"|(?<= )-(?= )"
)
# a markup tag that feeds carry (Rich/Textual or BBCode-like: "[/]", "[@click=…]",
# "[link=…]", "[url=…]"); an editor's bracket ("[Armenia] will leave") has neither "=",
# "@" nor a leading "/", so it stays a word
MARKUP_TAG: Final = re.compile(r"\[(?:/[^\[\]\s]*|@[^\[\]\s]*|\w+=[^\[\]\s]*)\]")
BOUNDARIES: Final = frozenset(".;:!?–—-")  # a hard clause boundary; "," is a soft one
MAX_ENDING: Final = 4
GAP: Final = "~"
MAX_GAP: Final = 2
# spelled as titles and text write them, so no word is lowered in the scanner's hot loop
GAP_FREE: Final = frozenset(
    spelling
    # "s" is a possessive's ending, cut off by the tokenizer: "becomes SCO's 10th member"
    for word in ("a", "an", "the", "its", "his", "her", "their", "s")
    for spelling in (word, word.capitalize(), word.upper())
)


Hit = tuple[int, int, Any]  # (first token, token after the last, digest of the payloads)
FIRST_CACHE_LIMIT: Final = 200_000  # distinct tokens remembered between calls
CHUNK_CACHE_LIMIT: Final = 200_000  # distinct space-separated chunks remembered between calls
STEM_KEY: Final = 3  # the next word's first letters tell whether a phrase can go on
_NOTHING: tuple[()] = ()  # what a token that starts no phrase starts
_UNSEEN: Final = object()  # a next word not met yet after this token
PAIR_CACHE_LIMIT: Final = 5_000  # next words remembered per token
YO: Final = "ё"  # matched as "е"
YE: Final = "е"


@dataclass(slots=True)
class _Node:
    """One step of the phrase trie: the next word, exact or stem, or a gap."""

    exact: dict[str, _Node] = field(default_factory=dict)
    stems: dict[str, _Node] = field(default_factory=dict)
    gap: _Node | None = None
    gapped: bool = False  # reached through a gap: the skipped words are scanned again
    plain: tuple[Any, ...] = ()  # payloads of phrases ending here, any case
    cased: tuple[tuple[Any, tuple[str, ...]], ...] = ()  # (payload, exact spelling)
    has_children: bool = False
    only_exact: bool = True  # every continuation is an exact word (no stem, no gap)


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text)


def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    # a lone hyphen is a token between two spaces; ``tokens`` drops it at either end
    if chunk == "-":
        return ("-",)
    if "[" in chunk:  # "[@click=app.quit]" is no word of the story: its "quit" is no exit
        chunk = MARKUP_TAG.sub(" ", chunk)
    return tuple(TOKEN.findall(chunk))


class Lexicon:
    """Phrases compiled into a word trie; ``scan`` finds the leftmost-longest matches.

    What each distinct token starts is cached: news vocabulary repeats, so most tokens
    cost one dict lookup. A hit carries a digest of its payloads (``digest(payloads)``,
    computed once per distinct set of payloads), so readers do not sort payloads again.
    """

    def __init__(self, digest: Callable[[tuple[Any, ...]], Any] | None = None) -> None:
        self._root = _Node()
        self._first: dict[str, Any] = {}  # token -> _NOTHING or (single, longer, nexts, pairs)
        self._chunks: dict[str, tuple[str, ...]] = {}
        self._digest = digest or _same
        self._digests: dict[tuple[Any, ...], Any] = {}

    def add(self, phrase: str, payload: Any, *, case_sensitive: bool = False) -> None:
        words = tokenize_phrase(phrase)
        if not words or words[0] == GAP:
            raise ValueError(f"bad lexicon phrase: {phrase!r}")
        node = self._root
        gapped = False
        for word in words:
            node.has_children = True
            if word == GAP:
                gapped = True
                node.only_exact = False
                node.gap = node.gap or _Node(gapped=True)
                node = node.gap
            elif word.endswith("*"):
                node.only_exact = False
                node = node.stems.setdefault(word[:-1], _Node(gapped=gapped))
            else:
                node = node.exact.setdefault(word, _Node(gapped=gapped))
        if case_sensitive:
            node.cased += ((payload, tuple(tokenize(phrase))),)
        elif payload not in node.plain:
            node.plain += (payload,)
        self._first.clear()
        self._digests.clear()

    def add_all(
        self, phrases: Iterable[str], payload: Any, *, case_sensitive: bool = False
    ) -> None:
        for phrase in phrases:
            self.add(phrase, payload, case_sensitive=case_sensitive)

    def digest(self, payloads: tuple[Any, ...]) -> Any:
        found = self._digests.get(payloads)
        if found is None:
            found = self._digests[payloads] = self._digest(payloads)
        return found

    def tokens(self, text: str) -> list[str]:
        """``tokenize(text)``, put together from the cached tokens of its chunks.

        No token spans a space (nor does the context a token's pattern looks at, bar a
        lone hyphen's), so the text's tokens are its space-separated chunks' tokens in
        order; news vocabulary repeats, so most chunks cost one dict lookup.
        """
        chunks = text.split(" ")
        known = self._chunks
        found: list[str] = []
        for chunk in chunks:  # a plain loop beats map, "None in" and chain, compiled or not
            part = known.get(chunk)
            if part is None:
                if len(known) > CHUNK_CACHE_LIMIT:
                    known.clear()
                part = known[chunk] = _chunk_tokens(chunk)
            found += part
        # "- " at the start and " -" at the end: a hyphen needs a space on both sides
        if chunks[-1] == "-" and len(chunks) > 1:
            found.pop()
        if chunks[0] == "-":
            del found[0]
        return found

    def scan(self, tokens: list[str]) -> list[Hit]:
        """Leftmost-longest hits over ``tokens`` as written (matching ignores case)."""
        hits: list[Hit] = []
        first = self._first
        last = len(tokens) - 1
        resume = 0  # the token after the last hit: words inside a hit are not scanned
        for index in range(len(tokens)):  # a plain loop, as in ``tokens``
            if index < resume:
                continue
            token = tokens[index]
            entry = first.get(token)
            if entry is None:
                if len(first) > FIRST_CACHE_LIMIT:
                    first.clear()
                entry = first[token] = self._first_entry(token)
            if not entry:  # the token starts no phrase
                continue
            single, longer, nexts, pairs = entry
            if longer and index < last:
                if pairs is not None:  # only two-word phrases: the next word decides
                    following = tokens[index + 1]
                    digest = pairs.get(following, _UNSEEN)
                    if digest is _UNSEEN:
                        digest = self._pair(longer, nexts, pairs, tokens, index)
                    if digest is not None:
                        hits.append((index, index + 2, digest))
                        resume = index + 2
                        continue
                elif nexts is None or tokens[index + 1].lower()[:STEM_KEY] in nexts:
                    match = _longest(longer, tokens, index)
                    if match is not None:
                        end, payloads, gapped = match
                        hits.append((index, end, self.digest(payloads)))
                        # words a gap skipped ("becomes [BRICS] partner") may be names
                        resume = index + 1 if gapped else end
                        continue
            if single is not None:
                hits.append((index, index + 1, single))
        return hits

    def _pair(
        self,
        longer: tuple[tuple[_Node, int], ...],
        nexts: frozenset[str] | None,
        pairs: dict[str, Any],
        tokens: Sequence[str],
        index: int,
    ) -> Any:
        """The digest of the two-word phrase at ``tokens[index]`` (or None), remembered."""
        following = tokens[index + 1]
        match = None
        if nexts is None or following.lower()[:STEM_KEY] in nexts:
            match = _longest(longer, tokens, index)
        if len(pairs) > PAIR_CACHE_LIMIT:
            pairs.clear()
        digest = pairs[following] = None if match is None else self.digest(match[1])
        return digest

    def _first_entry(self, token: str) -> Any:
        """For a token as written: the digest of the one-word phrase it is (or None), the
        trie nodes from which a longer phrase may go on, the first letters of the words
        that can follow (None when a gap or a very short stem can), and a memory of the
        two-word phrases by next word (None when a phrase may be longer)."""
        best_letters = -1
        best: tuple[Any, ...] = ()  # typed: compiled by mypyc, () alone would pin tuple[()]
        longer = []
        for node, letters in _step(self._root, token.lower()):
            payloads = _payloads(node, (token,), 0, 1)
            if payloads and letters > best_letters:
                best_letters, best = letters, payloads
            elif payloads and letters == best_letters:
                best += payloads
            if node.has_children:
                longer.append((node, letters))
        if not best and not longer:
            return _NOTHING
        keys = {word[:STEM_KEY] for node, _ in longer for word in node.exact}
        keys.update(stem[:STEM_KEY] for node, _ in longer for stem in node.stems)
        keys.update([spelled for key in keys if YE in key for spelled in _spellings(key)])
        nexts: frozenset[str] | None = frozenset(keys)
        if any(
            node.gap is not None or any(len(stem) < STEM_KEY for stem in node.stems)
            for node, _ in longer
        ):
            nexts = None
        # When every phrase it starts has two words, what follows is one word: its
        # digest is remembered for each next word as written (spelling and all).
        pairs: dict[str, Any] | None = None
        if longer and all(
            node.gap is None
            and not any(child.has_children for child in node.exact.values())
            and not any(child.has_children for child in node.stems.values())
            for node, _ in longer
        ):
            pairs = {}
        return (self.digest(best) if best else None), tuple(longer), nexts, pairs


def _longest(
    longer: tuple[tuple[_Node, int], ...], tokens: Sequence[str], index: int
) -> tuple[int, tuple[Any, ...], bool] | None:
    """The longest phrase of two words or more from ``tokens[index]``: (end, payloads,
    whether a gap was skipped), or None."""
    following = tokens[index + 1].lower()
    found: list[tuple[int, int, _Node]] = []
    for node, letters in longer:
        if node.gap is not None:
            found.extend(_matches(node, tokens, index + 1, letters))
            continue
        for child, more in _step(node, following):  # the usual case: the second word
            if child.plain or child.cased:
                found.append((index + 2, letters + more, child))
            if child.has_children:
                found.extend(_matches(child, tokens, index + 2, letters + more))
    best_end, best_weight, gapped = -1, -1, False
    best: tuple[Any, ...] = ()
    for end, weight, deeper in found:
        payloads = _payloads(deeper, tokens, index, end)
        if not payloads:
            continue
        if (end, weight) > (best_end, best_weight):
            best_end, best_weight, best = end, weight, payloads
            gapped = deeper.gapped
        elif (end, weight) == (best_end, best_weight):
            best += payloads
    return (best_end, best, gapped) if best_end > 0 else None


def _same(payloads: tuple[Any, ...]) -> tuple[Any, ...]:
    return payloads


def _payloads(node: _Node, tokens: Sequence[str], start: int, end: int) -> tuple[Any, ...]:
    if not node.cased:
        return node.plain
    spelled = tuple(tokens[start:end])
    return node.plain + tuple(payload for payload, exact in node.cased if exact == spelled)


def _spellings(key: str) -> list[str]:
    """A word's first letters with each "е" written either way: the next word's first
    letters are checked as written, and «ёмкость» must find the phrases of «емкость»."""
    spelled = [""]
    for letter in key:
        spelled = [start + letter for start in spelled] + (
            [start + YO for start in spelled] if letter == YE else []
        )
    return spelled


def _step(node: _Node, token: str) -> list[tuple[_Node, int]]:
    """The children of ``node`` that ``token`` matches, with the letters they spell out."""
    if YO in token:
        token = token.replace(YO, YE)
    found: list[tuple[_Node, int]] = []
    length = len(token)
    following = node.exact.get(token)
    if following is not None:
        found.append((following, length + 1))  # an exact word beats a stem of the same length
    if node.stems:
        for cut in range(max(1, length - MAX_ENDING), length + 1):
            following = node.stems.get(token[:cut])
            if following is not None:
                found.append((following, cut))
    return found


def _matches(
    node: _Node, tokens: Sequence[str], index: int, weight: int
) -> list[tuple[int, int, _Node]]:
    """Every (end, letters matched, node) reachable from ``node`` by words from ``index``.

    Among matches ending at the same token the one that spells out more letters wins:
    "Нигерия" is Nigeria (stem "Нигери"), not Niger (stem "Нигер").
    """
    results: list[tuple[int, int, _Node]] = []
    pending = [(node, index, weight)]
    count = len(tokens)
    while pending:
        current, position, weight = pending.pop()
        starts = [(current, position)]
        if current.gap is not None:
            # the gap's continuation may start 0, 1 or 2 words later; an article, a
            # possessive or an acronym is no word of its own ("become a full EAEU member")
            skip = position
            starts.append((current.gap, skip))
            words = 0
            while words < MAX_GAP:
                if skip >= count or not tokens[skip][:1].isalnum():
                    break
                # nor is an acronym: "approves [EAEU] e-commerce agreement"
                words += not (tokens[skip] in GAP_FREE or tokens[skip].isupper())
                skip += 1
                starts.append((current.gap, skip))
        for start_node, start in starts:
            if start >= count or not (start_node.exact or start_node.stems):
                continue
            for following, letters in _step(start_node, tokens[start].lower()):
                if following.plain or following.cased:
                    results.append((start + 1, weight + letters, following))
                if following.has_children:
                    pending.append((following, start + 1, weight + letters))
    return results


def tokenize_phrase(phrase: str) -> list[str]:
    """A phrase's words as the scanner sees them, keeping ``*`` stems and ``~`` gaps."""
    words: list[str] = []
    for word in phrase.split():  # tokenized as written: "S. Korea"'s initial is one token
        if word == GAP:
            words.append(GAP)
            continue
        stem = word.endswith("*")
        parts = [part.lower().replace(YO, YE) for part in tokenize(word.rstrip("*"))]
        if stem and parts:
            parts[-1] += "*"
        words.extend(parts)
    return words
