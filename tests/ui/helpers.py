"""Helpers for driving pages in tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt


def names(page: Any, text: Any = None) -> list[str]:
    """What the first column shows, row by row."""
    model = page.model
    return [
        model.data(model.index(row, 0)) if text is None else text(model.row_at(row))
        for row in range(model.rowCount())
    ]


def select(page: Any, predicate: Any) -> None:
    """Select the rows whose row object satisfies ``predicate``."""
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        if predicate(page.model.row_at(row)):
            selection.select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def select_part(part: Any, predicate: Any) -> None:
    part.table.clearSelection()
    for number, row in enumerate(part.model.rows):
        if predicate(row):
            part.table.selectionModel().select(
                part.model.index(number, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def save(qtbot: Any, dialog: Any, wait_idle: Any) -> None:
    """Click Save and wait until the dialog closed and the lists reloaded."""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()


def save_expecting_errors(qtbot: Any, dialog: Any, field: str) -> str:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text(field)), timeout=10_000)
    assert dialog.isVisible()
    return dialog.form.error_text(field)
