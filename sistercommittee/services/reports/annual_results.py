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
    youth_attendance: int  # of the attendance, people under 18 (where recorded)
    with_youth_attendance: int  # events whose youth attendance was recorded
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
    hosting: HostingFigures
    outcomes: OutcomeFigures
    partner_cities: tuple[PartnerCity, ...]
    dollars: DollarTotals


@dataclass(frozen=True)
class HostingFigures:
    """Visitors of the inbound exchanges that began during the year, and who took them in."""

    visitors: int  # people who came (not hosts, not our volunteers)
    visitor_nights: int  # each visitor's nights in our city: the exchange's days less one
    host_families: int  # families who took in at least one visitor
    host_nights: int  # nights visitors spent with host families (stays recorded)


@dataclass(frozen=True)
class OutcomeFigures:
    """Economic-development outcomes of the year's events and exchanges."""

    trade_mission_events: int
    trade_mission_exchanges: int
    agreements_signed: int
    jobs_created: int
    investment: tuple[CategoryAmount, ...]  # category "investment", per currency

    @property
    def trade_missions(self) -> int:
        return self.trade_mission_events + self.trade_mission_exchanges


@dataclass(frozen=True)
class PartnerCity:
    """A partnership as the report names it: its status on 31 December and its last activity
    (the latest event or exchange concerning it, up to the end of the year)."""

    id: str
    city_name: str
    city_name_local: str | None
    country: str
    kind: str
    status: str
    signed_on: date | None
    last_activity_on: date | None
    last_activity: str | None  # the event's or the exchange's title


@dataclass(frozen=True)
class RateUsed:
    currency: str
    usd_per_unit: str  # decimal text, as entered
    year: int  # the year the rate was entered for (the report's, or an earlier one)
    source: str | None


@dataclass(frozen=True)
class DollarTotals:
    """The year's money in US dollars, through the rates entered; a currency without a rate is
    named in ``missing_currencies`` and left out of every sum."""

    raised_cents: int
    spent_cents: int
    in_kind_received_cents: int
    in_kind_given_cents: int
    investment_cents: int
    rates: tuple[RateUsed, ...]
    missing_currencies: tuple[str, ...]

    @property
    def net_cents(self) -> int:
        return self.raised_cents - self.spent_cents
