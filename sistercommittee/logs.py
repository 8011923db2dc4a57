"""The log file in the platform's log directory: where details of failures go instead of a
traceback on the user's screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from sistercommittee import config

LOG_NAME = "sistercommittee.log"


def log_file() -> Path:
    return config.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to a rotating file (1 MB x 5). Returns its path, or None when the folder
    cannot be written (then logging stays quiet rather than failing the command)."""
    path = log_file()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            if handler.baseFilename == str(path.absolute()):
                return path
            # The log folder moved (another profile or data folder in the same process).
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
