"""Settings from the TOML config file, validated so a typo is an error, not a silent default."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from store.errors import ConfigError


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits for fetching feeds: politeness and protection against hostile servers."""

    concurrency: int = 16
    per_host: int = 2
    connect_timeout: float = 10.0
    total_timeout: float = 30.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable. Feeds live in the database, not here."""

    watched: tuple[str, ...] = ()  # empty: every country marked watched in the reference data
    threshold: float = 1.0
    # the learned second opinion on stories the rules turn away for want of a cue
    # (feeds/learned.py); false: the rules decide alone
    learned: bool = True
    fetch: FetchSettings = field(default_factory=FetchSettings)


# Zero would stop every fetch (or fetch nothing), and TOML has inf and nan: a deadline of
# inf or nan let a server that drips a byte a second hold the poll for ever.
_AT_LEAST_ONE = frozenset({"concurrency", "per_host", "max_bytes"})
_TIMEOUTS = frozenset({"connect_timeout", "total_timeout"})
TIMEOUT_MAX = 3600.0


def _check(section: str, name: str, value: Any, expected: type) -> Any:
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if isinstance(value, bool) and expected is not bool or not isinstance(value, expected):
        raise ConfigError(
            f"config: {section}{name} must be {expected.__name__}, got {type(value).__name__}"
        )
    if isinstance(value, int | float):
        _check_number(f"{section}{name}", name, value)
    return value


def _check_number(key: str, name: str, value: float) -> None:
    if not math.isfinite(value):
        raise ConfigError(f"config: {key} must be a finite number")
    if value < 0:
        raise ConfigError(f"config: {key} must not be negative")
    if name in _AT_LEAST_ONE and value < 1:
        raise ConfigError(f"config: {key} must be at least 1")
    if name in _TIMEOUTS and not 0 < value <= TIMEOUT_MAX:
        raise ConfigError(f"config: {key} must be more than 0 and at most {TIMEOUT_MAX:g} seconds")


def _build(cls: type, data: dict[str, Any], section: str) -> Any:
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(f"config: unknown key {section}{unknown[0]!r}")
    values: dict[str, Any] = {}
    for name, value in data.items():
        default = getattr(cls(), name)
        if isinstance(default, FetchSettings):
            if not isinstance(value, dict):
                raise ConfigError(f"config: [{name}] must be a table")
            values[name] = _build(FetchSettings, value, f"{name}.")
        elif isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"config: {section}{name} must be a list of strings")
            values[name] = tuple(v.upper() for v in value)
        else:
            values[name] = _check(section, name, value, type(default))
    return cls(**values)


def parse_settings(text: str) -> Settings:
    """Settings from TOML text; raises ConfigError with the offending key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"config: not valid TOML ({error})") from error
    settings: Settings = _build(Settings, data, "")
    return settings


def load_settings(path: Path, *, required: bool) -> Settings:
    """Read the config file: a missing default file means defaults, a missing named one fails."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required:
            raise ConfigError(f"config file {path} does not exist") from None
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read config file {path}: {error}") from error
    return parse_settings(text)
