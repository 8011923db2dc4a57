"""A list page's columns as the user arranged them: their default widths and which are shown,
the menu to show or hide them and to reset them (the header's context menu, the table's and
View > Columns give the same one), and their order, widths and shown columns remembered per page
(with the splitter between the list and its details)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu, QSplitter, QTableView

from sistercommittee.ui.models.paged_model import Column


class ColumnLayout:
    """The column layout of ``table``, whose columns ``columns`` gives, kept under the page's
    ``key`` in ``settings``; ``splitter``, once set, is remembered with it. A right-click on the
    table's header opens the columns menu."""

    def __init__(
        self,
        table: QTableView,
        columns: Callable[[], Sequence[Column]],
        key: str,
        settings: QSettings,
    ) -> None:
        self.table = table
        self.columns = columns
        self.key = key
        self.settings = settings
        self.splitter: QSplitter | None = None
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)

    def apply_defaults(self) -> None:
        metrics = self.table.horizontalHeader().fontMetrics()
        for number, column in enumerate(self.columns()):
            if column.width:
                self.table.setColumnWidth(number, column.default_width(metrics, 16))
            self.table.setColumnHidden(number, column.hidden)

    def _on_header_menu_requested(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fill_menu(menu)
        menu.popup(header.mapToGlobal(position))

    def shown_count(self) -> int:
        header = self.table.horizontalHeader()
        return sum(not header.isSectionHidden(n) for n in range(header.count()))

    def fill_menu(self, menu: QMenu) -> None:
        """``menu`` made the columns menu: a checkable entry a column, in the order they stand
        (the one column left shown cannot be unchecked), then Reset Columns."""
        menu.clear()
        header = self.table.horizontalHeader()
        columns = self.columns()
        last_shown = self.shown_count() <= 1
        for visual in range(header.count()):
            number = header.logicalIndex(visual)
            shown = not header.isSectionHidden(number)
            action = menu.addAction(columns[number].title.replace("&", "&&"))
            action.setObjectName(f"column_{columns[number].key}")
            action.setCheckable(True)
            action.setChecked(shown)
            action.setEnabled(not (shown and last_shown))
            action.toggled.connect(partial(self.set_shown, number))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ListPage", "Reset Columns"), self.reset)

    def set_shown(self, number: int, shown: bool) -> None:
        """Show or hide column ``number`` at once and remember it (never the last one shown)."""
        if not shown and self.shown_count() <= 1:
            return
        self.table.setColumnHidden(number, not shown)
        self.save()

    def reset(self) -> None:
        header = self.table.horizontalHeader()
        for number in range(header.count()):
            header.moveSection(header.visualIndex(number), number)
        self.apply_defaults()
        self.save()

    def restore(self) -> None:
        header_state = self.settings.value(f"pages/{self.key}/header")
        if isinstance(header_state, QByteArray):
            self.table.horizontalHeader().restoreState(header_state)
        splitter_state = self.settings.value(f"pages/{self.key}/splitter")
        if self.splitter is not None and isinstance(splitter_state, QByteArray):
            self.splitter.restoreState(splitter_state)

    def save(self) -> None:
        self.settings.setValue(
            f"pages/{self.key}/header", self.table.horizontalHeader().saveState()
        )
        if self.splitter is not None:
            self.settings.setValue(f"pages/{self.key}/splitter", self.splitter.saveState())
