"""Where the app keeps its files on each platform."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from sistercommittee import APP_NAME

_AUTHOR = "SisterCommittee"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, _AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, _AUTHOR))


def default_database_path() -> Path:
    """The organization database used when no --db is given."""
    return data_dir() / "organization.sqlite"
