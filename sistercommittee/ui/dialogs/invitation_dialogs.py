"""Joining with an invitation (from the welcome) and a forgotten password (from Sign In to HQ).

Joining: the server and the code from the coordinator or HQ's mail, a password chosen twice; HQ
makes the account, the new database is signed in and fetches the organization's records, with
progress, on a worker. Resetting: HQ mails a code where it has mail (else a coordinator issues
one); the code and a new password set it, and every laptop of the account is signed out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from sistercommittee.ui.dialogs.fields_dialog import FieldsDialog
from sistercommittee.ui.secret_store import secret_store

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.database_files import Opened
    from sistercommittee.ui.ops import Progress


def _passwords(password: str, again: str) -> None:
    from sistercommittee.sync.members import check_new_password

    check_new_password(password, again)


class InvitationJoinDialog(FieldsDialog):
    """Attributes:
    opened: the new database (and its organization, None while HQ holds none of its records).
    organization: the HQ organization's name, once joined.
    role: the account's role, once joined.
    """

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Join with an Invitation"), parent)
        self.setObjectName("invitation_join_dialog")
        self.path = path
        self.opened: Opened | None = None
        self.organization = ""
        self.role = ""
        self.say(
            self.tr(
                "Type the server and the invitation code your coordinator gave you (or HQ "
                "mailed you), and choose a password for your HQ account."
            )
        )
        self.server = self.line("server", self.tr("&Server:"), hint="https://hq.example.org")
        self.code = self.line("code", self.tr("Invitation &code:"), hint="XXXX-XXXX-XXXX-XXXX")
        self.password = self.line("password", self.tr("&Password:"), password=True)
        self.password.setPlaceholderText(self.tr("10 characters or more"))
        self.again = self.line("again", self.tr("&Again:"), password=True)
        self.finish(self.tr("&Join"))

    def progress_text(self) -> str:
        return self.tr("Joining…")

    def make_job(self) -> Callable[..., Any]:
        from sistercommittee.sync.client import normalize_server_url

        server = normalize_server_url(self.server.text()) if self.server.text().strip() else ""
        if not server:
            from sistercommittee.errors import ValidationError

            raise ValidationError.single("server", self.tr("Type HQ's address."))
        _passwords(self.password.text(), self.again.text())
        code, password = self.code.text(), self.password.text()
        store = secret_store(self.ctx)
        path = self.path

        def job(progress: Progress) -> tuple[Opened, str, str]:
            from sistercommittee.services.organizations import get_organization, has_organization
            from sistercommittee.sync.members import join_with_invitation
            from sistercommittee.ui.database_files import Opened

            def report(step: Any) -> None:
                progress.update(
                    step.done,
                    step.total,
                    QCoreApplication.translate(
                        "InvitationJoinDialog", "Fetching the records: {phase}…"
                    ).format(phase=step.phase),
                )

            db, signed_in, _result = join_with_invitation(
                path, store, server, code, password, report
            )
            org = get_organization(db) if has_organization(db) else None
            return Opened(db, org), signed_in.organization, signed_in.role

        return job

    def succeeded(self, result: Any) -> None:
        self.opened, self.organization, self.role = result
        self.accept()


class ForgotPasswordDialog(FieldsDialog):
    """Signals:
    reset(str, str): the account's email and its new password, once HQ set it.
    """

    reset = Signal(str, str)

    def __init__(
        self, ctx: AppContext, server: str, email: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Forgot Password?"), parent)
        self.setObjectName("forgot_password_dialog")
        self.say(
            self.tr(
                "HQ can mail a reset code to your account's email, where it has mail; otherwise "
                "a coordinator of your organization issues one on the Members page."
            )
        )
        self.server = self.line("server", self.tr("&Server:"), hint="https://hq.example.org")
        self.server.setText(server)
        self.email = self.line("email", self.tr("&Email:"), hint="name@example.org")
        self.email.setText(email)
        self.code = self.line("code", self.tr("Reset &code:"), hint="XXXX-XXXX-XXXX-XXXX")
        self.password = self.line("password", self.tr("&New password:"), password=True)
        self.password.setPlaceholderText(self.tr("10 characters or more"))
        self.again = self.line("again", self.tr("&Again:"), password=True)
        self.mail_button = QPushButton(self.tr("&Mail Me a Code"), self)
        self.mail_button.setObjectName("mail_code")
        self.mail_button.setAutoDefault(False)
        self.mail_button.clicked.connect(self.ask_for_code)
        self.finish(self.tr("Set &Password"), extra=self.mail_button)
        (self.code if server and email else self.server).setFocus()

    def _server(self) -> str:
        from sistercommittee.errors import ValidationError
        from sistercommittee.sync.client import normalize_server_url

        if not self.server.text().strip():
            raise ValidationError.single("server", self.tr("Type HQ's address."))
        return normalize_server_url(self.server.text())

    def ask_for_code(self) -> None:
        from sistercommittee.errors import ValidationError

        if self.busy:
            return
        try:
            server = self._server()
        except ValidationError as error:
            self.show_problems(error.errors)
            return
        email = self.email.text()

        def job() -> Any:
            from sistercommittee.sync.members import request_reset

            return request_reset(server, email)

        self.busy = True
        self.show_problems({})

        def asked(answer: Any) -> None:
            self.busy = False
            self.say(answer.detail)
            self.code.setFocus()

        def failed(error: BaseException) -> None:
            self._failed(error)

        self.ctx.read(self, job).on_success(asked).on_failure(failed).run()

    def make_job(self) -> Callable[..., Any]:
        server = self._server()
        _passwords(self.password.text(), self.again.text())
        code, password = self.code.text(), self.password.text()

        def job() -> tuple[str, str]:
            from sistercommittee.sync.members import reset_password

            return reset_password(server, code, password), password

        return job

    def progress_text(self) -> str:
        return self.tr("Setting the new password…")

    def succeeded(self, result: Any) -> None:
        email, password = result
        self.reset.emit(email, password)
        self.accept()
