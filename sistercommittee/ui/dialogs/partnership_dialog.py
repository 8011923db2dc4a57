"""Partnership dialogs: add/edit a partnership, change its status, its partner-side contacts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistercommittee.services.forms import Field, FormSpec
from sistercommittee.ui import labels
from sistercommittee.ui.dialogs import common
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from sistercommittee.ui.shown import shown
from sistercommittee.ui.undo import (
    Undoable,
    add_job,
    add_part_job,
    edit_job,
)
from sistercommittee.ui.widgets.editors import ChoiceEditor

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.partnerships import ContactInfo, PartnershipDetail
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.widgets.form import FormWidget

EDIT_FIELDS = (
    "city_name",
    "city_name_local",
    "region",
    "country",
    "language",
    "time_zone",
    "kind",
    "signed_on",
    "focus_areas",
    "marked_dates",
    "committee",
    "notes",
)


def partnership_editors() -> dict[str, Any]:
    return {
        "country": common.country(),
        "language": common.language(),
        "time_zone": common.time_zone(),
        "kind": common.choice("PartnershipKind"),
        "status": common.choice("PartnershipStatus"),
        "signed_on": common.optional_date(),
        "focus_areas": common.choices("FocusArea"),
        "notes": common.multiline(),
    }


def new_partnership(
    ctx: AppContext, parent: QWidget | None, on_saved: Callable[[Changes], None]
) -> RecordDialog:
    from sistercommittee.services import partnerships as svc

    db = ctx.db
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("PartnershipDialog", "New Partnership"),
        svc.PARTNERSHIP_FORM,
        partnership_editors(),
        lambda values: add_job(
            db, svc.add_partnership, svc.delete_partnership, svc.restore_partnership, values
        ),
        QCoreApplication.translate("PartnershipDialog", "Add partnership"),
        values={"kind": "sister_city", "status": "exploring"},
        on_saved=on_saved,
        settings_key="partnership",
        setup=_zone_follows_place,
    )


def _zone_follows_place(form: FormWidget) -> None:
    from sistercommittee.ui.widgets.zone_pick import follow_place

    chosen: set[str] = set()
    form.editor("time_zone").edited.connect(lambda: chosen.add("time_zone"))
    follow_place(form, city="city_name", region="region", keep=lambda: bool(chosen))


def edit_partnership(
    ctx: AppContext,
    parent: QWidget | None,
    detail: PartnershipDetail,
    on_saved: Callable[[Changes], None] | None = None,
) -> RecordDialog:
    from sistercommittee.services import partnerships as svc

    db = ctx.db
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("PartnershipDialog", "Edit Partnership: {city}").format(
            city=shown(detail.label)
        ),
        svc.PARTNERSHIP_FORM,
        partnership_editors(),
        lambda values: edit_job(
            db, svc.partnership_form_values, svc.edit_partnership, detail.id, values
        ),
        QCoreApplication.translate("PartnershipDialog", "Edit partnership {city}").format(
            city=detail.city_name
        ),
        values=svc.partnership_form_values(db, detail.id),
        only=EDIT_FIELDS,
        on_saved=on_saved,
        settings_key="partnership",
    )


# --- status -------------------------------------------------------------------------------------

STATUS_FORM = FormSpec(
    noun="status change",
    fields=(
        Field("to_status", "New status", lambda raw, label, ctx: raw, required=True),
        Field("changed_on", "Date of the change", lambda raw, label, ctx: raw),
        Field("note", "Note", lambda raw, label, ctx: raw),
    ),
)


def change_status(
    ctx: AppContext,
    parent: QWidget | None,
    detail: PartnershipDetail,
    on_saved: Callable[[Changes], None] | None = None,
) -> RecordDialog:
    """Move the partnership on in its lifecycle. Undo takes the step out of the history again,
    back to the status before, even where the lifecycle has no way back (active to proposed);
    redo puts the same step back."""
    from sistercommittee.services import partnerships as svc

    db = ctx.db
    previous = detail.status
    options = [
        (status.value, labels.label("PartnershipStatus", status)) for status in detail.next_statuses
    ]

    def save(values: dict[str, Any]) -> Callable[[], Undoable]:
        def job() -> Undoable:
            changes = svc.change_status(
                db,
                detail.id,
                values["to_status"] or "",
                values["changed_on"],
                values["note"] or None,
            )
            step_id = changes.ids[1]
            return Undoable(
                changes,
                undo=lambda: svc.revert_status_change(db, detail.id, status_change_id=step_id),
                redo=lambda: svc.restore_status_change(db, step_id),
            )

        return job

    editors = {
        "to_status": lambda label: ChoiceEditor(options),
        "changed_on": common.optional_date(),
        "note": common.multiline(),
    }
    from sistercommittee.ui.formatting import today

    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("PartnershipDialog", "Change Status: {city}").format(
            city=shown(detail.label)
        ),
        STATUS_FORM,
        editors,
        save,
        QCoreApplication.translate("PartnershipDialog", "Change status of {city}").format(
            city=detail.city_name
        ),
        values={"changed_on": today(ctx.org.time_zone if ctx.org else None)},
        on_saved=on_saved,
        intro=QCoreApplication.translate(
            "PartnershipDialog", "Now {status}. Each change is kept in the history."
        ).format(status=labels.label("PartnershipStatus", previous)),
    )


# --- contacts -----------------------------------------------------------------------------------


def contact_editors() -> dict[str, Any]:
    return {
        "language": common.language(),
        "notes": common.multiline(),
        "email": common.text("name@example.org"),
        "awaiting_reply_since": common.optional_date(),
    }


def open_contact(
    ctx: AppContext,
    parent: QWidget | None,
    partnership_id: str,
    contact: ContactInfo | None = None,
) -> RecordDialog:
    from sistercommittee.services import partnerships as svc

    db = ctx.db

    if contact is None:
        return common.form_dialog(
            ctx,
            parent,
            QCoreApplication.translate("PartnershipDialog", "New Contact"),
            svc.CONTACT_FORM,
            contact_editors(),
            lambda values: add_part_job(
                db,
                svc.add_contact,
                svc.delete_contact,
                svc.restore_contact,
                partnership_id,
                values,
            ),
            QCoreApplication.translate("PartnershipDialog", "Add contact"),
            settings_key="contact",
        )
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("PartnershipDialog", "Edit Contact: {name}").format(
            name=contact.name
        ),
        svc.CONTACT_FORM,
        contact_editors(),
        lambda values: edit_job(db, svc.contact_form_values, svc.edit_contact, contact.id, values),
        QCoreApplication.translate("PartnershipDialog", "Edit contact {name}").format(
            name=contact.name
        ),
        values=svc.contact_form_values(db, contact.id),
        settings_key="contact",
    )
