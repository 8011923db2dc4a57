"""Opening the organization's database behind a window that is already on screen.

The services (and SQLAlchemy under them) take a while to import on an old laptop, so the window
is painted first and the database opened on a worker. Then one of three things happens: the pages
fill in; or the welcome dialog asks for the organization (a new file, or one without it); or a
dialog says why the file cannot be used and offers another file, a new one, or quitting.

The window is any main window: start-up does not import the app's own (which imports the
dialogs, which import the database files), so ui/ has no import circle.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from sistercommittee.ui.database_files import (
    Opened,
    choose_database_file,
    choose_new_file,
    is_new_file,
    open_existing,
)
from sistercommittee.ui.getting_started import GUIDE_PENDING
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext

log = logging.getLogger(__name__)


def start(ctx: AppContext, window: QMainWindow, path: Path) -> None:
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


def daily_backup(ctx: AppContext, window: QMainWindow) -> None:
    """The first start of the day backs the database up, on a worker once the window shows the
    records; a failure is logged, never shown (the next start tries again)."""
    db = ctx.db

    def job() -> None:
        from sistercommittee.services.backups import daily_backup_if_due

        daily_backup_if_due(db)

    def failed(error: BaseException) -> None:
        log.warning("the daily backup failed", exc_info=(type(error), error, error.__traceback__))

    ctx.read(window, job).on_failure(failed).run()


def welcome(ctx: AppContext, window: QMainWindow, path: Path, db: Database | None) -> None:
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(ctx, path, db, window)

    def finished(result: int) -> None:
        if dialog.opened is not None:
            if dialog.created:  # the window shows the getting-started guide once it is ready
                ctx.settings.setValue(GUIDE_PENDING, True)
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


def database_problem(
    ctx: AppContext, window: QMainWindow, path: Path, error: BaseException
) -> None:
    """The file could not be opened: say what happened and offer a way on."""
    from sistercommittee.errors import SisterCommitteeError

    if not isinstance(error, SisterCommitteeError):
        log.error("opening %s failed", path, exc_info=(type(error), error, error.__traceback__))
        message = QCoreApplication.translate(
            "Startup", "{path} could not be opened because of an unexpected problem."
        ).format(path=path)
    else:
        log.warning("cannot open %s: %s", path, error.message)
        message = shown(error.message)
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
        # A file chosen opens; none chosen asks again.
        if clicked is choose:
            choose_database_file(
                window,
                lambda other: start(ctx, window, other),
                lambda: database_problem(ctx, window, path, error),
            )
        elif clicked is new:
            choose_new_file(
                window,
                lambda other: start(ctx, window, other),
                lambda: database_problem(ctx, window, path, error),
            )
        else:
            window.close()

    box.finished.connect(answered)
    box.open()
