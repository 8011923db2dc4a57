"""Sign in to HQ: server, email, password.

The dialog itself runs the sign-in (on a worker) and closes only once it worked. When HQ or the
address is refused, the message appears beside the field it is about (or on top when it is about
none) and server, email and password stay as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.errors import SisterCommitteeError, ValidationError
from sistercommittee.ui import errors
from sistercommittee.ui.shown import shown
from sistercommittee.ui.widgets.edit_guard import Answer, ask_unsaved, install_alt_letter_guard
from sistercommittee.ui.widgets.form import error_color

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext

SignInJob = Callable[[str, str, str], Callable[..., Any]]


class SignInDialog(QDialog):
    """Signals:
    signed_in(object): the sign-in worked; its result.
    """

    signed_in = Signal(object)

    def __init__(
        self, ctx: AppContext, job: SignInJob | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._job = job
        self._busy = False
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Sign In to HQ"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Your password is used once; this laptop then keeps a token in "
                "the system's secure store."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.banner = QLabel(self)
        self.banner.setObjectName("sign_in_problem")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet(f"color: {error_color(self)}; font-weight: bold;")
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.server = QLineEdit(self)
        self.server.setPlaceholderText("https://hq.example.org")
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("name@example.org")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problems: dict[str, QLabel] = {}
        for name, text, widget in (
            ("server", self.tr("&Server:"), self.server),
            ("email", self.tr("&Email:"), self.email),
            ("password", self.tr("&Password:"), self.password),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setObjectName(name)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            problem = QLabel(self)
            problem.setObjectName(f"error_{name}")
            problem.setWordWrap(True)
            problem.setVisible(False)
            problem.setStyleSheet(f"color: {error_color(self)};")
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(widget)
            cell_layout.addWidget(problem)
            form.addRow(label, cell)
            self.problems[name] = problem
            widget.textEdited.connect(lambda _text, name=name: self._clear(name))
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign &In"))
        self.ok_button.setDefault(True)
        self.forgot_button = self.buttons.addButton(
            self.tr("&Forgot Password?"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.forgot_button.setObjectName("forgot_password")
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot_password)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())
        install_alt_letter_guard(self)

    def forgot_password(self) -> None:
        """A reset code (mailed by HQ, or from a coordinator) and a new password; then this
        dialog signs in with it."""
        from sistercommittee.ui.dialogs.invitation_dialogs import ForgotPasswordDialog

        dialog = ForgotPasswordDialog(
            self.ctx, self.server.text().strip(), self.email.text().strip(), self
        )
        dialog.reset.connect(self._on_password_reset)
        dialog.open()

    def _on_password_reset(self, email: str, password: str) -> None:
        self.email.setText(email)
        self.password.setText(password)
        self.submit()

    def values(self) -> tuple[str, str, str]:
        return self.server.text().strip(), self.email.text().strip(), self.password.text()

    def make_job(self, server: str, email: str, password: str) -> Callable[..., Any]:
        assert self._job is not None
        return self._job(server, email, password)

    def progress_text(self) -> str:
        return self.tr("Signing in…")

    def submit(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.show_problems({})
        self.ok_button.setEnabled(False)
        self.ctx.write(self, self.make_job(*self.values())).with_progress(
            self.progress_text(), cancellable=False
        ).on_success(self._on_signed_in).on_failure(self._on_failed).run()

    def _on_signed_in(self, result: Any) -> None:
        self._busy = False
        self.signed_in.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_problems(error.errors)
        elif isinstance(error, SisterCommitteeError):
            self.show_problems({"": error.message})
        else:
            errors.show_error(self, error)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each message under its field, the rest on top; the first wrong field takes the
        focus, with its text selected for typing over."""
        for name in self.problems:
            self._clear(name)
        problems = {name: shown(message) for name, message in problems.items()}
        stray = [message for name, message in problems.items() if name not in self.problems]
        self.banner.setText("\n".join(stray))
        self.banner.setVisible(bool(stray))
        fields = {"server": self.server, "email": self.email, "password": self.password}
        first = None
        for name, message in problems.items():
            if name in self.problems:
                self.problems[name].setText(message)
                self.problems[name].setVisible(True)
                fields[name].setAccessibleDescription(message)
                first = first or fields[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            first.selectAll()

    def problem_text(self, name: str) -> str:
        label = self.problems.get(name, self.banner) if name else self.banner
        return label.text() if label.isVisibleTo(self) else ""

    def _clear(self, name: str) -> None:
        self.problems[name].clear()
        self.problems[name].setVisible(False)

    def reject(self) -> None:
        """Cancel or Escape with something typed asks first: a password typed is worth a
        question."""
        if self._busy:
            return
        if not any(self.values()):
            super().reject()
            return

        def answered(answer: Answer) -> None:
            if answer is Answer.SAVE:
                self.submit()
            elif answer is Answer.DISCARD:
                QDialog.reject(self)

        ask_unsaved(
            self, answered, self.tr("Sign in with what you typed?"), save_text=self.tr("Sign &In")
        )
