"""Exchanges: delegations between the cities, who goes, who hosts whom, the programme and the
costs."""

from __future__ import annotations

import dataclasses
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QWidget

from sistercommittee.ui import formatting, labels
from sistercommittee.ui.dialogs.common import confirm
from sistercommittee.ui.models.paged_model import Column
from sistercommittee.ui.pages.exchange_parts import ExchangeParts
from sistercommittee.ui.pages.list_page import ListPage
from sistercommittee.ui.pages.outcomes import outcome_lines
from sistercommittee.ui.pages.partnerships import city_label
from sistercommittee.ui.undo import delete_job, perform
from sistercommittee.ui.widgets.filter_combo import FilterCombo
from sistercommittee.ui.widgets.overview import overview_line, overview_tab, overview_table
from sistercommittee.ui.widgets.sub_list import SubList

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.exchanges import (
        ExchangeDetail,
        ExchangeRow,
        ItineraryInfo,
    )
    from sistercommittee.services.paging import Page as ResultPage
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext


def _item_when(item: ItineraryInfo) -> str:
    when = formatting.fmt_datetime(item.starts_at, item.time_zone)
    return f"{when} {formatting.zone_abbreviation(item.starts_at, item.time_zone)}"


class ExchangesPage(ListPage):
    key = "exchanges"
    export_kind = "exchanges"
    icon_name = "exchanges"
    detail_below = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._detail: ExchangeDetail | None = None
        self._partner_zone: str | None = None
        ctx.signals.database_ready.connect(self._load_choices)
        if ctx.ready:
            self._load_choices()

    def title(self) -> str:
        return self.tr("Exchanges")

    def new_label(self) -> str:
        return self.tr("New E&xchange…")

    def search_placeholder(self) -> str:
        return self.tr("Search titles and cities (Ctrl+F)")

    def noun_count(self, total: int) -> str:
        return self.tr("%n exchange(s)", "", total)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No exchange matches the search and filters.")
        return self.tr("No exchanges yet. Plan a delegation with New Exchange.")

    # --- the list ----------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(
                "dates",
                self.tr("Dates"),
                lambda r: formatting.fmt_range(
                    formatting.fmt_date(r.starts_on), formatting.fmt_date(r.ends_on)
                ),
                sort="starts_on",
                width=22,
            ),
            Column("title", self.tr("Title"), lambda r: r.title, sort="title", width=28),
            Column(
                "city",
                self.tr("Partner city"),
                lambda r: city_label(r),
                width=18,
            ),
            Column(
                "direction",
                self.tr("Direction"),
                lambda r: labels.label("ExchangeDirection", r.direction),
                width=11,
            ),
            Column(
                "program",
                self.tr("Program"),
                lambda r: labels.label("ExchangeProgram", r.program),
                sort="program",
                width=13,
            ),
            Column(
                "participants",
                self.tr("People"),
                lambda r: str(r.participants),
                align=right,
                width=6,
            ),
            Column("youth", self.tr("Youth"), lambda r: str(r.youth), align=right, width=6),
            Column("hosts", self.tr("Host families"), lambda r: str(r.host_families), align=right),
        ]

    def fetch(self, db: Database, query: Any) -> ResultPage[Any]:
        from sistercommittee.services.exchanges import list_exchanges

        return list_exchanges(db, query)

    def base_query(self) -> Any:
        from sistercommittee.services.exchanges import ExchangeQuery

        return ExchangeQuery(sort="starts_on", descending=True, limit=self.page_size)

    def setup_filters(self) -> None:
        self.direction_filter = FilterCombo(
            self.tr("Both directions"),
            labels.options("ExchangeDirection"),
            self.tr("Direction"),
            self,
        )
        self.direction_filter.setObjectName("direction_filter")
        self.add_filter(self.direction_filter)
        self.program_filter = FilterCombo(
            self.tr("Any program"), labels.options("ExchangeProgram"), self.tr("Program"), self
        )
        self.program_filter.setObjectName("program_filter")
        self.add_filter(self.program_filter)
        self.partnership_filter = FilterCombo(
            self.tr("Any partner city"), [], self.tr("Partnership"), self
        )
        self.partnership_filter.setObjectName("partnership_filter")
        self.partnership_filter.setMaximumWidth(220)
        self.add_filter(self.partnership_filter)
        year = formatting.today().year
        self.year_filter = FilterCombo(
            self.tr("Any year"),
            [(y, str(y)) for y in range(year + 2, year - 15, -1)],
            self.tr("Year"),
            self,
        )
        self.year_filter.setObjectName("year_filter")
        self.add_filter(self.year_filter)

    def _load_choices(self) -> None:
        db = self.ctx.db

        def job() -> Any:
            from sistercommittee.services.partnerships import partnership_choices

            return partnership_choices(db)

        self.ctx.read(self, job).on_success(
            lambda choices: self.partnership_filter.set_options(list(choices))
        ).run()

    def apply_filters(self, query: Any) -> Any:
        return dataclasses.replace(
            query,
            search=self.search.text().strip(),
            direction=self.direction_filter.value(),
            program=self.program_filter.value(),
            partnership_id=self.partnership_filter.value(),
            year=self.year_filter.value(),
        )

    def setup_buttons(self) -> None:
        self.add_button(self.tr("&New Exchange…"), self.new_record, name="new_exchange")
        self.edit_button = self.add_button(
            self.tr("Edit…"), self.edit_selected, name="edit"
        )  # Ctrl+E; Alt+E is the Edit menu
        self.delete_button = self.add_button(
            self.tr("&Delete"), self.delete_selected, name="delete"
        )
        self.selection_changed()

    def selection_changed(self) -> None:
        self.edit_button.setEnabled(self.current_id() is not None)
        self.delete_button.setEnabled(bool(self.selected_ids()))

    def is_affected_by(self, changes: Changes) -> bool:
        from sistercommittee.services.changes import Entity

        return bool(changes.entities & {Entity.EXCHANGES, Entity.PARTNERSHIPS, Entity.VOLUNTEERS})

    # --- detail pane -------------------------------------------------------------------------

    def make_detail_pane(self) -> QWidget | None:
        self.parts = parts = ExchangeParts(
            self.ctx, self, lambda: self._detail, lambda: self._partner_zone
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("exchange_tabs")
        overview, self.overview_label = overview_tab(self.tabs, "exchange_overview")
        self.tabs.addTab(overview, self.tr("&Overview"))

        self.participants = SubList(
            self.tr("Participants"),
            [
                Column("name", self.tr("Name"), lambda p: p.name, width=22),
                Column(
                    "role",
                    self.tr("Role"),
                    lambda p: labels.label("ParticipantRole", p.role),
                    width=11,
                ),
                Column(
                    "youth",
                    self.tr("Youth"),
                    lambda p: self.tr("yes") if p.is_youth else "",
                    width=5,
                ),
                Column(
                    "travels",
                    self.tr("Exchanged"),
                    lambda p: self.tr("yes") if p.travels else "",
                    width=8,
                ),
                Column("email", self.tr("Email"), lambda p: p.email or "", width=22),
                Column("phone", self.tr("Phone"), lambda p: formatting.fmt_phone(p.phone)),
            ],
            name="participants",
            add_text=self.tr("&Add Participant…"),
            on_add=parts.add_participant,
            on_edit=parts.edit_participant,
            on_remove=parts.remove_participants,
            parent=self,
        )
        details = self.participants.add_extra_button(
            self.tr("Plannin&g Details…"),
            lambda: parts.participant_details(self.participants.selected()),
            name="participant_details",
        )
        self.participants.selection_changed.connect(
            lambda: details.setEnabled(len(self.participants.selected()) == 1)
        )
        details.setEnabled(False)
        self.tabs.addTab(self.participants, self.tr("&Participants"))

        hosting = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        self.hosts = SubList(
            self.tr("Host families"),
            [
                Column("family", self.tr("Family"), lambda h: h.family_name, width=16),
                Column("capacity", self.tr("Beds"), lambda h: str(h.capacity), width=4),
                Column(
                    "guests",
                    self.tr("Guests"),
                    lambda h: ", ".join(s.participant_name for s in h.stays),
                    width=18,
                ),
                Column("phone", self.tr("Phone"), lambda h: formatting.fmt_phone(h.phone)),
            ],
            name="hosts",
            add_text=self.tr("&Add Host Family…"),
            on_add=parts.add_host,
            on_edit=parts.edit_host,
            on_remove=parts.remove_hosts,
            parent=hosting,
        )
        self.place_button = self.hosts.add_extra_button(
            self.tr("Place a &Guest…"),
            lambda: parts.place_guest(self.hosts.selected()),
            name="place_guest",
        )
        host_details = self.hosts.add_extra_button(
            self.tr("Hosting Detai&ls…"),
            lambda: parts.host_details(self.hosts.selected()),
            name="host_details",
        )
        self.hosts.selection_changed.connect(
            lambda: host_details.setEnabled(len(self.hosts.selected()) == 1)
        )
        host_details.setEnabled(False)
        hosting.addWidget(self.hosts)
        self.stays = SubList(
            self.tr("Stays"),
            [
                Column("guest", self.tr("Guest"), lambda s: s.participant_name, width=16),
                Column("family", self.tr("Family"), lambda s: s.family_name, width=14),
                Column(
                    "dates",
                    self.tr("Nights"),
                    lambda s: self.tr("{dates} ({n})").format(
                        dates=formatting.fmt_range(
                            formatting.fmt_date(s.from_date), formatting.fmt_date(s.to_date)
                        ),
                        n=s.nights,
                    ),
                ),
            ],
            name="stays",
            add_text="",
            on_remove=parts.remove_stays,
            remove_text=self.tr("Remove Stay"),
            parent=hosting,
        )
        self.unplaced_label = QLabel(self.stays)
        self.unplaced_label.setObjectName("unplaced")
        self.unplaced_label.setWordWrap(True)
        self.stays.layout().addWidget(self.unplaced_label)
        hosting.addWidget(self.stays)
        self.tabs.addTab(hosting, self.tr("Hos&ting"))
        self._hosting_tab = hosting

        self.itinerary = SubList(
            self.tr("Itinerary"),
            [
                Column("when", self.tr("When (local time)"), _item_when, width=22),
                Column("title", self.tr("What"), lambda i: i.title, width=26),
                Column("place", self.tr("Where"), lambda i: i.place or ""),
            ],
            name="itinerary",
            add_text=self.tr("&Add Item…"),
            on_add=parts.add_item,
            on_edit=parts.edit_item,
            on_remove=parts.remove_items,
            parent=self,
        )
        self.tabs.addTab(self.itinerary, self.tr("&Itinerary"))

        self.costs = SubList(
            self.tr("Costs"),
            [
                Column(
                    "category",
                    self.tr("Category"),
                    lambda c: labels.label("BudgetCategory", c.category),
                    width=14,
                ),
                Column(
                    "description", self.tr("Description"), lambda c: c.description or "", width=24
                ),
                Column(
                    "amount",
                    self.tr("Amount"),
                    lambda c: formatting.fmt_money(c.amount_minor, c.currency),
                    align=Qt.AlignmentFlag.AlignRight,
                    width=12,
                ),
                Column(
                    "in_kind", self.tr("In kind"), lambda c: self.tr("yes") if c.in_kind else ""
                ),
            ],
            name="costs",
            add_text=self.tr("&Add Cost…"),
            on_add=parts.add_cost,
            on_edit=parts.edit_cost,
            on_remove=parts.remove_costs,
            parent=self,
        )
        self.cost_totals = QLabel(self.costs)
        self.cost_totals.setObjectName("cost_totals")
        self.costs.layout().addWidget(self.cost_totals)
        self.tabs.addTab(self.costs, self.tr("&Costs"))
        from sistercommittee.ui.pages.exchange_planner import ChecklistTab, HomestaysTab

        self.checklist_tab = ChecklistTab(self.ctx, self.tabs)
        self.tabs.addTab(self.checklist_tab, self.tr("Chec&klist"))
        self.homestays_tab = HomestaysTab(self.ctx, self.tabs)
        self.tabs.addTab(self.homestays_tab, self.tr("Home&stays"))
        self._clear_detail()
        return self.tabs

    def _parts(self) -> list[SubList]:
        return [self.participants, self.hosts, self.stays, self.itinerary, self.costs]

    def part_tabs(self) -> dict[str, QWidget]:
        return {"participant": self.participants, "host_family": self._hosting_tab}

    def show_detail(self, record_id: str | None) -> None:
        from sistercommittee.services.exchanges import get_exchange

        self.load_detail(record_id, get_exchange, self._show_detail, self._clear_detail)

    def _clear_detail(self) -> None:
        self._detail = None
        count = len(self.selected_ids()) if hasattr(self, "model") else 0
        self.overview_label.setText(
            self.tr("%n exchange(s) selected.", "", count)
            if count > 1
            else self.tr("Select an exchange to see its people, hosting, itinerary and costs.")
        )
        for part in self._parts():
            part.set_rows([])
            part.set_enabled_actions(False)
        self.place_button.setEnabled(False)
        self.checklist_tab.clear()
        self.homestays_tab.clear()
        self.unplaced_label.clear()
        self.cost_totals.clear()

    def _show_detail(self, detail: ExchangeDetail) -> None:
        self._detail = detail
        self.overview_label.setText(self.overview_html(detail))
        self.participants.set_rows(detail.participants)
        self.hosts.set_rows(detail.host_families)
        self.stays.set_rows([stay for family in detail.host_families for stay in family.stays])
        self.itinerary.set_rows(detail.itinerary)
        self.costs.set_rows(detail.costs)
        for part in self._parts():
            part.set_enabled_actions(True)
        self.place_button.setEnabled(bool(detail.host_families) and bool(detail.participants))
        self.tabs.setTabText(
            1, self.tr("&Participants ({count})").format(count=len(detail.participants))
        )
        self.unplaced_label.setText(
            "\n".join(
                self.tr("{name} has no host for %n night(s).", "", len(item.nights)).format(
                    name=item.name
                )
                for item in detail.unplaced
            )
        )
        self.cost_totals.setText(
            "  ".join(
                self.tr("{currency}: {cash} in money, {kind} in kind").format(
                    currency=total.currency,
                    cash=formatting.fmt_money(total.cash_minor, total.currency),
                    kind=formatting.fmt_money(total.in_kind_minor, total.currency),
                )
                for total in detail.totals
            )
        )
        self._load_partner_zone(detail.partnership_id)
        self.checklist_tab.load(detail.id)
        self.homestays_tab.load(detail.id)

    def _load_partner_zone(self, partnership_id: str) -> None:
        db = self.ctx.db

        def job() -> str | None:
            from sistercommittee.services.partnerships import get_partnership

            return get_partnership(db, partnership_id).time_zone

        def done(zone: str | None) -> None:
            self._partner_zone = zone

        self.ctx.read(self, job).on_success(done).on_failure(lambda error: None).run()

    def overview_html(self, detail: ExchangeDetail) -> str:
        esc = html.escape

        def line(label: str, value: str) -> str:
            return overview_line(self, label, value)

        youth = sum(1 for p in detail.participants if p.is_youth and p.travels)
        travelling = sum(1 for p in detail.participants if p.travels)
        rows = "".join(
            (
                line(
                    self.tr("Dates"),
                    formatting.fmt_range(
                        formatting.fmt_date(detail.starts_on, long=True),
                        formatting.fmt_date(detail.ends_on, long=True),
                    ),
                ),
                line(
                    self.tr("Partner city"),
                    city_label(detail) + f", {formatting.country_name(detail.partner_country)}",
                ),
                line(self.tr("Direction"), labels.label("ExchangeDirection", detail.direction)),
                line(self.tr("Program"), labels.label("ExchangeProgram", detail.program)),
                line(
                    self.tr("People exchanged"),
                    self.tr("{people}, of them {youth} young").format(
                        people=travelling, youth=youth
                    ),
                ),
                line(self.tr("Host families"), str(len(detail.host_families))),
                line(
                    self.tr("Travel paid by"),
                    labels.label("CostBearer", detail.travel_paid_by)
                    if detail.travel_paid_by
                    else "",
                ),
                line(
                    self.tr("Stay paid by"),
                    labels.label("CostBearer", detail.stay_paid_by) if detail.stay_paid_by else "",
                ),
                *(line(label, value) for label, value in outcome_lines(detail.outcomes)),
            )
        )
        unplaced = "".join(f"<li>{esc(item.name)}</li>" for item in detail.unplaced)
        text_1 = self.tr("Still without a host for some nights:")
        warning = (f"<p><b>{esc(text_1)}</b></p><ul>{unplaced}</ul>") if unplaced else ""
        description = f"<p>{esc(detail.description)}</p>" if detail.description else ""
        notes = f"<p>{esc(detail.notes)}</p>" if detail.notes else ""
        table = overview_table(self, rows)
        return f"<h3>{esc(detail.title)}</h3>{table}{warning}{description}{notes}"

    # --- actions -----------------------------------------------------------------------------

    def new_record(self) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import new_exchange

        new_exchange(self.ctx, self, lambda changes: self.select_ids([changes.id]))

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        from sistercommittee.services.exchanges import get_exchange
        from sistercommittee.ui.dialogs.exchange_dialog import edit_exchange

        db = self.ctx.db
        self.ctx.read(self, lambda: get_exchange(db, record_id)).on_success(
            lambda detail: edit_exchange(self.ctx, self, detail)
        ).run()

    def delete_selected(self) -> None:
        rows: list[ExchangeRow] = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            question = self.tr("Delete the exchange {title}?").format(title=rows[0].title)
            undo_text = self.tr("Delete exchange {title}").format(title=rows[0].title)
        else:
            question = self.tr("Delete %n exchange(s)?", "", len(rows))
            undo_text = self.tr("Delete %n exchange(s)", "", len(rows))
        if not self.confirm(question, self.tr("Edit > Undo brings them back.")):
            return
        from sistercommittee.services import exchanges as svc

        perform(
            self.ctx,
            self,
            undo_text,
            delete_job(
                self.ctx.db,
                svc.delete_exchanges,
                svc.restore_exchanges,
                tuple(row.id for row in rows),
            ),
            initiator=self,
        )

    def confirm(self, question: str, detail: str) -> bool:
        return confirm(self, question, detail)
