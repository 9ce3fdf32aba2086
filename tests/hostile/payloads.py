"""Builders for hostile feed bodies. Everything is generated (nothing is downloaded).

Each builder returns the exact bytes a hostile server would send. The expectations that
go with them live in ``tests/test_hostile.py``; the figures in ``docs/RELIABILITY.md``.
"""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache
from html import escape

MEBIBYTE = 1 << 20
PUBDATE = "Fri, 27 Nov 2026 10:00:00 GMT"


def rss(
    items: list[dict[str, str]],
    *,
    title: str = "Hostile test feed",
    encoding: str = "utf-8",
    prolog: str = "",
    raw: bool = False,
) -> str:
    """An RSS 2.0 document; item values are XML-escaped unless ``raw``."""

    def value(text: str) -> str:
        return text if raw else escape(text, quote=False)

    body = []
    for item in items:
        fields = "".join(f"<{key}>{value(text)}</{key}>" for key, text in item.items())
        body.append(f"<item>{fields}</item>")
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>{prolog}\n'
        f'<rss version="2.0"><channel><title>{value(title)}</title>'
        f"<link>https://feeds.example/</link>{''.join(body)}</channel></rss>"
    )


def good_feed(name: str, count: int = 3) -> bytes:
    """An ordinary feed that must be stored next to the hostile ones."""
    return rss(
        [
            {
                "title": f"{name} headline {index}",
                "link": f"https://feeds.example/{name}/{index}",
                "description": f"<p>Plain summary {index} of {name}.</p>",
                "pubDate": PUBDATE,
            }
            for index in range(count)
        ],
        title=f"{name} feed",
    ).encode()


def billion_laughs() -> bytes:
    """Ten levels of ten references: 10^9 "lol"s if anything expanded them."""
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
    ]
    prolog = "\n<!DOCTYPE rss [\n" + "\n".join(levels) + "\n]>"
    return rss(
        [{"title": "&lol9;", "link": "https://feeds.example/laughs", "description": "&lol9;"}],
        prolog=prolog,
        raw=True,
    ).encode()


def quadratic_blowup(
    *, encoding: str = "utf-8", codec: str | None = None, broken_prolog: bool = False
) -> bytes:
    """One 20,000-character entity referenced 53,000 times: ~180 KB of UTF-8 that would
    expand to a billion characters (feedparser's loose parser expands it).

    ``broken_prolog`` puts a malformed comment before the DOCTYPE, so a strict parser
    stops before it reads the entity declaration and the loose parser gets the document.
    """
    prolog = "\n<!-- a -- b -->" if broken_prolog else ""
    prolog += f'\n<!DOCTYPE rss [\n<!ENTITY a "{"A" * 20_000}">\n]>'
    text = rss(
        [{"title": "&a;" * 53_000, "link": "https://feeds.example/quadratic"}],
        encoding=encoding,
        prolog=prolog,
        raw=True,
    )
    return text.encode(codec or encoding)


def external_entities(secret_path: str) -> bytes:
    """General and parameter external entities that name a local file."""
    uri = "file://" + secret_path
    prolog = (
        f'\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "{uri}">\n'
        f'<!ENTITY % remote SYSTEM "{uri}">\n%remote;\n]>'
    )
    return rss(
        [
            {"title": "before &xxe; after", "link": "https://feeds.example/xxe",
             "description": "&xxe;"},
        ],
        prolog=prolog,
        raw=True,
    ).encode()


def external_dtd(secret_path: str) -> bytes:
    """A DOCTYPE whose external subset is the local file, on the XML declaration's line."""
    text = rss(
        [{"title": "external DTD", "link": "https://feeds.example/dtd"}],
        prolog=f'<!DOCTYPE rss SYSTEM "file://{secret_path}">',
    )
    return text.encode()


@lru_cache(maxsize=2)
def gzip_bomb(mebibytes: int = 1024) -> bytes:
    """A valid gzip member that inflates to ``mebibytes`` MiB of zeros (1 GiB from ~1 MB).

    Built from identical full-flush deflate segments (compressing 1 GiB takes ~10 s; this
    takes one 1 MiB compression and a CRC pass).
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, 9)
    zeros = bytes(MEBIBYTE)
    segment = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, (mebibytes * MEBIBYTE) & 0xFFFFFFFF)
    return header + segment * mebibytes + b"\x03\x00" + trailer


def stacked_gzip_bomb() -> bytes:
    """The 1 GiB bomb gzipped again (~2 KB): for ``Content-Encoding: gzip, gzip``."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return compressor.compress(gzip_bomb()) + compressor.flush()


INVALID_UTF8 = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>bad bytes</title>'
    b"<item><title>Invalid \xff\xfe bytes \xc0\xaf overlong \xed\xa0\x80 surrogate "
    b"\xf4\x90\x80\x80 beyond U+10FFFF</title><link>https://feeds.example/utf8</link>"
    b"<description>truncated \xe2\x82</description></item></channel></rss>"
)

HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Welcome</title><script>alert(1)</script></head>"
    b"<body><h1>This is a web page, not a feed</h1></body></html>"
)

# Titles that would be code somewhere: Rich/Textual markup, terminal escapes raw and
# encoded, C1 controls, bidi overrides. Raw ESC is not allowed in XML 1.0, so this feed is
# also malformed: the loose parser reads it.
MARKUP_TITLES = [
    "[bold red]Rich markup[/bold red] stays literal",
    "[@click=app.quit]click me[/] and [link=file:///etc/passwd]a link[/link]",
    "Stray close [/] tag",
    "Raw CSI \x1b[31mred\x1b[0m and clear \x1b[2J screen",
    "OSC 8 \x1b]8;;file:///etc/passwd\x1b\\hyperlink\x1b]8;;\x1b\\ end",
    "OSC 52 clipboard \x1b]52;c;cm0gLXJmIH4=\x07 write",
    "Window title \x1b]0;pwned\x07 set",
    "C1 CSI \x9b31m and C1 OSC \x9d0;pwned\x9c here",
    "Encoded &#27;[31mred&#27;[0m and &#x1b;]0;pwned&#x07; and &#155;2J",
    "Bidi \u202eevil\u202c override and \u2066isolate\u2069 and \u200fmark",
    "Backspace\x08\x08 bell\x07 DEL\x7f NUL-free",
    "<b>HTML</b> &lt;script&gt;alert(1)&lt;/script&gt; escaped",
]

HOSTILE_LINKS = {
    "javascript": "javascript:alert(document.cookie)",
    "file": "file:///etc/passwd",
    "data": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript": "vbscript:msgbox(1)",
    "spaced-javascript": " JaVaScRiPt:alert(1)",
    "escape-in-url": "https://feeds.example/\x1b[31mred",
    "tracking": "https://feeds.example/ok?id=1&utm_source=x#frag",
}

DATES = {
    "missing": None,
    "unparseable": "yesterday at noon",
    "year-zero": "Sat, 01 Jan 0000 00:00:00 GMT",
    "far-future": "Fri, 31 Dec 9999 23:59:59 GMT",
    "epoch": "Thu, 01 Jan 1970 00:00:00 GMT",
    "next-year": "Sat, 27 Nov 2027 10:00:00 GMT",
    "valid": PUBDATE,
}


def markup_feed() -> bytes:
    items = [
        {"title": title, "link": f"https://feeds.example/markup/{index}", "description": title}
        for index, title in enumerate(MARKUP_TITLES)
    ]
    return rss(items, title="[bold]Feed title[/] \x1b[31m").encode()


def links_feed() -> bytes:
    items = [
        {"title": f"link {name}", "link": link, "guid": f"links-{name}"}
        for name, link in HOSTILE_LINKS.items()
    ]
    return rss(items).encode()


def dates_feed() -> bytes:
    items = []
    for name, date in DATES.items():
        item = {"title": f"date {name}", "link": f"https://feeds.example/dates/{name}"}
        if date is not None:
            item["pubDate"] = date
        items.append(item)
    return rss(items).encode()


def duplicate_guids_feed() -> bytes:
    """Five items, two guids, no links: two articles."""
    items = [
        {"title": f"duplicate {index}", "guid": f"guid-{index % 2}", "description": "x"}
        for index in range(5)
    ]
    return rss(items).encode()


def empty_title_feed() -> bytes:
    return rss(
        [
            {"title": "", "link": "https://feeds.example/empty/1", "description": "Only a summary"},
            {"title": "  \x1b[0m \u202e ", "link": "https://feeds.example/empty/2"},
            {"link": "https://feeds.example/empty/3"},
        ]
    ).encode()


def many_items_feed(count: int = 5_000) -> bytes:
    return rss(
        [
            {
                "title": f"Item {index} of a long feed",
                "link": f"https://feeds.example/many/{index}",
                "description": f"&lt;p&gt;Summary {index} with &lt;b&gt;markup&lt;/b&gt;&lt;/p&gt;",
                "pubDate": PUBDATE,
            }
            for index in range(count)
        ],
        raw=True,
    ).encode()


def quadratic_html_feed(repeats: int = 100_000) -> bytes:
    """A summary of unclosed tags: html.parser took minutes on 100 KB of this."""
    return rss(
        [
            {
                "title": "Unclosed <a tags",
                "link": "https://feeds.example/html",
                "description": "<a " * repeats,
            }
        ]
    ).encode()


def deep_nesting(levels: int = 300_000) -> bytes:
    """~1 MB of unclosed ``<a>``: feedparser needed 25 s and 229 MB for it."""
    head, tail = rss([{"title": "deep", "link": "https://feeds.example/deep"}]).split("</item>")
    return (head + "<a>" * levels + "</item>" + tail).encode()


def many_attributes(count: int = 25_000, encoding: str = "utf-8") -> bytes:
    """One element with ``count`` attributes: quadratic in feedparser (12,500: 16 s)."""
    attributes = " ".join(f'a{index}="1"' for index in range(count))
    text = rss(
        [{"title": "attributes", "link": "https://feeds.example/attributes"}],
        encoding=encoding,
    ).replace("<item>", f"<item><x {attributes}/>")
    return text.encode(encoding)
