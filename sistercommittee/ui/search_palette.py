"""Edit > Search Everything (Ctrl+K): a palette above the window that finds any record by name,
city, email or place as one types; the arrow keys move through the hits, Enter opens the one
chosen on its page with it selected, Esc closes.

The search runs on a worker (services.search, in SQL); what a slower, older search answers after
a newer one was started is dropped. More hits are read when the selection reaches the last one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import icons
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.services.paging import Page
    from sistercommittee.services.search import SearchHit
    from sistercommittee.ui.context import AppContext

SEARCH_DELAY_MS = 150
PAGE_SIZE = 20

#: Keys typed into the search field that move through the hits instead.
_MOVE_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class SearchPalette(QDialog):
    """Signals:
    chosen(SearchHit): the user opened this hit (Enter, or a double click).
    """

    chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hits: list[SearchHit] = []
        self.total = 0
        self._generation = 0
        self._term = ""
        self._loading_more = False
        self.setObjectName("search_palette")
        self.setWindowTitle(self.tr("Search Everything"))
        self.setAccessibleName(self.tr("Search everything"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        # Without a window frame, a border of its own sets it off from the window below.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#search_palette { border: 1px solid palette(dark); border-radius: 6px; "
            "background: palette(window); }"
        )

        self.field = QLineEdit(self)
        self.field.setObjectName("search_everything")
        self.field.setPlaceholderText(
            self.tr("Partner cities, volunteers, events, exchanges, contacts, emails…")
        )
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.field.setFont(font)
        self.field.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("search_hits")
        self.list.setAccessibleName(self.tr("Records found"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        # A hit's second line (its kind, its dates, an address) can be longer than the palette,
        # more so in a longer language: it wraps rather than being cut (a page shows 20 hits).
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.currentRowChanged.connect(self._on_current_row_changed)
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self._show_status()
        self._place()

    # --- placing -----------------------------------------------------------------------------

    def _place(self) -> None:
        """Across the top of the window, as palettes are."""
        parent = self.parentWidget()
        if parent is None:
            self.resize(560, 420)
            return
        window = parent.window()
        width = max(min(640, window.width() - 40), 320)
        height = max(min(440, window.height() - 80), 240)
        self.resize(width, height)
        top_left = window.mapToGlobal(window.rect().topLeft())
        self.move(top_left.x() + (window.width() - width) // 2, top_left.y() + 60)

    # --- searching ---------------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        self._term = " ".join(self.field.text().split())
        self._generation += 1
        self._loading_more = False
        from sistercommittee.services.search import MIN_TERM

        if len(self._term) < MIN_TERM or not self.ctx.ready:
            self._show([], 0, replace=True)
            return
        self._fetch(0, replace=True)

    def _fetch(self, offset: int, *, replace: bool) -> None:
        db, term, generation = self.ctx.db, self._term, self._generation

        def job() -> Page[SearchHit]:
            from sistercommittee.services.search import SearchQuery, search_records

            return search_records(db, SearchQuery(term, offset=offset, limit=PAGE_SIZE))

        def done(page: Page[SearchHit]) -> None:
            if generation == self._generation:
                self._loading_more = False
                self._show(list(page.items), page.total, replace=replace)

        def failed(error: BaseException) -> None:
            from sistercommittee.errors import SisterCommitteeError

            if generation != self._generation:
                return
            self._loading_more = False
            if isinstance(error, SisterCommitteeError):
                self.status.setText(shown(error.message))
            else:
                from sistercommittee.ui import errors

                errors.show_error(self, error)

        self.ctx.read(self, job).on_success(done).on_failure(failed).run()

    def _show(self, hits: list[SearchHit], total: int, *, replace: bool) -> None:
        keep = self.list.currentRow()
        if replace:
            self.hits = []
            self.list.clear()
        self.total = total
        for hit in hits:
            self.hits.append(hit)
            self.list.addItem(self._item(hit))
        if self.hits:
            self.list.setCurrentRow(0 if replace else max(keep, 0))
        self._show_status()

    def _item(self, hit: SearchHit) -> QListWidgetItem:
        from sistercommittee.ui.formatting import country_name, fmt_date

        parts = [
            kind_label(hit.kind),
            fmt_date(hit.on) if hit.on else "",
            country_name(hit.country),
            hit.detail,
        ]
        text = f"{hit.title}\n" + " · ".join(part for part in parts if part)
        item = QListWidgetItem(icons.icon(hit.page), text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        item.setToolTip(text.replace("\n", " — "))
        return item

    def _show_status(self) -> None:
        from sistercommittee.services.search import MIN_TERM

        if len(self._term) < MIN_TERM:
            text = self.tr("Type two letters or more. ↑ ↓ choose, Enter opens, Esc closes.")
        elif not self.total:
            text = self.tr("Nothing matches “{term}”.").format(term=self._term)
        elif self.total > len(self.hits):
            text = self.tr("{shown} of {total} records; ↓ past the last shows more.").format(
                shown=len(self.hits), total=self.total
            )
        else:
            text = self.tr("%n record(s) found.", "", self.total)
        self.status.setText(text)

    def _on_current_row_changed(self, row: int) -> None:
        if row == len(self.hits) - 1 and len(self.hits) < self.total and not self._loading_more:
            self._loading_more = True
            self._fetch(len(self.hits), replace=False)

    # --- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in _MOVE_KEYS:
                QApplication.sendEvent(self.list, event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # Enter before the search ran: run it now
                    self.run_search()
                else:
                    self.open_current()
                return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.accept()
            self.chosen.emit(hit)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.list.setCurrentItem(item)
        self.open_current()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)
        self.field.selectAll()


def kind_label(kind: Any) -> str:
    from sistercommittee.services.search import RecordKind

    texts = {
        RecordKind.PARTNERSHIP: QApplication.translate("SearchPalette", "Partnership"),
        RecordKind.VOLUNTEER: QApplication.translate("SearchPalette", "Volunteer"),
        RecordKind.EVENT: QApplication.translate("SearchPalette", "Event"),
        RecordKind.EXCHANGE: QApplication.translate("SearchPalette", "Exchange"),
        RecordKind.MOU: QApplication.translate("SearchPalette", "MOU"),
        RecordKind.CONTACT: QApplication.translate("SearchPalette", "Partner contact"),
        RecordKind.PARTICIPANT: QApplication.translate("SearchPalette", "Exchange participant"),
        RecordKind.HOST_FAMILY: QApplication.translate("SearchPalette", "Host family"),
    }
    return texts.get(kind, str(kind))
