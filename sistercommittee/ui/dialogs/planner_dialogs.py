"""Dialogs of the delegation planner: an item of the committee's own, a participant's and a host
family's planning details, the visa lead-time table and the privacy setting. Each save is one
undoable action, like every other edit in the app."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.services.forms import Field, FormSpec
from sistercommittee.ui.dialogs import common
from sistercommittee.ui.errors import show_error
from sistercommittee.ui.shown import shown
from sistercommittee.ui.undo import Undoable, edit_job
from sistercommittee.ui.widgets.editors import ChoiceEditor, EditorFactory

if TYPE_CHECKING:
    from sistercommittee.services.planner import LeadTime
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.dialogs.record_dialog import RecordDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlannerDialogs", text)


def _passthrough(raw: Any, label: str, ctx: Any) -> Any:
    return raw


ITEM_FORM = FormSpec(
    noun="checklist item",
    fields=(
        Field("title", "Title", _passthrough, required=True),
        Field("due_on", "Due date", _passthrough, required=True),
    ),
)


def open_checklist_item(ctx: AppContext, parent: QWidget | None, exchange_id: str) -> RecordDialog:
    from sistercommittee.services import planner
    from sistercommittee.services.planner.checklist import restore_item

    db = ctx.db

    def save(values: dict[str, Any]) -> Callable[[], Undoable]:
        def job() -> Undoable:
            changes = planner.add_item(
                db, exchange_id, values.get("title") or "", values.get("due_on") or ""
            )
            key = changes.id
            return Undoable(
                changes,
                undo=lambda: planner.remove_item(db, exchange_id, key),
                redo=lambda: restore_item(db, exchange_id, key),
            )

        return job

    return common.form_dialog(
        ctx,
        parent,
        _tr("New Checklist Item"),
        ITEM_FORM,
        {
            "title": common.text(_tr("such as Book the bus to the airport")),
            "due_on": common.required_date(),
        },
        save,
        _tr("Add checklist item"),
    )


def _gender_editor(blank: str) -> Any:
    return lambda label: ChoiceEditor(
        [("female", _tr("Female")), ("male", _tr("Male")), ("other", _tr("Other"))], blank=blank
    )


def _joined(values: dict[str, Any]) -> dict[str, Any]:
    shown = dict(values)
    if isinstance(shown.get("languages"), list):
        shown["languages"] = ", ".join(shown["languages"])
    return {k: v for k, v in shown.items() if v is not None}


def _open_details(
    ctx: AppContext,
    parent: QWidget | None,
    record_id: str,
    *,
    read: Callable[[Any, str], Any],
    write: Callable[..., Any],
    form: FormSpec,
    editors: dict[str, EditorFactory],
    title: str,
    undo_text: str,
    settings_key: str,
    intro: str = "",
) -> None:
    """Read a participant's or a host family's planning details on a worker, then edit them in
    a form dialog; saving is one undoable action."""
    db = ctx.db

    def opened(details: Any) -> None:
        common.form_dialog(
            ctx,
            parent,
            title,
            form,
            editors,
            lambda values: edit_job(db, lambda d, i: read(d, i).values, write, record_id, values),
            undo_text,
            values=_joined(details.values),
            settings_key=settings_key,
            intro=intro,
        )

    ctx.read(parent, lambda: read(db, record_id)).on_success(opened).run()


def open_participant_details(
    ctx: AppContext, parent: QWidget | None, participant_id: str, name: str
) -> None:
    from sistercommittee.services import planner

    _open_details(
        ctx,
        parent,
        participant_id,
        read=planner.participant_details,
        write=planner.set_participant_details,
        form=planner.PARTICIPANT_DETAILS_FORM,
        editors={
            "date_of_birth": common.optional_date(),
            "gender": _gender_editor(_tr("Not recorded")),
            "languages": common.text(_tr("such as ja, en")),
            "allergies": common.multiline(),
            "medical_notes": common.multiline(),
            "passport_expires_on": common.optional_date(),
            "nationality": common.country(),
        },
        title=_tr("Planning Details: {name}").format(name=name),
        undo_text=_tr("Edit planning details of {name}").format(name=name),
        settings_key="participant_details",
        intro=_tr("Minors' details are purged a set time after the trip."),
    )


def open_host_details(
    ctx: AppContext, parent: QWidget | None, host_family_id: str, name: str
) -> None:
    from sistercommittee.services import planner

    _open_details(
        ctx,
        parent,
        host_family_id,
        read=planner.host_family_details,
        write=planner.set_host_family_details,
        form=planner.HOST_DETAILS_FORM,
        editors={
            "languages": common.text(_tr("such as en, es")),
            "available_from": common.optional_date(),
            "available_to": common.optional_date(),
            "guest_gender": lambda label: ChoiceEditor(
                [("any", _tr("Any")), ("female", _tr("Female only")), ("male", _tr("Male only"))]
            ),
            "takes_minors": common.boolean(),
        },
        title=_tr("Hosting Details: {name}").format(name=name),
        undo_text=_tr("Edit hosting details of {name}").format(name=name),
        settings_key="host_details",
    )


def _set_lead_time(db: Any, country: str, values: dict[str, Any]) -> Any:
    """The committee's visa lead time of ``country`` as typed in the visa form."""
    from sistercommittee.services import planner

    return planner.set_visa_lead_time(
        db,
        country,
        values.get("lead_days") or "",
        visa_required=bool(values.get("visa_required", True)),
        note=values.get("note") or None,
    )


VISA_FORM = FormSpec(
    noun="visa lead time",
    fields=(
        Field(
            "lead_days",
            "Lead time (days)",
            _passthrough,
            required=True,
            help="apply this many days before departure",
        ),
        Field("visa_required", "Visa needed", _passthrough, default=lambda ctx: True),
        Field("note", "Note", _passthrough),
    ),
)


COUNTRY_VISA_FORM = FormSpec(
    noun="visa lead time",
    fields=(Field("country", "Country", _passthrough, required=True), *VISA_FORM.fields),
)


class VisaTimesDialog(QDialog):
    """The lead-time table: the shipped defaults (to check) and the committee's own figures."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("visa_times_dialog")
        self.setWindowTitle(_tr("Visa Lead Times"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "How many days before departure to apply for a visa in each destination. The "
                "defaults are planning estimates from the consulates' published processing times: "
                "check them with the embassy. Your figures sync to every laptop."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget(self)
        self.table.setObjectName("visa_table")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [_tr("Country"), _tr("Days"), _tr("Visa"), _tr("Figure"), _tr("Note")]
        )
        self.table.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda item, column: self._on_change_clicked())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.change_button = QPushButton(_tr("&Change…"), self)
        self.change_button.setObjectName("visa_change")
        self.change_button.clicked.connect(self._on_change_clicked)
        row.addWidget(self.change_button)
        self.add_button = QPushButton(_tr("&Add a Country…"), self)
        self.add_button.setObjectName("visa_add")
        self.add_button.clicked.connect(self._on_add_clicked)
        row.addWidget(self.add_button)
        self.reset_button = QPushButton(_tr("Use the &Default"), self)
        self.reset_button.setObjectName("visa_reset")
        self.reset_button.clicked.connect(self._on_reset_clicked)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.rows: list[LeadTime] = []
        self.table.currentItemChanged.connect(lambda *args: self._update_buttons())
        ctx.signals.operation_finished.connect(self._on_operation_finished)
        self.load()

    def load(self) -> None:
        db = self.ctx.db

        def job() -> list[LeadTime]:
            from sistercommittee.services.planner import visa_lead_times

            return visa_lead_times(db)

        self.ctx.read(self, job).on_success(self._show).run()

    def _show(self, rows: list[LeadTime]) -> None:
        current = self._current()
        code = current.country if current else None
        self.rows = rows
        self.table.clear()
        sources = {
            "committee": _tr("ours"),
            "default": _tr("default, to check"),
            "general": _tr("general default"),
        }
        for item in rows:
            line = QTreeWidgetItem(
                [
                    f"{shown(item.country_name)} ({item.country})",
                    str(item.lead_days),
                    _tr("needed") if item.visa_required else _tr("not needed"),
                    sources[item.source],
                    shown(item.note or ""),
                ]
            )
            line.setData(0, Qt.ItemDataRole.UserRole, item.country)
            line.setToolTip(4, shown(item.note or ""))
            self.table.addTopLevelItem(line)
            if item.country == code:
                self.table.setCurrentItem(line)
        for column in range(4):
            self.table.resizeColumnToContents(column)
        if self.table.currentItem() is None and rows:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._update_buttons()

    def _current(self) -> LeadTime | None:
        item = self.table.currentItem()
        if item is None:
            return None
        code = item.data(0, Qt.ItemDataRole.UserRole)
        return next((row for row in self.rows if row.country == code), None)

    def _update_buttons(self) -> None:
        current = self._current()
        self.change_button.setEnabled(current is not None)
        self.reset_button.setEnabled(current is not None and current.source == "committee")

    def _on_operation_finished(self, changes: Any, initiator: object) -> None:
        self.load()

    def _on_change_clicked(self) -> None:
        current = self._current()
        if current is None:
            return
        from sistercommittee.services import planner

        db = self.ctx.db
        before = current

        def save(values: dict[str, Any]) -> Callable[[], Undoable]:
            def job() -> Undoable:
                changes = _set_lead_time(db, before.country, values)

                def undo() -> Any:
                    if before.source == "committee":
                        return planner.set_visa_lead_time(
                            db,
                            before.country,
                            before.lead_days,
                            visa_required=before.visa_required,
                            note=before.note,
                        )
                    return planner.reset_visa_lead_time(db, before.country)

                return Undoable(
                    changes,
                    undo=undo,
                    redo=lambda: _set_lead_time(db, before.country, values),
                )

            return job

        common.form_dialog(
            self.ctx,
            self,
            _tr("Visa Lead Time: {country}").format(country=shown(current.country_name)),
            VISA_FORM,
            {
                "lead_days": common.text(),
                "visa_required": common.boolean(),
                "note": common.multiline(),
            },
            save,
            _tr("Change the visa lead time of {country}").format(
                country=shown(current.country_name)
            ),
            values={
                "lead_days": str(current.lead_days),
                "visa_required": current.visa_required,
                "note": shown(current.note or ""),
            },
        )

    def _on_add_clicked(self) -> None:
        """A figure for a country the shipped table does not list."""
        from sistercommittee.services import planner

        db = self.ctx.db

        def save(values: dict[str, Any]) -> Callable[[], Undoable]:
            def job() -> Undoable:
                country = values.get("country") or ""
                changes = _set_lead_time(db, country, values)
                return Undoable(
                    changes,
                    undo=lambda: planner.reset_visa_lead_time(db, country),
                    redo=lambda: _set_lead_time(db, country, values),
                )

            return job

        common.form_dialog(
            self.ctx,
            self,
            _tr("Visa Lead Time of Another Country"),
            COUNTRY_VISA_FORM,
            {
                "country": common.country(),
                "lead_days": common.text(),
                "visa_required": common.boolean(),
                "note": common.multiline(),
            },
            save,
            _tr("Add a visa lead time"),
            values={"visa_required": True},
        )

    def _on_reset_clicked(self) -> None:
        current = self._current()
        if current is None or current.source != "committee":
            return
        from sistercommittee.services import planner

        db, code = self.ctx.db, current.country
        self.ctx.write(self, lambda: planner.reset_visa_lead_time(db, code)).on_failure(
            lambda error: show_error(self, error)
        ).run()


PRIVACY_FORM = FormSpec(
    noun="privacy setting",
    fields=(
        Field(
            "purge_after_days",
            "Purge minors' data after (days)",
            _passthrough,
            required=True,
            help="days after the delegation's return",
        ),
        Field("reminder_days", "Remind me (days before)", _passthrough, required=True),
    ),
)


def open_privacy(ctx: AppContext, parent: QWidget | None) -> None:
    from sistercommittee.services import planner

    db = ctx.db

    def opened(current: Any) -> None:
        def save(values: dict[str, Any]) -> Callable[[], Undoable]:
            def job() -> Undoable:
                changes = planner.set_privacy_settings(
                    db, values.get("purge_after_days") or "", values.get("reminder_days") or ""
                )
                return Undoable(
                    changes,
                    undo=lambda: planner.set_privacy_settings(
                        db, current.purge_after_days, current.reminder_days
                    ),
                    redo=lambda: planner.set_privacy_settings(
                        db, values.get("purge_after_days") or "", values.get("reminder_days") or ""
                    ),
                )

            return job

        common.form_dialog(
            ctx,
            parent,
            _tr("Privacy of Minors' Data"),
            PRIVACY_FORM,
            {"purge_after_days": common.text(), "reminder_days": common.text()},
            save,
            _tr("Change the privacy setting"),
            values={
                "purge_after_days": str(current.purge_after_days),
                "reminder_days": str(current.reminder_days),
            },
            intro=_tr(
                "Passport numbers, medical notes and consent forms of minors are purged "
                "this many days after each trip, on every laptop."
            ),
        )

    ctx.read(parent, lambda: planner.privacy_settings(db)).on_success(opened).run()
