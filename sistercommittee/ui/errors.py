"""The one place errors reach the user: a dialog saying what happened and what to do.

Errors the services raise (SisterCommitteeError) carry text written for the user and are shown as
they are. Anything else is a bug: its traceback goes to the log file and the user sees a short
apology with the log's location (sys.excepthook and failed background jobs both end here).
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sistercommittee.errors import (
    DatabaseFileError,
    SisterCommitteeError,
    StorageError,
    ValidationError,
)
from sistercommittee.ui.shown import shown

log = logging.getLogger(__name__)


def _log_path() -> str:
    from sistercommittee.logs import log_file

    return str(log_file())


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error`` in a dialog: its own text for a known error, an apology for a bug."""
    if isinstance(error, SisterCommitteeError):
        log.info("shown to the user: %s", error.message)  # the log keeps English
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        if isinstance(error, ValidationError):
            box.setWindowTitle(QCoreApplication.translate("Errors", "Nothing was saved"))
            box.setText(QCoreApplication.translate("Errors", "Nothing was saved."))
            box.setInformativeText("\n".join(shown(m) for m in error.errors.values()))
        elif isinstance(error, StorageError):
            box.setWindowTitle(
                QCoreApplication.translate("Errors", "The database could not be used")
            )
            box.setText(shown(error.message))
        elif isinstance(error, DatabaseFileError):
            box.setWindowTitle(
                QCoreApplication.translate("Errors", "The database cannot be opened")
            )
            box.setText(shown(error.message))
        else:
            box.setWindowTitle(QCoreApplication.translate("Errors", "Cannot do that"))
            box.setText(shown(error.message))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return
    log.error(
        "unexpected error",
        exc_info=(type(error), error, error.__traceback__),
    )
    show_crash(parent, error)


def show_crash(parent: QWidget | None, error: BaseException) -> None:
    """The apology for a bug: nothing secret on screen, details in the log file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Something went wrong and that action stopped. What was saved before is safe; "
            "check the last change and do it again if it is missing.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors", "The details were written to the log file:\n{path}"
        ).format(path=_log_path())
    )
    box.setDetailedText("".join(traceback.format_exception(error)))
    open_log = box.addButton(
        QCoreApplication.translate("Errors", "Open Log Folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_log:
        from sistercommittee.logs import log_file

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))


def install_excepthook() -> None:
    """Route exceptions that escape a slot to the log and a crash dialog, not to stderr only."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        log.critical("uncaught exception", exc_info=(kind, error, tb))
        if QApplication.instance() is None or not isinstance(
            QGuiApplication.instance(), QApplication
        ):
            previous(kind, error, tb)
            return
        try:
            if isinstance(error, SisterCommitteeError):
                show_error(QApplication.activeWindow(), error)
            else:
                show_crash(QApplication.activeWindow(), error)
        except Exception:  # the dialog itself failed: the log has the details
            log.exception("the crash dialog failed")

    sys.excepthook = hook
