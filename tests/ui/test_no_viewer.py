"""Without a program for PDFs (the offscreen platform has none, as a bare desktop may not), Open
to View or Print says so and offers a copy or the folder; the user guide opens in a window of the
app, which needs no viewer at all."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sistercommittee.services import partnerships
from sistercommittee.ui.guide_window import GuideWindow
from tests.ui.conftest import open_dialog

# What the offscreen platform says when asked to open a file: the very case tested here.
pytestmark = pytest.mark.qt_log_ignore(r"does not support QPlatformServices")


def _box(qtbot: Any, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[-1]


def test_open_without_a_viewer_says_so_and_offers_a_copy_or_the_folder(
    qtbot: Any, window: Any, db: Any, wait_idle: Any, monkeypatch: Any
) -> None:
    partnerships.add_partnership(db, {"city_name": "Takayama", "country": "JP"})
    page = window.show_page("documents")
    wait_idle()
    qtbot.waitUntil(page.make_button.isEnabled)
    page.make_button.setFocus()
    qtbot.keyClick(page.make_button, Qt.Key.Key_Space)
    wait_idle()
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=20_000)

    # Save a Copy… leads to the page's own Save As (its file dialog answered here).
    saved = []
    monkeypatch.setattr(page, "save_certificate", lambda: saved.append(True))

    # (the progress window took the focus; a window manager gives it back, offscreen has none)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Ctrl+P (Print) opens the certificate in the viewer, as the Open button does.
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    box = _box(qtbot, "no_viewer")
    assert "no program set up to open certificate.pdf" in box.text()
    assert box.detailedText().endswith("certificate.pdf")
    texts = [button.text() for button in box.buttons()]
    assert "&Save a Copy…" in texts and "Show the &Folder" in texts

    # The default button is Save a Copy…: Enter chooses it.
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved == [True])

    # Show the Folder, without a file manager either: the folder is named.
    page.open_button.setFocus()
    qtbot.keyClick(page.open_button, Qt.Key.Key_Space)
    box = _box(qtbot, "no_viewer")
    folder = next(b for b in box.buttons() if b.text() == "Show the &Folder")
    folder.setFocus()
    qtbot.keyClick(folder, Qt.Key.Key_Space)
    where = _box(qtbot, "no_file_manager")
    assert "sistercommittee-" in where.informativeText()
    qtbot.keyClick(where, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not where.isVisible())


def test_the_user_guide_opens_in_a_window_of_its_own(qtbot: Any, window: Any) -> None:
    guide = open_dialog(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_F1), GuideWindow)
    assert "SisterCommittee user guide" in guide.browser.toPlainText()
    assert not guide.isModal()
    # F1 again brings the same window forward rather than a second one.
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideWindow)] == [guide]
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())
