"""Figures for reports: the summary of events, and the annual report HQ asks its members for.

Read queries only, aggregated in SQL so that a large database is summed without loading its rows.
Deleted rows (``deleted_at`` set) are left out everywhere, with one documented exception: hours a
volunteer logged stay in the totals after the volunteer is deleted (the volunteers service
promises that), but a deleted volunteer is never named.

Money is summed per currency in minor units; amounts in different currencies are never added.
Days and years are the organization's: a year runs from 1 January 00:00 to 31 December 24:00 in
its time zone.
"""

from sistercommittee.services.reports.annual import annual_report
from sistercommittee.services.reports.annual_results import (
    AnnualReport,
    AssistanceFigures,
    CategoryAmount,
    CountByKey,
    DollarTotals,
    EventFigures,
    EventHighlight,
    ExchangeFigures,
    ExchangeRow,
    HostingFigures,
    KindStatusCount,
    MoneyFigures,
    OutcomeFigures,
    PartnerCity,
    PartnershipFigures,
    RateUsed,
    VolunteerFigures,
)
from sistercommittee.services.reports.common import (
    MAX_RANGE_DAYS,
    SCHEMA_VERSION,
    Money,
    OrganizationRef,
    PartnerRef,
    _day_bounds,
    check_range,
)
from sistercommittee.services.reports.event_summary import (
    CityTime,
    EventSummary,
    EventSummaryReport,
    EventVolunteer,
    event_summary,
)

__all__ = [
    "MAX_RANGE_DAYS",
    "SCHEMA_VERSION",
    "AnnualReport",
    "AssistanceFigures",
    "CategoryAmount",
    "CityTime",
    "CountByKey",
    "DollarTotals",
    "EventFigures",
    "EventHighlight",
    "EventSummary",
    "EventSummaryReport",
    "EventVolunteer",
    "ExchangeFigures",
    "ExchangeRow",
    "HostingFigures",
    "KindStatusCount",
    "Money",
    "MoneyFigures",
    "OrganizationRef",
    "OutcomeFigures",
    "PartnerCity",
    "PartnerRef",
    "PartnershipFigures",
    "RateUsed",
    "VolunteerFigures",
    "_day_bounds",
    "annual_report",
    "check_range",
    "event_summary",
]
