"""A table model fed page by page from a service's list query, on a worker thread.

The view asks for more rows as the user scrolls (canFetchMore/fetchMore); each page is one
service call on the reader pool. Filtering and sorting change the query and reload from the first
page, in SQL: nothing is filtered in Python, so a list of a hundred thousand rows stays quick.
Answers to an older query (the user typed another letter meanwhile) are dropped.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sistercommittee.ui.formatting import isolated

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics

    from sistercommittee.services.paging import Page
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext

log = logging.getLogger(__name__)

PAGE_SIZE = 200
FIRST_PAGE = 50  # a screenful and more: the first answer after a new filter comes quickest
RELOAD_MAX = 1000  # a refresh reloads the rows already shown, up to the service's page limit

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its translated title, how a row shows in it, and the service's sort key (None:
    the column cannot be sorted)."""

    key: str
    title: str
    text: Callable[[Any], str]
    sort: str | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    tooltip: Callable[[Any], str] | None = None
    decoration: Callable[[Any], Any] | None = None
    foreground: Callable[[Any], Any] | None = None
    width: int = 0  # default width in characters (0: fit the title)
    hidden: bool = False  # hidden until the user shows it (header's context menu)

    def default_width(self, metrics: QFontMetrics, padding: int) -> int:
        """The width in pixels ``width`` characters take, and never less than the title: a
        translated title may be longer, and Japanese characters are twice as wide as Latin."""
        title = metrics.horizontalAdvance(self.title) + padding + metrics.height()  # sort arrow
        return max(self.width * metrics.averageCharWidth() + padding, title)


class PagedTableModel(QAbstractTableModel):
    """Rows of one list query.

    Signals:
        loaded(int): a page arrived; the total number of rows matching the query.
        load_failed(object): the query failed (shown by the page).
        loading_changed(bool): a query is under way, or not any more.
    """

    loaded = Signal(int)
    load_failed = Signal(object)
    loading_changed = Signal(bool)

    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        ctx: AppContext,
        fetch: Callable[[Database, Any], Page[Any]],
        columns: Sequence[Column],
        query: Any,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._fetch = fetch
        self._columns = list(columns)
        self._query = query
        self._page_size = page_size
        self.first_page = min(page_size, FIRST_PAGE)
        self._rows: list[Any] = []
        self._total = 0
        self._generation = 0
        self._loading = False
        self._started = False
        self.last_load_ms = 0.0
        self._pending_sort: tuple[str, bool] | None = None  # asked before the first query

    # --- the query ---------------------------------------------------------------------------

    @property
    def query(self) -> Any:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def columns(self) -> list[Column]:
        return self._columns

    def set_query(self, query: Any) -> None:
        """Show the rows of ``query`` (reloads from the first page)."""
        if self._pending_sort is not None and hasattr(query, "sort"):
            key, descending = self._pending_sort
            query = dataclasses.replace(query, sort=key, descending=descending)
            self._pending_sort = None
        self._query = query
        self._load(offset=0, limit=self.first_page, replace=True)

    def refresh(self) -> None:
        """Reload what is shown (after a change), keeping as many rows as are loaded now."""
        if self._query is None:
            return
        limit = min(max(len(self._rows), self._page_size), RELOAD_MAX)
        self._load(offset=0, limit=limit, replace=True)

    def start(self) -> None:
        if not self._started:
            self._started = True
            self.set_query(self._query)

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(row)
            return isolated(text) if isinstance(text, str) else text  # own order right to left
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == self.IdRole:
            return row.id
        if role == self.RowRole:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(offset=len(self._rows), limit=self._page_size, replace=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query is None:  # the page has not loaded yet: sort its first query
            self._pending_sort = (key, descending)
            return
        if key == getattr(self._query, "sort", None) and descending == getattr(
            self._query, "descending", None
        ):
            return
        self.set_query(dataclasses.replace(self._query, sort=key, descending=descending))

    # --- rows --------------------------------------------------------------------------------

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.id if found is not None else None

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == record_id:
                return number
        return -1

    # --- loading -----------------------------------------------------------------------------

    def _load(self, *, offset: int, limit: int, replace: bool) -> None:
        if not self._ctx.ready or self._query is None:
            return
        self._started = True
        self._generation += 1
        generation = self._generation
        query = dataclasses.replace(self._query, offset=offset, limit=limit)
        db = self._ctx.db
        fetch = self._fetch
        self._set_loading(True)
        started = time.perf_counter()

        def job() -> Page[Any]:
            return fetch(db, query)

        def done(page: Page[Any]) -> None:
            if generation != self._generation:
                return  # an older query: a newer one is under way
            self.last_load_ms = (time.perf_counter() - started) * 1000
            self._apply(page, replace)
            self._set_loading(False)
            self.loaded.emit(self._total)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_loading(False)
            self.load_failed.emit(error)

        self._ctx.read(self, job).on_success(done).on_failure(failed).run()

    def _apply(self, page: Page[Any], replace: bool) -> None:
        self._total = page.total
        if replace:
            self.beginResetModel()
            self._rows = list(page.items)
            self.endResetModel()
            return
        if not page.items:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
        self._rows.extend(page.items)
        self.endInsertRows()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
