"""First start on a laptop of a committee that already syncs with HQ: sign in and fetch the
organization's records into a new database (on a worker, with progress)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistercommittee.ui import errors
from sistercommittee.ui.pages.sync import SignInDialog
from sistercommittee.ui.secrets import secret_store

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.database_files import Opened
    from sistercommittee.ui.ops import Progress


class JoinDialog(SignInDialog):
    """Attributes:
    opened: the new database and its organization, once fetched.
    """

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Join Your Organization from HQ"))

    def accept(self) -> None:
        store = secret_store(self.ctx)
        path = self.path
        server, email, password = (
            self.server.text().strip(),
            self.email.text().strip(),
            self.password.text(),
        )

        def job(progress: Progress) -> Opened:
            from sistercommittee.services.organizations import get_organization
            from sistercommittee.sync.service import join
            from sistercommittee.ui.database_files import Opened

            def report(step: Any) -> None:
                progress.update(
                    step.done,
                    step.total,
                    QCoreApplication.translate(
                        "JoinDialog", "Fetching the records: {phase}…"
                    ).format(phase=step.phase),
                )

            db, _signed_in, _result = join(path, store, server, email, password, report)
            return Opened(db, get_organization(db))

        def done(opened: Opened) -> None:
            self.opened = opened
            super(JoinDialog, self).accept()

        self.ctx.write(self, job).with_progress(self.tr("Joining…"), cancellable=False).on_success(
            done
        ).on_failure(lambda error: errors.show_error(self, error)).run()
