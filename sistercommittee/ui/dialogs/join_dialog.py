"""First start on a laptop of a committee that already syncs with HQ: sign in and fetch the
organization's records into a new database (on a worker, with progress)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog
from sistercommittee.ui.secret_store import secret_store

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.database_files import Opened
    from sistercommittee.ui.ops import Progress


class JoinDialog(SignInDialog):
    """Attributes:
    opened: the new database and its organization, once fetched (None while HQ holds none of
        its records: this laptop is the organization's first).
    organization, role: the HQ organization's name and the account's role, once joined.
    """

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, parent)
        self.path = path
        self.opened: Opened | None = None
        self.organization = ""
        self.role = ""
        self.setWindowTitle(self.tr("Join Your Organization from HQ"))

    def progress_text(self) -> str:
        return self.tr("Joining…")

    def make_job(self, server: str, email: str, password: str) -> Callable[..., Any]:
        store = secret_store(self.ctx)
        path = self.path

        def job(progress: Progress) -> tuple[Opened, str, str]:
            from sistercommittee.services.organizations import get_organization, has_organization
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

            db, signed_in, _result = join(path, store, server, email, password, report)
            org = get_organization(db) if has_organization(db) else None
            return Opened(db, org), signed_in.organization, signed_in.role

        return job

    def _on_signed_in(self, result: Any) -> None:
        self.opened, self.organization, self.role = result
        super()._on_signed_in(self.opened)
