"""A row chosen by the program is selected in both directions (Qt's selectRow selects nothing
right to left)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from sistercommittee.ui.widgets.table_rows import select_row


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_the_row_is_selected_and_current(qtbot: Any, direction: Qt.LayoutDirection) -> None:
    table = QTableView()
    table.setLayoutDirection(direction)
    model = QStandardItemModel(3, 4, table)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    qtbot.addWidget(table)
    table.resize(600, 200)
    table.show()
    qtbot.waitExposed(table)
    select_row(table, 1)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
    assert table.currentIndex().row() == 1
    select_row(table, 2)  # the new row replaces the old one, as a click does
    assert [index.row() for index in table.selectionModel().selectedRows()] == [2]
    select_row(table, 7)  # past the end: nothing changes
    assert [index.row() for index in table.selectionModel().selectedRows()] == [2]
