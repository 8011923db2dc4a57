"""Help > Check for Updates, and the one check of each start while this laptop is signed in to
HQ: HQ's health answer names the current release (sistercommittee.sync.updates). The app only
tells the user: it never downloads or installs anything.

The question goes to HQ on a worker; the window never waits for the network.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sistercommittee.ui.shown import shown_error

if TYPE_CHECKING:
    from sistercommittee.sync.updates import UpdateCheck
    from sistercommittee.ui.context import AppContext

log = logging.getLogger(__name__)


class UpdateChecker(QObject):
    """Signals:
        checked(object): the UpdateCheck of a check that reached HQ.

    Attributes:
        result: the latest UpdateCheck (None before one reached HQ).
        message_box: the answer of the latest check asked for from the menu.
    """

    checked = Signal(object)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.result: UpdateCheck | None = None
        self.message_box: QMessageBox | None = None
        self._checked_on_start = False
        ctx.signals.database_ready.connect(self._on_database_ready)

    def _on_database_ready(self) -> None:
        if not self._checked_on_start:
            self._checked_on_start = True
            self.check(asked=False)

    def check(self, *, asked: bool = True) -> None:
        """Ask HQ on a worker. ``asked``: from the menu, so the answer is always shown (also
        "up to date", "not signed in" or why HQ could not answer); otherwise only a newer
        release is mentioned, in the status bar."""
        from sistercommittee.ui.secret_store import secret_store

        db, store = self.ctx.db, secret_store(self.ctx)

        def job() -> UpdateCheck | None:
            from sistercommittee.sync.service import sync_status
            from sistercommittee.sync.updates import check_for_update

            status = sync_status(db, store)
            if not (status.signed_in and status.server_url):
                return None
            return check_for_update(status.server_url)

        def failed(error: BaseException) -> None:
            log.info("update check failed: %s", type(error).__name__)
            if asked:
                self._show(
                    QMessageBox.Icon.Warning,
                    self.tr("The check for updates did not reach HQ: {why}").format(
                        why=shown_error(error)
                    ),
                )

        self.ctx.read(self.window, job).on_success(
            lambda result: self._done(result, asked)
        ).on_failure(failed).run()

    def _done(self, result: Any, asked: bool) -> None:
        if result is None:
            if asked:
                self._show(
                    QMessageBox.Icon.Information,
                    self.tr(
                        "This laptop asks HQ which release is current once it is signed in "
                        "(the Sync section)."
                    ),
                )
            return
        self.result = result
        self.checked.emit(result)
        if result.newer_available:
            text = self.tr(
                "SisterCommittee {current} is available; this is {installed}. Your committee's "
                "coordinator or HQ can tell you where to get it."
            ).format(current=result.current, installed=result.installed)
            self.window.statusBar().showMessage(text)  # type: ignore[attr-defined]
            if asked:
                self._show(QMessageBox.Icon.Information, text)
        elif asked:
            self._show(
                QMessageBox.Icon.Information,
                self.tr("SisterCommittee {installed} is the current release.").format(
                    installed=result.installed
                ),
            )

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Check for Updates"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("update_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
