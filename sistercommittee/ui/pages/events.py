"""Events: what, when (on the venue's clock, with the partner city's time beside it), who staffs
the shifts, what it cost and raised, and the hours of its staff."""

from __future__ import annotations

import dataclasses
import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from sistercommittee.services import typed_dates
from sistercommittee.ui import formatting, labels
from sistercommittee.ui.dialogs.common import confirm
from sistercommittee.ui.models.paged_model import Column
from sistercommittee.ui.pages.event_parts import EventParts
from sistercommittee.ui.pages.list_page import ListPage
from sistercommittee.ui.pages.outcomes import outcome_lines
from sistercommittee.ui.undo import delete_job, perform
from sistercommittee.ui.widgets.filter_combo import FilterCombo
from sistercommittee.ui.widgets.overview import overview_line, overview_tab, overview_table
from sistercommittee.ui.widgets.sub_list import SubList
from sistercommittee.ui.widgets.typed_editors import DateEditor

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.events import (
        EventDetail,
        EventRow,
    )
    from sistercommittee.services.paging import Page as ResultPage
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext


def when_text(row: EventRow) -> str:
    text = formatting.fmt_datetime(row.starts_at, row.time_zone)
    here = formatting.local_zone()
    if (
        formatting.to_zone(row.starts_at, row.time_zone).utcoffset()
        != row.starts_at.astimezone(here).utcoffset()
    ):
        text += f" {formatting.zone_abbreviation(row.starts_at, row.time_zone)}"
    return text


class EventsPage(ListPage):
    key = "events"
    export_kind = "events"
    icon_name = "events"
    detail_below = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._detail: EventDetail | None = None
        ctx.signals.database_ready.connect(self._load_partnership_filter)
        if ctx.ready:
            self._load_partnership_filter()

    def title(self) -> str:
        return self.tr("Events")

    def new_label(self) -> str:
        return self.tr("New E&vent…")

    def search_placeholder(self) -> str:
        return self.tr("Search titles and venues (Ctrl+F)")

    def noun_count(self, total: int) -> str:
        return self.tr("%n event(s)", "", total)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No event matches the search and filters.")
        return self.tr("No events yet. Plan one with New Event.")

    # --- the list ----------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        right = Qt.AlignmentFlag.AlignRight

        def staffing(row: EventRow) -> str:
            if not row.shifts_total:
                return ""
            return self.tr("{filled} of {total}").format(
                filled=row.shifts_filled, total=row.shifts_total
            )

        def staffing_color(row: EventRow) -> Any:
            from PySide6.QtGui import QColor

            if (
                row.shifts_total
                and row.shifts_filled < row.shifts_total
                and (row.starts_at > datetime.now(UTC))
            ):
                return QColor("#c05800")
            return None

        return [
            Column("when", self.tr("When (venue time)"), when_text, sort="starts_at", width=22),
            Column("title", self.tr("Title"), lambda r: r.title, sort="title", width=28),
            Column(
                "kind",
                self.tr("Kind"),
                lambda r: labels.label("EventKind", r.kind),
                sort="kind",
                width=12,
            ),
            Column("venue", self.tr("Venue"), lambda r: r.venue or "", width=18),
            Column(
                "partnerships",
                self.tr("Partner cities"),
                lambda r: ", ".join(r.partnerships),
                width=18,
            ),
            Column(
                "attendance",
                self.tr("Attendance"),
                lambda r: "" if r.attendance is None else formatting.fmt_number(r.attendance),
                sort="attendance",
                align=right,
                width=9,
            ),
            Column(
                "staffing", self.tr("Shifts filled"), staffing, width=10, foreground=staffing_color
            ),
        ]

    def fetch(self, db: Database, query: Any) -> ResultPage[Any]:
        from sistercommittee.services.events import list_events

        return list_events(db, query)

    def base_query(self) -> Any:
        from sistercommittee.services.events import EventQuery

        return EventQuery(sort="starts_at", descending=True, limit=self.page_size)

    def setup_filters(self) -> None:
        self.when_filter = FilterCombo(
            self.tr("Past and upcoming"),
            [(True, self.tr("Upcoming")), (False, self.tr("Past"))],
            self.tr("When"),
            self,
        )
        self.when_filter.setObjectName("when_filter")
        self.add_filter(self.when_filter)
        self.kind_filter = FilterCombo(
            self.tr("Any kind"), labels.options("EventKind"), self.tr("Kind"), self
        )
        self.kind_filter.setObjectName("kind_filter")
        self.add_filter(self.kind_filter)
        self.partnership_filter = FilterCombo(
            self.tr("Any partner city"), [], self.tr("Partnership"), self
        )
        self.partnership_filter.setObjectName("partnership_filter")
        self.partnership_filter.setMaximumWidth(220)
        self.add_filter(self.partnership_filter)
        self.from_filter = DateEditor(optional=True, parent=self)
        self.from_filter.setObjectName("from_filter")
        self.from_filter.set_accessible(self.tr("From date"))
        self.from_filter.edited.connect(self._search_timer.start)
        self.add_filter(self.from_filter, self.tr("Fro&m"))
        self.to_filter = DateEditor(optional=True, parent=self)
        self.to_filter.setObjectName("to_filter")
        self.to_filter.set_accessible(self.tr("To date"))
        self.to_filter.edited.connect(self._search_timer.start)
        self.add_filter(self.to_filter, self.tr("&To"))
        for box in (self.from_filter, self.to_filter):
            # The form's placeholder ("e.g. 5/31/2026 or today") is cut off in a filter this
            # narrow, longer still in Spanish and Japanese: the date alone, the rest in a tip.
            box.line.setToolTip(box.line.placeholderText())
            box.line.setPlaceholderText(typed_dates.example(box.locale))

    def _load_partnership_filter(self) -> None:
        db = self.ctx.db

        def job() -> Any:
            from sistercommittee.services.partnerships import partnership_choices

            return partnership_choices(db)

        self.ctx.read(self, job).on_success(
            lambda choices: self.partnership_filter.set_options(list(choices))
        ).run()

    def reset_extra_filters(self) -> None:
        for editor in (self.from_filter, self.to_filter):
            editor.blockSignals(True)
            editor.set_value(None)
            editor.blockSignals(False)

    def apply_filters(self, query: Any) -> Any:
        return dataclasses.replace(
            query,
            search=self.search.text().strip(),
            upcoming=self.when_filter.value(),
            kind=self.kind_filter.value(),
            partnership_id=self.partnership_filter.value(),
            date_from=self.from_filter.shown_date(),
            date_to=self.to_filter.shown_date(),
        )

    def setup_buttons(self) -> None:
        self.add_button(self.tr("&New Event…"), self.new_record, name="new_event")
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

        return bool(
            changes.entities & {Entity.EVENTS, Entity.PARTNERSHIPS, Entity.HOURS, Entity.VOLUNTEERS}
        )

    # --- detail pane -------------------------------------------------------------------------

    def make_detail_pane(self) -> QWidget | None:
        self.parts = parts = EventParts(self.ctx, self, lambda: self._detail, self._on_logged)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("event_tabs")
        overview, self.overview_label = overview_tab(self.tabs, "event_overview")
        self.tabs.addTab(overview, self.tr("&Overview"))

        self.shifts = SubList(
            self.tr("Shifts"),
            [
                Column("role", self.tr("Role"), lambda s: s.role, width=18),
                Column(
                    "from",
                    self.tr("From"),
                    lambda s: formatting.fmt_datetime(s.starts_at, self._zone()),
                    width=16,
                ),
                Column(
                    "to",
                    self.tr("To"),
                    lambda s: formatting.fmt_time(s.ends_at, self._zone()),
                    width=8,
                ),
                Column(
                    "hours",
                    self.tr("Hours"),
                    lambda s: formatting.fmt_hours(s.minutes),
                    align=Qt.AlignmentFlag.AlignRight,
                    width=6,
                ),
                Column(
                    "volunteer",
                    self.tr("Volunteer"),
                    lambda s: s.volunteer_name or self.tr("— open —"),
                ),
            ],
            name="shifts",
            add_text=self.tr("&Add Shift…"),
            on_add=parts.add_shift,
            on_edit=parts.edit_shift,
            on_remove=parts.remove_shifts,
            parent=self,
        )
        self.shifts.set_empty_text(self.tr("No shifts planned: add the jobs people will do."))
        self.unassign_button = self.shifts.add_extra_button(
            self.tr("Leave O&pen"),
            lambda: parts.leave_open(self.shifts.selected()),
            name="unassign",
        )
        self.log_staff_button = self.shifts.add_extra_button(
            self.tr("&Log Hours for Staff"), self.log_staff_hours, name="log_staff_hours"
        )
        self.log_staff_button.setToolTip(
            self.tr(
                "Log the time of everyone on the selected shifts (all shifts when none is selected)"
            )
        )
        self.shifts.selection_changed.connect(self._update_shift_buttons)
        self.tabs.addTab(self.shifts, self.tr("&Staffing"))

        self.budget = SubList(
            self.tr("Budget"),
            [
                Column(
                    "direction",
                    self.tr("Income/expense"),
                    lambda b: labels.label("BudgetDirection", b.direction),
                    width=10,
                ),
                Column(
                    "category",
                    self.tr("Category"),
                    lambda b: labels.label("BudgetCategory", b.category),
                    width=12,
                ),
                Column(
                    "description", self.tr("Description"), lambda b: b.description or "", width=20
                ),
                Column(
                    "planned",
                    self.tr("Planned"),
                    lambda b: formatting.fmt_money(b.planned_minor, b.currency),
                    align=Qt.AlignmentFlag.AlignRight,
                    width=11,
                ),
                Column(
                    "actual",
                    self.tr("Actual"),
                    lambda b: formatting.fmt_money(b.actual_minor, b.currency),
                    align=Qt.AlignmentFlag.AlignRight,
                    width=11,
                ),
                Column(
                    "in_kind", self.tr("In kind"), lambda b: self.tr("yes") if b.in_kind else ""
                ),
            ],
            name="budget",
            add_text=self.tr("&Add Budget Line…"),
            on_add=parts.add_line,
            on_edit=parts.edit_line,
            on_remove=parts.remove_lines,
            parent=self,
        )
        self.budget_totals = QLabel(self.budget)
        self.budget_totals.setObjectName("budget_totals")
        self.budget_totals.setWordWrap(True)
        self.budget.layout().addWidget(self.budget_totals)
        self.tabs.addTab(self.budget, self.tr("&Budget"))
        self._clear_detail()
        return self.tabs

    def _zone(self) -> str | None:
        return self._detail.time_zone if self._detail else None

    def show_detail(self, record_id: str | None) -> None:
        from sistercommittee.services.events import get_event

        self.load_detail(record_id, get_event, self._show_detail, self._clear_detail)

    def _clear_detail(self) -> None:
        self._detail = None
        count = len(self.selected_ids()) if hasattr(self, "model") else 0
        self.overview_label.setText(
            self.tr("%n event(s) selected.", "", count)
            if count > 1
            else self.tr("Select an event to see its times, staffing and budget.")
        )
        for part in (self.shifts, self.budget):
            part.set_rows([])
            part.set_enabled_actions(False)
        self.budget_totals.clear()
        self._update_shift_buttons()

    def _show_detail(self, detail: EventDetail) -> None:
        self._detail = detail
        self.overview_label.setText(self.overview_html(detail))
        self.shifts.set_rows(detail.shifts)
        self.budget.set_rows(detail.budget_lines)
        self.shifts.set_enabled_actions(True)
        self.budget.set_enabled_actions(True)
        filled = sum(1 for s in detail.shifts if s.volunteer_id)
        self.tabs.setTabText(
            1,
            self.tr("&Staffing ({filled}/{total})").format(filled=filled, total=len(detail.shifts)),
        )
        self.budget_totals.setText(
            "  ".join(
                self.tr("{currency}: planned net {planned}, actual net {actual}").format(
                    currency=total.currency,
                    planned=formatting.fmt_money(total.planned.net, total.currency),
                    actual=formatting.fmt_money(total.actual.net, total.currency),
                )
                for total in detail.budget_totals
            )
        )
        self._update_shift_buttons()

    def overview_html(self, detail: EventDetail) -> str:
        esc = html.escape

        def line(label: str, value: str) -> str:
            return overview_line(self, label, value)

        zone = detail.time_zone
        when = formatting.ranges_kept(self.tr("{start} – {end} ({zone})")).format(
            start=formatting.fmt_datetime(detail.starts_at, zone),
            end=formatting.fmt_time(detail.ends_at, zone)
            if detail.local_starts_at.date() == detail.local_ends_at.date()
            else formatting.fmt_datetime(detail.ends_at, zone),
            zone=zone,
        )
        mine = ""
        here = formatting.local_zone()
        if (
            formatting.to_zone(detail.starts_at, zone).utcoffset()
            != detail.starts_at.astimezone(here).utcoffset()
        ):
            mine = formatting.fmt_datetime(detail.starts_at, None)
        partners = "".join(
            f"<li>{esc(formatting.fmt_partner_time(detail.starts_at, p.time_zone, p.city_name))}"
            "</li>"
            for p in detail.partnerships
            if p.time_zone
        )
        rows = "".join(
            (
                line(self.tr("When"), when),
                line(self.tr("On your clock"), mine),
                line(self.tr("Kind"), labels.label("EventKind", detail.kind)),
                line(self.tr("Venue"), detail.venue or ""),
                line(
                    self.tr("Attendance"),
                    "" if detail.attendance is None else formatting.fmt_number(detail.attendance),
                ),
                line(
                    self.tr("Youth attending"),
                    ""
                    if detail.youth_attendance is None
                    else formatting.fmt_number(detail.youth_attendance),
                ),
                *(line(label, value) for label, value in outcome_lines(detail.outcomes)),
                line(
                    self.tr("Partner cities"), ", ".join(p.city_name for p in detail.partnerships)
                ),
                line(
                    self.tr("Volunteer hours"),
                    self.tr("{hours} h by {people}").format(
                        hours=formatting.fmt_hours(detail.hours_minutes),
                        people=detail.hours_volunteers,
                    )
                    if detail.hours_minutes
                    else "",
                ),
            )
        )
        text_1 = self.tr("In the partner cities")
        partner_block = f"<p><b>{esc(text_1)}</b></p><ul>{partners}</ul>" if partners else ""
        description = f"<p>{esc(detail.description)}</p>" if detail.description else ""
        text_2 = self.tr("Outcome")
        outcome = f"<p><b>{esc(text_2)}</b><br>{esc(detail.outcome)}</p>" if detail.outcome else ""
        return (
            f"<h3>{esc(detail.title)}</h3>{overview_table(self, rows)}{partner_block}"
            f"{description}{outcome}"
        )

    # --- actions -----------------------------------------------------------------------------

    def new_record(self) -> None:
        from sistercommittee.ui.dialogs.event_dialog import new_event

        new_event(self.ctx, self, lambda changes: self.select_ids([changes.id]))

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        from sistercommittee.services.events import get_event
        from sistercommittee.ui.dialogs.event_dialog import edit_event

        db = self.ctx.db
        self.ctx.read(self, lambda: get_event(db, record_id)).on_success(
            lambda detail: edit_event(self.ctx, self, detail)
        ).run()

    def delete_selected(self) -> None:
        rows: list[EventRow] = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            question = self.tr("Delete the event {title}?").format(title=rows[0].title)
            undo_text = self.tr("Delete event {title}").format(title=rows[0].title)
        else:
            question = self.tr("Delete %n event(s)?", "", len(rows))
            undo_text = self.tr("Delete %n event(s)", "", len(rows))
        if not self.confirm(
            question, self.tr("Their shifts and budget go with them. Edit > Undo brings them back.")
        ):
            return
        from sistercommittee.services import events as svc

        perform(
            self.ctx,
            self,
            undo_text,
            delete_job(
                self.ctx.db, svc.delete_events, svc.restore_events, tuple(row.id for row in rows)
            ),
            initiator=self,
        )

    def confirm(self, question: str, detail: str) -> bool:
        return confirm(self, question, detail)

    # --- shifts ------------------------------------------------------------------------------

    def _update_shift_buttons(self) -> None:
        detail = self._detail
        selected = self.shifts.selected()
        self.unassign_button.setEnabled(any(s.volunteer_id for s in selected))
        self.log_staff_button.setEnabled(
            detail is not None
            and detail.ends_at <= datetime.now(UTC)
            and any(s.volunteer_id for s in (selected or detail.shifts))
        )

    def log_staff_hours(self) -> None:
        """Log the hours of the event's staff from their shifts (the selected shifts' people, or
        everyone)."""
        self.parts.log_staff_hours(self.shifts.selected())

    def _on_logged(self, text: str) -> None:
        self.status_message.emit(text)
        self.last_staff_message = text
