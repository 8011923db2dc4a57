"""Exchange dialogs: the exchange, its participants, host families and who stays where, the
itinerary (on the local clock of each place) and the costs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistercommittee.services.forms import Field, FormSpec
from sistercommittee.ui import formatting
from sistercommittee.ui.dialogs import common
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from sistercommittee.ui.undo import Undoable, add_job, add_part_job, edit_job
from sistercommittee.ui.widgets import reading_hint
from sistercommittee.ui.widgets.editors import ChoiceEditor, RecordPicker
from sistercommittee.ui.widgets.pickers import volunteer_picker

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.exchanges import (
        CostInfo,
        ExchangeDetail,
        HostFamilyInfo,
        ItineraryInfo,
        ParticipantInfo,
    )
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext


def partnership_picker(ctx: AppContext) -> RecordPicker:
    """Partnerships by city name; loaded on a worker (a committee has a handful)."""
    picker = RecordPicker([])
    picker.combo.lineEdit().setPlaceholderText(
        QCoreApplication.translate("ExchangeDialog", "Type part of the city's name")
    )
    db = ctx.db

    def job() -> Any:
        from sistercommittee.services.partnerships import partnership_choices

        return partnership_choices(db)

    ctx.read(picker, job).on_success(lambda choices: picker.set_options(list(choices))).run()
    return picker


def _not_recorded() -> str:
    return QCoreApplication.translate("ExchangeDialog", "Not recorded")


def exchange_editors(ctx: AppContext) -> dict[str, Any]:
    return {
        "direction": common.choice("ExchangeDirection"),
        "program": common.choice("ExchangeProgram"),
        "partnership_id": lambda label: partnership_picker(ctx),
        "starts_on": common.required_date(),
        "ends_on": common.required_date(),
        "description": common.multiline(),
        "travel_paid_by": common.choice("CostBearer", blank=_not_recorded()),
        "stay_paid_by": common.choice("CostBearer", blank=_not_recorded()),
        **common.outcome_editors(),
        "notes": common.multiline(),
    }


EXCHANGE_HELPS = {"partnership_id": ""}


def _detail_of(db: Database, exchange_id: str) -> ExchangeDetail:
    from sistercommittee.services.exchanges import get_exchange

    return get_exchange(db, exchange_id)


def new_exchange(
    ctx: AppContext, parent: QWidget | None, on_saved: Callable[[Changes], None]
) -> RecordDialog:
    from sistercommittee.services import exchanges as svc

    db = ctx.db
    start = formatting.today() + timedelta(days=60)
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("ExchangeDialog", "New Exchange"),
        svc.EXCHANGE_FORM,
        exchange_editors(ctx),
        lambda values: add_job(
            db, svc.add_exchange, svc.delete_exchange, svc.restore_exchange, values
        ),
        QCoreApplication.translate("ExchangeDialog", "Add exchange"),
        values={
            "direction": "inbound",
            "program": "culture",
            "starts_on": start,
            "ends_on": start + timedelta(days=7),
        },
        on_saved=on_saved,
        settings_key="exchange",
        helps=EXCHANGE_HELPS,
    )


def edit_exchange(ctx: AppContext, parent: QWidget | None, detail: ExchangeDetail) -> RecordDialog:
    from sistercommittee.services import exchanges as svc

    db = ctx.db
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("ExchangeDialog", "Edit Exchange: {title}").format(
            title=detail.title
        ),
        svc.EXCHANGE_FORM,
        exchange_editors(ctx),
        lambda values: edit_job(db, svc.exchange_form_values, svc.edit_exchange, detail.id, values),
        QCoreApplication.translate("ExchangeDialog", "Edit exchange {title}").format(
            title=detail.title
        ),
        values=svc.exchange_form_values(db, detail.id),
        settings_key="exchange",
        helps=EXCHANGE_HELPS,
    )


# --- participants -------------------------------------------------------------------------------


def open_participant(
    ctx: AppContext,
    parent: QWidget | None,
    exchange: ExchangeDetail,
    participant: ParticipantInfo | None = None,
) -> RecordDialog:
    from sistercommittee.services import exchanges as svc

    db = ctx.db
    editors = {
        "volunteer_id": lambda label: volunteer_picker(ctx),
        "role": common.choice("ParticipantRole"),
        "is_youth": common.boolean(),
        "notes": common.multiline(),
    }
    helps = {
        "volunteer_id": QCoreApplication.translate(
            "ExchangeDialog", "One of our volunteers; leave empty and give a name for someone else"
        )
    }
    if participant is None:
        return common.form_dialog(
            ctx,
            parent,
            QCoreApplication.translate("ExchangeDialog", "New Participant"),
            svc.PARTICIPANT_FORM,
            editors,
            lambda values: add_part_job(
                db,
                svc.add_participant,
                svc.remove_participant,
                svc.restore_participant,
                exchange.id,
                values,
            ),
            QCoreApplication.translate("ExchangeDialog", "Add participant"),
            values={"role": "delegate"},
            helps=helps,
        )
    values = svc.participant_form_values(db, participant.id)
    dialog = common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("ExchangeDialog", "Edit Participant: {name}").format(
            name=participant.name
        ),
        svc.PARTICIPANT_FORM,
        editors,
        lambda values: edit_job(
            db,
            svc.participant_form_values,
            svc.edit_participant,
            participant.id,
            values,
        ),
        QCoreApplication.translate("ExchangeDialog", "Edit participant {name}").format(
            name=participant.name
        ),
        values={k: v for k, v in values.items() if k != "volunteer_id"},
        helps=helps,
    )
    if participant.volunteer_id:
        dialog.form.editor("volunteer_id").set_value((participant.volunteer_id, participant.name))
    return dialog


# --- host families ------------------------------------------------------------------------------


def open_host_family(
    ctx: AppContext,
    parent: QWidget | None,
    exchange: ExchangeDetail,
    family: HostFamilyInfo | None = None,
) -> RecordDialog:
    from sistercommittee.services import exchanges as svc

    db = ctx.db
    editors = {
        "volunteer_id": lambda label: volunteer_picker(ctx),
        "address": common.multiline(),
        "capacity": common.text(),
        "notes": common.multiline(),
    }
    helps = {
        "volunteer_id": QCoreApplication.translate(
            "ExchangeDialog", "When the family is one of our volunteers' households"
        )
    }
    if family is None:
        added = common.form_dialog(
            ctx,
            parent,
            QCoreApplication.translate("ExchangeDialog", "New Host Family"),
            svc.HOST_FAMILY_FORM,
            editors,
            lambda values: add_part_job(
                db,
                svc.add_host_family,
                svc.remove_host_family,
                svc.restore_host_family,
                exchange.id,
                values,
            ),
            QCoreApplication.translate("ExchangeDialog", "Add host family"),
            values={"capacity": 1},
            helps=helps,
        )
        reading_hint.attach(added.form)
        return added
    values = svc.host_family_form_values(db, family.id)
    dialog = common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("ExchangeDialog", "Edit Host Family: {name}").format(
            name=family.family_name
        ),
        svc.HOST_FAMILY_FORM,
        editors,
        lambda values: edit_job(
            db,
            svc.host_family_form_values,
            svc.edit_host_family,
            family.id,
            values,
        ),
        QCoreApplication.translate("ExchangeDialog", "Edit host family {name}").format(
            name=family.family_name
        ),
        values={k: v for k, v in values.items() if k != "volunteer_id"},
        helps=helps,
    )
    if family.volunteer_id and family.volunteer_name:
        dialog.form.editor("volunteer_id").set_value((family.volunteer_id, family.volunteer_name))
    reading_hint.attach(dialog.form)
    return dialog


STAY_FORM = FormSpec(
    noun="stay",
    fields=(
        Field("participant_id", "Guest", lambda raw, label, ctx: raw, required=True),
        Field("host_family_id", "Host family", lambda raw, label, ctx: raw, required=True),
        Field("from_date", "First night", lambda raw, label, ctx: raw, required=True),
        Field("to_date", "Leaves on", lambda raw, label, ctx: raw, required=True),
    ),
)


def open_stay(
    ctx: AppContext,
    parent: QWidget | None,
    exchange: ExchangeDetail,
    family: HostFamilyInfo | None = None,
    guest: ParticipantInfo | None = None,
) -> RecordDialog:
    """Place a guest with a host family for some nights (undo removes the stay)."""
    from sistercommittee.services import exchanges as svc

    db = ctx.db
    guests = [(p.id, p.name) for p in exchange.participants if p.travels]
    families = [(h.id, f"{h.family_name} ({h.capacity})") for h in exchange.host_families]
    editors = {
        "participant_id": lambda label: ChoiceEditor(guests),
        "host_family_id": lambda label: ChoiceEditor(families),
        "from_date": common.required_date(),
        "to_date": common.required_date(),
    }

    def save(values: dict[str, Any]) -> Callable[[], Undoable]:
        def job() -> Undoable:
            changes = svc.assign_stay(
                db,
                exchange.id,
                values["participant_id"] or "",
                values["host_family_id"] or "",
                values["from_date"],
                values["to_date"],
            )
            stay_id = changes.id
            return Undoable(
                changes,
                undo=lambda: svc.remove_stay(db, stay_id),
                redo=lambda: svc.restore_stay(db, stay_id),
            )

        return job

    initial: dict[str, Any] = {"from_date": exchange.starts_on, "to_date": exchange.ends_on}
    if family is not None:
        initial["host_family_id"] = family.id
    if guest is not None:
        initial["participant_id"] = guest.id
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("ExchangeDialog", "Place a Guest"),
        STAY_FORM,
        editors,
        save,
        QCoreApplication.translate("ExchangeDialog", "Place a guest"),
        values=initial,
        helps={
            "to_date": QCoreApplication.translate(
                "ExchangeDialog", "The day the guest moves on (not a night of the stay)"
            )
        },
    )


# --- itinerary ----------------------------------------------------------------------------------


def open_itinerary_item(
    ctx: AppContext,
    parent: QWidget | None,
    exchange: ExchangeDetail,
    partner_zone: str | None,
    item: ItineraryInfo | None = None,
) -> RecordDialog:
    from sistercommittee.services import exchanges as svc

    db = ctx.db
    editors = {
        "time_zone": common.time_zone(),
        "starts_at": common.date_time(),
        "ends_at": common.date_time(),
        "notes": common.multiline(),
    }
    helps = {
        "starts_at": QCoreApplication.translate("ExchangeDialog", "On the local clock"),
        "ends_at": QCoreApplication.translate("ExchangeDialog", "On the local clock"),
    }
    if item is None:
        from datetime import datetime, time

        zone = ctx.org.time_zone if ctx.org else ""
        if exchange.direction.value == "outbound" and partner_zone:
            zone = partner_zone
        start = datetime.combine(exchange.starts_on, time(10, 0))
        return common.form_dialog(
            ctx,
            parent,
            QCoreApplication.translate("ExchangeDialog", "New Itinerary Item"),
            svc.ITINERARY_FORM,
            editors,
            lambda values: add_part_job(
                db,
                svc.add_itinerary_item,
                svc.remove_itinerary_item,
                svc.restore_itinerary_item,
                exchange.id,
                values,
            ),
            QCoreApplication.translate("ExchangeDialog", "Add itinerary item"),
            values={"time_zone": zone, "starts_at": start, "ends_at": start + timedelta(hours=2)},
            helps=helps,
        )
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("ExchangeDialog", "Edit Itinerary Item: {title}").format(
            title=item.title
        ),
        svc.ITINERARY_FORM,
        editors,
        lambda values: edit_job(
            db,
            svc.itinerary_item_form_values,
            svc.edit_itinerary_item,
            item.id,
            values,
        ),
        QCoreApplication.translate("ExchangeDialog", "Edit itinerary item {title}").format(
            title=item.title
        ),
        values=svc.itinerary_item_form_values(db, item.id),
        helps=helps,
    )


# --- costs --------------------------------------------------------------------------------------


def open_cost(
    ctx: AppContext,
    parent: QWidget | None,
    exchange: ExchangeDetail,
    cost: CostInfo | None = None,
) -> RecordDialog:
    from sistercommittee.services import exchanges as svc

    db = ctx.db
    editors = {
        "category": common.choice("BudgetCategory"),
        "currency": common.currency(),
        "amount": common.amount(),
        "in_kind": common.boolean(),
    }
    if cost is None:
        return common.form_dialog(
            ctx,
            parent,
            QCoreApplication.translate("ExchangeDialog", "New Cost"),
            svc.COST_FORM,
            editors,
            lambda values: add_part_job(
                db, svc.add_cost, svc.remove_cost, svc.restore_cost, exchange.id, values
            ),
            QCoreApplication.translate("ExchangeDialog", "Add cost"),
            values={"category": "travel", "currency": ctx.org.currency if ctx.org else ""},
        )
    return common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("ExchangeDialog", "Edit Cost"),
        svc.COST_FORM,
        editors,
        lambda values: edit_job(db, svc.cost_form_values, svc.edit_cost, cost.id, values),
        QCoreApplication.translate("ExchangeDialog", "Edit cost"),
        values=svc.cost_form_values(db, cost.id),
    )


def nights_text(first: date, leaves: date) -> str:
    return formatting.fmt_range(formatting.fmt_date(first), formatting.fmt_date(leaves))
