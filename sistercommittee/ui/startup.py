"""Opening the organization's database behind a window that is already on screen.

The services (and SQLAlchemy under them) take a while to import on an old laptop, so the window
is painted first and the database opened on a worker. Then one of three things happens: the pages
fill in; or the welcome dialog asks for the organization (a new file, or one without it); or a
dialog says why the file cannot be used and offers another file, a new one, or quitting.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from sistercommittee.ui import errors

if TYPE_CHECKING:
    from sistercommittee.services.organizations import OrganizationInfo
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow

log = logging.getLogger(__name__)


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


def start(ctx: AppContext, window: MainWindow, path: Path) -> None:
    """Open ``path`` for ``window`` (already shown); asks what to do when that cannot be done."""
    ctx.database_path = path
    if is_new_file(path):
        welcome(ctx, window, path, None)
        return

    def opened(result: Opened) -> None:
        if result.org is None:
            welcome(ctx, window, path, result.db)
        else:
            ctx.set_database(result.db, result.org)
            daily_backup(ctx, window)

    def failed(error: BaseException) -> None:
        database_problem(ctx, window, path, error)

    ctx.read(window, lambda: open_existing(path)).with_progress(
        QCoreApplication.translate("Startup", "Opening {file}…").format(file=path.name),
        cancellable=False,
    ).on_success(opened).on_failure(failed).run()


def daily_backup(ctx: AppContext, window: MainWindow) -> None:
    """The first start of the day backs the database up, on a worker once the window shows the
    records; a failure is logged, never shown (the next start tries again)."""
    db = ctx.db

    def job() -> None:
        from sistercommittee.services.backups import daily_backup_if_due

        daily_backup_if_due(db)

    def failed(error: BaseException) -> None:
        log.warning("the daily backup failed", exc_info=(type(error), error, error.__traceback__))

    ctx.read(window, job).on_failure(failed).run()


def welcome(ctx: AppContext, window: MainWindow, path: Path, db: Database | None) -> None:
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(ctx, path, db, window)

    def finished(result: int) -> None:
        if dialog.opened is not None:
            ctx.set_database(dialog.opened.db, dialog.opened.org)  # type: ignore[arg-type]
            daily_backup(ctx, window)
        elif dialog.other_file is not None:
            if db is not None:
                db.close()
            start(ctx, window, dialog.other_file)
        else:
            window.close()

    dialog.finished.connect(finished)
    dialog.open()


def database_problem(ctx: AppContext, window: MainWindow, path: Path, error: BaseException) -> None:
    """The file could not be opened: say what happened and offer a way on."""
    from sistercommittee.errors import SisterCommitteeError

    if not isinstance(error, SisterCommitteeError):
        log.error("opening %s failed", path, exc_info=(type(error), error, error.__traceback__))
        message = QCoreApplication.translate(
            "Startup", "{path} could not be opened because of an unexpected problem."
        ).format(path=path)
    else:
        log.warning("cannot open %s: %s", path, error.message)
        message = error.message
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Startup", "The database cannot be opened"))
    box.setText(message)
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup",
            "Choose another database file, or start a new one. If this file holds your "
            "committee's records, keep it: a backup copy or the person who set up the "
            "computer can help. Details are in the log file.",
        )
    )
    choose = box.addButton(
        QCoreApplication.translate("Startup", "Choose Another File…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new = box.addButton(
        QCoreApplication.translate("Startup", "Start a New Database…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.setObjectName("database_problem")

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is choose:
            other = choose_database_file(window)
            if other is not None:
                start(ctx, window, other)
                return
            database_problem(ctx, window, path, error)
        elif clicked is new:
            other = choose_new_file(window)
            if other is not None:
                start(ctx, window, other)
                return
            database_problem(ctx, window, path, error)
        else:
            window.close()

    box.finished.connect(answered)
    box.open()


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
