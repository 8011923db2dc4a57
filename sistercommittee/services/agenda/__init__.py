"""The agenda: one list of what is coming and what is overdue, from every part of the records.

Each part contributes through a source (``items.Source``): a function that reads its records for
the window and returns items. A new kind of reminder (the delegation planner's deadlines) is one
function and one line in ``SOURCES``.

    sistercommittee agenda [--days N] [--json]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services.agenda import delegations, sources
from sistercommittee.services.agenda.items import (
    AgendaItem,
    ItemAction,
    ItemKind,
    Source,
    Window,
    shown,
)
from sistercommittee.storage.database import Database

__all__ = [
    "SOURCES",
    "Agenda",
    "AgendaItem",
    "ItemAction",
    "ItemKind",
    "Source",
    "Window",
    "agenda",
    "agenda_for_partnership",
]

SOURCES: tuple[Source, ...] = (
    sources.open_shifts,
    sources.lapsing_consent,
    sources.anniversaries,
    sources.travel_dates,
    sources.reports_due,
    sources.hours_to_approve,
    delegations.delegation_deadlines,
)

DEFAULT_DAYS = 30
MAX_DAYS = 366


@dataclass(frozen=True)
class Agenda:
    today: date
    days: int
    overdue: tuple[AgendaItem, ...]  # the oldest first
    due_today: tuple[AgendaItem, ...]
    coming: tuple[AgendaItem, ...]  # the soonest first

    @property
    def items(self) -> tuple[AgendaItem, ...]:
        return self.overdue + self.due_today + self.coming


def _check_days(days: int) -> None:
    if not 0 <= days <= MAX_DAYS:
        raise ValidationError.single(
            "days", msg(
                "Give a number of days from 0 to {most} (--days), not {days}.",
                most=MAX_DAYS, days=days,
            )
        )


def agenda(
    db: Database,
    days: int = DEFAULT_DAYS,
    *,
    today: date | None = None,
    sources_used: tuple[Source, ...] | None = None,
) -> Agenda:
    """What is overdue, due today and coming in the next ``days`` days (today where the
    organization is, unless given)."""
    from sistercommittee.services.anniversaries import org_today

    _check_days(days)
    with db.read() as session:
        window = Window(today or org_today(session), days)
        found = [
            item
            for source in (SOURCES if sources_used is None else sources_used)
            for item in source(session, window)
            if shown(item, window)
        ]
    found.sort(key=lambda item: (item.on, item.kind.value, item.title))
    return Agenda(
        window.today,
        days,
        tuple(item for item in found if item.on < window.today),
        tuple(item for item in found if item.on == window.today),
        tuple(item for item in found if item.on > window.today),
    )


def agenda_for_partnership(
    db: Database, partnership_id: str, *, today: date | None = None
) -> tuple[AgendaItem, ...]:
    """The open tasks of one partnership: its agenda items, overdue and in the coming year."""
    return tuple(
        item
        for item in agenda(db, MAX_DAYS, today=today).items
        if partnership_id in item.partnership_ids
    )
