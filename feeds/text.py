"""Turning untrusted feed text into plain, printable, bounded text.

Whatever a feed sends, what leaves this module has no HTML, no entities, no control
characters, no terminal escape sequences and no bidi overrides: it is safe to store,
print on a terminal and show in the dashboard as literal text.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

TITLE_MAX = 500
SUMMARY_MAX = 2_000

# Escape sequences first (so their parameters go too), then lone control characters.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?                # CSI ... final byte
    | \x9b[0-?]*[ -/]*[@-~]?                # 8-bit CSI
    | (?:\x1b\]|\x9d).*?(?:\x07|\x1b\\|\x9c|$)   # OSC ... BEL or ST
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f]).*?(?:\x1b\\|\x9c|$)  # DCS, SOS, PM, APC strings
    | \x1b[ -/]*[0-~]?                      # other ESC sequences
    """,
    re.VERBOSE | re.DOTALL,
)
# C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks, zero-width space,
# BOM, line/paragraph separators, lone surrogates and the interlinear annotation characters.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
_WHITESPACE = re.compile(r"[\s\u00a0\u2028\u2029]+")
_TAG_HINT = re.compile(r"<[a-zA-Z/!?]")


class _TextExtractor(HTMLParser):
    """Collects text nodes, dropping script/style content and keeping block breaks as spaces."""

    _SKIP = frozenset({"script", "style", "template", "noscript", "iframe", "object"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """Text content of an HTML fragment, entities decoded; plain text is only unescaped."""
    if not _TAG_HINT.search(text):
        return unescape(text) if "&" in text else text
    extractor = _TextExtractor()
    try:
        extractor.feed(text)
        extractor.close()
    except (AssertionError, ValueError):
        # HTMLParser gives up on some malformed declarations: fall back to dropping tags.
        return unescape(re.sub(r"<[^>]*>?", " ", text))
    return "".join(extractor.parts)


def remove_controls(text: str) -> str:
    """Drop terminal escape sequences and every invisible or control character."""
    return _INVISIBLE.sub("", _ESCAPE_SEQUENCE.sub("", text))


def clean_text(text: object, *, limit: int, html: bool = True) -> str:
    """Plain, single-line, printable text of at most ``limit`` characters."""
    if not isinstance(text, str):
        return ""
    if html:
        text = strip_html(text)
    # Controls are removed after decoding, so "&#x1b;[31m" cannot survive as a real ESC.
    text = remove_controls(text)
    text = _WHITESPACE.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text
