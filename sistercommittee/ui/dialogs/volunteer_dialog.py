"""Add or edit a volunteer: the volunteers service's form, with a language list, role boxes,
dates from a calendar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistercommittee.ui import labels
from sistercommittee.ui.dialogs.record_dialog import RecordDialog, save_letters
from sistercommittee.ui.undo import add_job, edit_job
from sistercommittee.ui.widgets import reading_hint
from sistercommittee.ui.widgets.editors import (
    BoolEditor,
    LanguagesEditor,
    MultiChoiceEditor,
    MultilineEditor,
    TextEditor,
)
from sistercommittee.ui.widgets.form import FormWidget
from sistercommittee.ui.widgets.typed_editors import DateEditor

if TYPE_CHECKING:
    from sistercommittee.services.volunteers import VolunteerDetail
    from sistercommittee.ui.context import AppContext


def volunteer_editors() -> dict[str, Any]:
    return {
        "languages": lambda label: LanguagesEditor(labels.options("LanguageLevel")),
        "roles": lambda label: MultiChoiceEditor(labels.options("VolunteerRole")),
        "skills": lambda label: TextEditor(
            QCoreApplication.translate("VolunteerDialog", "Separate several with commas")
        ),
        "committees": lambda label: TextEditor(
            QCoreApplication.translate("VolunteerDialog", "Separate several with commas")
        ),
        "contact_consent": BoolEditor,
        "consent_date": lambda label: DateEditor(optional=True),
        "active": BoolEditor,
        "notes": lambda label: MultilineEditor(),
        "email": lambda label: TextEditor("name@example.org"),
    }


def volunteer_form(parent: QWidget | None = None) -> FormWidget:
    from sistercommittee.services.volunteers import VOLUNTEER_FORM

    # The dialog's Save button owns its letter; the fields take other letters.
    form = FormWidget(
        VOLUNTEER_FORM, volunteer_editors(), used_mnemonics=save_letters(), parent=parent
    )
    form.set_values({"roles": ["volunteer"], "active": True})
    return form


def new_volunteer_dialog(ctx: AppContext, parent: QWidget | None) -> RecordDialog:
    from sistercommittee.services import volunteers as svc

    db = ctx.db

    def save(values: dict[str, Any]) -> Any:
        return add_job(db, svc.add_volunteer, svc.delete_volunteer, svc.restore_volunteer, values)

    form = volunteer_form()
    reading_hint.attach(form)
    return RecordDialog(
        ctx,
        QCoreApplication.translate("VolunteerDialog", "New Volunteer"),
        form,
        save,
        QCoreApplication.translate("VolunteerDialog", "Add volunteer"),
        parent,
        settings_key="volunteer",
    )


def edit_volunteer_dialog(
    ctx: AppContext, parent: QWidget | None, detail: VolunteerDetail
) -> RecordDialog:
    from sistercommittee.services import volunteers as svc

    db = ctx.db
    form = volunteer_form()
    form.set_values(svc.volunteer_form_values(db, detail.id))
    reading_hint.attach(form)

    def save(values: dict[str, Any]) -> Any:
        return edit_job(db, svc.volunteer_form_values, svc.edit_volunteer, detail.id, values)

    return RecordDialog(
        ctx,
        QCoreApplication.translate("VolunteerDialog", "Edit Volunteer: {name}").format(
            name=detail.name
        ),
        form,
        save,
        QCoreApplication.translate("VolunteerDialog", "Edit volunteer {name}").format(
            name=detail.name
        ),
        parent,
        settings_key="volunteer",
    )
