"""Partnerships: the cities abroad, their status through the years, contacts and MOUs."""

from __future__ import annotations

import dataclasses
import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QTabWidget,
    QWidget,
)

from sistercommittee.ui import formatting, labels
from sistercommittee.ui.dialogs.common import confirm
from sistercommittee.ui.models.paged_model import Column
from sistercommittee.ui.pages.list_page import ListPage
from sistercommittee.ui.shown import shown
from sistercommittee.ui.undo import delete_job, perform, remove_parts_job
from sistercommittee.ui.widgets.filter_combo import FilterCombo
from sistercommittee.ui.widgets.overview import overview_line, overview_tab, overview_table
from sistercommittee.ui.widgets.sub_list import SubList

if TYPE_CHECKING:
    from sistercommittee.services.anniversaries import Anniversary
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.paging import Page as ResultPage
    from sistercommittee.services.partnerships import (
        ContactInfo,
        MouSummary,
        PartnershipDetail,
        PartnershipRow,
    )
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext


def city_label(row: Any) -> str:
    from sistercommittee.services.partnerships import city_with_local_name

    return city_with_local_name(row.city_name, getattr(row, "city_name_local", None))


class PartnershipsPage(ListPage):
    key = "partnerships"
    export_kind = "partnerships"
    icon_name = "partnerships"
    detail_below = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._detail: PartnershipDetail | None = None

    def title(self) -> str:
        return self.tr("Partnerships")

    def new_label(self) -> str:
        return self.tr("New &Partnership…")

    def search_placeholder(self) -> str:
        return self.tr("Search city names and regions (Ctrl+F)")

    def noun_count(self, total: int) -> str:
        return self.tr("%n partnership(s)", "", total)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No partnership matches the search and filters.")
        return self.tr("No partnerships yet. Add your first partner city with New Partnership.")

    # --- the list ----------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column("city", self.tr("City"), city_label, sort="city_name", width=26),
            Column("region", self.tr("Region"), lambda r: r.region or "", width=14),
            Column(
                "country",
                self.tr("Country"),
                lambda r: formatting.country_name(r.country),
                sort="country",
                width=14,
            ),
            Column(
                "kind", self.tr("Kind"), lambda r: labels.label("PartnershipKind", r.kind), width=13
            ),
            Column(
                "status",
                self.tr("Status"),
                lambda r: labels.label("PartnershipStatus", r.status),
                sort="status",
                width=10,
            ),
            Column(
                "signed",
                self.tr("Signed"),
                lambda r: formatting.fmt_date(r.signed_on),
                sort="signed_on",
                width=10,
            ),
            Column(
                "focus",
                self.tr("Focus areas"),
                lambda r: labels.join("FocusArea", r.focus_areas),
                width=22,
            ),
            Column(
                "activity",
                self.tr("Last activity"),
                lambda r: formatting.fmt_date(r.last_activity),
                sort="last_activity",
                width=11,
            ),
            Column(
                "events", self.tr("Events"), lambda r: str(r.events_count), align=right, width=6
            ),
            Column(
                "exchanges",
                self.tr("Exchanges"),
                lambda r: str(r.exchanges_count),
                align=right,
                width=8,
            ),
        ]

    def fetch(self, db: Database, query: Any) -> ResultPage[Any]:
        from sistercommittee.services.partnerships import list_partnerships

        return list_partnerships(db, query)

    def base_query(self) -> Any:
        from sistercommittee.services.partnerships import PartnershipQuery

        return PartnershipQuery(limit=self.page_size)

    def setup_filters(self) -> None:
        self.status_filter = FilterCombo(
            self.tr("Any status"), labels.options("PartnershipStatus"), self.tr("Status"), self
        )
        self.status_filter.setObjectName("status_filter")
        self.add_filter(self.status_filter)
        self.kind_filter = FilterCombo(
            self.tr("Any kind"), labels.options("PartnershipKind"), self.tr("Kind"), self
        )
        self.kind_filter.setObjectName("kind_filter")
        self.add_filter(self.kind_filter)
        self.country_filter = FilterCombo(
            self.tr("Any country"), list(formatting.countries()), self.tr("Country"), self
        )
        self.country_filter.setObjectName("country_filter")
        self.country_filter.setMaximumWidth(200)
        self.add_filter(self.country_filter)
        self.focus_filter = FilterCombo(
            self.tr("Any focus"), labels.options("FocusArea"), self.tr("Focus area"), self
        )
        self.focus_filter.setObjectName("focus_filter")
        self.add_filter(self.focus_filter)

    def apply_filters(self, query: Any) -> Any:
        return dataclasses.replace(
            query,
            search=self.search.text().strip(),
            status=self.status_filter.value(),
            kind=self.kind_filter.value(),
            country=self.country_filter.value(),
            focus_area=self.focus_filter.value(),
        )

    def setup_buttons(self) -> None:
        self.add_button(self.tr("&New Partnership…"), self.new_record, name="new_partnership")
        self.edit_button = self.add_button(
            self.tr("Edit…"), self.edit_selected, name="edit"
        )  # Ctrl+E; Alt+E is the Edit menu
        self.status_button = self.add_button(
            self.tr("Change &Status…"), self.change_status, name="change_status"
        )
        self.times_button = self.add_button(
            self.tr("Meeting T&imes…"), self.meeting_times, name="meeting_times"
        )
        self.delete_button = self.add_button(
            self.tr("&Delete"), self.delete_selected, name="delete"
        )
        self.selection_changed()

    def selection_changed(self) -> None:
        one = self.current_id() is not None
        self.edit_button.setEnabled(one)
        self.status_button.setEnabled(one)
        self.times_button.setEnabled(one)
        self.delete_button.setEnabled(bool(self.selected_ids()))

    def meeting_times(self) -> None:
        """The hours both cities are awake and at work on a day; a call made from one."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        from sistercommittee.ui.dialogs.meeting_times_dialog import MeetingTimesDialog

        dialog = MeetingTimesDialog(self.ctx, rows[0].id, rows[0].city_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def is_affected_by(self, changes: Changes) -> bool:
        from sistercommittee.services.changes import Entity

        return bool(changes.entities & {Entity.PARTNERSHIPS, Entity.EVENTS, Entity.EXCHANGES})

    # --- detail pane -------------------------------------------------------------------------

    def make_detail_pane(self) -> QWidget | None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("partnership_tabs")
        overview, self.overview_label = overview_tab(self.tabs, "partnership_overview")
        self.tabs.addTab(overview, self.tr("&Overview"))

        self.contacts = SubList(
            self.tr("Contacts"),
            [
                Column("name", self.tr("Name"), lambda c: c.name, width=20),
                Column("title", self.tr("Title"), lambda c: c.title or "", width=16),
                Column(
                    "organization",
                    self.tr("Organization"),
                    lambda c: c.organization or "",
                    width=18,
                ),
                Column("email", self.tr("Email"), lambda c: c.email or "", width=22),
                Column(
                    "phone", self.tr("Phone"), lambda c: formatting.fmt_phone(c.phone), width=14
                ),
                Column(
                    "language", self.tr("Language"), lambda c: formatting.language_name(c.language)
                ),
            ],
            name="contacts",
            add_text=self.tr("&Add Contact…"),
            on_add=self._add_contact,
            on_edit=self._edit_contact,
            on_remove=self._remove_contacts,
            parent=self,
        )
        self.contacts.set_empty_text(self.tr("No contacts in the partner city yet."))
        self.tabs.addTab(self.contacts, self.tr("Con&tacts"))

        self.mous = SubList(
            self.tr("MOUs"),
            [
                Column(
                    "signed",
                    self.tr("Signed"),
                    lambda m: formatting.fmt_date(m.signed_on) or self.tr("not signed yet"),
                    width=14,
                ),
                Column("place", self.tr("Place"), lambda m: m.signed_place or "", width=18),
                Column(
                    "languages",
                    self.tr("Languages"),
                    lambda m: formatting.fmt_list(
                        formatting.language_name(tag) for tag in m.languages
                    ),
                    width=20,
                ),
                Column(
                    "signatories",
                    self.tr("Signatories"),
                    lambda m: str(m.signatories_count),
                    width=9,
                ),
                Column("scans", self.tr("Scans"), lambda m: str(m.scans_count)),
            ],
            name="mous",
            add_text=self.tr("&Add MOU…"),
            on_add=self._add_mou,
            on_edit=self._open_mou,
            on_remove=self._remove_mous,
            parent=self,
        )
        self.mous.edit_button.setText(self.tr("O&pen…"))
        self.mous.set_empty_text(self.tr("No memorandum of understanding recorded yet."))
        self.tabs.addTab(self.mous, self.tr("&MOUs"))
        from sistercommittee.ui.widgets.health_view import HealthView

        self.health = HealthView(self.ctx, self)
        self.health.renewal_requested.connect(self._on_health_renewal_requested)
        self.tabs.addTab(self.health, self.tr("Hea&lth"))
        self._clear_detail()
        return self.tabs

    def _on_health_renewal_requested(self, renewal: Anniversary) -> None:
        from sistercommittee.ui.renewal import save_renewal_certificate

        save_renewal_certificate(
            self.ctx,
            self.health,
            renewal.partnership_id,
            renewal.city_name,
            renewal.on,
            self.health.say,
        )

    def part_tabs(self) -> dict[str, QWidget]:
        return {"contact": self.contacts, "mou": self.mous, "health": self.health}

    def show_detail(self, record_id: str | None) -> None:
        from sistercommittee.services.partnerships import get_partnership

        self.load_detail(record_id, get_partnership, self._show_detail, self._clear_detail)

    def _clear_detail(self) -> None:
        self._detail = None
        count = len(self.selected_ids()) if hasattr(self, "model") else 0
        self.overview_label.setText(
            self.tr("%n partnership(s) selected.", "", count)
            if count > 1
            else self.tr("Select a partnership to see its details, contacts and MOUs.")
        )
        self.contacts.set_rows([])
        self.mous.set_rows([])
        self.contacts.set_enabled_actions(False)
        self.mous.set_enabled_actions(False)
        self.health.clear(self.tr("Select a partnership to see how it is doing."))

    def _show_detail(self, detail: PartnershipDetail) -> None:
        self._detail = detail
        self.overview_label.setText(self.overview_html(detail))
        self.contacts.set_rows(detail.contacts)
        self.mous.set_rows(detail.mous)
        self.contacts.set_enabled_actions(True)
        self.mous.set_enabled_actions(True)
        self.tabs.setTabText(1, self.tr("Con&tacts ({count})").format(count=len(detail.contacts)))
        self.tabs.setTabText(2, self.tr("&MOUs ({count})").format(count=len(detail.mous)))
        self.health.show_for(detail.id)

    def overview_html(self, detail: PartnershipDetail) -> str:
        esc = html.escape

        def line(label: str, value: str) -> str:
            return overview_line(self, label, value)

        now = datetime.now(UTC)
        there = ""
        if detail.time_zone:
            there = self.tr("{time} now ({zone})").format(
                time=formatting.fmt_datetime(now, detail.time_zone), zone=detail.time_zone
            )
        rows = "".join(
            (
                line(self.tr("Country"), formatting.country_name(detail.country)),
                line(self.tr("Region"), detail.region or ""),
                line(self.tr("Kind"), labels.label("PartnershipKind", detail.kind)),
                line(self.tr("Status"), labels.label("PartnershipStatus", detail.status)),
                line(self.tr("Signed"), formatting.fmt_date(detail.signed_on, long=True)),
                line(self.tr("Language"), formatting.language_name(detail.language)),
                line(self.tr("Local time"), there),
                line(self.tr("Focus areas"), labels.join("FocusArea", detail.focus_areas)),
                line(self.tr("Committee"), detail.committee or ""),
                line(self.tr("Last activity"), formatting.fmt_date(detail.last_activity)),
                line(
                    self.tr("Events, exchanges"), f"{detail.events_count}, {detail.exchanges_count}"
                ),
            )
        )
        history = "".join(
            f"<li>{esc(formatting.fmt_date(step.changed_on))}: "
            + (
                esc(labels.label("PartnershipStatus", step.from_status)) + " → "
                if step.from_status
                else ""
            )
            + f"{esc(labels.label('PartnershipStatus', step.to_status))}"
            + (f" — {esc(step.note)}" if step.note else "")
            + "</li>"
            for step in reversed(detail.history)
        )
        text_1 = self.tr("History")
        notes = f"<p>{esc(detail.notes)}</p>" if detail.notes else ""
        return (
            f"<h3>{esc(shown(detail.label))}</h3>{overview_table(self, rows)}{notes}"
            f"<p><b>{esc(text_1)}</b></p><ul>{history}</ul>"
        )

    # --- actions -----------------------------------------------------------------------------

    def new_record(self) -> None:
        from sistercommittee.ui.dialogs.partnership_dialog import new_partnership

        new_partnership(self.ctx, self, lambda changes: self.select_ids([changes.id]))

    def _with_detail(self, action: Any) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        from sistercommittee.services.partnerships import get_partnership

        db = self.ctx.db
        self.ctx.read(self, lambda: get_partnership(db, record_id)).on_success(action).run()

    def edit_selected(self) -> None:
        from sistercommittee.ui.dialogs.partnership_dialog import edit_partnership

        self._with_detail(lambda detail: edit_partnership(self.ctx, self, detail))

    def change_status(self) -> None:
        from sistercommittee.ui.dialogs.partnership_dialog import change_status

        def open_dialog(detail: PartnershipDetail) -> None:
            if not detail.next_statuses:
                self.status_message.emit(self.tr("This status cannot change."))
                return
            change_status(self.ctx, self, detail)

        self._with_detail(open_dialog)

    def delete_selected(self) -> None:
        rows: list[PartnershipRow] = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            question = self.tr("Delete the partnership with {city}?").format(
                city=city_label(rows[0])
            )
            undo_text = self.tr("Delete partnership {city}").format(city=rows[0].city_name)
        else:
            question = self.tr("Delete %n partnership(s)?", "", len(rows))
            undo_text = self.tr("Delete %n partnership(s)", "", len(rows))
        if not self.confirm(
            question, self.tr("Their contacts and MOUs go with them. Edit > Undo brings them back.")
        ):
            return
        from sistercommittee.services import partnerships as svc

        perform(
            self.ctx,
            self,
            undo_text,
            delete_job(
                self.ctx.db,
                svc.delete_partnerships,
                svc.restore_partnerships,
                tuple(row.id for row in rows),
            ),
            initiator=self,
        )

    def confirm(self, question: str, detail: str) -> bool:
        return confirm(self, question, detail)

    # --- contacts and MOUs -------------------------------------------------------------------

    def _add_contact(self) -> None:
        from sistercommittee.ui.dialogs.partnership_dialog import open_contact

        if self._detail is not None:
            open_contact(self.ctx, self, self._detail.id)

    def _edit_contact(self, contact: ContactInfo) -> None:
        from sistercommittee.ui.dialogs.partnership_dialog import open_contact

        if self._detail is not None:
            open_contact(self.ctx, self, self._detail.id, contact)

    def _remove_contacts(self, rows: list[ContactInfo]) -> None:
        from sistercommittee.services import partnerships as svc

        perform(
            self.ctx,
            self,
            self.tr("Remove %n contact(s)", "", len(rows)),
            remove_parts_job(
                self.ctx.db,
                svc.delete_contacts,
                svc.restore_contacts,
                tuple(row.id for row in rows),
            ),
        )

    def _add_mou(self) -> None:
        from sistercommittee.ui.dialogs.mou_dialog import new_mou

        if self._detail is not None:
            new_mou(self.ctx, self, self._detail.id, shown(self._detail.label))

    def _open_mou(self, mou: MouSummary) -> None:
        from sistercommittee.ui.dialogs.mou_dialog import MouDialog

        MouDialog(self.ctx, mou.id, self).open()

    def _remove_mous(self, rows: list[MouSummary]) -> None:
        from sistercommittee.services import mous as svc

        if not self.confirm(
            self.tr("Remove %n MOU(s) with their signatories and scans?", "", len(rows)),
            self.tr("Edit > Undo brings them back."),
        ):
            return
        perform(
            self.ctx,
            self,
            self.tr("Remove %n MOU(s)", "", len(rows)),
            remove_parts_job(
                self.ctx.db, svc.delete_mous, svc.restore_mous, tuple(row.id for row in rows)
            ),
        )
