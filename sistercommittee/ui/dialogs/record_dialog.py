"""The add/edit dialog of any record: a FormWidget, Save and Cancel.

Save (or Enter) runs the service on the writer thread as an undoable action. When the service
refuses the input, its messages appear beside the fields and the dialog stays open with
everything the user typed; when it succeeds, the dialog closes and the lists refresh themselves.
Closing with changes (Cancel, Escape, the window's close button) asks Save / Discard / Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.errors import SisterCommitteeError, ValidationError
from sistercommittee.ui import errors
from sistercommittee.ui.undo import Undoable, perform
from sistercommittee.ui.widgets.edit_guard import Answer, ask_unsaved, install_alt_letter_guard
from sistercommittee.ui.widgets.form import FormWidget, mnemonic_letters

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.ui.context import AppContext

SaveJob = Callable[[dict[str, Any]], Callable[[], Undoable]]


def save_letters() -> set[str]:
    """The letter of the dialog's Save button in the language shown, for a form to leave free."""
    return mnemonic_letters(QCoreApplication.translate("RecordDialog", "&Save"))


class RecordDialog(QDialog):
    """Signals:
    saved(Changes): the service accepted the form.
    """

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        form: FormWidget,
        save: SaveJob,
        undo_text: str,
        parent: QWidget | None = None,
        *,
        intro: str = "",
        settings_key: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self._save = save
        self._undo_text = undo_text
        self._settings_key = settings_key
        self.changes: Changes | None = None
        self._focused = False
        self.dirty = False  # the user changed a field since the dialog opened
        self._saving = False
        for editor in form.editors.values():
            editor.edited.connect(self._on_edited)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro, self)
            note.setWordWrap(True)
            layout.addWidget(note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        if any(form.spec.field(name).required for name in form.editors):
            required = QLabel(self.tr("Fields marked * are required."), self)
            required.setObjectName("required_note")
            required.setEnabled(False)
            layout.addWidget(required)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)  # Enter in any line saves
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop that does nothing

        self.resize(560, min(680, max(360, form.sizeHint().height() + 140)))
        install_alt_letter_guard(self)
        if settings_key:
            geometry = ctx.settings.value(f"dialogs/{settings_key}")
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes, in the order the fields show, then the buttons.

        Qt's own order is the order widgets were made in: the form is built before it joins
        the dialog, and parts of it later still (check boxes of records loaded on a worker, a
        language row added), so Qt's chain would skip Save or jump back to the first field.
        """
        stops: list[QWidget] = []
        for editor in self.form.editors.values():
            inside = [
                widget
                for widget in editor.findChildren(QWidget)
                if widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
            ]
            inside.sort(
                key=lambda w: (w.mapTo(editor, QPoint()).y(), w.mapTo(editor, QPoint()).x())
            )
            stops += inside
        stops += [b for b in self.buttons.buttons() if b.isVisible() and b.isEnabled()]
        return stops

    def focusNextPrevChild(self, next: bool) -> bool:
        stops = self.tab_stops()
        current = QApplication.focusWidget()
        position: int | None = None
        for number, widget in enumerate(stops):
            if current is widget or (current is not None and widget.isAncestorOf(current)):
                position = number
                break
        if position is None or not stops:
            return super().focusNextPrevChild(next)
        target = stops[(position + (1 if next else -1)) % len(stops)]
        target.setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused and self.form.editors:  # typing starts in the first field
            self._focused = True
            next(iter(self.form.editors.values())).focus_target().setFocus(
                Qt.FocusReason.OtherFocusReason
            )

    def _on_edited(self) -> None:
        self.dirty = True

    def _on_save_clicked(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.form.clear_errors()
        values = self.form.values()
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Saving…"))
        perform(
            self.ctx,
            self,
            self._undo_text,
            self._save(values),
            on_success=self._on_saved,
            on_failure=self._on_failed,
            initiator=self,
        )

    def _on_saved(self, changes: Changes) -> None:
        self._saving = False
        self.dirty = False
        self.changes = changes
        self.saved.emit(changes)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("&Save"))
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
        elif isinstance(error, SisterCommitteeError):  # a refusal about no one field
            self.form.show_errors({"": error.message})
        else:
            errors.show_error(self, error)

    def reject(self) -> None:
        """Cancel, Escape and the window's close button: ask first when something was typed."""
        if self._saving:
            return  # the answer is on its way; it closes the dialog or shows what to fix
        if not self.dirty:
            super().reject()
            return
        ask_unsaved(self, self._on_answer)

    def _on_answer(self, answer: Answer) -> None:
        if answer is Answer.SAVE:
            self._on_save_clicked()
        elif answer is Answer.DISCARD:
            super().reject()
        else:
            self.form.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        if self._settings_key:
            self.ctx.settings.setValue(f"dialogs/{self._settings_key}", self.saveGeometry())
        super().done(result)
