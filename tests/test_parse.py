"""Feed parsing: what the SAX driver skips (full text, categories) never changes an entry."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import feeds.sax_reader
from feeds.parse import ParsedFeed, parse_feed

FETCHED = datetime(2026, 11, 28, tzinfo=UTC)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

RSS = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:c="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire</title><category>News</category>
<item><title>Summary first</title><link>https://wire.test/1</link>
  <description>Tashkent and Moscow signed the programme.</description>
  <category>Politics</category><dc:subject>Defence</dc:subject>
  <content:encoded><![CDATA[<p>The full text, which nobody reads.</p>]]></content:encoded></item>
<item><title>Full text first</title><link>https://wire.test/2</link>
  <content:encoded><![CDATA[<p>Full text two.</p>]]></content:encoded>
  <description>Description two.</description></item>
<item><title>Empty description</title><link>https://wire.test/3</link>
  <description>  </description><c:encoded>Full text three, under another prefix.</c:encoded></item>
<item><title>No description</title><link>https://wire.test/4</link>
  <content:encoded><![CDATA[<p>Full text <b>four</b>.</p>]]></content:encoded></item>
<item><title>Two descriptions</title><link>https://wire.test/5</link>
  <description>First.</description><content:encoded>Full five.</content:encoded>
  <description>Second.</description></item>
<item><title>Nested</title><link>https://wire.test/6</link><description>Six.</description>
  <content:encoded><x:y xmlns:x="urn:x">in<x:z>deep</x:z></x:y>tail</content:encoded>
  <dc:creator>Ann Lee</dc:creator><pubDate>Thu, 20 Nov 2025 01:45:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:f</id>
<entry><title>Summary then content</title><id>urn:1</id><link href="https://a.test/1"/>
  <summary>Summary one.</summary><category term="politics"/>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body one.</p></div></content>
  <updated>2025-01-01T00:00:00Z</updated></entry>
<entry><title>Content only</title><id>urn:2</id><link href="https://a.test/2"/>
  <content type="html">&lt;p&gt;Body two.&lt;/p&gt;</content></entry>
<entry><title>Empty summary</title><id>urn:3</id><summary type="html"></summary>
  <content type="text">Body three.</content><author><name>Bob</name></author></entry>
</feed>"""


def _parse(body: bytes) -> ParsedFeed:
    return parse_feed(body, url="https://wire.test/feed", content_type=None, fetched_at=FETCHED)


def _parse_everything(body: bytes, monkeypatch: pytest.MonkeyPatch) -> ParsedFeed:
    """The same parse with nothing skipped: every element and every piece of text
    (whitespace too) reaches feedparser."""
    reader = feeds.sax_reader
    name = reader._name
    with monkeypatch.context() as patch:
        patch.setattr(reader, "_name", lambda expat_name: (reader.PASS, name(expat_name)[1]))
        patch.setattr(reader.BufferedDefusedExpatParser, "_characters",
                      lambda self, data: self._text(data))
        return _parse(body)


def test_summaries_come_from_the_description_or_else_the_full_text() -> None:
    summaries = {entry.title: entry.summary for entry in _parse(RSS).entries}
    assert summaries == {
        "Summary first": "Tashkent and Moscow signed the programme.",
        "Full text first": "Description two.",
        "Empty description": "Full text three, under another prefix.",
        "No description": "Full text four.",
        "Two descriptions": "Second.",
        "Nested": "Six.",
    }
    atom = {entry.title: entry.summary for entry in _parse(ATOM).entries}
    assert atom == {
        "Summary then content": "Summary one.",
        "Content only": "Body two.",
        "Empty summary": "Body three.",
    }


@pytest.mark.parametrize("body", [RSS, ATOM], ids=["rss", "atom"])
def test_skipping_unread_elements_changes_no_entry(
    body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _parse(body) == _parse_everything(body, monkeypatch)


def test_skipping_changes_nothing_on_real_and_test_suite_feeds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """feedparser's own test documents and the real feeds parse the same either way.

    One exception, on purpose: an ``<image>`` nested inside a ``<category>`` no longer
    lends its title to an untitled item.
    """
    files = sorted(
        path
        for folder in ("feedparser-tests", "realfeeds")
        for path in (CORPUS / folder).rglob("*")
        if path.is_file() and path.name != "item_category_image.xml"
    )
    if len(files) < 100:
        pytest.skip("../shared/corpus is not here")
    differ = [
        path.name
        for path in files
        if _parse(body := path.read_bytes()) != _parse_everything(body, monkeypatch)
    ]
    assert differ == []
