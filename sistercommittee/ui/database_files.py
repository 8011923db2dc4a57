"""The database files of the app: opening one on a worker (what start-up, a restore and a join
all do), choosing one, and starting a fresh window on another.

A leaf of ui/: it imports no window or dialog, so start-up, the main window and the welcome,
backups and join dialogs all use it without importing one another.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from sistercommittee.ui import errors

if TYPE_CHECKING:
    from sistercommittee.services.organizations import OrganizationInfo
    from sistercommittee.storage.database import Database


@dataclass(frozen=True)
class Opened:
    """What a worker found at the path: the open database and its organization (None when the
    file has none yet)."""

    db: Database
    org: OrganizationInfo | None


def warm_up() -> None:
    """Import what the pages will need, on the worker, while the window is already up."""
    import importlib

    for name in ("volunteers", "partnerships", "events", "exchanges", "hours", "mous", "stats"):
        importlib.import_module(f"sistercommittee.services.{name}")
    from sistercommittee.ui import formatting

    formatting.warm_up()


def open_existing(path: Path) -> Opened:
    from sistercommittee.services.organizations import get_organization, has_organization
    from sistercommittee.storage.database import open_database

    db = open_database(path)
    warm_up()
    try:
        org = get_organization(db) if has_organization(db) else None
    except Exception:
        db.close()
        raise
    return Opened(db, org)


def is_new_file(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def choose_database_file(parent: QWidget | None) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Startup", "Open a SisterCommittee Database"),
        str(Path.home()),
        QCoreApplication.translate(
            "Startup", "SisterCommittee databases (*.sqlite *.db);;All files (*)"
        ),
    )
    return Path(name) if name else None


def choose_new_file(parent: QWidget | None) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Startup", "New SisterCommittee Database"),
        str(Path.home() / "committee.sqlite"),
        QCoreApplication.translate("Startup", "SisterCommittee databases (*.sqlite)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".sqlite")


def restart_with(window: QWidget, path: Path) -> None:
    """Open another database: a fresh process, so nothing of the old one lingers."""
    arguments: list[Any] = [*sys.argv[1:]]
    if "--db" in arguments:
        position = arguments.index("--db")
        del arguments[position : position + 2]
    program = sys.executable
    started = QProcess.startDetached(
        program, ["-m", "sistercommittee", "--db", str(path), *arguments], os.getcwd()
    )
    if not started:
        errors.show_error(window, RuntimeError(f"could not start a new window for {path}"))
        return
    app = QApplication.instance()
    window.close()
    if app is not None:
        app.quit()
