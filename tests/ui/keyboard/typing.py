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
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def focused() -> QWidget:
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


def press_escape(qtbot: Any) -> None:
    press(qtbot, Qt.Key.Key_Escape)


def alt(qtbot: Any, letter: str) -> None:
    """Alt+letter, the way a keyboard sends it (the letter as the event's text)."""
    qtbot.keyClick(focused(), letter, Qt.KeyboardModifier.AltModifier)


def select_all_and_type(qtbot: Any, text: str) -> None:
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
    widget: Any = focused()
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
