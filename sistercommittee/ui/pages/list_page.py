"""A page around one list: search and filters (applied in SQL), a sortable table fed page by
page, multi-selection, the page's buttons, and an optional detail pane beside the table.

Subclasses give the columns, the service query, the filter widgets and what New/Edit/Delete do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import errors
from sistercommittee.ui.models.paged_model import Column, PagedTableModel
from sistercommittee.ui.pages.base import Page
from sistercommittee.ui.pages.list_columns import ColumnLayout
from sistercommittee.ui.shown import shown_error
from sistercommittee.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from sistercommittee.services.paging import Page as ResultPage
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext

SEARCH_DELAY_MS = 120


class ListPage(Page):
    """Subclasses set ``key`` and implement title(), columns(), fetch(), base_query() and
    apply_filters(query)."""

    #: Rows per page fetched from the service.
    page_size = 200
    #: Where the detail pane goes: beside the list, or under it (for wide parts tables).
    detail_below = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._pending_select: list[str] = []
        self._detail_record: str | None = None
        # What the detail pane and the buttons were last set for: a reload that drops the
        # selected row (a search that hides it) resets the model without a selectionChanged.
        self._shown_selection: list[str] = []
        # The query is made on the first load: building it imports the services, which the
        # window must not wait for at start-up.
        self.model = PagedTableModel(
            ctx, self.fetch, self.columns(), None, self, page_size=self.page_size
        )
        self.model.loaded.connect(self._on_loaded)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.loading_changed.connect(self._on_loading_changed)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)

        heading = QHBoxLayout()
        self.heading = QLabel(self.title(), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.title())
        heading.addWidget(self.heading)
        heading.addSpacing(12)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        # The page's buttons wrap too, to the right, when the window is narrow.
        self.button_bar = FlowLayout(align_right=True)
        heading.addLayout(self.button_bar, 1)
        outer.addLayout(heading)

        # Search, filters and Clear Filters wrap onto a second row when the window is narrow,
        # rather than making the window wider than the screen.
        self.filter_bar = FlowLayout()
        self._filter_widgets: list[QWidget] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.search_placeholder())
        # A long hint elides in a narrow window: the whole hint in the tooltip.
        self.search.setToolTip(self.search_placeholder())
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setMinimumWidth(220)
        self.search.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.filter_bar.addWidget(self.search)
        self.clear_filters_button = QPushButton(self.tr("Clear Filters"), self)
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.filter_bar.addWidget(self.clear_filters_button)
        outer.addLayout(self.filter_bar)

        self.table = QTableView(self)
        self.table.setObjectName(f"{self.key}_table")
        self.table.setAccessibleName(self.title())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.column_layout = ColumnLayout(
            self.table, lambda: self.model.columns, self.key, ctx.settings
        )
        self._apply_default_widths()
        self._sync_sort_indicator()
        self.table.doubleClicked.connect(self._on_row_activated)
        self.table.activated.connect(self._on_row_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("empty_label")
        table_holder = QWidget(self)
        self._table_stack = QStackedLayout(table_holder)
        self._table_stack.addWidget(self.table)
        self._table_stack.addWidget(self.empty_label)

        self.splitter = QSplitter(
            Qt.Orientation.Vertical if self.detail_below else Qt.Orientation.Horizontal, self
        )
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table_holder)
        self.detail = self.make_detail_pane()
        if self.detail is not None:
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, 3 if not self.detail_below else 1)
            self.splitter.setStretchFactor(1, 1)
            self.splitter.setSizes([760, 280] if not self.detail_below else [300, 300])
        outer.addWidget(self.splitter, 1)
        self.column_layout.splitter = self.splitter

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_query)

        self.setup_filters()
        self.setup_buttons()
        self._restore_state()

    # --- for subclasses ----------------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch(self, db: Database, query: Any) -> ResultPage[Any]:
        raise NotImplementedError

    def base_query(self) -> Any:
        raise NotImplementedError

    def apply_filters(self, query: Any) -> Any:
        """``query`` with the search text and filter widgets applied."""
        return dataclasses.replace(query, search=self.search.text().strip())

    def setup_filters(self) -> None:
        """Add filter widgets with add_filter()."""

    def setup_buttons(self) -> None:
        """Add the page's buttons with add_button()."""

    def make_detail_pane(self) -> QWidget | None:
        return None

    def show_detail(self, record_id: str | None) -> None:
        """Show the selected record in the detail pane (None: nothing or several selected)."""

    def load_detail(
        self,
        record_id: str | None,
        get: Callable[[Database, str], Any],
        show: Callable[[Any], None],
        clear: Callable[[], None],
    ) -> None:
        """Read the selected record on a worker and show it, unless the selection moved on."""
        self._detail_record = record_id
        if record_id is None or not self.ctx.ready:
            clear()
            return
        db = self.ctx.db

        def done(detail: Any) -> None:
            if self._detail_record == record_id:
                show(detail)

        def failed(error: BaseException) -> None:
            from sistercommittee.errors import NotFoundError

            if self._detail_record != record_id:
                return
            clear()
            if not isinstance(error, NotFoundError):
                errors.show_error(self, error)

        self.ctx.read(self, lambda: get(db, record_id)).on_success(done).on_failure(failed).run()

    def search_placeholder(self) -> str:
        return self.tr("Search (Ctrl+F)")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("Nothing matches the search and filters. Clear Filters shows all.")
        return self.tr("Nothing here yet.")

    def noun_count(self, total: int) -> str:
        return self.tr("%n record(s)", "", total)

    # --- helpers -----------------------------------------------------------------------------

    def add_filter(self, widget: QWidget, label: str = "") -> None:
        """A filter before Clear Filters; its caption stays beside it when the row wraps."""
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        if label:
            caption = QLabel(label, group)
            caption.setBuddy(widget)
            row.addWidget(caption)
        row.addWidget(widget)
        self.filter_bar.insert_widget(-2, group)
        self._filter_widgets.append(widget)
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _index: self.apply_query())

    def add_button(
        self, text: str, slot: Callable[[], None], *, name: str, tooltip: str = ""
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(slot)
        self.button_bar.addWidget(button)
        return button

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [record_id for row in rows if (record_id := self.model.id_at(row))]

    def selected_rows(self) -> list[Any]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def current_id(self) -> str | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def select_ids(self, ids: Sequence[str]) -> None:
        """Select these records once they are loaded (after a save or a refresh)."""
        self._pending_select = list(ids)
        self._select_pending()

    def _with_current_order(self, query: Any) -> Any:
        """``query`` sorted as the list is now (for queries that can be sorted)."""
        current = self.model.query
        if not hasattr(query, "sort") or current is None:
            return query
        return dataclasses.replace(query, sort=current.sort, descending=current.descending)

    def is_filtered(self) -> bool:
        if self.model.query is None:
            return False
        return self.model.query != self._with_current_order(self.base_query())

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        self.apply_query()

    def refresh(self) -> None:
        if not self._pending_select:
            self._pending_select = self.selected_ids()
        self.model.refresh()
        self.refresh_detail()

    def refresh_detail(self) -> None:
        self.show_detail(self.current_id())

    def apply_query(self) -> None:
        self._search_timer.stop()
        if not self._activated:
            return  # read when the page is first shown
        query = self.apply_filters(self._with_current_order(self.base_query()))
        if not self._pending_select:
            # Still selected afterwards if the new search shows it, else nothing is.
            self._pending_select = self.selected_ids()
        self.model.set_query(query)

    def clear_filters(self) -> None:
        self._set_filters("")
        self.apply_query()

    def _set_filters(self, search: str) -> None:
        """Every filter back to "All", and ``search`` in the search field (without a reload)."""
        self.search.blockSignals(True)
        self.search.setText(search)
        self.search.blockSignals(False)
        for widget in self._filter_widgets:
            if isinstance(widget, QComboBox):
                widget.blockSignals(True)
                widget.setCurrentIndex(0)
                widget.blockSignals(False)
        self.reset_extra_filters()

    def reveal(self, record_id: str, search: str, part: str = "") -> None:
        """Show ``record_id`` selected, as Search Everything opens it: the list searched for
        ``search`` (what finds it among thousands), no other filter, the table focused, and the
        detail pane on ``part`` (a kind of sub-record: "contact", "mou" …) when it has one."""
        self._set_filters(search)
        self._pending_select = [record_id]
        self.apply_query()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if part:
            self.show_part(part)

    def show_part(self, part: str) -> None:
        """Turn the detail pane to the tab of ``part`` (pages with tabs of sub-records)."""
        tab = self.part_tabs().get(part)
        tabs = getattr(self, "tabs", None)
        if tab is not None and tabs is not None:
            tabs.setCurrentWidget(tab)

    def part_tabs(self) -> dict[str, QWidget]:
        return {}

    def reset_extra_filters(self) -> None:
        """Reset filter widgets that are not combo boxes (date ranges …)."""

    def _on_loaded(self, total: int) -> None:
        self.count_label.setText(self.noun_count(total))
        self.count_label.setAccessibleName(self.noun_count(total))
        if total == 0:
            self.empty_label.setText(self.empty_text(self.is_filtered()))
            self._table_stack.setCurrentWidget(self.empty_label)
        else:
            self._table_stack.setCurrentWidget(self.table)
        self._sync_sort_indicator()
        self._select_pending()
        if self.selected_ids() != self._shown_selection:
            self._on_selection_changed()
        else:
            self.actions_changed.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        from sistercommittee.errors import ValidationError

        if isinstance(error, ValidationError):  # a filter the service does not accept
            self.status_message.emit(shown_error(error))
            return
        errors.show_error(self, error)

    def _on_loading_changed(self, loading: bool) -> None:
        if loading and self.model.rowCount() == 0:
            self.count_label.setText(self.tr("Loading…"))

    def _select_pending(self) -> None:
        if not self._pending_select or self.model.loading:
            return
        selection = self.table.selectionModel()
        wanted, self._pending_select = self._pending_select, []
        first: QModelIndex | None = None
        selection.clearSelection()
        for record_id in wanted:
            row = self.model.row_of(record_id)
            if row < 0:
                continue
            index = self.model.index(row, 0)
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            if first is None:
                first = index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def _sync_sort_indicator(self) -> None:
        query = self.model.query
        if query is None or not hasattr(query, "sort"):
            return
        for number, column in enumerate(self.model.columns):
            if column.sort == query.sort:
                order = (
                    Qt.SortOrder.DescendingOrder
                    if query.descending
                    else Qt.SortOrder.AscendingOrder
                )
                header = self.table.horizontalHeader()
                header.blockSignals(True)
                header.setSortIndicator(number, order)
                header.blockSignals(False)
                return

    # --- selection and actions ---------------------------------------------------------------

    def _on_selection_changed(self, *_args: object) -> None:
        self._shown_selection = self.selected_ids()
        self.show_detail(self.current_id())
        self.selection_changed()
        self.actions_changed.emit()

    def selection_changed(self) -> None:
        """Enable or disable the page's own buttons."""

    def _on_row_activated(self, _index: QModelIndex) -> None:
        refusal = str(self.property("read_only_reason") or "")
        if refusal:  # the HQ account's role may not change records (ui/role_guard.py)
            self.status_message.emit(refusal)
        elif self.can_edit():
            self.edit_selected()

    def can_edit(self) -> bool:
        return self.current_id() is not None

    def can_delete(self) -> bool:
        return bool(self.selected_ids())

    def can_print(self) -> bool:
        return self.ctx.ready

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def context_actions(self) -> list[QAction | None]:
        """Extra entries of the table's context menu (None: a separator)."""
        return []

    def _on_context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        if self.can_new():
            menu.addAction(self.new_label(), self.new_record)
        edit = menu.addAction(self.tr("&Edit…"), self.edit_selected)
        edit.setEnabled(self.can_edit())
        delete = menu.addAction(self.tr("&Delete"), self.delete_selected)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setEnabled(self.can_delete())
        extra = self.context_actions()
        if extra:
            menu.addSeparator()
            for action in extra:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        menu.addSeparator()
        self.fill_columns_menu(menu.addMenu(self.tr("Co&lumns")))
        menu.exec(self.table.viewport().mapToGlobal(position))

    #: The list's name for services.exports ("" when it cannot be exported).
    export_kind = ""

    def can_export(self) -> bool:
        return bool(self.export_kind) and self.ctx.ready and self.model.query is not None

    def export_list(self) -> None:
        """Write the list, as filtered and sorted, to a CSV or Excel file (on a worker)."""
        from pathlib import Path

        from sistercommittee.ui.widgets.file_choice import choose_save_name

        if not self.can_export():
            return
        choose_save_name(
            self,
            self.tr("Export {list}").format(list=self.title()),
            Path.home() / f"{self.title()}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
            self.export_to,
        )

    def export_to(self, path: Any) -> None:
        db, kind = self.ctx.db, self.export_kind
        query = dataclasses.replace(self.model.query, offset=0)

        def job() -> Any:
            from sistercommittee.services.exports import export_list

            return export_list(db, kind, path, query=query)

        def done(result: Any) -> None:
            self.status_message.emit(
                self.tr("Exported %n row(s) to {path}.", "", result.rows).format(path=result.path)
            )

        self.ctx.read(self, job).with_progress(
            self.tr("Exporting {list}…").format(list=self.title()), cancellable=False
        ).on_success(done).run()

    def print_page(self) -> None:
        from sistercommittee.ui.printing import print_list

        print_list(
            self.ctx,
            self,
            self.title(),
            self.model.columns,
            self.fetch,
            self.model.query,
            header=self.header_horizontal_order(),
        )

    def header_horizontal_order(self) -> list[int]:
        header = self.table.horizontalHeader()
        return [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]

    # --- remembered layout -------------------------------------------------------------------

    def _apply_default_widths(self) -> None:
        self.column_layout.apply_defaults()

    def has_columns(self) -> bool:
        return True

    def fill_columns_menu(self, menu: QMenu) -> None:
        self.column_layout.fill_menu(menu)

    def _restore_state(self) -> None:
        self.column_layout.restore()
        self._sync_sort_indicator()

    def save_state(self) -> None:
        self.column_layout.save()
