"""What the Events page's Staffing and Budget tabs do to the chosen event: add, edit and remove
its shifts and budget lines, leave shifts open, and log the hours of its staff from their
shifts, each an undoable action. A child of the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from sistercommittee.ui import formatting
from sistercommittee.ui.undo import Undoable, perform, remove_rows

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.events import BudgetLineInfo, EventDetail, ShiftInfo
    from sistercommittee.ui.context import AppContext


def _each(do: Callable[[Any], Changes], items: Any) -> Changes:
    """``do`` for each item, the changes of all of them together."""
    result = None
    for item in items:
        changes = do(item)
        result = changes if result is None else result | changes
    assert result is not None
    return result


class EventParts(QObject):
    """The actions on the parts of the event ``detail()`` returns (None: none chosen);
    ``report`` shows a sentence in the status bar."""

    def __init__(
        self,
        ctx: AppContext,
        page: QWidget,
        detail: Callable[[], EventDetail | None],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.detail = detail
        self.report = report

    # shifts
    def add_shift(self) -> None:
        from sistercommittee.ui.dialogs.event_dialog import open_shift

        detail = self.detail()
        if detail is not None:
            open_shift(self.ctx, self.page, detail)

    def edit_shift(self, shift: ShiftInfo) -> None:
        from sistercommittee.ui.dialogs.event_dialog import open_shift

        detail = self.detail()
        if detail is not None:
            open_shift(self.ctx, self.page, detail, shift)

    def remove_shifts(self, rows: list[ShiftInfo]) -> None:
        from sistercommittee.services import events as svc

        remove_rows(
            self.ctx,
            self.page,
            self.tr("Remove %n shift(s)", "", len(rows)),
            svc.delete_shifts,
            svc.restore_shifts,
            rows,
        )

    def leave_open(self, chosen: list[ShiftInfo]) -> None:
        """The chosen shifts' volunteers taken off them, as one undoable action."""
        from sistercommittee.services import events as svc

        rows = [s for s in chosen if s.volunteer_id]
        if not rows:
            return
        db = self.ctx.db

        def assign(volunteer: Callable[[ShiftInfo], str | None]) -> Changes:
            return _each(lambda shift: svc.assign_shift(db, shift.id, volunteer(shift)), rows)

        def job() -> Undoable:
            return Undoable(
                assign(lambda s: None),
                undo=lambda: assign(lambda s: s.volunteer_id),
                redo=lambda: assign(lambda s: None),
            )

        text = self.tr("Leave %n shift(s) open", "", len(rows))
        perform(self.ctx, self.page, text, job)

    def log_staff_hours(self, chosen: list[ShiftInfo]) -> None:
        """Log the hours of the event's staff from their shifts (the chosen shifts' people, or
        everyone), as one undoable action."""
        from sistercommittee.services import hours as svc

        detail = self.detail()
        if detail is None:
            return
        selected = [s.volunteer_id for s in chosen if s.volunteer_id]
        volunteer_ids = list(dict.fromkeys(selected)) or None
        db = self.ctx.db

        def job() -> Undoable:
            logged = svc.log_hours_for_event_staff(db, detail.id, volunteer_ids)
            ids = logged.ids
            if not ids:
                return Undoable(logged, undo=lambda: logged, redo=lambda: logged, undoable=False)
            return Undoable(
                logged,
                undo=lambda: _each(lambda hours_id: svc.delete_hours(db, hours_id), ids),
                redo=lambda: _each(lambda hours_id: svc.restore_hours(db, hours_id), ids),
            )

        def done(changes: Any) -> None:
            names = ", ".join(changes.logged)
            text = (
                self.tr("Logged {hours} h for {names}.").format(
                    hours=formatting.fmt_hours(changes.minutes), names=names
                )
                if names
                else ""
            )
            if changes.skipped:
                text += " " + self.tr("Already logged before: {names}.").format(
                    names=", ".join(changes.skipped)
                )
            self.report(text.strip())

        perform(
            self.ctx,
            self.page,
            self.tr("Log hours for the staff of {title}").format(title=detail.title),
            job,
            on_success=done,
        )

    # budget
    def add_line(self) -> None:
        from sistercommittee.ui.dialogs.event_dialog import open_budget_line

        detail = self.detail()
        if detail is not None:
            open_budget_line(self.ctx, self.page, detail)

    def edit_line(self, line: BudgetLineInfo) -> None:
        from sistercommittee.ui.dialogs.event_dialog import open_budget_line

        detail = self.detail()
        if detail is not None:
            open_budget_line(self.ctx, self.page, detail, line)

    def remove_lines(self, rows: list[BudgetLineInfo]) -> None:
        from sistercommittee.services import events as svc

        remove_rows(
            self.ctx,
            self.page,
            self.tr("Remove %n budget line(s)", "", len(rows)),
            svc.delete_budget_lines,
            svc.restore_budget_lines,
            rows,
        )
