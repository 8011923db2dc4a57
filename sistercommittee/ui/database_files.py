"""The database files of the app: opening one on a worker (what start-up, a restore and a join
all do), choosing one, and starting a fresh window on another.

A leaf of ui/: it imports no window or dialog, so start-up, the main window and the welcome,
backups and join dialogs all use it without importing one another.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QProcess
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from sistercommittee.ui import errors
from sistercommittee.ui.widgets.file_choice import choose_file, choose_save_name

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
    from sistercommittee.services.volunteers import sort_names_in
    from sistercommittee.storage.database import open_database

    db = open_database(path)
    warm_up()
    try:
        sort_names_in(db, QLocale().name())  # before the first page asks for its rows
        org = get_organization(db) if has_organization(db) else None
    except Exception:
        db.close()
        raise
    return Opened(db, org)


def is_new_file(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def choose_database_file(
    parent: QWidget | None,
    on_chosen: Callable[[Path], None],
    on_cancelled: Callable[[], None] | None = None,
) -> None:
    """Ask for a database to open; ``on_chosen`` gets it, ``on_cancelled`` runs when none."""
    dialog = choose_file(
        parent,
        QCoreApplication.translate("Startup", "Open a SisterCommittee Database"),
        Path.home(),
        QCoreApplication.translate(
            "Startup", "SisterCommittee databases (*.sqlite *.db);;All files (*)"
        ),
        on_chosen,
    )
    _when_cancelled(dialog, on_cancelled)


def choose_new_file(
    parent: QWidget | None,
    on_chosen: Callable[[Path], None],
    on_cancelled: Callable[[], None] | None = None,
) -> None:
    """Ask where to start a new database (.sqlite added when no extension is typed)."""
    dialog = choose_save_name(
        parent,
        QCoreApplication.translate("Startup", "New SisterCommittee Database"),
        Path.home() / "committee.sqlite",
        QCoreApplication.translate("Startup", "SisterCommittee databases (*.sqlite)"),
        lambda path: on_chosen(path if path.suffix else path.with_suffix(".sqlite")),
    )
    _when_cancelled(dialog, on_cancelled)


def _when_cancelled(dialog: QDialog, on_cancelled: Callable[[], None] | None) -> None:
    if on_cancelled is not None:
        dialog.rejected.connect(on_cancelled)


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
