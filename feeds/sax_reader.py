"""The SAX driver feedparser's strict parser gets: defusedxml's expat reader, buffered and
told to skip what blocwatch never reads.

``xml.sax.make_parser`` imports a driver module by name and calls its ``create_parser``;
``feeds.parse`` puts this module first in feedparser's list. defusedxml refuses entity
declarations and external references. On top of that:

- expat is told to buffer character data: without it, every entity in an escaped HTML
  description (``&lt;p&gt;``) ends one text callback and starts another, and feedparser
  pays a Python call and a dictionary lookup for each piece — a quarter of its time on a
  typical news feed. The text it assembles is the same either way.
- elements whose data blocwatch never uses are not handed to feedparser at all: an item's
  full text (``content:encoded``, Atom ``content``) once the item already has a summary,
  and categories. A news feed's full text is most of its bytes, and feedparser's handling
  of it (content detection, copies, joins) was 40 % of its time per entry. ``parse_feed``
  reads the full text only when an entry has no summary, so its output is the same.
"""

from __future__ import annotations

from typing import Any
from xml.sax.xmlreader import AttributesNSImpl

from defusedxml.expatreader import DefusedExpatParser

# Characters expat gathers before it must hand text over (its default is 8 KiB).
TEXT_BUFFER = 1 << 16

# Elements by (namespace, local name). Expat names them "uri local prefix" (the prefix as
# written, "uri local" in a default namespace, "local" in none): see ``_name``.
ATOM = "http://www.w3.org/2005/Atom"
# An entry's full text: skipped when the entry already has a summary.
FULL_TEXT = frozenset({("http://purl.org/rss/1.0/modules/content/", "encoded"), (ATOM, "content")})
# Always skipped: categories and subjects become feedparser's tags, which nothing reads.
UNUSED = frozenset(
    {(None, "category"), (ATOM, "category"), ("http://purl.org/dc/elements/1.1/", "subject")}
)
PASS, SKIP, SKIP_IF_SUMMARY = 0, 1, 2
# expat's name → (what to do, the (namespace, local name) pair SAX hands on); a feed uses
# a few dozen names, and splitting each one again at every element was a tenth of the
# reader's own time
_NAMES: dict[str, tuple[int, tuple[str | None, str]]] = {}
_NAMES_LIMIT = 4096  # a hostile feed may invent names without end
_NO_ATTRIBUTES = AttributesNSImpl({}, {})  # read-only for feedparser: one for every element
# feedparser's open elements whose text it throws away: whitespace between an item's
# children lands there and is joined, stripped and dropped
_TEXTLESS = frozenset({"item"})


def _name(name: str) -> tuple[int, tuple[str | None, str]]:
    known = _NAMES.get(name)
    if known is None:
        parts = name.split(" ")
        # as xml.sax.expatreader pairs them: "uri local prefix", "uri local" or "local"
        pair = (parts[0], parts[1]) if len(parts) > 1 else (None, name)
        kind = SKIP if pair in UNUSED else SKIP_IF_SUMMARY if pair in FULL_TEXT else PASS
        known = (kind, pair)
        if len(_NAMES) < _NAMES_LIMIT:
            _NAMES[name] = known
    return known


class BufferedDefusedExpatParser(DefusedExpatParser):  # type: ignore[misc]
    def reset(self) -> None:
        super().reset()
        self._parser.buffer_text = True
        self._parser.buffer_size = TEXT_BUFFER
        self._skipping = 0  # depth inside a skipped element; 0 when not skipping
        # feedparser's stack of open elements, if it has one (read, never changed)
        self._open: list[Any] | None = getattr(self._cont_handler, "elementstack", None)
        self._text = self._cont_handler.characters
        if isinstance(self._open, list):
            self._parser.CharacterDataHandler = self._characters

    def _characters(self, data: str) -> None:
        """Hand text on, except whitespace that feedparser would throw away: between an
        item's children, or outside any element it keeps text for."""
        if data.isspace():
            open_elements = self._open
            if not open_elements or open_elements[-1][0] in _TEXTLESS:
                return
        self._text(data)

    def start_element_ns(self, name: str, attrs: Any) -> None:
        if self._skipping:
            self._skipping += 1
            return
        kind, pair = _name(name)
        if kind == SKIP or (kind == SKIP_IF_SUMMARY and self._summary_known()):
            self._skipping = 1
            self._parser.CharacterDataHandler = None  # pyexpat flushes its buffer first
            return
        if attrs:
            super().start_element_ns(name, attrs)
        else:
            self._cont_handler.startElementNS(pair, None, _NO_ATTRIBUTES)

    def end_element_ns(self, name: str) -> None:
        if self._skipping:
            self._skipping -= 1
            if not self._skipping:
                self._parser.CharacterDataHandler = (
                    self._characters if isinstance(self._open, list) else self._text
                )
            return
        self._cont_handler.endElementNS(_name(name)[1], None)

    def _summary_known(self) -> bool:
        """Whether the entry being parsed has a non-empty summary already.

        If so, feedparser would only file the full text under ``content`` (its summary
        stays) and mark the entry as having content, which a later ``description`` looks
        at: that mark is set here, so skipping changes nothing else.
        """
        handler = self._cont_handler
        entries = getattr(handler, "entries", None)
        if not getattr(handler, "inentry", False) or getattr(handler, "insource", True):
            return False
        if not entries or not dict.get(entries[-1], "summary"):
            return False
        handler.hasContent = 1
        return True


def create_parser(*args: Any, **kwargs: Any) -> BufferedDefusedExpatParser:
    return BufferedDefusedExpatParser(*args, **kwargs)
