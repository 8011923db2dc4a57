"""The calendar that drops down from a date field: month and year jumps, Today and Clear.

Years are typed, not paged through: a signing date in 1996 is one Alt+Y and four digits away
(or Ctrl+PageUp, a year a press). The popup is a plain Qt.Popup frame, so Escape or a click
outside closes it and gives the focus back to the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui.formatting import pydate, qdate

EARLIEST_YEAR = 1800
LATEST_YEAR = 2200


class CalendarPopup(QFrame):
    """Signals:
    picked(object): a date (datetime.date) was chosen, or None for Clear.
    """

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, clearable: bool = True) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendar_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        jumps = QHBoxLayout()
        self.previous_year = self._arrow("«", self.tr("Previous year"), -12)
        self.previous_month = self._arrow("‹", self.tr("Previous month"), -1)
        self.month = QComboBox(self)
        self.month.setObjectName("calendar_month")
        self.month.setAccessibleName(self.tr("Month"))
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number), number)
        self.year = QSpinBox(self)
        self.year.setObjectName("calendar_year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(EARLIEST_YEAR, LATEST_YEAR)
        self.year.setGroupSeparatorShown(False)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.next_month = self._arrow("›", self.tr("Next month"), 1)
        self.next_year = self._arrow("»", self.tr("Next year"), 12)
        for widget in (self.previous_year, self.previous_month, self.month):
            jumps.addWidget(widget)
        jumps.addWidget(year_label)
        for widget in (self.year, self.next_month, self.next_year):
            jumps.addWidget(widget)
        layout.addLayout(jumps)

        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumDate(QDate(EARLIEST_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(LATEST_YEAR, 12, 31))
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # Weeks begin on the locale's first day: Sunday in the US and Japan, Monday in Spain.
        self.calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        self.calendar.activated.connect(self._on_activated)
        self.calendar.clicked.connect(self._on_activated)
        self.calendar.currentPageChanged.connect(self._on_page_changed)
        layout.addWidget(self.calendar)

        buttons = QHBoxLayout()
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.clicked.connect(lambda: self._choose(date.today()))
        buttons.addWidget(self.today_button)
        buttons.addStretch(1)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.clicked.connect(lambda: self._choose(None))
        self.clear_button.setVisible(clearable)
        buttons.addWidget(self.clear_button)
        layout.addLayout(buttons)

        self.month.activated.connect(self._on_jump)
        self.year.valueChanged.connect(self._on_jump)

    def _arrow(self, text: str, name: str, months: int) -> QToolButton:
        button = QToolButton(self)
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # Mirrored, "previous" sits on the right: its arrow points right, the way back.
            text = text.translate(str.maketrans("«‹›»", "»›‹«"))
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.move_months(months))
        return button

    def open_at(self, anchor: QWidget, day: date | None) -> None:
        """Show below ``anchor`` on ``day`` (this month when None), the day focused."""
        shown = qdate(day) if day else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self._on_page_changed(shown.year(), shown.month())
        self.adjustSize()
        below = anchor.mapToGlobal(anchor.rect().bottomLeft())
        screen = anchor.screen().availableGeometry()
        x = min(below.x(), screen.right() - self.width())
        y = (
            below.y()
            if below.y() + self.height() <= screen.bottom()
            else (anchor.mapToGlobal(anchor.rect().topLeft()).y() - self.height())
        )
        self.move(max(x, screen.left()), max(y, screen.top()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def move_months(self, months: int) -> None:
        year, month = divmod(
            self.calendar.yearShown() * 12 + self.calendar.monthShown() - 1 + months, 12
        )
        year = min(max(year, EARLIEST_YEAR), LATEST_YEAR)
        self._show_page(year, month + 1)

    def _show_page(self, year: int, month: int) -> None:
        selected = self.calendar.selectedDate()
        day = min(selected.day(), QDate(year, month, 1).daysInMonth())
        self.calendar.setCurrentPage(year, month)
        self.calendar.setSelectedDate(QDate(year, month, day))

    def _on_jump(self) -> None:
        self._show_page(self.year.value(), int(self.month.currentData()))

    def _on_page_changed(self, year: int, month: int) -> None:
        self.year.blockSignals(True)
        self.month.blockSignals(True)
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)
        self.year.blockSignals(False)
        self.month.blockSignals(False)

    def _on_activated(self, day: QDate) -> None:
        self._choose(pydate(day))

    def _choose(self, day: date | None) -> None:
        self.hide()
        self.picked.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and control:
            self.move_months(-12 if key == Qt.Key.Key_PageUp else 12)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.calendar.hasFocus():
                self._on_activated(self.calendar.selectedDate())
            else:  # the year or month typed: on to the days
                self._on_jump()
                self.calendar.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)
