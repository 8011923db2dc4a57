"""What the annual report holds: its figures, section by section."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sistercommittee.services.reports.common import Money, OrganizationRef, PartnerRef

# --- annual report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindStatusCount:
    kind: str
    status: str  # the status on 31 December
    count: int


@dataclass(frozen=True)
class PartnershipFigures:
    total: int  # existing on 31 December (not ended)
    new: int  # signed (or first made active) during the year
    active: int
    dormant: int
    by_kind_status: tuple[KindStatusCount, ...]
    new_partners: tuple[PartnerRef, ...]


@dataclass(frozen=True)
class CountByKey:
    key: str
    count: int


@dataclass(frozen=True)
class VolunteerFigures:
    volunteers: int  # people on the roll on 31 December, active or not
    active: int  # marked active
    new: int  # added during the year
    with_hours: int  # people who logged hours during the year
    minutes: int
    minutes_by_kind: tuple[CountByKey, ...]
    minutes_by_month: tuple[int, ...]  # 12 values, January first


@dataclass(frozen=True)
class EventFigures:
    events: int
    attendance: int
    with_attendance: int  # events whose attendance was recorded
    by_kind: tuple[CountByKey, ...]
    by_month: tuple[int, ...]


@dataclass(frozen=True)
class ExchangeRow:
    program: str
    direction: str
    exchanges: int
    participants: int
    youth: int
    adults: int


@dataclass(frozen=True)
class ExchangeFigures:
    exchanges: int
    participants_inbound: int
    participants_outbound: int
    youth_inbound: int
    youth_outbound: int
    rows: tuple[ExchangeRow, ...]


@dataclass(frozen=True)
class CategoryAmount:
    currency: str
    category: str
    amount_minor: int


@dataclass(frozen=True)
class MoneyFigures:
    totals: tuple[Money, ...]  # event budgets (actual) and exchange costs, per currency
    raised_by_category: tuple[CategoryAmount, ...]
    spent_by_category: tuple[CategoryAmount, ...]


@dataclass(frozen=True)
class AssistanceFigures:
    in_kind_received: tuple[CategoryAmount, ...]
    in_kind_given: tuple[CategoryAmount, ...]
    humanitarian_cash: tuple[CategoryAmount, ...]  # humanitarian aid lines and costs, cash
    humanitarian_in_kind: tuple[CategoryAmount, ...]
    humanitarian_exchanges: int
    humanitarian_participants: int


@dataclass(frozen=True)
class EventHighlight:
    id: str
    title: str
    starts_on: date
    attendance: int | None
    outcome: str | None


@dataclass(frozen=True)
class AnnualReport:
    schema_version: str
    year: int
    organization: OrganizationRef
    generated_at: datetime
    partnerships: PartnershipFigures
    volunteers: VolunteerFigures
    events: EventFigures
    exchanges: ExchangeFigures
    money: MoneyFigures
    assistance: AssistanceFigures
    highlights: tuple[str, ...]
    highlight_events: tuple[EventHighlight, ...]
