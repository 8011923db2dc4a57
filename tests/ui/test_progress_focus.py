"""A job slow enough to show its progress window hands the keyboard back when it ends: the
window that started it is active again and its focused field still has the focus (without
this, the offscreen platform and some window managers leave no window active, and what the
user types next goes nowhere)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QProgressDialog, QVBoxLayout

from tests.ui.keyboard.typing import activate


def test_the_window_that_waited_is_active_again_after_the_progress_window(
    qtbot: Any, ctx: Any, wait_idle: Any
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second = QLineEdit(dialog), QLineEdit(dialog)
    layout.addWidget(first)
    layout.addWidget(second)
    dialog.open()
    activate(qtbot, dialog)
    second.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second, timeout=5_000)

    release = threading.Event()
    finished: list[str] = []
    ctx.read(dialog, lambda: release.wait(60) and "done").with_progress(
        "Checking…", cancellable=False
    ).on_success(finished.append).run()
    # The job waits for the test, so the progress window is shown whatever the machine's speed.
    qtbot.waitUntil(lambda: _progress_window() is not None, timeout=30_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is _progress_window(), timeout=30_000)
    release.set()
    qtbot.waitUntil(lambda: finished == ["done"], timeout=30_000)
    wait_idle()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=30_000)
    assert QApplication.focusWidget() is second


def _progress_window() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None
