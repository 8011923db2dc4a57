"""Selecting a table's row from code, in either direction.

``QTableView.selectRow`` selects nothing when the view is laid out right to left (PySide6 6.11.3:
it takes the column at the viewport's right edge, one pixel past the last section, and finds
none); a click still works, so only rows chosen by the program (a list reselecting a row after a
refresh, a dialog choosing its first row) were lost in Arabic or Hebrew."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` the selection and the current row, as ``selectRow`` does left to right."""
    model, selection = table.model(), table.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    index = model.index(row, 0)
    selection.setCurrentIndex(index, flags)
    table.scrollTo(index)
