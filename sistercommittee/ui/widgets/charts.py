"""Charts painted with QPainter (the app ships without QtCharts): bars with one or two series,
and a timeline of the partnerships. Colours come from the palette, so they follow light and dark;
the numbers are also given as the widget's accessible description for screen readers.

A chart's title is a label above what is painted: it wraps onto a second line where a language
makes it longer than the chart is wide ("Hours this year by kind of work" in Spanish or in the
stretched pseudo-locale) rather than being cut at the chart's edge, and the painting starts
below it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

SERIES_COLORS = ("#2f7fc1", "#f0a030", "#4caf50", "#c0504d", "#8064a2", "#7f7f7f")


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[float, ...]  # one per series, stacked
    text: str = ""  # shown above the bar (the total, formatted)

    @property
    def shown(self) -> str:
        """What the bar says of itself: its text, or its total in the user's marks ("2,5")."""
        if self.text:
            return self.text
        locale = QLocale()  # digits not grouped, as the charts always wrote them ("1234")
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        total = sum(self.values)
        if float(total).is_integer():
            return locale.toString(int(total))
        return locale.toString(float(total), "g", 6)


def _title_label(title: str, parent: QWidget) -> QLabel:
    label = QLabel(title, parent)
    label.setObjectName("chart_title")
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _with_title(chart: QWidget, label: QLabel, layout: QBoxLayout, margin: int) -> None:
    """``label`` at the top of ``chart``; what the chart paints goes below it."""
    layout.setContentsMargins(margin, 4, margin, 0)
    layout.setSpacing(0)
    layout.addWidget(label)
    outer = QVBoxLayout(chart)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addLayout(layout)
    outer.addStretch(1)


class BarChart(QWidget):
    """Vertical (or horizontal) bars; several values per bar are stacked."""

    def __init__(
        self,
        title: str,
        series: Sequence[str] = (),
        *,
        horizontal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_label = _title_label(title, self)
        self.title_label.setWordWrap(True)
        _with_title(self, self.title_label, QVBoxLayout(), 8)
        self.series = list(series)
        self.horizontal = horizontal
        self.bars: list[Bar] = []
        self.colors: list[str] = list(SERIES_COLORS)
        self.setAccessibleName(title)
        self.setMinimumSize(220, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader reads it

    def sizeHint(self) -> QSize:
        return QSize(320, 200)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.shown}" for bar in self.bars))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, 4, -8, -4)
        top = self.title_label.geometry().bottom() + 1 + 6
        if len(self.series) > 1:
            x = area.left()
            for number, name in enumerate(self.series):
                painter.fillRect(QRectF(x, top + 3, 10, 10), QColor(self._color(number)))
                painter.setPen(text_color)
                painter.drawText(QPointF(x + 14, top + line - 3), name)
                x += 24 + metrics.horizontalAdvance(name)
            top += line + 4
        plot = QRectF(area.left(), top, area.width(), area.bottom() - top)
        if not self.bars:
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No data yet"))
            return
        if self.horizontal:
            self._paint_horizontal(painter, plot, metrics, text_color, muted)
        else:
            self._paint_vertical(painter, plot, metrics, text_color, muted)

    def _color(self, number: int) -> str:
        return self.colors[number % len(self.colors)]

    def _paint_vertical(
        self,
        painter: QPainter,
        plot: QRectF,
        metrics: QFontMetrics,
        text_color: QColor,
        muted: QColor,
    ) -> None:
        line = metrics.height()
        biggest = max((sum(bar.values) for bar in self.bars), default=0) or 1
        bottom = plot.bottom() - line - 4
        height = bottom - plot.top() - line - 2
        slot = plot.width() / len(self.bars)
        width = max(4.0, min(48.0, slot * 0.6))
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(plot.left(), bottom), QPointF(plot.right(), bottom))
        for number, bar in enumerate(self.bars):
            x = plot.left() + slot * number + (slot - width) / 2
            y = bottom
            for series, value in enumerate(bar.values):
                h = height * value / biggest
                painter.fillRect(QRectF(x, y - h, width, h), QColor(self._color(series)))
                y -= h
            painter.setPen(text_color)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(
                QRectF(plot.left() + slot * number, bottom + 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
            text = bar.shown
            painter.drawText(
                QRectF(plot.left() + slot * number, y - line - 1, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(slot)),
            )

    def _paint_horizontal(
        self,
        painter: QPainter,
        plot: QRectF,
        metrics: QFontMetrics,
        text_color: QColor,
        muted: QColor,
    ) -> None:
        line = metrics.height()
        biggest = max((sum(bar.values) for bar in self.bars), default=0) or 1
        # Up to half the width for the labels: translated ones run longer ("Recaudación de
        # fondos" for "Fundraising"); the bars keep the rest.
        label_width = min(
            plot.width() * 0.5, max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + 8
        )
        value_width = max(metrics.horizontalAdvance(bar.shown) for bar in self.bars) + 8
        slot = min(plot.height() / len(self.bars), line * 1.8)
        span = plot.width() - label_width - value_width
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for number, bar in enumerate(self.bars):
            y = plot.top() + slot * number
            painter.setPen(text_color)
            label_rect = QRectF(plot.left(), y, label_width - 6, slot)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignVCenter
                | (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight),
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_rect.width())),
            )
            x = plot.left() + label_width
            for series, value in enumerate(bar.values):
                w = span * value / biggest
                painter.fillRect(
                    QRectF(x, y + slot * 0.2, w, slot * 0.6), QColor(self._color(series))
                )
                x += w
            painter.setPen(text_color)
            painter.drawText(
                QRectF(x + 4, y, value_width, slot),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                bar.shown,
            )


@dataclass(frozen=True)
class Milestone:
    when: date
    label: str
    color: str


class Timeline(QWidget):
    """Partnerships along the years they were signed: a dot and the city's name for each."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = _title_label(title, self)
        # The legend is painted beside the title, in the room the title leaves.
        heading = QHBoxLayout()
        _with_title(self, self.title_label, heading, 10)
        heading.addStretch(1)
        self.milestones: list[Milestone] = []
        self.legend: list[tuple[str, str]] = []
        self.setAccessibleName(title)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(600, 170)

    def set_milestones(
        self, milestones: Sequence[Milestone], legend: Sequence[tuple[str, str]] = ()
    ) -> None:
        self.milestones = sorted(milestones, key=lambda m: m.when)
        self.legend = list(legend)
        self.setAccessibleDescription(
            "; ".join(f"{m.when.year}: {m.label}" for m in self.milestones)
        )
        self.update()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, text_color: QColor) -> None:
        """The legend's entries after the title, in the direction of reading."""
        title = self.title_label.geometry()
        middle = title.top() + title.height() / 2
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        gap = 40.0
        x = title.left() - gap if rtl else title.right() + 1 + gap
        for text, color in self.legend:
            width = metrics.horizontalAdvance(text)
            dot = x - 5 if rtl else x
            painter.setBrush(QColor(color))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(dot, middle), 5, 5)
            painter.setPen(text_color)
            left = dot - 9 - width if rtl else dot + 9
            painter.drawText(
                QRectF(left, title.top(), width + 1, title.height()),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            step = width + 28
            x = x - step if rtl else x + step

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(10, 4, -10, -4)
        self._paint_legend(painter, metrics, text_color)
        if not self.milestones:
            painter.setPen(muted)
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, self.tr("No signed partnerships yet")
            )
            return
        first = min(m.when.year for m in self.milestones)
        last = max(max(m.when.year for m in self.milestones), date.today().year)
        first = min(first, last - 4)
        axis_y = area.bottom() - line - 6
        left, right = area.left() + 20, area.right() - 20

        def x_of(day: date) -> float:
            span = (date(last + 1, 1, 1) - date(first, 1, 1)).days
            return left + (right - left) * (day - date(first, 1, 1)).days / span

        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        step = max(1, (last - first + 1) // 10)
        for year in range(first, last + 2, step):
            x = x_of(date(year, 1, 1))
            painter.drawLine(QPointF(x, axis_y - 3), QPointF(x, axis_y + 3))
            painter.drawText(
                QRectF(x - 30, axis_y + 4, 60, line), Qt.AlignmentFlag.AlignHCenter, str(year)
            )
        rows = max(1, int((axis_y - area.top() - line * 2) // (line + 2)))
        last_x: list[float] = [-1e9] * rows
        for milestone in self.milestones:
            x = x_of(milestone.when)
            width = metrics.horizontalAdvance(milestone.label) + 14
            row = next((r for r in range(rows) if last_x[r] < x - 4), 0)
            last_x[row] = x + width
            y = axis_y - 10 - row * (line + 2)
            painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, axis_y), QPointF(x, y))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(milestone.color))
            painter.drawEllipse(QPointF(x, y), 5, 5)
            painter.setPen(text_color)
            painter.drawText(QPointF(x + 8, y + metrics.ascent() / 2 - 1), milestone.label)
