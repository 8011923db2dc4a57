"""Desktop notifications of what is due today, through the system tray: once a day when the
database is open (and again after midnight), never when the user asked for quiet (Preferences).

Clicking the icon or the message opens the Agenda page.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from sistercommittee.ui import formatting, icons
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.services.agenda import Agenda
    from sistercommittee.ui.context import AppContext

QUIET_SETTING = "preferences/quiet_notifications"
CHECK_EVERY_MS = 30 * 60 * 1000  # a new day is noticed within half an hour
SHOWN = 3  # titles in the message


def is_quiet(settings: Any) -> bool:
    value = settings.value(QUIET_SETTING, False)
    return value in (True, "true", "1", 1)


class DueTodayNotifier(QObject):
    """Signals:
    notified(str, str): a notification was given (its title and text).
    """

    notified = Signal(str, str)

    def __init__(self, ctx: AppContext, window: Any) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.shown_on: date | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icons.app_icon(), self)
            self.tray.setToolTip(self.tr("SisterCommittee"))
            self.tray.activated.connect(self._on_open_agenda)
            self.tray.messageClicked.connect(self._on_open_agenda)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        ctx.signals.database_ready.connect(self.check)

    def _today(self) -> date:
        return formatting.today(self.ctx.org.time_zone if self.ctx.org else None)

    def check(self) -> None:
        """Read today's agenda and notify, unless quiet or already done today."""
        if not self.ctx.ready or is_quiet(self.ctx.settings) or self.shown_on == self._today():
            return
        from sistercommittee.services.agenda import agenda

        db = self.ctx.db
        self.ctx.read(self, lambda: agenda(db, 0)).on_success(self.notify).on_failure(
            lambda error: None  # a reminder that cannot be read is not worth a dialog
        ).run()

    def message(self, agenda: Agenda) -> tuple[str, str] | None:
        due = agenda.due_today
        if not due:
            return None
        title = self.tr("Due today in SisterCommittee: {count}").format(count=len(due))
        lines = [shown(item.title) for item in due[:SHOWN]]
        if len(due) > SHOWN:
            lines.append(self.tr("and {count} more").format(count=len(due) - SHOWN))
        if agenda.overdue:
            lines.append(self.tr("Overdue: {count}").format(count=len(agenda.overdue)))
        return title, "\n".join(lines)

    def notify(self, agenda: Agenda) -> None:
        if is_quiet(self.ctx.settings):
            return
        self.shown_on = agenda.today
        found = self.message(agenda)
        if found is None:
            return
        title, text = found
        if self.tray is not None:
            self.tray.showMessage(title, text, icons.app_icon(), 15000)
        self.notified.emit(title, text)

    def _on_open_agenda(self, *_args: object) -> None:
        self.window.show_page("agenda")
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def close(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
