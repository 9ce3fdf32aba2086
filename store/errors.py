"""Errors the store raises for conditions a user can fix (bad path, bad config, bad input)."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database or its input: a one-line message, not a traceback."""


class NotADatabaseError(StoreError):
    """The path exists but is not a SQLite database; we refuse to touch it."""


class ConfigError(StoreError):
    """The configuration file is missing keys, has unknown keys or wrong types."""


class InputError(StoreError):
    """A value given by the user (country code, URL, file) is not acceptable."""


class PathError(StoreError):
    """A path the user gave (or the default) cannot be used: missing or unwritable directory."""
