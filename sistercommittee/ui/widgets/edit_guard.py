"""What every dialog does before it lets typed changes go, and keys that must never type.

``UnsavedQuestion`` asks Save / Discard / Cancel when a dialog with changes is closed by its
Close or Cancel button, by Escape or by the window's close button. It is window-modal and
asynchronous (``open``), so the dialog stays as it is, with everything typed, until the answer.

``AltLetterGuard`` stops Alt+letter from typing the letter into a field when no control owns
that mnemonic (Qt's line edits take any printable key that is not Ctrl+key). On macOS,
Option+letter types a different character (Option+C is "ç"); only the plain letter is stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(
    parent: QWidget,
    on_answer: Callable[[Answer], None],
    what: str = "",
    *,
    save_text: str = "",
) -> QMessageBox:
    """Ask whether to keep the changes; ``on_answer`` gets the choice once made."""
    # translate() written out: pyside6-lupdate reads an alias of it as a call without a context.
    box = QMessageBox(parent)
    box.setObjectName("unsaved_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EditGuard", "Unsaved Changes"))
    box.setText(what or QCoreApplication.translate("EditGuard", "Save the changes you made?"))
    box.setInformativeText(
        QCoreApplication.translate("EditGuard", "If you discard them, what you typed is lost.")
    )
    save = box.addButton(
        save_text or QCoreApplication.translate("EditGuard", "&Save"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("EditGuard", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("EditGuard", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    save.setObjectName("unsaved_save")
    discard.setObjectName("unsaved_discard")
    cancel.setObjectName("unsaved_cancel")
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def finished() -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            on_answer(Answer.SAVE)
        elif clicked is discard:
            on_answer(Answer.DISCARD)
        else:
            on_answer(Answer.CANCEL)

    box.finished.connect(finished)
    box.open()
    return box


_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class AltLetterGuard(QObject):
    """An event filter on text fields: Alt+letter with no owner does nothing (and beeps)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        modifiers &= ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.AltModifier:  # Ctrl+Alt is AltGr on Windows
            return False
        text = event.text()
        if len(text) != 1 or not text.isascii() or not text.isalnum():
            return False
        if not isinstance(watched, _TEXT_WIDGETS):
            return False
        QApplication.beep()
        return True


def install_alt_letter_guard(root: QWidget) -> None:
    """Guard the text fields under ``root`` (again after fields were added: once each).

    On the fields themselves rather than on the whole application: an application filter
    would run Python for every event of every widget.
    """
    guard = root.findChild(AltLetterGuard, "alt_letter_guard")
    if guard is None:
        guard = AltLetterGuard(root)
        guard.setObjectName("alt_letter_guard")
    for widget in root.findChildren(QWidget):
        if isinstance(widget, _TEXT_WIDGETS) and not widget.property("alt_letter_guarded"):
            widget.installEventFilter(guard)
            widget.setProperty("alt_letter_guarded", True)
