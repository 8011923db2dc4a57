"""What the agenda holds: items from its sources, each with the day it is due and why."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy.orm import Session

from sistercommittee.messages import ISO, Day, join_messages
from sistercommittee.services.changes import Entity


class ItemKind(StrEnum):
    SHIFTS = "shifts"  # shifts without volunteers
    CONSENT = "consent"  # consent to be contacted about to lapse, or lapsed
    ANNIVERSARY = "anniversary"  # of signing, or a partner country's national day
    TRAVEL = "travel"  # an exchange's travel dates
    REPORT = "report"  # a report due to HQ
    HOURS = "hours"  # self-logged hours waiting for approval
    DEADLINE = "deadline"  # a delegation's checklist deadline (the planner's source)


class ItemAction(StrEnum):
    """What the app offers to do from the item, beside opening its record."""

    RENEWAL_CERTIFICATE = "renewal_certificate"
    APPROVE_HOURS = "approve_hours"


@dataclass(frozen=True)
class Window:
    """The agenda asked for: ``today`` (where the organization is) and the next ``days``."""

    today: date
    days: int

    @property
    def horizon(self) -> date:
        return self.today + timedelta(days=self.days)


@dataclass(frozen=True)
class AgendaItem:
    kind: ItemKind
    on: date  # the day it is due, or happens
    title: str  # one line
    detail: str = ""  # what to do, or the particulars
    entity: Entity | None = None  # the record it is about, to open it
    record_id: str | None = None
    partnership_ids: tuple[str, ...] = ()
    # Shown this many days ahead even beyond the window (an anniversary a year ahead).
    notice_days: int = 0
    action: ItemAction | None = None
    search: str = ""  # what finds the record in its list (the app opens it from the item)

    def overdue(self, today: date) -> bool:
        return self.on < today

    def line(self) -> str:
        return join_messages((Day(self.on, ISO), self.title), "  ")


# A source of items: what it knows of the records for the window. It returns the items due in
# the window, those it surfaces earlier (notice_days) and those overdue (as far back as it cares).
Source = Callable[[Session, Window], Iterable[AgendaItem]]


def shown(item: AgendaItem, window: Window) -> bool:
    if item.on <= window.horizon:
        return True
    return item.on - timedelta(days=item.notice_days) <= window.today
