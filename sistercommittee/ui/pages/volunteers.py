"""Volunteers: who they are, the languages they speak, their roles and the hours they gave."""

from __future__ import annotations

import dataclasses
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.collation import collation_for
from sistercommittee.names import has_kanji
from sistercommittee.ui import formatting, labels
from sistercommittee.ui.models.paged_model import Column
from sistercommittee.ui.pages.list_page import ListPage
from sistercommittee.ui.undo import Undoable, delete_job, perform
from sistercommittee.ui.widgets.filter_combo import FilterCombo
from sistercommittee.ui.widgets.overview import overview_line, overview_table
from sistercommittee.ui.widgets.sub_list import SubList

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.paging import Page as ResultPage
    from sistercommittee.services.volunteers import VolunteerDetail, VolunteerRow
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext


def _languages_text(row: VolunteerRow) -> str:
    return formatting.fmt_list(formatting.language_name(tag) for tag in row.languages)


def _reading_tooltip(row: VolunteerRow) -> str:
    """The reading of a name (furigana), over the name: 田中芽衣 reads たなか めい. A name in
    kanji without one says where it sorts."""
    if not row.name_reading:
        if has_kanji(row.name) and collation_for(QLocale().name()) == "ja":
            return QCoreApplication.translate(
                "VolunteersPage",
                "No reading given: in Japanese order this name comes after the names that "
                "have one.",
            )
        return ""
    return QCoreApplication.translate("VolunteersPage", "Read: {reading}").format(
        reading=row.name_reading
    )


class VolunteersPage(ListPage):
    key = "volunteers"
    export_kind = "volunteers"
    icon_name = "volunteers"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setToolTip(self.tr("Double-click or press Enter to edit a volunteer."))

    def title(self) -> str:
        return self.tr("Volunteers")

    def new_label(self) -> str:
        return self.tr("New &Volunteer…")

    def search_placeholder(self) -> str:
        return self.tr("Search names, email, phone (Ctrl+F)")

    def noun_count(self, total: int) -> str:
        return self.tr("%n volunteer(s)", "", total)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No volunteer matches the search and filters.")
        return self.tr("No volunteers yet. Add the first one with New Volunteer (Ctrl+N).")

    # --- the list ----------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        right = Qt.AlignmentFlag.AlignRight

        def inactive_color(row: VolunteerRow) -> Any:
            if row.active:
                return None
            return self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

        return [
            Column(
                "name",
                self.tr("Name"),
                lambda r: r.name,
                sort="name",
                width=20,
                foreground=inactive_color,
                tooltip=_reading_tooltip,
            ),
            Column(
                "family_name",
                self.tr("Family name"),
                lambda r: r.family_name or "",
                sort="family_name",
                width=12,
                hidden=True,
            ),
            Column("email", self.tr("Email"), lambda r: r.email or "", sort="email", width=22),
            Column("phone", self.tr("Phone"), lambda r: formatting.fmt_phone(r.phone), width=14),
            Column("languages", self.tr("Languages"), _languages_text, width=16),
            Column(
                "roles", self.tr("Roles"), lambda r: labels.join("VolunteerRole", r.roles), width=14
            ),
            Column("skills", self.tr("Skills"), lambda r: formatting.fmt_list(r.skills), width=14),
            Column(
                "hours",
                self.tr("Hours"),
                lambda r: formatting.fmt_hours(r.minutes_total),
                align=right,
                width=7,
            ),
            Column(
                "active",
                self.tr("Status"),
                lambda r: self.tr("Active") if r.active else self.tr("Inactive"),
                width=8,
            ),
        ]

    def fetch(self, db: Database, query: Any) -> ResultPage[Any]:
        from sistercommittee.services.volunteers import list_volunteers

        return list_volunteers(db, query)

    def base_query(self) -> Any:
        from sistercommittee.services.volunteers import VolunteerQuery

        return VolunteerQuery(limit=self.page_size)

    def setup_filters(self) -> None:
        self.status_filter = FilterCombo(
            self.tr("Active and inactive"),
            [(True, self.tr("Active only")), (False, self.tr("Inactive only"))],
            self.tr("Status"),
            self,
        )
        self.status_filter.setObjectName("status_filter")
        self.add_filter(self.status_filter)
        self.role_filter = FilterCombo(
            self.tr("Any role"), labels.options("VolunteerRole"), self.tr("Role"), self
        )
        self.role_filter.setObjectName("role_filter")
        self.add_filter(self.role_filter)
        self.language_filter = FilterCombo(
            self.tr("Any language"), list(formatting.languages()), self.tr("Language"), self
        )
        self.language_filter.setObjectName("language_filter")
        self.add_filter(self.language_filter)
        self.skill_filter = QLineEdit(self)
        self.skill_filter.setObjectName("skill_filter")
        self.skill_filter.setPlaceholderText(self.tr("Skill"))
        self.skill_filter.setAccessibleName(self.tr("Skill"))
        self.skill_filter.setClearButtonEnabled(True)
        self.skill_filter.setMaximumWidth(140)
        self.skill_filter.textChanged.connect(lambda _text: self._search_timer.start())
        self.add_filter(self.skill_filter)
        self.committee_filter = QLineEdit(self)
        self.committee_filter.setObjectName("committee_filter")
        self.committee_filter.setPlaceholderText(self.tr("Committee"))
        self.committee_filter.setAccessibleName(self.tr("Committee"))
        self.committee_filter.setClearButtonEnabled(True)
        # Room for the hint beside the clear button, in a longer language too.
        room = self.committee_filter.fontMetrics().horizontalAdvance(
            self.committee_filter.placeholderText()
        )
        self.committee_filter.setMinimumWidth(min(room + 48, 220))
        self.committee_filter.setMaximumWidth(max(140, room + 48))
        self.committee_filter.setToolTip(self.committee_filter.placeholderText())
        self.committee_filter.textChanged.connect(lambda _text: self._search_timer.start())
        self.add_filter(self.committee_filter)

    def reset_extra_filters(self) -> None:
        for line in (self.skill_filter, self.committee_filter):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)

    def apply_filters(self, query: Any) -> Any:
        return dataclasses.replace(
            query,
            search=self.search.text().strip(),
            active=self.status_filter.value(),
            role=self.role_filter.value(),
            language=self.language_filter.value(),
            skill=self.skill_filter.text().strip() or None,
            committee=self.committee_filter.text().strip() or None,
        )

    def setup_buttons(self) -> None:
        self.new_button = self.add_button(
            self.tr("&New Volunteer…"), self.new_record, name="new_volunteer"
        )
        self.edit_button = self.add_button(
            self.tr("Edit…"), self.edit_selected, name="edit"
        )  # Ctrl+E; Alt+E is the Edit menu
        self.deactivate_button = self.add_button(
            self.tr("De&activate"),
            self.toggle_active,
            name="deactivate",
            tooltip=self.tr("Mark the selected volunteers inactive (or active again)"),
        )
        self.hours_button = self.add_button(
            self.tr("Log Ho&urs…"),
            self.log_hours,
            name="log_hours",
            tooltip=self.tr("Log time a volunteer gave"),
        )
        self.delete_button = self.add_button(
            self.tr("&Delete"), self.delete_selected, name="delete"
        )
        self.selection_changed()

    def selection_changed(self) -> None:
        rows = self.selected_rows()
        self.edit_button.setEnabled(len(rows) == 1)
        self.delete_button.setEnabled(bool(rows))
        self.deactivate_button.setEnabled(bool(rows))
        if rows and all(not row.active for row in rows):
            self.deactivate_button.setText(self.tr("Re&activate"))
        else:
            self.deactivate_button.setText(self.tr("De&activate"))

    def context_actions(self) -> list[QAction | None]:
        action = QAction(self.deactivate_button.text(), self)
        action.setEnabled(self.deactivate_button.isEnabled())
        action.triggered.connect(self.toggle_active)
        return [action]

    # --- detail pane -------------------------------------------------------------------------

    def make_detail_pane(self) -> QWidget | None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(240)
        holder = QWidget(scroll)
        layout = QVBoxLayout(holder)
        self.detail_label = QLabel(holder)
        self.detail_label.setObjectName("volunteer_detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.detail_label)
        self.hours = SubList(
            self.tr("Hours"),
            [
                Column(
                    "date", self.tr("Date"), lambda h: formatting.fmt_date(h.worked_on), width=10
                ),
                Column(
                    "hours",
                    self.tr("Hours"),
                    lambda h: formatting.fmt_hours(h.minutes),
                    align=Qt.AlignmentFlag.AlignRight,
                    width=5,
                ),
                Column(
                    "for",
                    self.tr("For"),
                    lambda h: h.event_title or h.activity or labels.label("HoursKind", h.kind),
                ),
                Column(  # only self-logged hours wait for approval or are declined
                    "status",
                    self.tr("Status"),
                    lambda h: labels.label("HoursStatus", h.status) if h.self_logged else "",
                    width=12,
                ),
            ],
            name="hours",
            add_text=self.tr("&Log Hours…"),
            on_add=self.log_hours,
            on_edit=self._edit_hours,
            on_remove=self._remove_hours,
            parent=holder,
        )
        self.hours.setMinimumHeight(220)
        layout.addWidget(self.hours, 1)
        scroll.setWidget(holder)
        self._detail_id: str | None = None
        self.show_detail(None)
        return scroll

    def show_detail(self, record_id: str | None) -> None:
        self._detail_id = record_id
        self._load_hours(record_id)
        if record_id is None:
            count = len(self.selected_ids())
            self.detail_label.setText(
                self.tr("%n volunteer(s) selected.", "", count)
                if count > 1
                else self.tr("Select a volunteer to see the details here.")
            )
            return
        if not self.ctx.ready:
            return
        db = self.ctx.db

        def job() -> VolunteerDetail:
            from sistercommittee.services.volunteers import get_volunteer

            return get_volunteer(db, record_id)

        def done(detail: VolunteerDetail) -> None:
            if self._detail_id == detail.id:
                self.detail_label.setText(self.detail_html(detail))

        self.ctx.read(self, job).on_success(done).on_failure(
            lambda error: self.detail_label.setText("")
        ).run()

    def _load_hours(self, record_id: str | None) -> None:
        self.hours.set_enabled_actions(record_id is not None)
        if record_id is None or not self.ctx.ready:
            self.hours.set_rows([])
            return
        db = self.ctx.db

        def job() -> Any:
            from sistercommittee.services.hours import HoursQuery, list_hours

            return list_hours(db, HoursQuery(volunteer_id=record_id, limit=200)).items

        def done(rows: Any) -> None:
            if self._detail_id == record_id:
                self.hours.set_rows(rows)

        self.ctx.read(self, job).on_success(done).run()

    def log_hours(self) -> None:
        from sistercommittee.ui.dialogs.hours_dialog import log_hours

        rows = self.selected_rows()
        volunteer = (rows[0].id, rows[0].name) if len(rows) == 1 else None
        log_hours(self.ctx, self, volunteer)

    def _edit_hours(self, row: Any) -> None:
        from sistercommittee.ui.dialogs.hours_dialog import edit_hours

        edit_hours(self.ctx, self, row)

    def _remove_hours(self, rows: list[Any]) -> None:
        from sistercommittee.services import hours as svc
        from sistercommittee.ui.undo import remove_parts_job

        perform(
            self.ctx,
            self,
            self.tr("Remove %n hours entry(ies)", "", len(rows)),
            remove_parts_job(
                self.ctx.db,
                svc.delete_hours_entries,
                svc.restore_hours_entries,
                tuple(row.id for row in rows),
            ),
        )

    def detail_html(self, detail: VolunteerDetail) -> str:
        esc = html.escape

        def line(label: str, value: str) -> str:
            return overview_line(self, label, value)

        languages = formatting.fmt_list(
            f"{formatting.language_name(skill.language)} "
            f"({labels.label('LanguageLevel', skill.level)})"
            for skill in detail.languages
        )
        consent = (
            self.tr("Yes, since {date}").format(date=formatting.fmt_date(detail.consent_date))
            if detail.contact_consent
            else self.tr("No")
        )
        rows = "".join(
            (
                line(self.tr("Email"), detail.email or ""),
                line(self.tr("Phone"), formatting.fmt_phone(detail.phone)),
                line(self.tr("Languages"), languages),
                line(self.tr("Roles"), labels.join("VolunteerRole", detail.roles)),
                line(self.tr("Skills"), formatting.fmt_list(detail.skills)),
                line(self.tr("Committees"), formatting.fmt_list(detail.committees)),
                line(self.tr("Hours given"), formatting.fmt_hours(detail.minutes_total)),
                line(self.tr("May be contacted"), consent),
                line(
                    self.tr("Emergency contact"),
                    " ".join(
                        part
                        for part in (detail.emergency_contact_name, detail.emergency_contact_phone)
                        if part
                    ),
                ),
                line(
                    self.tr("Status"), self.tr("Active") if detail.active else self.tr("Inactive")
                ),
            )
        )
        notes = f"<p>{esc(detail.notes)}</p>" if detail.notes else ""
        return f"<h3>{esc(detail.name)}</h3>{overview_table(self, rows)}{notes}"

    # --- actions -----------------------------------------------------------------------------

    def new_record(self) -> None:
        from sistercommittee.ui.dialogs.volunteer_dialog import new_volunteer_dialog

        dialog = new_volunteer_dialog(self.ctx, self)
        dialog.saved.connect(lambda changes: self.select_ids([changes.id]))
        dialog.open()

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        db = self.ctx.db

        def job() -> VolunteerDetail:
            from sistercommittee.services.volunteers import get_volunteer

            return get_volunteer(db, record_id)

        def opened(detail: VolunteerDetail) -> None:
            from sistercommittee.ui.dialogs.volunteer_dialog import edit_volunteer_dialog

            dialog = edit_volunteer_dialog(self.ctx, self, detail)
            dialog.saved.connect(lambda changes: self.select_ids([detail.id]))
            dialog.open()

        self.ctx.read(self, job).on_success(opened).run()

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            question = self.tr("Delete the volunteer {name}?").format(name=rows[0].name)
            undo_text = self.tr("Delete volunteer {name}").format(name=rows[0].name)
        else:
            question = self.tr("Delete %n volunteer(s)?", "", len(rows))
            undo_text = self.tr("Delete %n volunteer(s)", "", len(rows))
        if not self.confirm(
            question,
            self.tr("Their logged hours stay in the totals. Edit > Undo brings them back."),
        ):
            return
        from sistercommittee.services import volunteers as svc

        ids = tuple(row.id for row in rows)
        perform(
            self.ctx,
            self,
            undo_text,
            delete_job(self.ctx.db, svc.delete_volunteers, svc.restore_volunteers, ids),
            initiator=self,
        )

    def confirm(self, question: str, detail: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(detail)
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(delete)
        box.exec()
        return box.clickedButton() is delete

    def toggle_active(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        from sistercommittee.services import volunteers as svc

        db = self.ctx.db
        make_active = all(not row.active for row in rows)
        were_active = tuple(row.id for row in rows if row.active)
        were_inactive = tuple(row.id for row in rows if not row.active)
        ids = tuple(row.id for row in rows)

        def undo() -> Changes:
            result = None
            for group, state in ((were_active, True), (were_inactive, False)):
                if group:
                    changes = svc.set_active(db, group, state)
                    result = changes if result is None else result | changes
            assert result is not None
            return result

        def job() -> Undoable:
            changes = svc.set_active(db, ids, make_active)
            return Undoable(changes, undo=undo, redo=lambda: svc.set_active(db, ids, make_active))

        text = (
            self.tr("Reactivate %n volunteer(s)", "", len(ids))
            if make_active
            else self.tr("Deactivate %n volunteer(s)", "", len(ids))
        )
        perform(self.ctx, self, text, job, initiator=self)

    def is_affected_by(self, changes: Changes) -> bool:
        from sistercommittee.services.changes import Entity

        return bool(changes.entities & {Entity.VOLUNTEERS, Entity.HOURS})
