"""The quicker stand-ins for feedparser's internals (feeds/feedparser_speedups.py) answer
exactly as feedparser's own code does: key by key, copy by copy, URL by URL, and feed by
feed."""

from __future__ import annotations

import copy
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import feedparser
import pytest
from feedparser.util import FeedParserDict

import feeds.parse  # noqa: F401  (installs the quicker methods, as the poller does)
from feeds import feedparser_speedups
from feeds.parse import strip_doctype_subset
from tests.hostile import payloads
from tests.test_parse import ATOM, CORPUS, RSS

DEMO = Path(__file__).resolve().parents[1] / "feeds" / "demo"
# feedparser's computed keys, its aliases, and ordinary ones
KEYS: list[Any] = ["category", "enclosures", "license", "updated", "updated_parsed",
                   *sorted(FeedParserDict.keymap), "title", "summary", "subtitle", "href",
                   "links", "tags", "published", "published_parsed", "rel", "term", "value",
                   "type", "missing", 7, ("a",)]
STRING_KEYS = [key for key in KEYS if isinstance(key, str)]


def _samples() -> list[FeedParserDict]:
    enclosure = FeedParserDict(rel="enclosure", href="https://a.test/e.mp3", type="audio/mpeg")
    plain = [
        {},
        {"title": "T", "summary": "S", "subtitle": "Sub"},
        {"subtitle": "only a subtitle", "href": "h"},
        {"published": "p", "published_parsed": (2025, 1, 1)},
        {"updated": "u", "published": "p", "updated_parsed": (2024,), "published_parsed": (2025,)},
        {"tags": [FeedParserDict(term="politics")],
         "links": [enclosure, FeedParserDict(rel="license", href="L")]},
        {"tags": [], "links": [FeedParserDict(rel="alternate")]},
        {"links": [FeedParserDict(rel="license")], "rights": "R", "id": "guid"},
    ]
    return [FeedParserDict(sample) for sample in plain]


@contextmanager
def _feedparsers_own() -> Iterator[None]:
    feedparser_speedups.uninstall()
    try:
        yield
    finally:
        feedparser_speedups.install()


def _outcome(call: Callable[[], Any]) -> tuple[Any, list[str]]:
    """What a call returns or raises, and the warnings it gives."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value: Any = call()
        except Exception as error:  # the exception's type is part of the answer
            value = ("raised", type(error).__name__)
    return value, [str(warning.message) for warning in caught]


def _both(call: Callable[[], Any]) -> tuple[Any, Any]:
    with _feedparsers_own():
        theirs = _outcome(call)
    return theirs, _outcome(call)


def test_installed_on_the_series_it_was_checked_against() -> None:
    assert feedparser_speedups.supported()
    assert FeedParserDict.__getitem__ is feedparser_speedups.REPLACEMENTS["__getitem__"]
    assert feedparser.mixin._urljoin is feedparser_speedups._urljoin
    assert not feedparser_speedups.supported("6.1.0")
    assert not feedparser_speedups.supported("7.0.0")


READS: list[Callable[[FeedParserDict, Any], Any]] = [
    lambda entry, key: entry[key],
    lambda entry, key: entry.get(key),
    lambda entry, key: entry.get(key, "default"),
    lambda entry, key: key in entry,
    lambda entry, key: getattr(entry, key),
]


@pytest.mark.parametrize("key", KEYS, ids=repr)
def test_every_key_reads_the_same(key: Any) -> None:
    for sample in _samples():
        for read in READS:
            theirs, ours = _both(partial(read, sample, key))
            assert ours == theirs, (sample, key)


@pytest.mark.parametrize("key", STRING_KEYS)
def test_every_key_is_written_where_feedparser_writes_it(key: str) -> None:
    def write() -> dict[str, Any]:
        entry = FeedParserDict(title="T")
        entry[key] = "value"
        entry.setdefault(key, "other")
        entry.setdefault("fresh", "set")
        return dict(entry)

    theirs, ours = _both(write)
    assert ours == theirs


def test_deep_copies_are_equal_separate_and_keep_shared_parts_shared() -> None:
    shared = ["one", "two"]
    sample = FeedParserDict(type="text/html", language=None, base="", value="x")
    sample["nested"] = FeedParserDict(list=shared, again=shared)
    sample.note = "an attribute"

    def deep_copy() -> tuple[Any, ...]:
        double = copy.deepcopy(sample)
        double["nested"]["list"].append("three")
        return (
            type(double), type(double["nested"]), dict(double) == dict(sample),
            double["nested"]["again"], sample["nested"]["list"], double.__dict__,
            double["nested"]["list"] is double["nested"]["again"],
        )

    theirs, ours = _both(deep_copy)
    assert ours == theirs
    assert ours[0][3] == ["one", "two", "three"]  # the copy's shared list, changed once
    assert ours[0][4] == ["one", "two"]  # the original's list, never touched


BASES = ["", "https://b.test/feed/", "http://b.test", "javascript:x", "/relative/"]
URIS = ["", "x", "/p?q=1#f", "../up", "http://a.test", "http:///a.test//b", "HTTPS://A.test/x",
        "https:////a.test", "javascript:alert(1)", "mailto:a@b.test", " http://a.test",
        "//a.test/p", "ftp://a.test/", "a://", "://", "http://[::1/", "тест://пример"]


@pytest.mark.parametrize("base", BASES)
def test_every_url_joins_the_same(base: str) -> None:
    for uri in URIS:
        theirs, ours = _both(lambda: feedparser.mixin._urljoin(base, uri))  # noqa: B023
        assert ours == theirs, (base, uri)


def _plain(value: Any) -> Any:
    """A parse result as comparable plain data: types kept, exceptions as their text."""
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda item: str(item[0]))
        return type(value).__name__, [(key, _plain(inner)) for key, inner in items]
    if isinstance(value, list | tuple):
        return type(value).__name__, [_plain(inner) for inner in value]
    if isinstance(value, BaseException):
        return type(value).__name__, str(value)
    return value


def _documents() -> list[bytes]:
    built = [payloads.markup_feed(), payloads.links_feed(), payloads.dates_feed(),
             payloads.duplicate_guids_feed(), payloads.empty_title_feed(),
             payloads.good_feed("plain"), payloads.HTML_PAGE]
    demo = [path.read_bytes() for path in sorted(DEMO.iterdir())
            if path.suffix in (".xml", ".atom")]
    return [RSS, ATOM, *built, *demo]


def _parse_both_ways(body: bytes) -> tuple[Any, Any]:
    def ours() -> Any:  # the poller's options
        return _plain(feedparser.parse(strip_doctype_subset(body), sanitize_html=False,
                                       resolve_relative_uris=False,
                                       response_headers={"content-type": "application/xml"}))

    def stock() -> Any:  # feedparser's defaults, with a base to resolve against
        return _plain(feedparser.parse(strip_doctype_subset(body), response_headers={
            "content-type": "application/rss+xml", "content-location": "https://b.test/f"}))

    return _both(lambda: (ours(), stock()))


def test_whole_feeds_parse_the_same() -> None:
    for body in _documents():
        theirs, ours = _parse_both_ways(body)
        assert ours == theirs


def test_real_and_test_suite_feeds_parse_the_same() -> None:
    files = sorted(
        path
        for folder in ("feedparser-tests", "realfeeds")
        for path in (CORPUS / folder).rglob("*")
        if path.is_file()
    )
    if len(files) < 100:
        pytest.skip("../shared/corpus is not here")
    differ = [path.name for path in files
              if (pair := _parse_both_ways(path.read_bytes()))[0] != pair[1]]
    assert differ == []
