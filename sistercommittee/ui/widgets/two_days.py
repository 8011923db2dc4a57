"""The two cities' days side by side: one column per city, one band per half hour of our day,
coloured by what each city is doing then (at work, awake, asleep), the hours both share marked
between them, and the chosen slot outlined. Clicking a half hour (or Up/Down and Enter) picks it.
In a right-to-left layout the picture is mirrored (our city on the right), its texts are not.

Signals:
    slot_picked(int): the index of the half hour picked (in MeetingTimes.cells).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sistercommittee.messages import format_day
from sistercommittee.ui import formatting

if TYPE_CHECKING:
    from sistercommittee.services.meeting_times import MeetingTimes

STATE_COLORS = {"work": "#2f7d4f", "awake": "#9fd3b0", "asleep": "#dfe3ea"}
BOTH_COLORS = {"work": "#1a5fb4", "awake": "#8fb8f0", "none": "#00000000"}
HEADER = 34
ROW = 9  # pixels per half hour
MIDDLE = 70


def _day(day: date) -> str:
    """ "Wed, Dec 2", "mié, 2 dic", "12月2日(水)": the day as the interface's language writes it."""
    return format_day(day, "MMMEd", QLocale().name())


def _weekday(day: date) -> str:
    return format_day(day, "EEE", QLocale().name())


class TwoDaysWidget(QWidget):
    slot_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("two_days")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.times: MeetingTimes | None = None
        self.current = -1

    def set_times(self, times: MeetingTimes | None) -> None:
        self.times = times
        self.current = -1
        if times is not None:
            best = next((i for i, c in enumerate(times.cells) if c.both == "work"), None)
            if best is None:
                best = next((i for i, c in enumerate(times.cells) if c.both == "awake"), -1)
            self.current = best
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        cells = len(self.times.cells) if self.times else 48
        return QSize(520, HEADER + cells * ROW + 8)

    def _column_width(self) -> float:
        return (self.width() - MIDDLE - 110) / 2

    def _visual(self, rect: QRectF) -> QRectF:
        """``rect`` (laid out left to right) where it goes in this widget's direction: mirrored
        in a right-to-left layout, as Qt mirrors its own widgets (our city then on the right,
        its hours at the right edge, the partner city on the left)."""
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.y(), rect.width(), rect.height())

    def _side(self, left: bool) -> Qt.AlignmentFlag:
        """Left (or right) in this widget's direction, as an absolute alignment: QPainter would
        flip a plain AlignLeft in a right-to-left layout on its own."""
        if self.isRightToLeft():
            left = not left
        side = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
        return side | Qt.AlignmentFlag.AlignAbsolute

    def columns(self) -> dict[str, QRectF]:
        """Where the parts of the picture are, in this widget's direction: "home" and
        "partner" (the two days), "both" (between them), "home_hours" and "partner_hours"
        (the clock times beside them)."""
        column = self._column_width()
        left_label = 52.0
        height = float(self.height())
        home_x = left_label
        middle_x = home_x + column
        partner_x = middle_x + MIDDLE
        parts = {
            "home_hours": QRectF(0, 0, left_label - 6, height),
            "home": QRectF(home_x, 0, column, height),
            "both": QRectF(middle_x, 0, MIDDLE, height),
            "partner": QRectF(partner_x, 0, column, height),
            "partner_hours": QRectF(partner_x + column + 6, 0, 100, height),
        }
        return {name: self._visual(rect) for name, rect in parts.items()}

    def paintEvent(self, event: QPaintEvent) -> None:
        times = self.times
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if times is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No day chosen"))
            return
        visual = self._visual
        center = Qt.AlignmentFlag.AlignCenter
        column = self._column_width()
        left_label = 52.0
        home_x = left_label
        middle_x = home_x + column
        partner_x = middle_x + MIDDLE
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().windowText().color())
        first = times.cells[0]
        painter.drawText(visual(QRectF(home_x, 0, column, 16)), center, times.home_city)
        painter.drawText(visual(QRectF(partner_x, 0, column, 16)), center, times.partner_city)
        painter.drawText(visual(QRectF(middle_x, 0, MIDDLE, 16)), center, self.tr("Both"))
        painter.setFont(self.font())
        painter.drawText(
            visual(QRectF(home_x, 16, column, 16)),
            center,
            formatting.isolated(f"{_day(first.home_local.date())} ({first.home_local.tzname()})"),
        )
        last = times.cells[-1]
        partner_days = formatting.fmt_range(
            _weekday(first.partner_local.date()), _day(last.partner_local.date()), "–"
        )
        if first.partner_local.date() == last.partner_local.date():
            partner_days = _day(first.partner_local.date())
        painter.drawText(
            visual(QRectF(partner_x - MIDDLE / 2, 16, column + MIDDLE, 16)),
            center,
            formatting.isolated(f"{partner_days} ({first.partner_local.tzname()})"),
        )
        for index, cell in enumerate(times.cells):
            y = HEADER + index * ROW
            painter.fillRect(
                visual(QRectF(home_x, y, column, ROW - 1)), QColor(STATE_COLORS[cell.home_state])
            )
            painter.fillRect(
                visual(QRectF(partner_x, y, column, ROW - 1)),
                QColor(STATE_COLORS[cell.partner_state]),
            )
            if cell.both != "none":
                painter.fillRect(
                    visual(QRectF(middle_x + 8, y, MIDDLE - 16, ROW - 1)),
                    QColor(BOTH_COLORS[cell.both]),
                )
            if cell.home_local.minute == 0 and cell.home_local.hour % 2 == 0:
                painter.setPen(self.palette().windowText().color())
                painter.drawText(
                    visual(QRectF(0, y - 4, left_label - 6, ROW * 2)),
                    self._side(left=False),  # against our city's day
                    f"{cell.home_local:%H:%M}",
                )
            if cell.partner_local.minute in (0, 30) and index % 4 == 0:
                painter.setPen(self.palette().windowText().color())
                painter.drawText(
                    visual(QRectF(partner_x + column + 6, y - 4, 100, ROW * 2)),
                    self._side(left=True),
                    f"{cell.partner_local:%H:%M}",
                )
        if 0 <= self.current < len(times.cells):
            y = HEADER + self.current * ROW
            pen = QPen(QColor("#e01b24"))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                visual(QRectF(home_x - 2, y - 2, partner_x + column - home_x + 4, ROW + 2))
            )
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def _pick(self, index: int) -> None:
        if self.times is None:
            return
        index = max(0, min(index, len(self.times.cells) - 1))
        self.current = index
        self.update()
        self.slot_picked.emit(index)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.times is None:
            return
        index = int((event.position().y() - HEADER) // ROW)
        if 0 <= index < len(self.times.cells):
            self.setFocus()
            self._pick(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Down:
            self._pick(self.current + 1)
        elif key == Qt.Key.Key_Up:
            self._pick(self.current - 1)
        elif key == Qt.Key.Key_PageDown:
            self._pick(self.current + 2)
        elif key == Qt.Key.Key_PageUp:
            self._pick(self.current - 2)
        else:
            super().keyPressEvent(event)
