"""The dashboard: what a committee reports on, at a glance. Counts this year, trends over the last
years, partnerships that have gone quiet, the next events, and a timeline of the partnerships.

Everything is read in one job on a worker and drawn when it arrives; it is read again after any
change (the reads are aggregate queries, quick even on a big database).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import formatting, labels
from sistercommittee.ui.pages.base import Page
from sistercommittee.ui.shown import shown
from sistercommittee.ui.widgets.charts import Bar, BarChart, Milestone, Timeline
from sistercommittee.ui.widgets.form import error_color

if TYPE_CHECKING:
    from sistercommittee.services.agenda import Agenda
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.events import EventRow
    from sistercommittee.services.exchanges import ExchangeSummary
    from sistercommittee.services.hours import HoursSummary
    from sistercommittee.services.partnerships import PartnershipRow
    from sistercommittee.services.stats import Stats
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext

YEARS = 5
AGENDA_DAYS = 14
AGENDA_SHOWN = 6
STATUS_COLORS = {
    "exploring": "#9e9e9e",
    "proposed": "#f0a030",
    "active": "#2e9d4f",
    "dormant": "#7f7fbf",
    "ended": "#c0504d",
}


@dataclass(frozen=True)
class DashboardData:
    year: int
    stats: Stats
    hours: tuple[HoursSummary, ...]  # oldest year first, this year last
    exchanges: tuple[ExchangeSummary, ...]
    upcoming: tuple[EventRow, ...]
    quiet: tuple[PartnershipRow, ...]
    partnerships: tuple[PartnershipRow, ...]
    agenda: Agenda  # the first panel: what is overdue and coming


def read_dashboard(db: Database, today: date) -> DashboardData:
    from sistercommittee.services.agenda import agenda
    from sistercommittee.services.events import upcoming_events
    from sistercommittee.services.exchanges import exchange_summary
    from sistercommittee.services.hours import hours_summary
    from sistercommittee.services.partnerships import (
        PartnershipQuery,
        list_partnerships,
        partnerships_without_activity,
    )
    from sistercommittee.services.stats import database_stats

    years = range(today.year - YEARS + 1, today.year + 1)
    partnerships = list_partnerships(db, PartnershipQuery(sort="signed_on", limit=1000)).items
    return DashboardData(
        year=today.year,
        stats=database_stats(db),
        hours=tuple(hours_summary(db, year) for year in years),
        exchanges=tuple(exchange_summary(db, year) for year in years),
        upcoming=upcoming_events(db, datetime.now(UTC), limit=6),
        quiet=partnerships_without_activity(db, today - timedelta(days=365)),
        partnerships=partnerships,
        agenda=agenda(db, AGENDA_DAYS, today=today),
    )


class Card(QFrame):
    """A number and what it counts."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.number = QLabel("–", self)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setEnabled(False)
        self.detail.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._caption = caption

    def set_value(self, number: str, detail: str = "") -> None:
        self.number.setText(number)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self._caption}: {number}. {detail}".strip())


class DashboardPage(Page):
    key = "dashboard"
    icon_name = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: DashboardData | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)

        self.heading = QLabel(self.tr("Dashboard"), body)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.agenda_panel = QFrame(body)
        self.agenda_panel.setObjectName("agenda_panel")
        self.agenda_panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel = QGridLayout(self.agenda_panel)
        panel.setVerticalSpacing(2)
        self.agenda_heading = QLabel(self.agenda_panel)
        self.agenda_heading.setObjectName("dashboard_agenda_heading")
        bold = self.agenda_heading.font()
        bold.setBold(True)
        self.agenda_heading.setFont(bold)
        panel.addWidget(self.agenda_heading, 0, 0, 1, 2)
        # The items in two columns, so that the panel stays short above the figures.
        self.agenda_columns = [QLabel(self.agenda_panel), QLabel(self.agenda_panel)]
        for column, label in enumerate(self.agenda_columns):
            label.setObjectName(f"dashboard_agenda_{column}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            panel.addWidget(label, 1, column)
            panel.setColumnStretch(column, 1)
        self.agenda_button = QPushButton(self.tr("Open the &Agenda"), self.agenda_panel)
        self.agenda_button.setObjectName("open_agenda")
        self.agenda_button.clicked.connect(self._on_open_agenda_clicked)
        panel.addWidget(self.agenda_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.agenda_panel)

        cards = QHBoxLayout()
        self.active_card = Card(self.tr("Active partnerships"), "card_partnerships", body)
        self.volunteers_card = Card(self.tr("Active volunteers"), "card_volunteers", body)
        self.hours_card = Card(self.tr("Volunteer hours this year"), "card_hours", body)
        self.events_card = Card(self.tr("Upcoming events"), "card_events", body)
        self.exchanges_card = Card(self.tr("People exchanged this year"), "card_exchanges", body)
        self.quiet_card = Card(self.tr("Partnerships quiet for a year"), "card_quiet", body)
        for card in (
            self.active_card,
            self.volunteers_card,
            self.hours_card,
            self.events_card,
            self.exchanges_card,
            self.quiet_card,
        ):
            cards.addWidget(card)
        layout.addLayout(cards)

        charts = QGridLayout()
        self.hours_chart = BarChart(self.tr("Volunteer hours per year"), parent=body)
        self.hours_chart.setObjectName("hours_chart")
        self.exchange_chart = BarChart(
            self.tr("People exchanged per year"), [self.tr("Adults"), self.tr("Youth")], parent=body
        )
        self.exchange_chart.setObjectName("exchange_chart")
        self.status_chart = BarChart(
            self.tr("Partnerships by status"), horizontal=True, parent=body
        )
        self.status_chart.setObjectName("status_chart")
        self.kind_chart = BarChart(
            self.tr("Hours this year by kind of work"), horizontal=True, parent=body
        )
        self.kind_chart.setObjectName("kind_chart")
        charts.addWidget(self.hours_chart, 0, 0)
        charts.addWidget(self.exchange_chart, 0, 1)
        charts.addWidget(self.status_chart, 0, 2)
        charts.addWidget(self.kind_chart, 0, 3)
        layout.addLayout(charts, 2)

        self.timeline = Timeline(self.tr("Partnerships by year signed"), body)
        self.timeline.setObjectName("timeline")
        layout.addWidget(self.timeline, 1)

        lists = QHBoxLayout()
        self.upcoming_label = QLabel(body)
        self.upcoming_label.setObjectName("upcoming_events")
        self.quiet_label = QLabel(body)
        self.quiet_label.setObjectName("quiet_partnerships")
        for label in (self.upcoming_label, self.quiet_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            lists.addWidget(label, 1)
        layout.addLayout(lists)
        layout.addStretch(0)

    def title(self) -> str:
        return self.tr("Dashboard")

    def load(self) -> None:
        db = self.ctx.db
        today = formatting.today(self.ctx.org.time_zone if self.ctx.org else None)
        self.ctx.read(self, lambda: read_dashboard(db, today)).on_success(self.show_data).run()

    def _on_operation_finished(self, changes: Changes, initiator: object) -> None:
        if self._activated:
            if self.isVisible():
                self.load()
            else:
                self._activated = False  # read again when shown

    def _on_open_agenda_clicked(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("agenda")

    def _show_agenda(self, agenda: Agenda) -> None:
        esc = html.escape
        heading = self.tr(
            "Agenda: {overdue} overdue, {today} today, {coming} in the next {days} days"
        ).format(
            overdue=len(agenda.overdue),
            today=len(agenda.due_today),
            coming=len(agenda.coming),
            days=agenda.days,
        )
        lines = []
        for item in agenda.items[:AGENDA_SHOWN]:
            when = formatting.fmt_date(item.on)
            text = f"<b>{esc(when)}</b> {esc(shown(item.title))}"
            if item.on < agenda.today:
                text = f"<span style='color:{error_color(self)}'>{text}</span>"
            lines.append(f"<li>{text}</li>")
        if len(agenda.items) > AGENDA_SHOWN:
            more = self.tr("and {count} more on the Agenda page").format(
                count=len(agenda.items) - AGENDA_SHOWN
            )
            lines.append(f"<li><i>{esc(more)}</i></li>")
        if not lines:
            nothing = self.tr("Nothing is overdue or coming.")
            lines.append(f"<li>{esc(nothing)}</li>")
        self.agenda_heading.setText(heading)
        half = (len(lines) + 1) // 2
        for label, part in zip(self.agenda_columns, (lines[:half], lines[half:]), strict=True):
            label.setText(f"<ul style='margin:0'>{''.join(part)}</ul>" if part else "")

    def agenda_text(self) -> str:
        """The panel's text: its heading and both columns (for tests and accessibility)."""
        return "\n".join(
            [self.agenda_heading.text(), *(label.text() for label in self.agenda_columns)]
        )

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self._show_agenda(data.agenda)
        stats = data.stats
        this_year = data.hours[-1]
        exchanges = data.exchanges[-1]
        active = stats.partnerships_by_status.get("active", 0)
        self.active_card.set_value(
            formatting.fmt_number(active),
            self.tr("of {total} in all").format(total=stats.partnerships),
        )
        self.volunteers_card.set_value(
            formatting.fmt_number(stats.active_volunteers),
            self.tr("{people} gave time this year").format(people=this_year.volunteers),
        )
        self.hours_card.set_value(
            formatting.fmt_hours(this_year.minutes),
            self.tr("last year {hours}").format(hours=formatting.fmt_hours(data.hours[-2].minutes))
            if len(data.hours) > 1
            else "",
        )
        self.events_card.set_value(
            formatting.fmt_number(stats.upcoming_events),
            self.tr("{events} events in all").format(events=stats.events),
        )
        self.exchanges_card.set_value(
            formatting.fmt_number(exchanges.people),
            self.tr("{youth} young, in %n exchange(s)", "", exchanges.exchanges).format(
                youth=exchanges.youth
            ),
        )
        self.quiet_card.set_value(
            formatting.fmt_number(len(data.quiet)), self.tr("no event or exchange since a year ago")
        )

        self.hours_chart.set_bars(
            [
                Bar(
                    str(summary.year),
                    (summary.minutes / 60,),
                    formatting.fmt_number(round(summary.minutes / 60)),
                )
                for summary in data.hours
            ]
        )
        self.exchange_chart.set_bars(
            [
                Bar(
                    str(summary.year),
                    (summary.people - summary.youth, summary.youth),
                    formatting.fmt_number(summary.people),
                )
                for summary in data.exchanges
            ]
        )
        statuses = [
            s
            for s in ("active", "exploring", "proposed", "dormant", "ended")
            if stats.partnerships_by_status.get(s)
        ]
        self.status_chart.colors = [STATUS_COLORS[s] for s in statuses] or ["#2f7fc1"]
        self.status_chart.set_bars(
            [
                Bar(
                    labels.label("PartnershipStatus", s),
                    tuple(
                        float(stats.partnerships_by_status[s]) if k == n else 0.0
                        for k in range(len(statuses))
                    ),
                    str(stats.partnerships_by_status[s]),
                )
                for n, s in enumerate(statuses)
            ]
        )
        self.kind_chart.set_bars(
            [
                Bar(
                    labels.label("HoursKind", total.kind),
                    (total.minutes / 60,),
                    formatting.fmt_hours(total.minutes),
                )
                for total in this_year.by_kind[:7]
            ]
        )
        self.timeline.set_milestones(
            [
                Milestone(
                    row.signed_on, row.city_name, STATUS_COLORS.get(row.status.value, "#2f7fc1")
                )
                for row in data.partnerships
                if row.signed_on
            ],
            [
                (labels.label("PartnershipStatus", s), STATUS_COLORS[s])
                for s in ("active", "dormant", "ended")
            ],
        )
        esc = html.escape
        items = []
        for event in data.upcoming:
            item = (
                f"<b>{esc(formatting.fmt_datetime(event.starts_at, event.time_zone))}</b> "
                f"{esc(event.title)}"
            )
            if event.partnerships:
                item += f" — {esc(', '.join(event.partnerships))}"
            missing = event.shifts_total - event.shifts_filled
            if missing > 0:
                open_shifts = self.tr("%n shift(s) open", "", missing)
                item += f" <i>({esc(open_shifts)})</i>"
            items.append(f"<li>{item}</li>")
        text_1 = self.tr("Nothing planned yet.")
        upcoming = "".join(items) or f"<li>{esc(text_1)}</li>"
        items = []
        for row in data.quiet[:8]:
            status = labels.label("PartnershipStatus", row.status)
            if row.last_activity:
                when = self.tr("last activity {date}").format(
                    date=formatting.fmt_date(row.last_activity)
                )
            else:
                when = self.tr("no activity recorded")
            items.append(f"<li>{esc(row.city_name)} ({esc(status)}): {esc(when)}</li>")
        quiet = "".join(items) or f"<li>{esc(self._nothing_quiet_text(stats))}</li>"
        text_3 = self.tr("Next events")
        self.upcoming_label.setText(f"<b>{esc(text_3)}</b><ul>{upcoming}</ul>")
        text_4 = self.tr("Partnerships with no activity for a year")
        self.quiet_label.setText(f"<b>{esc(text_4)}</b><ul>{quiet}</ul>")

    def _nothing_quiet_text(self, stats: Stats) -> str:
        """What the quiet list says when it is empty: it must not praise partnerships that
        do not exist."""
        if stats.partnerships == 0:
            return self.tr("No partnerships yet: add your first partner city on Partnerships.")
        if stats.partnerships_by_status.get("ended", 0) == stats.partnerships:
            return self.tr("Every partnership has ended.")
        return self.tr("Every partnership had an event or exchange in the last twelve months.")

    def refresh(self) -> None:
        if self.ctx.ready:
            self.load()
