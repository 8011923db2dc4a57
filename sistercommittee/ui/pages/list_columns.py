"""A list page's columns as the user arranged them: their default widths and which are shown,
the header's menu to show or hide them and to reset them, and their order and widths remembered
per page (with the splitter between the list and its details)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu, QSplitter, QTableView, QWidget

from sistercommittee.ui.models.paged_model import Column


class ColumnLayout:
    """The column layout of ``table``, whose columns ``columns`` gives, kept under the page's
    ``key`` in the settings; ``splitter``, once set, is remembered with it."""

    def __init__(
        self, table: QTableView, columns: Callable[[], Sequence[Column]], key: str
    ) -> None:
        self.table = table
        self.columns = columns
        self.key = key
        self.splitter: QSplitter | None = None

    def apply_defaults(self) -> None:
        metrics = self.table.horizontalHeader().fontMetrics()
        for number, column in enumerate(self.columns()):
            if column.width:
                self.table.setColumnWidth(number, column.default_width(metrics, 16))
            self.table.setColumnHidden(number, column.hidden)

    def show_menu(self, position: Any, parent: QWidget) -> None:
        """Show or hide columns (remembered with the rest of the column layout)."""
        header = self.table.horizontalHeader()
        menu = QMenu(parent)
        for number, column in enumerate(self.columns()):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda shown, n=number: self.table.setColumnHidden(n, not shown))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ListPage", "Reset Columns"), self.reset)
        menu.exec(header.mapToGlobal(position))

    def reset(self) -> None:
        header = self.table.horizontalHeader()
        for number in range(header.count()):
            header.moveSection(header.visualIndex(number), number)
        self.apply_defaults()

    def restore(self, settings: QSettings) -> None:
        header_state = settings.value(f"pages/{self.key}/header")
        if isinstance(header_state, QByteArray):
            self.table.horizontalHeader().restoreState(header_state)
        splitter_state = settings.value(f"pages/{self.key}/splitter")
        if self.splitter is not None and isinstance(splitter_state, QByteArray):
            self.splitter.restoreState(splitter_state)

    def save(self, settings: QSettings) -> None:
        settings.setValue(f"pages/{self.key}/header", self.table.horizontalHeader().saveState())
        if self.splitter is not None:
            settings.setValue(f"pages/{self.key}/splitter", self.splitter.saveState())
