"""Where blocwatch keeps its files: one function decides, tests pass their own paths."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "blocwatch"
DB_ENV = "BLOCWATCH_DB"
CONFIG_ENV = "BLOCWATCH_CONFIG"


@dataclass(frozen=True, slots=True)
class Paths:
    """The database and config file locations, and whether each was chosen explicitly."""

    db: Path
    config: Path
    db_is_default: bool
    config_is_default: bool

    @property
    def lock(self) -> Path:
        """The poll lock lives beside the database so each database has its own."""
        return self.db.with_name(self.db.name + ".lock")


def resolve_paths(
    db: str | None = None,
    config: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Paths:
    """Command-line flag first, then the environment, then the platform's data/config dirs."""
    environ = os.environ if environ is None else environ
    db_choice = db or environ.get(DB_ENV) or None
    config_choice = config or environ.get(CONFIG_ENV) or None
    db_path = (
        Path(db_choice).expanduser()
        if db_choice
        else platformdirs.user_data_path(APP_NAME) / "blocwatch.db"
    )
    config_path = (
        Path(config_choice).expanduser()
        if config_choice
        else platformdirs.user_config_path(APP_NAME) / "config.toml"
    )
    return Paths(db_path, config_path, db_choice is None, config_choice is None)
