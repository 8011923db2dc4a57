"""Dates, date-times, times and amounts typed as text, the way people write them.

Each is a line: empty shows a grey example (never text that typing would add to); Tab into it
selects what is there, so typing replaces it; leaving it reads what was typed (services/
typed_dates.py, the same reading as the command line) and either shows it back in the locale's
form or puts the reason under the field. Tab always moves on. Dates drop a calendar with Alt+Down
or F4 or the arrow button.

The value is what the service takes: the date, datetime or time read, None when empty, or the
typed text as it is when it reads as nothing, so the service's message names the field.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from sistercommittee.services import typed_dates
from sistercommittee.ui.widgets.calendar_popup import CalendarPopup
from sistercommittee.ui.widgets.editors import Editor


def babel_locale() -> Locale:
    """The UI's locale (QLocale, as Preferences set it) for babel."""
    try:
        return Locale.parse(QLocale().name())
    except (UnknownLocaleError, ValueError):
        from sistercommittee.services.fields import user_locale

        return user_locale()


class TypedEditor(Editor):
    """A line read on leaving it; subclasses say how (``read``) and how to show (``show``)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        self.line.setToolTip(placeholder)  # the whole hint when a narrow field elides it
        self.line.setClearButtonEnabled(True)
        self.line.textEdited.connect(self.edited)
        self.line.editingFinished.connect(self.check)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.line, 1)
        self.setFocusProxy(self.line)

    def read(self, text: str) -> Any:
        """The value ``text`` means; raises TypedDateProblem or FieldProblem."""
        raise NotImplementedError

    def show_value(self, value: Any) -> str:
        raise NotImplementedError

    def check(self) -> None:
        """Read the text (on leaving the field): show it back in the locale's form, or say
        what is wrong under the field."""
        from sistercommittee.services.fields import FieldProblem

        text = self.line.text().strip()
        if not text:
            self.problem.emit("")
            return
        try:
            value = self.read(text)
        except (typed_dates.TypedDateProblem, FieldProblem) as problem:
            self.problem.emit(_sentence(str(problem)))
            return
        shown = self.show_value(value)
        if shown != self.line.text():
            self.line.setText(shown)
        self.problem.emit("")

    def value(self) -> Any:
        from sistercommittee.services.fields import FieldProblem

        text = self.line.text().strip()
        if not text:
            return None
        try:
            return self.read(text)
        except (typed_dates.TypedDateProblem, FieldProblem):
            return text  # the service names the field and says what to fix

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.line.clear()
        elif isinstance(value, str):
            self.line.setText(value)
        else:
            self.line.setText(self.show_value(value))

    def focus_target(self) -> QWidget:
        return self.line


def _sentence(problem: str) -> str:
    """A problem without the field's name ("is in 1700: …") as a sentence."""
    if problem.startswith("is "):
        return "This " + problem
    return problem[:1].upper() + problem[1:]


class _PopupKeys(QObject):
    """Alt+Down and F4 in the line open the calendar (as in a combo box)."""

    def __init__(self, editor: DateEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or (event.key() == Qt.Key.Key_F4 and not event.modifiers()):
                self._editor.open_calendar()
                return True
        return False


class DateEditor(TypedEditor):
    """A calendar date; ``optional`` ones may stay empty (the value is then None).

    Signals:
        calendar_picked(): a day (or Clear) was chosen in the calendar.
    """

    calendar_picked = Signal()

    def __init__(self, *, optional: bool = True, parent: QWidget | None = None) -> None:
        self.locale = babel_locale()
        super().__init__(
            QCoreApplication.translate("DateEditor", "e.g. {example} or today").format(
                example=typed_dates.example(self.locale)
            ),
            parent,
        )
        self.optional = optional
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendar_button")
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field
        self.calendar_button.clicked.connect(self.open_calendar)
        self._layout.addWidget(self.calendar_button)
        self.popup: CalendarPopup | None = None
        self.line.installEventFilter(_PopupKeys(self))

    def read(self, text: str) -> date:
        return typed_dates.parse_date(text, self.locale)

    def show_value(self, value: Any) -> str:
        if isinstance(value, datetime):
            value = value.date()
        return typed_dates.format_date(value, self.locale)

    def shown_date(self) -> date | None:
        value = self.value()
        return value if isinstance(value, date) else None

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self, clearable=self.optional)
            self.popup.picked.connect(self._on_picked)
        self.popup.open_at(self.line, self.shown_date())

    def _on_picked(self, day: date | None) -> None:
        self.set_value(day)
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
        self.line.selectAll()
        self.problem.emit("")
        self.edited.emit()
        self.calendar_picked.emit()


class DateTimeEditor(DateEditor):
    """A wall-clock date and time (naive): the service reads it in the place's zone. The
    calendar changes the day and keeps the time."""

    def __init__(self, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(optional=optional, parent=parent)
        shown = typed_dates.format_date(date(2026, 5, 31), self.locale)
        clock = typed_dates.format_time(time(18, 0), self.locale)
        hint = self.tr("e.g. {example}").format(example=f"{shown} {clock}")
        self.line.setPlaceholderText(hint)
        self.line.setToolTip(hint)

    def read(self, text: str) -> datetime:  # type: ignore[override]
        return typed_dates.parse_datetime(text, self.locale)

    def show_value(self, value: Any) -> str:
        return (
            typed_dates.format_date(value.date(), self.locale)
            + " "
            + typed_dates.format_time(value.time(), self.locale)
        )

    def shown_date(self) -> date | None:
        value = self.value()
        return value.date() if isinstance(value, datetime) else None

    def _on_picked(self, day: date | None) -> None:
        value = self.value()
        clock = value.time() if isinstance(value, datetime) else time(10, 0)
        super()._on_picked(None if day is None else datetime.combine(day, clock))  # type: ignore[arg-type]


class TimeEditor(TypedEditor):
    """A time of day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.locale = babel_locale()
        super().__init__(
            QCoreApplication.translate("DateEditor", "e.g. {example}").format(
                example=typed_dates.format_time(time(18, 30), self.locale)
            ),
            parent,
        )

    def read(self, text: str) -> time:
        return typed_dates.parse_time(text, self.locale)

    def show_value(self, value: Any) -> str:
        return typed_dates.format_time(value, self.locale)


class AmountEditor(TypedEditor):
    """An amount of money as people type it ("1,234.50"); the value stays text, since how many
    decimals it may have depends on the currency, which the service knows."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            placeholder or QCoreApplication.translate("DateEditor", "e.g. 250 or 12.50"), parent
        )
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def read(self, text: str) -> str:
        from sistercommittee.services.fields import decimal_amount

        amount = decimal_amount(text, self.tr("Amount"))
        if amount < 0:
            from sistercommittee.services.fields import FieldProblem

            raise FieldProblem(self.tr("An amount cannot be negative."))
        return text

    def show_value(self, value: Any) -> str:
        return str(value)

    def value(self) -> str:
        return self.line.text().strip()
