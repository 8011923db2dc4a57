"""A partnership's health, as the Partnerships page shows it in its Health tab: when the cities
last met, people exchanged per year, hours given, open tasks, the flags and their reasons,
suggestions from the focus areas, and the anniversaries of the coming year with the renewal
certificate one button away."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import formatting, labels
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.services.anniversaries import Anniversary
    from sistercommittee.services.health import PartnershipHealth
    from sistercommittee.ui.context import AppContext


class HealthView(QWidget):
    """Signals:
        renewal_requested(Anniversary): the Renewal Certificate button was pressed for the
            anniversary shown with it; whoever shows this view makes the certificate and tells
            the outcome with ``say``.
    """

    renewal_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("partnership_health")
        self.health: PartnershipHealth | None = None
        self._wanted: str | None = None
        layout = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.label = QLabel(scroll)
        self.label.setObjectName("health_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        scroll.setWidget(self.label)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.renewal_button = QPushButton(self.tr("Renewal &Certificate…"), self)
        self.renewal_button.setObjectName("health_renewal")
        self.renewal_button.clicked.connect(self._on_renewal_clicked)
        row.addWidget(self.renewal_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.clear(self.tr("Select a partnership to see how it is doing."))

    def clear(self, text: str) -> None:
        self.health = None
        self._wanted = None
        self.label.setText(html.escape(text))
        self.renewal_button.setVisible(False)
        self.status.clear()

    def show_for(self, partnership_id: str) -> None:
        from sistercommittee.services.health import partnership_health

        self._wanted = partnership_id
        db = self.ctx.db

        def done(health: PartnershipHealth) -> None:
            if self._wanted == health.id:
                self.show_health(health)

        self.ctx.read(self, lambda: partnership_health(db, partnership_id)).on_success(done).run()

    def renewal(self) -> Anniversary | None:
        if self.health is None:
            return None
        return next((a for a in self.health.anniversaries if a.renewal), None)

    def show_health(self, health: PartnershipHealth) -> None:
        self.health = health
        esc = html.escape
        parts = [
            f"<h3>{esc(health.city_name)} — "
            f"{esc(labels.label('PartnershipStatus', health.status))}</h3>"
        ]
        if health.signed_on:
            parts.append(
                esc(self.tr("Signed on {date}.").format(date=formatting.fmt_date(health.signed_on)))
            )

        def dated(title: str, value: object) -> str:
            if value is None:
                text = self.tr("none")
            else:
                text = f"{value.title} ({formatting.fmt_date(value.on)})"  # type: ignore[attr-defined]
            return f"<b>{esc(title)}</b> {esc(text)}"

        people = ", ".join(f"{count.year}: {count.people}" for count in health.people_by_year)
        parts.append(
            "<br>".join(
                [
                    dated(self.tr("Last event:"), health.last_event),
                    dated(self.tr("Last exchange:"), health.last_exchange),
                    dated(self.tr("Next exchange:"), health.next_exchange),
                    f"<b>{esc(self.tr('People exchanged per year:'))}</b> {esc(people)}",
                    f"<b>{esc(self.tr('Hours given at its events:'))}</b> "
                    f"{esc(formatting.fmt_hours(health.hours_minutes))}",
                ]
            )
        )

        sections: list[str] = []

        def section(title: str, lines: list[str], empty: str) -> None:
            items = "".join(f"<li>{esc(line)}</li>" for line in lines) or (
                f"<li><i>{esc(empty)}</i></li>"
            )
            sections.append(f"<b>{esc(title)}</b><ul>{items}</ul>")

        section(
            self.tr("Flags"),
            [f"⚑ {shown(flag.reason)}" for flag in health.flags],
            self.tr("Nothing to worry about."),
        )
        section(
            self.tr("Open tasks"),
            [shown(task) for task in health.open_tasks],
            self.tr("Nothing open."),
        )
        section(
            self.tr("Anniversaries within a year"),
            [
                f"{formatting.fmt_date(a.on)}: {shown(a.what)}"
                + (f" — {self.tr('a renewal certificate can be printed')}" if a.renewal else "")
                for a in health.anniversaries
            ],
            self.tr("None in the coming year."),
        )
        section(self.tr("Suggestions"), [shown(text) for text in health.suggestions], "")
        self.label.setText(
            parts[0] + "<p>" + "</p><p>".join(parts[1:]) + "</p>" + "".join(sections)
        )
        renewal = self.renewal()
        self.renewal_button.setVisible(renewal is not None)
        if renewal is not None:
            self.renewal_button.setToolTip(shown(renewal.what))

    def say(self, text: str) -> None:
        """Tell the outcome of an action started here, beside its button."""
        self.status.setText(text)

    def _on_renewal_clicked(self) -> None:
        renewal = self.renewal()
        if renewal is not None:
            self.renewal_requested.emit(renewal)
