"""Several languages in one field, in Japanese: a volunteer separates the names with the
enumeration comma (英語、日本語) as Japanese is written, and the field writes them so; the ASCII
comma the English list uses still works."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.keyboard.typing import activate, tab, type_into_focused


@pytest.mark.parametrize("speaking", ["ja"], indirect=True)
@pytest.mark.parametrize(
    "typed", ["英語、日本語", "英語，日本語", "英語, 日本語", "English、Japanese"]
)
def test_japanese_names_separated_as_japanese_writes_them(
    qtbot: Any, speaking: Any, typed: str
) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from sistercommittee.ui.widgets.language_list import LanguageListEditor

    speaking()
    window = QWidget()
    layout = QVBoxLayout(window)
    editor = LanguageListEditor(window)
    after = QLineEdit(window)  # where Tab goes on leaving the field
    layout.addWidget(editor)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    editor.setFocus()
    qtbot.waitUntil(editor.line.hasFocus)
    problems: list[str] = []
    editor.problem.connect(problems.append)
    type_into_focused(qtbot, typed)
    tab(qtbot)
    assert editor.value() == ["en", "ja"]
    assert editor.line.text() == "英語、日本語"
    assert problems[-1:] == [""]
