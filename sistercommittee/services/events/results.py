"""What the event reads return: list rows, details, shifts, budget lines and totals, the query."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sistercommittee.domain.enums import BudgetCategory, BudgetDirection, EventKind
from sistercommittee.services.outcomes import OutcomeSummary

# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventRow:
    id: str
    title: str
    kind: EventKind
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    local_starts_at: datetime  # on the venue's clock
    time_zone: str
    venue: str | None
    partnerships: tuple[str, ...]  # partner city names
    attendance: int | None
    shifts_total: int
    shifts_filled: int


@dataclass(frozen=True)
class LinkedPartnership:
    """A partnership the event concerns, with the event's times on the partner city's clock."""

    id: str
    city_name: str
    city_name_local: str | None
    country: str
    time_zone: str | None
    local_starts_at: datetime | None  # None when the partner city's zone is not known
    local_ends_at: datetime | None


@dataclass(frozen=True)
class ShiftInfo:
    id: str
    event_id: str
    role: str
    starts_at: datetime  # UTC
    ends_at: datetime
    local_starts_at: datetime  # on the venue's clock
    local_ends_at: datetime
    volunteer_id: str | None  # None: the shift is open
    volunteer_name: str | None
    minutes: int


@dataclass(frozen=True)
class BudgetLineInfo:
    id: str
    event_id: str
    direction: BudgetDirection
    category: BudgetCategory
    description: str | None
    currency: str
    planned_minor: int | None  # in minor units: cents, or yen
    actual_minor: int | None
    in_kind: bool


@dataclass(frozen=True)
class Amounts:
    """Income, expense and their difference, in minor units of one currency."""

    income: int
    expense: int
    net: int

    @classmethod
    def of(cls, income: int, expense: int) -> Amounts:
        return cls(income, expense, income - expense)


@dataclass(frozen=True)
class BudgetTotals:
    """One currency's totals. Cash and in-kind (donated goods and services) are kept apart, so that
    the net says what money the event made or cost."""

    currency: str
    planned: Amounts
    actual: Amounts
    in_kind_planned: Amounts
    in_kind_actual: Amounts


@dataclass(frozen=True)
class EventDetail:
    id: str
    title: str
    description: str | None
    kind: EventKind
    time_zone: str
    starts_at: datetime  # UTC
    ends_at: datetime
    local_starts_at: datetime  # on the venue's clock
    local_ends_at: datetime
    venue: str | None
    attendance: int | None
    outcome: str | None
    partnerships: tuple[LinkedPartnership, ...]
    shifts: tuple[ShiftInfo, ...]
    budget_lines: tuple[BudgetLineInfo, ...]
    budget_totals: tuple[BudgetTotals, ...]  # one per currency, by currency code
    hours_minutes: int  # volunteer time logged for the event
    hours_volunteers: int  # people who logged it
    youth_attendance: int | None = None
    outcomes: OutcomeSummary | None = None  # economic development (services/outcomes.py)


SortKey = Literal["starts_at", "title", "kind", "attendance"]


@dataclass(frozen=True)
class EventQuery:
    search: str = ""  # in title and venue, ignoring case and accents
    kind: EventKind | None = None
    partnership_id: str | None = None
    date_from: date | None = None  # events still running on or after this day (org's zone)
    date_to: date | None = None  # events starting on or before this day (org's zone)
    upcoming: bool | None = None  # True: not yet over; False: over
    sort: SortKey = "starts_at"
    descending: bool = False
    offset: int = 0
    limit: int = 100


def budget_totals(lines: Iterable[BudgetLineInfo]) -> tuple[BudgetTotals, ...]:
    """Totals per currency (amounts in different currencies are never added together)."""
    sums: dict[tuple[str, bool, str, BudgetDirection], int] = defaultdict(int)
    currencies: set[str] = set()
    for line in lines:
        currencies.add(line.currency)
        for stage, amount in (("planned", line.planned_minor), ("actual", line.actual_minor)):
            sums[(line.currency, line.in_kind, stage, line.direction)] += amount or 0

    def amounts(currency: str, in_kind: bool, stage: str) -> Amounts:
        return Amounts.of(
            income=sums[(currency, in_kind, stage, BudgetDirection.INCOME)],
            expense=sums[(currency, in_kind, stage, BudgetDirection.EXPENSE)],
        )

    return tuple(
        BudgetTotals(
            currency=currency,
            planned=amounts(currency, False, "planned"),
            actual=amounts(currency, False, "actual"),
            in_kind_planned=amounts(currency, True, "planned"),
            in_kind_actual=amounts(currency, True, "actual"),
        )
        for currency in sorted(currencies)
    )
