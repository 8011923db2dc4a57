"""The parts of a record shown in its detail pane (contacts, shifts, participants …): a small
table with Add, Edit and Remove buttons. The rows come from the record's detail; the page says
what each button does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui.models.paged_model import Column
from sistercommittee.ui.widgets.flow_layout import FlowLayout
from sistercommittee.ui.widgets.table_rows import select_row

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A fixed list of rows (the parts of one record; never many)."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        return None


class SubList(QWidget):
    """Signals:
    selection_changed(): the selected rows changed.
    """

    selection_changed = Signal()

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        *,
        name: str,
        add_text: str,
        on_add: Callable[[], None] | None = None,
        on_edit: Callable[[Any], None] | None = None,
        on_remove: Callable[[list[Any]], None] | None = None,
        remove_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._on_edit = on_edit
        self._on_remove = on_remove
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.model = RowsModel(columns, self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}_table")
        self.table.setAccessibleName(title)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for number, column in enumerate(columns):
            if column.width:
                self.table.setColumnWidth(number, column.default_width(metrics, 12))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.installEventFilter(self)  # the Delete key removes the selected rows
        layout.addWidget(self.table, 1)

        self.empty = QLabel(self)
        self.empty.setEnabled(False)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)

        # The buttons wrap onto a second row in a narrow pane (the volunteer's hours beside the
        # list) rather than widen it past its edge.
        buttons = FlowLayout()
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.setVisible(on_add is not None)
        if on_add is not None:
            self.add_button.clicked.connect(on_add)
        buttons.addWidget(self.add_button)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName(f"{name}_edit")
        self.edit_button.setVisible(on_edit is not None)
        self.edit_button.clicked.connect(self.edit_current)
        buttons.addWidget(self.edit_button)
        self.remove_button = QPushButton(remove_text or self.tr("Remove"), self)
        self.remove_button.setObjectName(f"{name}_remove")
        self.remove_button.setVisible(on_remove is not None)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setToolTip(
            self.tr("Remove the selected rows ({key} in the list)").format(
                key=QKeySequence(QKeySequence.StandardKey.Delete).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        buttons.addWidget(self.remove_button)
        self.extra_buttons = buttons
        layout.addLayout(buttons)
        self._empty_text = ""
        self._on_selection_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (Backspace on macOS) in the table removes the selected rows, as the Remove
        button does; taken before any window shortcut on the same key (a page's Delete)."""
        if watched is not self.table or not isinstance(event, QKeyEvent):
            return False
        if not event.matches(QKeySequence.StandardKey.Delete):
            return False
        can_remove = self.remove_button.isVisible() and self.remove_button.isEnabled()
        if event.type() == QEvent.Type.ShortcutOverride:
            if can_remove:
                event.accept()
                return True
            return False
        if event.type() == QEvent.Type.KeyPress and can_remove:
            self.remove_selected()
            return True
        return False

    def add_extra_button(self, text: str, slot: Callable[[], None], *, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.extra_buttons.addWidget(button)
        return button

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text

    def set_rows(self, rows: Sequence[Any]) -> None:
        selected = {getattr(row, "id", None) for row in self.selected()}
        self.model.set_rows(rows)
        self.empty.setText(self._empty_text)
        self.empty.setVisible(not rows and bool(self._empty_text))
        for number, row in enumerate(rows):
            if getattr(row, "id", None) in selected:
                select_row(self.table, number)
        self._on_selection_changed()

    def selected(self) -> list[Any]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def select_row(self, number: int) -> None:
        select_row(self.table, number)

    def _on_current_row_changed(self, current: Any, _previous: Any) -> None:
        # The first Down into a list with nothing selected moves the cursor only; the row
        # under it is the one Enter opens, so select it as a click would.
        if current.isValid() and not self.table.selectionModel().hasSelection():
            select_row(self.table, current.row())

    def edit_current(self) -> None:
        rows = self.selected()
        if len(rows) == 1 and self._on_edit is not None and self.edit_button.isEnabled():
            self._on_edit(rows[0])

    def remove_selected(self) -> None:
        rows = self.selected()
        if rows and self._on_remove is not None:
            self._on_remove(rows)

    def set_enabled_actions(self, enabled: bool) -> None:
        self.add_button.setEnabled(enabled)
        self._on_selection_changed()

    def _on_selection_changed(self, *_args: object) -> None:
        count = len(self.selected())
        allowed = self.add_button.isEnabled()
        self.edit_button.setEnabled(allowed and count == 1)
        self.remove_button.setEnabled(allowed and count > 0)
        self.selection_changed.emit()
