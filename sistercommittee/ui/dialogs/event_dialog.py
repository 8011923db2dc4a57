"""Event dialogs: the event (times on the venue's clock), its shifts and who fills them, its
budget lines, and the hours of its staff."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistercommittee.ui.dialogs import common
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from sistercommittee.ui.undo import Undoable, add_job, add_part_job, edit_job
from sistercommittee.ui.widgets.editors import CheckListEditor
from sistercommittee.ui.widgets.pickers import volunteer_picker
from sistercommittee.ui.widgets.typed_editors import DateTimeEditor

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.events import BudgetLineInfo, EventDetail, ShiftInfo
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.widgets.form import FormWidget


def wall(moment: datetime) -> datetime:
    """An aware local datetime as the naive wall-clock time the editors show."""
    return moment.replace(tzinfo=None, second=0, microsecond=0)


def event_editors(ctx: AppContext) -> dict[str, Any]:
    def partnerships(label: str) -> CheckListEditor:
        editor = CheckListEditor()
        db = ctx.db

        def job() -> Any:
            from sistercommittee.services.partnerships import partnership_choices

            return partnership_choices(db)

        ctx.read(editor, job).on_success(editor.set_options).run()
        return editor

    return {
        "description": common.multiline(),
        "kind": common.choice("EventKind"),
        "time_zone": common.time_zone(),
        "starts_at": common.date_time(),
        "ends_at": common.date_time(),
        "attendance": common.text(),
        "youth_attendance": common.text(),
        "outcome": common.multiline(),
        **common.outcome_editors(),
        "partnerships": partnerships,
    }


EVENT_HELPS = {
    "partnerships": "",
    "starts_at": QCoreApplication.translate("EventDialog", "On the venue's clock"),
    "ends_at": QCoreApplication.translate("EventDialog", "On the venue's clock"),
}


def _keep_end_after_start(form: FormWidget) -> None:
    """Moving the start moves the end along, as calendars do: once the new start is typed and
    the field left (not at each key), or picked from the calendar."""
    start, end = form.editor("starts_at"), form.editor("ends_at")
    assert isinstance(start, DateTimeEditor) and isinstance(end, DateTimeEditor)

    def length() -> timedelta | None:
        first, last = start.value(), end.value()
        if isinstance(first, datetime) and isinstance(last, datetime):
            return max(last - first, timedelta(0))
        return None

    state = {"length": length(), "start": start.value()}

    def start_moved() -> None:
        moved, kept = start.value(), state["length"]
        if isinstance(moved, datetime) and moved != state["start"]:
            state["start"] = moved
            if isinstance(kept, timedelta):
                end.set_value(moved + kept)
                end.problem.emit("")

    def end_moved() -> None:
        if (found := length()) is not None:
            state["length"] = found

    start.line.editingFinished.connect(start_moved)
    start.calendar_picked.connect(start_moved)
    end.line.editingFinished.connect(end_moved)
    end.calendar_picked.connect(end_moved)


def new_event(
    ctx: AppContext,
    parent: QWidget | None,
    on_saved: Callable[[Changes], None],
    partnership_id: str | None = None,
) -> RecordDialog:
    from sistercommittee.services import events as svc

    db = ctx.db
    start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=7)
    start = start.replace(hour=10)
    values: dict[str, Any] = {
        "kind": "other",
        "time_zone": ctx.org.time_zone if ctx.org else "",
        "starts_at": start,
        "ends_at": start + timedelta(hours=2),
    }
    if partnership_id:
        values["partnerships"] = [partnership_id]
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("EventDialog", "New Event"),
        svc.EVENT_FORM,
        event_editors(ctx),
        lambda values: add_job(db, svc.add_event, svc.delete_event, svc.restore_event, values),
        QCoreApplication.translate("EventDialog", "Add event"),
        values=values,
        on_saved=on_saved,
        settings_key="event",
        helps=EVENT_HELPS,
        setup=_keep_end_after_start,
    )


def edit_event(
    ctx: AppContext,
    parent: QWidget | None,
    detail: EventDetail,
    on_saved: Callable[[Changes], None] | None = None,
) -> RecordDialog:
    from sistercommittee.services import events as svc

    db = ctx.db
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("EventDialog", "Edit Event: {title}").format(title=detail.title),
        svc.EVENT_FORM,
        event_editors(ctx),
        lambda values: edit_job(db, svc.event_form_values, svc.edit_event, detail.id, values),
        QCoreApplication.translate("EventDialog", "Edit event {title}").format(title=detail.title),
        values=svc.event_form_values(db, detail.id),
        on_saved=on_saved,
        settings_key="event",
        helps=EVENT_HELPS,
        setup=_keep_end_after_start,
    )


# --- shifts -------------------------------------------------------------------------------------


def open_shift(
    ctx: AppContext, parent: QWidget | None, event: EventDetail, shift: ShiftInfo | None = None
) -> RecordDialog:
    from sistercommittee.services import events as svc

    db = ctx.db
    zone = event.time_zone
    editors = {
        "starts_at": common.date_time(),
        "ends_at": common.date_time(),
        "volunteer_id": lambda label: volunteer_picker(ctx),
    }
    helps = {
        "volunteer_id": QCoreApplication.translate("EventDialog", "Leave empty for an open shift"),
        "starts_at": QCoreApplication.translate(
            "EventDialog", "On the venue's clock ({zone})"
        ).format(zone=zone),
        "ends_at": QCoreApplication.translate(
            "EventDialog", "On the venue's clock ({zone})"
        ).format(zone=zone),
    }

    if shift is None:
        return common.form_dialog(
            ctx,
            parent,
            QCoreApplication.translate("EventDialog", "New Shift at {title}").format(
                title=event.title
            ),
            svc.SHIFT_FORM,
            editors,
            lambda values: add_part_job(
                db, svc.add_shift, svc.delete_shift, svc.restore_shift, event.id, values
            ),
            QCoreApplication.translate("EventDialog", "Add shift"),
            values={"starts_at": wall(event.local_starts_at), "ends_at": wall(event.local_ends_at)},
            helps=helps,
            setup=_keep_end_after_start,
        )
    values = svc.shift_form_values(db, shift.id)
    dialog = common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("EventDialog", "Edit Shift: {role}").format(role=shift.role),
        svc.SHIFT_FORM,
        editors,
        lambda values: edit_job(db, svc.shift_form_values, svc.edit_shift, shift.id, values),
        QCoreApplication.translate("EventDialog", "Edit shift {role}").format(role=shift.role),
        values={k: v for k, v in values.items() if k != "volunteer_id"},
        helps=helps,
        setup=_keep_end_after_start,
    )
    if shift.volunteer_id and shift.volunteer_name:
        dialog.form.editor("volunteer_id").set_value((shift.volunteer_id, shift.volunteer_name))
    return dialog


def assign_job(db: Database, shift: ShiftInfo, volunteer_id: str | None) -> Callable[[], Undoable]:
    from sistercommittee.services import events as svc

    previous = shift.volunteer_id

    def job() -> Undoable:
        changes = svc.assign_shift(db, shift.id, volunteer_id)
        return Undoable(
            changes,
            undo=lambda: svc.assign_shift(db, shift.id, previous),
            redo=lambda: svc.assign_shift(db, shift.id, volunteer_id),
        )

    return job


# --- budget -------------------------------------------------------------------------------------


def open_budget_line(
    ctx: AppContext,
    parent: QWidget | None,
    event: EventDetail,
    line: BudgetLineInfo | None = None,
) -> RecordDialog:
    from sistercommittee.services import events as svc

    db = ctx.db
    editors = {
        "direction": common.choice("BudgetDirection"),
        "category": common.choice("BudgetCategory"),
        "currency": common.currency(),
        "planned": common.amount(),
        "actual": common.amount(),
        "in_kind": common.boolean(),
    }

    if line is None:
        return common.form_dialog(
            ctx,
            parent,
            QCoreApplication.translate("EventDialog", "New Budget Line"),
            svc.BUDGET_LINE_FORM,
            editors,
            lambda values: add_part_job(
                db,
                svc.add_budget_line,
                svc.delete_budget_line,
                svc.restore_budget_line,
                event.id,
                values,
            ),
            QCoreApplication.translate("EventDialog", "Add budget line"),
            values={
                "direction": "expense",
                "category": "other",
                "currency": ctx.org.currency if ctx.org else "",
            },
        )
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("EventDialog", "Edit Budget Line"),
        svc.BUDGET_LINE_FORM,
        editors,
        lambda values: edit_job(
            db, svc.budget_line_form_values, svc.edit_budget_line, line.id, values
        ),
        QCoreApplication.translate("EventDialog", "Edit budget line"),
        values=svc.budget_line_form_values(db, line.id),
    )
