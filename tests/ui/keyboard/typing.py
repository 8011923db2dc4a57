"""Typing like a person: keys go to the widget that has the focus, and nowhere else."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def activate(qtbot: Any, window: QWidget) -> None:
    """Make ``window`` the active one, as a click on it would (focus changes need that)."""
    window.activateWindow()
    window.raise_()

    def ready() -> bool:
        # Active, and the focus given to its first widget (the platform does that a moment after
        # activation: typing before it goes nowhere).
        if QApplication.activeWindow() is not window:
            return False
        if QApplication.focusWidget() is not None:
            return True
        return not any(
            child.isVisible() and child.focusPolicy() != Qt.FocusPolicy.NoFocus
            for child in window.findChildren(QWidget)
        )

    qtbot.waitUntil(ready, timeout=5_000)


def focused() -> QWidget:
    """Where a key goes: an open popup (a completion list, a calendar) first, as the keyboard
    is grabbed by it; else the focus widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_into_focused(qtbot: Any, text: str) -> None:
    """Key presses for Latin text; what an input method commits for the rest (日本語 is typed
    through one, not key by key)."""
    run = ""
    for char in text:
        if ord(char) < 256:
            run += char
            continue
        if run:
            qtbot.keyClicks(focused(), run)
            run = ""
        commit = QInputMethodEvent()
        commit.setCommitString(char)
        QApplication.sendEvent(focused(), commit)
    if run:
        qtbot.keyClicks(focused(), run)


def press(
    qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def tab(qtbot: Any, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def back_tab(qtbot: Any, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)


def press_enter(qtbot: Any) -> None:
    press(qtbot, Qt.Key.Key_Return)


def close_popup(qtbot: Any) -> None:
    """Enter in an open completion list takes the name shown, as a person does before saving."""
    if QApplication.activePopupWidget() is not None:
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=5_000)


def press_escape(qtbot: Any) -> None:
    press(qtbot, Qt.Key.Key_Escape)


def alt(qtbot: Any, letter: str) -> None:
    """Alt+letter, the way a keyboard sends it (the letter as the event's text)."""
    qtbot.keyClick(focused(), letter, Qt.KeyboardModifier.AltModifier)


def select_all_and_type(qtbot: Any, text: str) -> None:
    """Select what a text field holds (Ctrl+A) and type over it; a list or a check box just
    gets the keys (a combo box finds the entry by its first letters)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    widget = focused()
    editable = isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    )
    if editable:
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_focused(qtbot, text)


def fill(qtbot: Any, entries: list[str | None]) -> None:
    """From the focused field on: type each entry (None leaves the field as it is), then Tab."""
    for entry in entries:
        if entry:
            select_all_and_type(qtbot, entry)
        tab(qtbot)


def focused_name(dialog: Any) -> str:
    """The form field (``field_<name>``) that holds the focus, or ""."""
    widget: Any = QApplication.focusWidget()
    while widget is not None and widget is not dialog:
        name = widget.objectName()
        if name.startswith("field_"):
            return str(name.removeprefix("field_"))
        widget = widget.parentWidget()
    return ""


def question(qtbot: Any) -> Any:
    """The Save / Discard / Cancel question, once it shows."""
    from PySide6.QtWidgets import QMessageBox

    found: list[Any] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "unsaved_question" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5_000)
    return found[-1]


def answer(qtbot: Any, box: Any, letter: str) -> None:
    """Answer the question with its mnemonic (s for Save, d for Discard) or Escape (Cancel)."""
    activate(qtbot, box)
    if letter == "escape":
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(focused(), letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(box) or not box.isVisible(), timeout=5_000)


SPACE = "<space>"


def type_fields(qtbot: Any, dialog: Any, entries: dict[str, Any], *, limit: int = 80) -> None:
    """Tab through ``dialog`` from the focused field on, and in each field named in
    ``entries`` type its text (over what is there), press Space (SPACE), or run its function
    (given qtbot). Fails when Tab never reaches one of them."""
    pending = dict(entries)
    for _ in range(limit):
        name = focused_name(dialog)
        if name in pending:
            action = pending.pop(name)
            if action is None:
                pass  # reached, left as it is
            elif callable(action):
                action(qtbot)
            elif action == SPACE:
                press(qtbot, Qt.Key.Key_Space)
            else:
                select_all_and_type(qtbot, action)
        if not pending:
            return
        tab(qtbot)
    raise AssertionError(f"Tab never reached {sorted(pending)}")


def save_with_enter(qtbot: Any, dialog: Any, wait_idle: Any) -> Any:
    """Enter (from a line, not a text box where it makes a new line) and the dialog's changes
    once the service took them."""
    from PySide6.QtWidgets import QLineEdit

    close_popup(qtbot)
    from PySide6.QtWidgets import QComboBox

    def ready() -> bool:
        widget = focused()
        if QApplication.activePopupWidget() is not None:
            return False
        if widget is getattr(dialog, "save_button", None):
            return True
        # not an editable combo box: Enter there takes the entry typed, it does not save
        return isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox)

    for _ in range(40):
        if ready():
            break
        tab(qtbot)
    if dialog.isVisible():
        press_enter(qtbot)
    form = getattr(dialog, "form", None)

    def settled() -> bool:
        if not dialog.isVisible():
            return True
        return form is not None and (
            bool(form.banner.text()) or any(form.error_text(name) for name in form.editors)
        )

    qtbot.waitUntil(settled, timeout=10_000)
    if form is not None and dialog.isVisible():
        problems = {name: form.error_text(name) for name in form.editors if form.error_text(name)}
        raise AssertionError(f"not saved: {problems} {form.banner.text()}")
    wait_idle()
    return dialog.changes


def file_dialog(qtbot: Any) -> Any:
    """The file dialog (Qt's own, offscreen), once it shows."""
    from PySide6.QtWidgets import QFileDialog

    found: list[Any] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and shiboken6.isValid(w) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5_000)
    return found[-1]


def choose_in_file_dialog(qtbot: Any, path: Any) -> None:
    """Type the file's path over the name in the file dialog's name field, and Enter: one Enter
    chooses, with the name's completion list open or not (the folder is read in the
    background; the list passes Enter on to the field)."""
    from PySide6.QtWidgets import QLineEdit

    chooser = file_dialog(qtbot)
    activate(qtbot, chooser)
    assert isinstance(focused(), QLineEdit), "the file name field has no focus"
    select_all_and_type(qtbot, str(path))
    press_enter(qtbot)
    qtbot.waitUntil(lambda: not shiboken6.isValid(chooser) or not chooser.isVisible())
