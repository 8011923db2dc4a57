"""The window keeps the size the user gave it: no page makes it grow, a certificate preview does
not either, and a size remembered on a bigger screen is brought back onto the screen."""

from __future__ import annotations

import shutil
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QApplication

from sistercommittee.services import partnerships


def _pages(window: Any) -> list[str]:
    return [section.key for section in window.sections]


def test_no_page_makes_the_window_grow(qtbot: Any, window: Any, db: Any, wait_idle: Any) -> None:
    partnerships.add_partnership(
        db, {"city_name": "Takayama", "city_name_local": "高山市", "country": "JP"}
    )
    window.resize(1000, 600)
    qtbot.waitUntil(lambda: window.size().width() == 1000)
    for number, key in enumerate(_pages(window), start=1):
        if number <= 10:  # Ctrl+1 … Ctrl+9, Ctrl+0
            digit = Qt.Key(Qt.Key.Key_0 + number % 10)
            qtbot.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        else:  # the next section
            qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        wait_idle()
        QApplication.processEvents()
        assert window.current_page().key == key
        assert (window.width(), window.height()) == (1000, 600), key
    # Narrow enough for a small laptop: the filters and buttons wrap instead.
    hint = window.minimumSizeHint()
    assert hint.width() <= 800 and hint.height() <= 560, hint


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="the preview needs pdftoppm")
def test_certificate_previews_do_not_make_the_window_grow(
    qtbot: Any, window: Any, db: Any, wait_idle: Any
) -> None:
    partnerships.add_partnership(
        db, {"city_name": "Takayama", "city_name_local": "高山市", "country": "JP"}
    )
    window.resize(1000, 600)
    page = window.show_page("documents")
    wait_idle()
    qtbot.waitUntil(lambda: page.make_button.isEnabled())
    for _ in range(3):
        page.make_button.setFocus()
        qtbot.keyClick(page.make_button, Qt.Key.Key_Space)
        wait_idle()
        qtbot.waitUntil(lambda: page.pdf is not None, timeout=20_000)
        QApplication.processEvents()
        assert page.preview.pixmap() is not None and not page.preview.pixmap().isNull()
        assert (window.width(), window.height()) == (1000, 600)
        page._forget()  # a new choice of partnership or language clears it, as the user would


def test_a_remembered_size_bigger_than_the_screen_is_brought_onto_it(
    qtbot: Any, ctx: Any, wait_idle: Any
) -> None:
    from sistercommittee.ui.main_window import MainWindow

    available: QRect = QApplication.primaryScreen().availableGeometry()
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.setGeometry(available.x() + 40, available.y() + 300, 1400, available.height() + 200)
    ctx.settings.setValue("window/geometry", first.saveGeometry())
    assert isinstance(ctx.settings.value("window/geometry"), QByteArray)

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    wait_idle()
    frame = second.frameGeometry()
    assert available.contains(frame), (frame, available)
