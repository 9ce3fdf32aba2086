"""Feed lists that ship with blocwatch (defaults, demo) and OPML import/export."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from store.errors import InputError
from store.feedlist import KEEP_CHOICES


def _feed_entries(text: str, origin: str) -> list[dict[str, Any]]:
    entries = tomllib.loads(text).get("feed", [])
    for entry in entries:
        if entry.get("keep", "relevant") not in KEEP_CHOICES:
            raise InputError(f"{origin}: keep must be 'relevant' or 'all' for {entry.get('url')}")
    return list(entries)


def default_feeds() -> list[dict[str, Any]]:
    """The real regional sources bundled in ``feeds/default_feeds.toml``."""
    text = resources.files("feeds").joinpath("default_feeds.toml").read_text(encoding="utf-8")
    return _feed_entries(text, "default_feeds.toml")


def demo_dir() -> Path:
    """The folder of bundled demo feeds (written by us, offline)."""
    return Path(str(resources.files("feeds.demo")))


def demo_feeds() -> list[dict[str, Any]]:
    """The demo feeds with their URLs resolved to ``file://`` URLs in the package."""
    folder = demo_dir()
    entries = _feed_entries((folder / "demo_feeds.toml").read_text(encoding="utf-8"), "demo")
    return [{**entry, "url": (folder / entry["url"]).resolve().as_uri()} for entry in entries]
