"""The coordinator's dialogs of the Members page: invite an email with a role, change a member's
role, and the one-time code HQ made (an invitation or a password reset) to copy or print.

Each asks HQ on a worker; a refusal shows under the field it is about, with what was typed kept.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import formatting
from sistercommittee.ui.dialogs.fields_dialog import FieldsDialog, role_combo, role_label
from sistercommittee.ui.secret_store import secret_store

if TYPE_CHECKING:
    from sistercommittee.sync.members import IssuedCode
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.printing import Printable

Printer = Callable[[QWidget | None, "Printable", str], bool]


class InviteDialog(FieldsDialog):
    """Signals:
    invited(object): HQ made the invitation; its IssuedCode.
    """

    invited = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Invite a Member"), parent)
        self.setObjectName("invite_dialog")
        self.say(
            self.tr(
                "HQ makes a one-time code for this email. Pass it on, or HQ mails it where it "
                "has mail; the code works once, for 14 days."
            )
        )
        self.email = self.line("email", self.tr("&Email:"), hint="name@example.org")
        self.role = role_combo(self)
        self.add_field("role", self.tr("&Role:"), self.role)
        self.role_note = QLabel(self)
        self.role_note.setObjectName("role_note")
        self.role_note.setWordWrap(True)
        self.role_note.setEnabled(False)
        self.form.addRow("", self.role_note)
        self.role.currentIndexChanged.connect(self._show_role)
        self._show_role()
        self.finish(self.tr("&Invite"))

    def _show_role(self) -> None:
        from sistercommittee.ui.dialogs.fields_dialog import role_abilities

        self.role_note.setText(role_abilities(str(self.role.currentData())))

    def make_job(self) -> Callable[..., Any]:
        db, store = self.ctx.db, secret_store(self.ctx)
        email, role = self.email.text(), str(self.role.currentData())

        def job() -> IssuedCode:
            from sistercommittee.sync.members import invite

            return invite(db, store, email, role)

        return job

    def progress_text(self) -> str:
        return self.tr("Asking HQ for an invitation…")

    def succeeded(self, result: Any) -> None:
        self.invited.emit(result)
        self.accept()


class RoleDialog(FieldsDialog):
    """Signals:
    changed(str): the member's new role, once HQ changed it.
    """

    changed = Signal(str)

    def __init__(
        self, ctx: AppContext, email: str, role: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Change Role"), parent)
        self.setObjectName("role_dialog")
        self.member = email
        self.say(self.tr("The role of {email}:").format(email=email))
        self.role = role_combo(self, role)
        self.add_field("role", self.tr("&Role:"), self.role)
        self.finish(self.tr("&Change Role"))

    def make_job(self) -> Callable[..., Any]:
        db, store = self.ctx.db, secret_store(self.ctx)
        email, role = self.member, str(self.role.currentData())

        def job() -> str:
            from sistercommittee.sync.members import set_role

            return set_role(db, store, email, role)

        return job

    def succeeded(self, result: Any) -> None:
        self.changed.emit(result)
        self.accept()


def code_page(issued: IssuedCode, organization: str, server: str, reset: bool) -> str:
    """The code on paper, to hand over: what it is for, where to type it, until when."""
    tr = QCoreApplication.translate
    esc = html.escape
    if reset:
        title = tr("Members", "Password reset for {email}").format(email=issued.email)
        where = tr(
            "Members",
            "In SisterCommittee, choose Forgot Password? in Sign In to HQ, type the server and "
            "this code, and choose a new password.",
        )
    else:
        title = tr("Members", "Invitation to {organization}").format(organization=organization)
        where = tr(
            "Members",
            "In SisterCommittee, choose Join with an Invitation on the welcome, type the server "
            "and this code, and choose a password.",
        )
    until = tr("Members", "The code works once, until {when}.").format(
        when=formatting.fmt_datetime(issued.expires_at)
    )
    return (
        f"<h2>{esc(title)}</h2>"
        f"<p>{esc(issued.email)} · {esc(role_label(issued.role))}</p>"
        f"<p>{esc(tr('Members', 'Server:'))} <b>{esc(server)}</b></p>"
        f"<p style='font-size: 20pt; font-family: monospace'><b>{esc(issued.code)}</b></p>"
        f"<p>{esc(where)}</p><p>{esc(until)}</p>"
    )


class CodeDialog(QDialog):
    """The one-time code HQ made, shown once: copy it, print it, close."""

    def __init__(
        self,
        ctx: AppContext,
        issued: IssuedCode,
        *,
        server: str,
        reset: bool = False,
        printer: Printer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.issued = issued
        self.server = server
        self.reset = reset
        self._printer = printer
        self.setObjectName("code_dialog")
        self.setWindowTitle(self.tr("Password Reset Code") if reset else self.tr("Invitation"))
        layout = QVBoxLayout(self)
        if reset:
            intro = self.tr(
                "A reset code for {email}. Setting the new password signs out every laptop "
                "signed in with the old one."
            ).format(email=issued.email)
        else:
            intro = self.tr("{email} is invited as {role}.").format(
                email=issued.email, role=role_label(issued.role).lower()
            )
        head = QLabel(intro, self)
        head.setWordWrap(True)
        layout.addWidget(head)
        self.code = QLabel(issued.code, self)
        self.code.setObjectName("code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont(self.font()).pointSizeF() * 2)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Code"))
        layout.addWidget(self.code)
        if issued.emailed:
            sent = self.tr("HQ mailed it to {email} too.").format(email=issued.email)
        else:
            sent = self.tr(
                "HQ sends no mail: pass the code on yourself, with the server {server}."
            ).format(server=server)
        until = self.tr("It works once, until {when}. It is not shown again.").format(
            when=formatting.fmt_datetime(issued.expires_at)
        )
        self.details = QLabel(f"{sent} {until}", self)
        self.details.setObjectName("code_details")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy Code"), self)
        self.copy_button.setObjectName("copy_code")
        self.copy_button.clicked.connect(self.copy)
        QShortcut(QKeySequence.StandardKey.Copy, self).activated.connect(self.copy)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("print_code")
        self.print_button.clicked.connect(self.print_code)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        done = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        done.setObjectName("close")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.issued.code)
        self.details.setText(self.tr("Copied. ") + self.details.text().removeprefix("Copied. "))

    def printable(self) -> Printable:
        from sistercommittee.ui.printing import Printable, paper_for

        org = self.ctx.org
        return Printable(
            code_page(self.issued, org.name, self.server, self.reset), paper_for(org.country)
        )

    def print_code(self) -> None:
        from sistercommittee.ui.printing import print_html

        printer = self._printer or print_html
        printer(self, self.printable(), self.windowTitle())
