"""What the exchange reads return: list rows, details of each part, summaries, the list query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sistercommittee.domain.enums import (
    BudgetCategory,
    CostBearer,
    ExchangeDirection,
    ExchangeProgram,
    ParticipantRole,
)
from sistercommittee.services.outcomes import OutcomeSummary

# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExchangeRow:
    id: str
    title: str
    direction: ExchangeDirection
    program: ExchangeProgram
    partnership_id: str
    city_name: str
    city_name_local: str | None
    starts_on: date
    ends_on: date
    participants: int
    youth: int
    host_families: int


@dataclass(frozen=True)
class ParticipantInfo:
    id: str
    name: str  # the volunteer's name as they write it, or the outside person's
    volunteer_id: str | None
    role: ParticipantRole
    is_youth: bool
    travels: bool  # one of the people exchanged, not a host or a local helper
    email: str | None
    phone: str | None
    notes: str | None


@dataclass(frozen=True)
class StayInfo:
    id: str
    participant_id: str
    participant_name: str
    host_family_id: str
    family_name: str
    from_date: date  # the first night
    to_date: date  # the day they leave
    nights: int


@dataclass(frozen=True)
class HostFamilyInfo:
    id: str
    family_name: str
    volunteer_id: str | None
    volunteer_name: str | None
    address: str | None
    phone: str | None
    email: str | None
    capacity: int
    notes: str | None
    stays: tuple[StayInfo, ...]  # in date order
    name_reading: str | None = None


@dataclass(frozen=True)
class ItineraryInfo:
    id: str
    title: str
    starts_at: datetime  # aware, on the clock of time_zone
    ends_at: datetime | None
    time_zone: str
    place: str | None
    notes: str | None


@dataclass(frozen=True)
class CostInfo:
    id: str
    category: BudgetCategory
    description: str | None
    currency: str
    amount_minor: int
    in_kind: bool


@dataclass(frozen=True)
class CostTotal:
    currency: str
    cash_minor: int
    in_kind_minor: int


@dataclass(frozen=True)
class Unplaced:
    """A visitor with no host for some nights of an inbound exchange."""

    participant_id: str
    name: str
    nights: tuple[date, ...]


@dataclass(frozen=True)
class ExchangeDetail:
    id: str
    title: str
    direction: ExchangeDirection
    program: ExchangeProgram
    partnership_id: str
    city_name: str
    city_name_local: str | None
    partner_country: str
    starts_on: date
    ends_on: date
    description: str | None
    notes: str | None
    participants: tuple[ParticipantInfo, ...]  # by name
    host_families: tuple[HostFamilyInfo, ...]  # by family name
    itinerary: tuple[ItineraryInfo, ...]  # by start time
    costs: tuple[CostInfo, ...]
    totals: tuple[CostTotal, ...]  # per currency, by currency code
    unplaced: tuple[Unplaced, ...]  # inbound only: visitors without a host for some night
    travel_paid_by: CostBearer | None = None
    stay_paid_by: CostBearer | None = None
    outcomes: OutcomeSummary | None = None  # economic development (services/outcomes.py)


@dataclass(frozen=True)
class SummaryLine:
    direction: ExchangeDirection
    program: ExchangeProgram
    exchanges: int
    people: int  # the people exchanged: hosts and local helpers are not counted
    youth: int  # of those, under 18


@dataclass(frozen=True)
class ExchangeSummary:
    year: int
    lines: tuple[SummaryLine, ...]  # by direction, then program
    exchanges: int
    people: int
    youth: int


SortKey = Literal["starts_on", "title", "program"]


@dataclass(frozen=True)
class ExchangeQuery:
    search: str = ""  # in the title
    direction: ExchangeDirection | None = None
    program: ExchangeProgram | None = None
    partnership_id: str | None = None
    year: int | None = None  # by the departure date
    date_from: date | None = None  # exchanges that are on at any time from this day...
    date_to: date | None = None  # ...up to this day
    sort: SortKey = "starts_on"
    descending: bool = False
    offset: int = 0
    limit: int = 100
