"""Log (or correct) time a volunteer gave: for an event, or for another activity."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistercommittee.ui import formatting
from sistercommittee.ui.dialogs import common
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from sistercommittee.ui.undo import add_job, edit_job
from sistercommittee.ui.widgets.pickers import event_picker, volunteer_picker

if TYPE_CHECKING:
    from sistercommittee.services.hours import HoursRow
    from sistercommittee.ui.context import AppContext


def hours_editors(ctx: AppContext) -> dict[str, Any]:
    return {
        "volunteer_id": lambda label: volunteer_picker(ctx),
        "event_id": lambda label: event_picker(ctx),
        "worked_on": common.required_date(),
        "hours": common.text(QCoreApplication.translate("HoursDialog", "2.5 or 2:30")),
        "kind": common.choice("HoursKind"),
        "notes": common.multiline(),
        "self_logged": common.boolean(),
    }


HOURS_HELPS = {
    "volunteer_id": "",
    "event_id": QCoreApplication.translate("HoursDialog", "Leave empty for other work"),
    "activity": QCoreApplication.translate("HoursDialog", "What the time was for, if no event"),
}


def log_hours(
    ctx: AppContext, parent: QWidget | None, volunteer: tuple[str, str] | None = None
) -> RecordDialog:
    from sistercommittee.services import hours as svc

    db = ctx.db
    dialog = common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("HoursDialog", "Log Hours"),
        svc.HOURS_FORM,
        hours_editors(ctx),
        lambda values: add_job(db, svc.log_hours, svc.delete_hours, svc.restore_hours, values),
        QCoreApplication.translate("HoursDialog", "Log hours"),
        values={
            "worked_on": formatting.today(ctx.org.time_zone if ctx.org else None),
            "kind": "other",
        },
        helps=HOURS_HELPS,
        settings_key="hours",
    )
    if volunteer is not None:
        dialog.form.editor("volunteer_id").set_value(volunteer)
    return dialog


def edit_hours(ctx: AppContext, parent: QWidget | None, row: HoursRow) -> RecordDialog:
    from sistercommittee.services import hours as svc

    db = ctx.db
    values = svc.hours_form_values(db, row.id)
    dialog = common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("HoursDialog", "Edit Hours"),
        svc.HOURS_FORM,
        hours_editors(ctx),
        lambda values: edit_job(db, svc.hours_form_values, svc.edit_hours, row.id, values),
        QCoreApplication.translate("HoursDialog", "Edit hours"),
        values={k: v for k, v in values.items() if k not in ("volunteer_id", "event_id")},
        helps=HOURS_HELPS,
        settings_key="hours",
    )
    dialog.form.editor("volunteer_id").set_value((row.volunteer_id, row.volunteer_name))
    if row.event_id and row.event_title:
        dialog.form.editor("event_id").set_value((row.event_id, row.event_title))
    return dialog
