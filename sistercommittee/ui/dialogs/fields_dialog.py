"""A small dialog of labelled fields whose action runs on a worker and is refused field by field:
HQ's or the service's sentence appears under the field it is about (on top when about none), the
first wrong field takes the focus with its text selected, and what was typed stays.

The members' dialogs (invite, change role, join with an invitation, a forgotten password) are
made of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.errors import SisterCommitteeError, ValidationError
from sistercommittee.ui import errors
from sistercommittee.ui.shown import shown
from sistercommittee.ui.widgets.edit_guard import install_alt_letter_guard
from sistercommittee.ui.widgets.form import error_color

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext


class FieldsDialog(QDialog):
    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.setWindowTitle(title)
        self.main_layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.main_layout.addWidget(self.note)
        self.banner = QLabel(self)
        self.banner.setObjectName("problem")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet(f"color: {error_color(self)}; font-weight: bold;")
        self.main_layout.addWidget(self.banner)
        self.form = QFormLayout()
        self.main_layout.addLayout(self.form)
        self.fields: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        text = QLabel(label, self)
        text.setBuddy(widget)
        widget.setObjectName(name)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        problem = QLabel(self)
        problem.setObjectName(f"error_{name}")
        problem.setWordWrap(True)
        problem.setVisible(False)
        problem.setStyleSheet(f"color: {error_color(self)};")
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(problem)
        self.form.addRow(text, cell)
        self.fields[name] = widget
        self.problems[name] = problem
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text, name=name: self._clear(name))
        return widget

    def line(self, name: str, label: str, *, password: bool = False, hint: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if hint:
            edit.setPlaceholderText(hint)
        self.add_field(name, label, edit)
        return edit

    def finish(self, action_text: str, *, extra: QPushButton | None = None) -> QPushButton:
        """The action button (the default one), beside Cancel, after the fields (in the order
        Tab goes too)."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        if extra is not None:
            self.buttons.addButton(extra, QDialogButtonBox.ButtonRole.ActionRole)
        button = self.buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName("action")
        button.setDefault(True)
        button.setAutoDefault(True)
        button.clicked.connect(self.submit)
        self.action_button = button
        self.main_layout.addWidget(self.buttons)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())
        install_alt_letter_guard(self)
        return button

    def say(self, text: str) -> None:
        text = shown(text)  # HQ's sentence (a message with identity) in the user's language
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # --- running the action ------------------------------------------------------------------

    def make_job(self) -> Callable[..., Any]:
        raise NotImplementedError

    def progress_text(self) -> str:
        return ""

    def submit(self) -> None:
        if self.busy:
            return
        try:
            job = self.make_job()
        except ValidationError as error:
            self.show_problems(error.errors)
            return
        self.busy = True
        self.show_problems({})
        self.action_button.setEnabled(False)
        op = self.ctx.read(self, job)
        if self.progress_text():
            op = op.with_progress(self.progress_text(), cancellable=False)
        op.on_success(self._succeeded).on_failure(self._failed).run()

    def _succeeded(self, result: Any) -> None:
        self.busy = False
        self.action_button.setEnabled(True)
        self.succeeded(result)

    def succeeded(self, result: Any) -> None:
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.action_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_problems(error.errors)
        elif isinstance(error, SisterCommitteeError):
            self.show_problems({"": error.message})
        else:
            errors.show_error(self, error)

    def show_problems(self, problems: dict[str, str]) -> None:
        for name in self.problems:
            self._clear(name)
        problems = {name: shown(message) for name, message in problems.items()}
        stray = [message for name, message in problems.items() if name not in self.problems]
        self.banner.setText("\n".join(stray))
        self.banner.setVisible(bool(stray))
        first: QWidget | None = None
        for name, message in problems.items():
            if name in self.problems:
                self.problems[name].setText(message)
                self.problems[name].setVisible(True)
                self.fields[name].setAccessibleDescription(message)
                first = first or self.fields[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()

    def problem_text(self, name: str = "") -> str:
        label = self.problems.get(name, self.banner) if name else self.banner
        return label.text() if label.isVisibleTo(self) else ""

    def _clear(self, name: str) -> None:
        self.problems[name].clear()
        self.problems[name].setVisible(False)

    def reject(self) -> None:
        if self.busy:
            return  # the answer is on its way
        super().reject()


def role_combo(parent: QWidget, current: str = "volunteer") -> QComboBox:
    """The three roles, with what each may do as the tooltip of its entry."""
    combo = QComboBox(parent)
    for role in ("volunteer", "coordinator", "read_only"):
        combo.addItem(role_label(role), role)
        combo.setItemData(combo.count() - 1, role_abilities(role), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        "coordinator": QCoreApplication.translate("Members", "Coordinator"),
        "volunteer": QCoreApplication.translate("Members", "Volunteer"),
        "read_only": QCoreApplication.translate("Members", "Read-only"),
    }
    return texts.get(role, role)


def role_abilities(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        "coordinator": QCoreApplication.translate(
            "Members", "Coordinators manage the organization's members and all of its records."
        ),
        "volunteer": QCoreApplication.translate(
            "Members", "Volunteers add and change records; the coordinators manage the members."
        ),
        "read_only": QCoreApplication.translate(
            "Members", "Read-only accounts see the organization's records but change nothing."
        ),
    }
    return texts.get(role, "")
