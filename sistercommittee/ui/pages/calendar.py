"""The calendar: events by month or by week. Hovering an event shows when it is in our city and
in each partner city it concerns (their own clocks, daylight saving on both sides); Enter on a
day opens its event on the Events page.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.messages import format_day
from sistercommittee.ui import formatting
from sistercommittee.ui.pages.base import Page

if TYPE_CHECKING:
    from sistercommittee.services.agenda.calendar import CalendarEvent, CityTime
    from sistercommittee.services.changes import Changes
    from sistercommittee.ui.context import AppContext

MONTH, WEEK = "month", "week"
EVENTS_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN_PER_DAY = 3  # titles in a month cell before "+N more"
FIRST_HOUR = 7  # the week view scrolls here first


def _first_weekday() -> int:
    """Monday 0 … Sunday 6, as the user's locale starts its weeks."""
    return int(QLocale().firstDayOfWeek().value) - 1


def week_start(day: date) -> date:
    return day - timedelta(days=(day.weekday() - _first_weekday()) % 7)


def month_grid(month: date) -> list[date]:
    """The 42 days of a month view: the weeks from the one holding the 1st."""
    start = week_start(month.replace(day=1))
    return [start + timedelta(days=n) for n in range(42)]


def _time_range(city: CityTime) -> str:
    start, end = city.starts, city.ends
    when = formatting.fmt_datetime(start, city.zone)
    if end.date() == start.date():
        until = formatting.fmt_time(end, city.zone)
    else:
        until = formatting.fmt_datetime(end, city.zone)
    return f"{formatting.fmt_range(when, until)} ({start.tzname()})"


def tooltip(events: list[CalendarEvent]) -> str:
    """Each event with its times in every city it concerns, as rich text."""
    esc = html.escape
    parts = []
    for event in events:
        lines = [f"<b>{esc(event.title)}</b>"]
        if event.venue:
            lines.append(esc(event.venue))
        lines.extend(f"{esc(city.city)}: {esc(_time_range(city))}" for city in event.times)
        parts.append("<br>".join(f"<nobr>{line}</nobr>" for line in lines))
    return "<hr>".join(parts)


class CalendarPage(Page):
    key = "calendar"
    icon_name = "calendar"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.mode = str(ctx.settings.value("calendar/mode", MONTH))
        if self.mode not in (MONTH, WEEK):
            self.mode = MONTH
        self.anchor = formatting.today(ctx.org.time_zone if ctx.org else None)
        self.events: tuple[CalendarEvent, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)

        bar = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("calendar_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        bar.addWidget(self.heading, 1)
        # Right to left, Previous sits on the right and Next on the left: the arrows point there.
        turned = str.maketrans("◀▶", "▶◀") if self.isRightToLeft() else {}
        self.previous_button = QPushButton(self.tr("◀ &Previous").translate(turned), self)
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.next_button = QPushButton(self.tr("&Next ▶").translate(turned), self)
        self.month_button = QPushButton(self.tr("&Month"), self)
        self.week_button = QPushButton(self.tr("&Week"), self)
        self.modes = QButtonGroup(self)
        for name, button in (
            ("calendar_previous", self.previous_button),
            ("calendar_today", self.today_button),
            ("calendar_next", self.next_button),
            ("calendar_month", self.month_button),
            ("calendar_week", self.week_button),
        ):
            button.setObjectName(name)
            bar.addWidget(button)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.modes.addButton(button)
        self.month_button.setChecked(self.mode == MONTH)
        self.week_button.setChecked(self.mode == WEEK)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        layout.addLayout(bar)

        self.grid = QTableWidget(self)
        self.grid.setObjectName("calendar_grid")
        self.grid.setAccessibleName(self.tr("Calendar"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.setMouseTracking(True)
        self.grid.itemActivated.connect(self._on_item_activated)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.grid, 1)
        self.hint = QLabel(
            self.tr(
                "Point at an event to see its time in our city and in the partner city. "
                "Page Up and Page Down move by a month or a week."
            ),
            self,
        )
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        for keys, move in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda move=move: self.step(move))
        self._draw()

    def title(self) -> str:
        return self.tr("Calendar")

    # --- what is shown -----------------------------------------------------------------------

    def days_shown(self) -> list[date]:
        if self.mode == MONTH:
            return month_grid(self.anchor)
        start = week_start(self.anchor)
        return [start + timedelta(days=n) for n in range(7)]

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.month_button.setChecked(mode == MONTH)
        self.week_button.setChecked(mode == WEEK)
        self.ctx.settings.setValue("calendar/mode", mode)
        self.load()

    def step(self, count: int) -> None:
        if self.mode == WEEK:
            self.anchor += timedelta(days=7 * count)
        else:
            month = self.anchor.month - 1 + count
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.load()

    def go_today(self) -> None:
        self.anchor = formatting.today(self.ctx.org.time_zone if self.ctx.org else None)
        self.load()

    def load(self) -> None:
        days = self.days_shown()
        self._draw()
        if not self.ctx.ready:
            return
        from sistercommittee.services.agenda.calendar import calendar_events

        db, first, last = self.ctx.db, days[0], days[-1]
        self.ctx.read(self, lambda: calendar_events(db, first, last)).on_success(
            self.show_events
        ).run()

    def _on_operation_finished(self, changes: Changes, initiator: object) -> None:
        from sistercommittee.services.changes import Entity

        if self._activated and (
            Entity.EVENTS in changes.entities or Entity.PARTNERSHIPS in changes.entities
        ):
            self.load()

    def show_events(self, events: tuple[CalendarEvent, ...]) -> None:
        self.events = events
        self._draw()

    # --- drawing -----------------------------------------------------------------------------

    def _by_day(self) -> dict[date, list[CalendarEvent]]:
        found: dict[date, list[CalendarEvent]] = {}
        for event in self.events:
            found.setdefault(event.day, []).append(event)
        return found

    def _draw(self) -> None:
        locale = QLocale()
        days = self.days_shown()
        if self.mode == MONTH:
            # As the language writes a month of a year: "December 2026", "diciembre de 2026",
            # "2026年12月".
            self.heading.setText(format_day(self.anchor, "yMMMM", locale.name()))
        else:
            self.heading.setText(
                self.tr("Week of {first} to {last}").format(
                    first=formatting.fmt_date(days[0]), last=formatting.fmt_date(days[-1])
                )
            )
        self.grid.clear()
        self.grid.clearSpans()
        names = [
            locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat) for day in days[:7]
        ]
        self.grid.setColumnCount(7)
        if self.mode == MONTH:
            self._draw_month(days, names)
        else:
            self._draw_week(days, names)

    def _draw_month(self, days: list[date], names: list[str]) -> None:
        self.grid.setRowCount(6)
        self.grid.setHorizontalHeaderLabels(names)
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        by_day = self._by_day()
        today = formatting.today(self.ctx.org.time_zone if self.ctx.org else None)
        dim = QBrush(
            self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        )
        for index, day in enumerate(days):
            events = by_day.get(day, [])
            lines = [str(day.day) + ("  •" if day == today else "")]
            for event in events[:SHOWN_PER_DAY]:
                lines.append(
                    f"{formatting.fmt_time(event.home.starts, event.home.zone)} {event.title}"
                )
            if len(events) > SHOWN_PER_DAY:
                lines.append(self.tr("+{count} more").format(count=len(events) - SHOWN_PER_DAY))
            item = QTableWidgetItem("\n".join(lines))
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            item.setData(EVENTS_ROLE, events)
            item.setData(DAY_ROLE, day)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                formatting.fmt_date(day, long=True) + ". " + "; ".join(e.title for e in events),
            )
            if events:
                item.setToolTip(tooltip(events))
            if day.month != self.anchor.month:
                item.setForeground(dim)
            if day == today:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.grid.setItem(index // 7, index % 7, item)
        self._select_day(self.anchor)

    def _draw_week(self, days: list[date], names: list[str]) -> None:
        self.grid.setRowCount(24)
        self.grid.setHorizontalHeaderLabels(
            [f"{name} {formatting.fmt_date(day)}" for name, day in zip(names, days, strict=True)]
        )
        self.grid.setVerticalHeaderLabels([f"{hour:02d}:00" for hour in range(24)])
        self.grid.verticalHeader().setVisible(True)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        by_cell: dict[tuple[int, int], list[CalendarEvent]] = {}
        spans: dict[tuple[int, int], int] = {}
        for event in self.events:
            if event.day not in days:
                continue
            column = days.index(event.day)
            start = event.home.starts
            row = start.hour
            end = event.home.ends
            hours = (
                24 - row
                if end.date() != start.date()
                else max(1, end.hour - row + (1 if end.minute else 0))
            )
            by_cell.setdefault((row, column), []).append(event)
            spans[(row, column)] = max(spans.get((row, column), 1), hours)
        covered: set[tuple[int, int]] = set()
        for (row, column), events in sorted(by_cell.items()):
            if (row, column) in covered:
                continue  # starts within an event drawn above: shown in its tooltip
            span = spans[(row, column)]
            for other in range(row + 1, min(24, row + span)):
                if (other, column) in by_cell:
                    by_cell[(row, column)] = events = events + by_cell[(other, column)]
                covered.add((other, column))
            text = "\n".join(
                f"{formatting.fmt_time(e.home.starts, e.home.zone)} {e.title}" for e in events
            )
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            item.setData(EVENTS_ROLE, events)
            item.setData(DAY_ROLE, days[column])
            item.setToolTip(tooltip(events))
            item.setBackground(self.palette().brush(QPalette.ColorRole.AlternateBase))
            self.grid.setItem(row, column, item)
            if span > 1:
                self.grid.setSpan(row, column, min(span, 24 - row), 1)
        for row in range(24):
            for column in range(7):
                if self.grid.item(row, column) is None and (row, column) not in covered:
                    empty = QTableWidgetItem("")
                    empty.setData(DAY_ROLE, days[column])
                    self.grid.setItem(row, column, empty)
        self.grid.scrollToItem(
            self.grid.item(FIRST_HOUR, 0) or QTableWidgetItem(),
            QAbstractItemView.ScrollHint.PositionAtTop,
        )

    def _select_day(self, day: date) -> None:
        for row in range(self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                item = self.grid.item(row, column)
                if item is not None and item.data(DAY_ROLE) == day:
                    self.grid.setCurrentItem(item)
                    return

    def events_at(self, row: int, column: int) -> list[CalendarEvent]:
        item = self.grid.item(row, column)
        return list(item.data(EVENTS_ROLE) or []) if item is not None else []

    def _on_item_activated(self, item: QTableWidgetItem) -> None:
        events = list(item.data(EVENTS_ROLE) or [])
        window: Any = self.window()
        if not events or not hasattr(window, "show_page"):
            return
        event = events[0]
        window.show_page("events").reveal(event.id, event.title)

    def refresh(self) -> None:
        if self.ctx.ready:
            self.load()
