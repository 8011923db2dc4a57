"""Approve or decline hours volunteers logged themselves: who decides (remembered on this
computer), a note or the reason, and the decision kept in the audit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui.widgets.form import error_color

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext

REVIEWER_SETTING = "agenda/reviewer"


class ReviewDialog(QDialog):
    """Signals:
    reviewed(str): the decision was saved; a sentence saying what was done.
    """

    reviewed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        hours_ids: Sequence[str],
        titles: Sequence[str],
        approve: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hours_ids = list(hours_ids)
        self.approve = approve
        self.setObjectName("review_dialog")
        self.setWindowTitle(self.tr("Approve Hours") if approve else self.tr("Decline Hours"))
        layout = QVBoxLayout(self)
        listing = QLabel("\n".join(titles[:8]) + ("\n…" if len(titles) > 8 else ""), self)
        listing.setWordWrap(True)
        layout.addWidget(listing)
        form = QFormLayout()
        self.reviewer = QLineEdit(self)
        self.reviewer.setObjectName("reviewer")
        remembered = str(ctx.settings.value(REVIEWER_SETTING, "") or "")
        if not remembered:
            from sistercommittee.services.hours_approval import default_reviewer

            remembered = default_reviewer(ctx.db)  # one row by its key: quick on the GUI thread
        self.reviewer.setText(remembered)
        self.reviewer.selectAll()
        form.addRow(self.tr("&Coordinator:"), self.reviewer)
        self.note = QLineEdit(self)
        self.note.setObjectName("review_note")
        form.addRow(self.tr("&Note:") if approve else self.tr("&Reason:"), self.note)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("review_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_color(self)}")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Approve") if approve else self.tr("&Decline"))
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.reviewer.setFocus()

    def _on_ok_clicked(self) -> None:
        from sistercommittee.services.hours_approval import approve_hours, decline_hours

        db, ids = self.ctx.db, self.hours_ids
        who, note = self.reviewer.text(), self.note.text()
        approve = self.approve
        count = len(ids)

        def job() -> object:
            if approve:
                return approve_hours(db, ids, who, note.strip() or None)
            return decline_hours(db, ids, who, note)

        def done(_changes: object) -> None:
            self.ctx.settings.setValue(REVIEWER_SETTING, " ".join(who.split()))
            text = (
                self.tr("Hours approved ({count}): they count from now on.")
                if approve
                else self.tr("Hours declined ({count}): they do not count.")
            ).format(count=count)
            self.reviewed.emit(text)
            self.accept()

        def failed(error: BaseException) -> None:
            from sistercommittee.errors import SisterCommitteeError, ValidationError

            self.buttons.setEnabled(True)
            if isinstance(error, ValidationError):
                self.problem.setText(" ".join(error.errors.values()))
            elif isinstance(error, SisterCommitteeError):
                self.problem.setText(error.message)
            else:
                from sistercommittee.ui.errors import show_error

                show_error(self, error)
                return
            self.problem.setVisible(True)

        self.buttons.setEnabled(False)
        self.ctx.write(self, job).on_success(done).on_failure(failed).run()
