"""Turning untrusted feed text into plain, printable, bounded text.

Whatever a feed sends, what leaves this module has no HTML, no entities, no control
characters, no terminal escape sequences and no bidi overrides: it is safe to store,
print on a terminal and show in the dashboard as literal text.

HTML is removed by a small tokenizer that follows the HTML5 rules where they matter (an
unclosed comment, tag or quoted attribute runs to the end of the text). It is linear in
the length of its input: ``html.parser`` is quadratic on some malformed input (33,000
repetitions of ``<a `` took over a minute), and a feed may send megabytes of it.
"""

from __future__ import annotations

import re
from html import unescape

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
# One piece of markup. Every alternative that starts matching also finishes (at its
# terminator or at the end of the text) and the quantifiers are possessive, so a search
# never backtracks: each character is looked at a bounded number of times.
_MARKUP = re.compile(
    r"""
    <!--.*?(?:--!?>|\Z)                                  # comment
    | </(?P<end>[a-zA-Z][^\s/>]*+)[^>]*+(?:>|\Z)          # end tag
    | <[!?/][^>]*+(?:>|\Z)                               # doctype, CDATA, PI, odd end tag
    | <(?P<name>[a-zA-Z][^\s/>]*+)                       # start tag ...
      (?:[^>"'=]++|=\s*+"[^"]*+"?|=\s*+'[^']*+'?|[="'])*+  # ... attributes, quoted or not
      (?:>|\Z)
    """,
    re.VERBOSE | re.DOTALL,
)
# Elements that flow within a line of text: removing one must not split a word from the
# punctuation it touches ("<a>Ukraine</a>, Moldova" is "Ukraine, Moldova").
_INLINE = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var",
})
# Inline markup between text and one of these leaves no space.
_CLOSES_UP = frozenset(",.;:!?)]}%»”’'\"…")
_OPENS_UP = frozenset("([{«“‘'\"-/")
# Elements whose content is not text: skipped up to their end tag (or to the end).
_RAW_TEXT = frozenset({"script", "style", "template", "noscript", "iframe", "object", "xmp"})
_RAW_TEXT_END = {name: re.compile(rf"</{name}(?=[\s/>]|\Z)", re.IGNORECASE) for name in _RAW_TEXT}


def _remove_markup(text: str, *, decode: bool) -> str:
    """Text with every tag, comment and declaration replaced by a space.

    Not quite every one: a run of inline tags ("</strong></a>") next to punctuation
    leaves nothing, as a browser shows it ("Brigade</a>," reads "Brigade,"). Anywhere
    else even inline tags leave a space, since feeds style spans and links as blocks
    ("Independent</span><span>Kateryna").
    """
    parts: list[str] = []
    markup_since_text = block = False  # what lies between the last text and the next
    position = 0

    def add(segment: str) -> None:
        nonlocal markup_since_text, block
        if decode and "&" in segment:
            segment = unescape(segment)
        if not segment:
            return
        if markup_since_text:
            touches = segment[0] in _CLOSES_UP or (parts and parts[-1][-1] in _OPENS_UP)
            if block or not touches:
                parts.append(" ")
            markup_since_text = block = False
        parts.append(segment)

    while (markup := _MARKUP.search(text, position)) is not None:
        add(text[position : markup.start()])
        position = markup.end()
        start_name = (markup.group("name") or "").lower()
        markup_since_text = True
        block |= (start_name or (markup.group("end") or "").lower()) not in _INLINE
        if start_name in _RAW_TEXT:
            end = _RAW_TEXT_END[start_name].search(text, position)
            position = len(text) if end is None else end.start()
    add(text[position:])
    if markup_since_text:
        parts.append(" ")
    return "".join(parts)


def strip_html(text: str) -> str:
    """Text content of an HTML fragment, entities decoded; plain text is only unescaped."""
    if not _TAG_HINT.search(text):
        return unescape(text) if "&" in text else text
    return _remove_markup(text, decode=True)


def remove_controls(text: str) -> str:
    """Drop terminal escape sequences and every invisible or control character."""
    return _INVISIBLE.sub("", _ESCAPE_SEQUENCE.sub("", text))


def _already_clean(text: str, html: bool) -> bool:
    """Whether ``clean_text`` would return ``text`` unchanged (before the length cap).

    Why: most titles, ids, authors and links need nothing done, and proving it takes a
    few C-level checks instead of a dozen regular-expression passes (a poll cleans five
    fields of every item). ``str.isprintable`` is false for every control, format (bidi,
    zero-width, BOM), surrogate and separator character except the ASCII space, so
    nothing ``_INVISIBLE`` or ``_WHITESPACE`` matches can be in a printable text, apart
    from single inner spaces.
    """
    return (
        text.isprintable()
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and not (html and ("<" in text or "&" in text))
    )


def clean_text(text: object, *, limit: int, html: bool = True) -> str:
    """Plain, single-line, printable text of at most ``limit`` characters."""
    if not isinstance(text, str):
        return ""
    if _already_clean(text, html):
        return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return _clean(text, limit, html)


def _clean(text: str, limit: int, html: bool) -> str:
    if html:
        text = strip_html(text)
    # Controls are removed after decoding, so "&#x1b;[31m" cannot survive as a real ESC.
    # Every escape sequence starts with a character _INVISIBLE matches: one scan decides.
    if _INVISIBLE.search(text):
        text = remove_controls(text)
    if html and _TAG_HINT.search(text):
        # Escaped markup ("&lt;script&gt;") decodes to markup, and removing a control
        # character can join "<" to a letter: one more pass, without decoding, so what is
        # stored never contains a tag (an exported Markdown brief must not carry HTML).
        text = _remove_markup(text, decode=False)
    text = _WHITESPACE.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text
