"""The tool bar shows the actions' words without their Alt+letters, in Japanese as in English."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QToolBar, QToolButton


def _button_texts(qtbot: Any, ctx: Any, wait_idle: Callable[[], None]) -> list[str]:
    from sistercommittee.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=lambda widget: wait_idle())
    window.show()
    qtbot.waitExposed(window)
    window.show_page("partnerships")
    wait_idle()
    bar = window.findChild(QToolBar)
    texts = [
        button.text()
        for button in bar.findChildren(QToolButton)
        if button.defaultAction() is not None and button.isVisible()
    ]
    window.close()
    return texts


def test_english_buttons_read_as_before(qtbot: Any, ctx: Any, wait_idle: Any) -> None:
    texts = _button_texts(qtbot, ctx, wait_idle)
    assert "New Partnership" in texts and "Print" in texts


@pytest.mark.parametrize("speaking", ["ja"], indirect=True)
def test_japanese_buttons_drop_the_parenthesized_letter(
    qtbot: Any, ctx: Any, wait_idle: Callable[[], None], speaking: Callable[[], None]
) -> None:
    speaking()
    texts = _button_texts(qtbot, ctx, wait_idle)
    assert "新しい提携" in texts and "印刷" in texts
    assert not [text for text in texts if "(" in text or "&" in text]
