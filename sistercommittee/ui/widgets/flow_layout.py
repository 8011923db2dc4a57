"""A layout that places its widgets in a row and wraps them onto further rows when the space is
narrow, as text wraps: a row of filters then never makes the window wider than the screen.

After the flow layout of Qt's examples (widgets/layouts/flowlayout), with insertion.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing: int = -1, *, align_right: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._align_right = align_right
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- the items ---------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` (counting from the end when negative).

        The item is made by Qt (``addWidget``) and then moved: an item made here would belong to
        Python, and Qt deletes a layout's items itself when their widget goes, so Python deleted
        it a second time later (a segmentation fault at garbage collection)."""
        self.addWidget(widget)
        item = self._items.pop()
        position = index if index >= 0 else len(self._items) + index + 1
        self._items.insert(max(0, min(position, len(self._items))), item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes -------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All in one row."""
        width = height = 0
        for number, item in enumerate(self._visible()):
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, horizontal=True) if number else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest item: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing -----------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        # Qt may already have deleted the item of a widget being destroyed.
        self._items = [item for item in self._items if shiboken6.isValid(item)]
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, item: QLayoutItem, *, horizontal: bool) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        control = QSizePolicy.ControlType.PushButton
        orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
        gap = style.layoutSpacing(control, control, orientation)
        if gap < 0:
            metric = (
                QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                if horizontal
                else QStyle.PixelMetric.PM_LayoutVerticalSpacing
            )
            gap = style.pixelMetric(metric)
        return max(gap, 4)

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QSize, int]] = []

        def finish_row() -> None:
            # Items of a row share its height and are centred in it vertically.
            if move and row:
                _item, last_hint, last_left = row[-1]
                shift = area.right() + 1 - (last_left + last_hint.width())
                shift = max(shift, 0) if self._align_right else 0
                for item, hint, left in row:
                    top = y + (row_height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(left + shift, top), hint))

        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(max(area.width(), 1), 1 << 20))
            hint = hint.expandedTo(item.minimumSize())
            gap_x = self._gap(item, horizontal=True)
            if row and x + hint.width() > area.right() + 1:
                finish_row()
                y += row_height + self._gap(item, horizontal=False)
                x, row_height, row = area.x(), 0, []
            row.append((item, hint, x))
            x += hint.width() + gap_x
            row_height = max(row_height, hint.height())
        finish_row()
        return y + row_height - rect.y() + margins.bottom()
