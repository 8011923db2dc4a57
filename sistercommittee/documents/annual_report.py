"""The annual report as PDF (documents/annual_report_pdf.py), JSON or CSV, from
``services.reports.annual_report``.

The CSV is "long": one figure per row (section, metric, dimension, currency, value), so that
HQ can load every member's file into one table; docs/export-formats.md lists the metrics.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sistercommittee.documents import exports
from sistercommittee.documents.annual_report_pdf import annual_report_pdf
from sistercommittee.documents.files import write_bytes
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Translate, english, msg
from sistercommittee.services.reports import AnnualReport, CategoryAmount, annual_report
from sistercommittee.storage.database import Database

KIND = "annual-report"
CSV_COLUMNS = ("schema_version", "year", "section", "metric", "dimension", "currency", "value")


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


# --- JSON and CSV -------------------------------------------------------------------------------


def annual_report_json(report: AnnualReport) -> bytes:
    plain = exports.to_plain(report)
    plain.pop("schema_version")
    plain["volunteers"]["hours"] = _hours(report.volunteers.minutes)
    plain["outcomes"]["trade_missions"] = report.outcomes.trade_missions
    plain["dollars"]["net_cents"] = report.dollars.net_cents
    return exports.json_bytes({"schema_version": report.schema_version, "kind": KIND, **plain})


def _rows(report: AnnualReport) -> list[tuple[str, str, str, str, Any]]:
    rows: list[tuple[str, str, str, str, Any]] = []

    def add(section: str, metric: str, value: Any, dimension: str = "", currency: str = "") -> None:
        rows.append((section, metric, dimension, currency, value))

    p = report.partnerships
    for metric, value in (
        ("total", p.total),
        ("new", p.new),
        ("active", p.active),
        ("dormant", p.dormant),
    ):
        add("partnerships", metric, value)
    for item in p.by_kind_status:
        add("partnerships", "by_kind_status", item.count, f"{item.kind}/{item.status}")
    for partner in p.new_partners:
        add("partnerships", "new_partner", partner.city_name, partner.country)
    v = report.volunteers
    for metric, value in (
        ("volunteers", v.volunteers),
        ("active", v.active),
        ("new", v.new),
        ("with_hours", v.with_hours),
        ("hours", _hours(v.minutes)),
    ):
        add("volunteers", metric, value)
    for item in v.minutes_by_kind:
        add("volunteers", "hours_by_kind", _hours(item.count), item.key)
    for month, minutes in enumerate(v.minutes_by_month, start=1):
        add("volunteers", "hours_by_month", _hours(minutes), f"{month:02d}")
    e = report.events
    for metric, value in (
        ("events", e.events),
        ("attendance", e.attendance),
        ("with_attendance", e.with_attendance),
    ):
        add("events", metric, value)
    add("events", "youth_attendance", e.youth_attendance)
    add("events", "with_youth_attendance", e.with_youth_attendance)
    for item in e.by_kind:
        add("events", "by_kind", item.count, item.key)
    for month, count in enumerate(e.by_month, start=1):
        add("events", "by_month", count, f"{month:02d}")
    x = report.exchanges
    add("exchanges", "exchanges", x.exchanges)
    add("exchanges", "participants", x.participants_inbound, "inbound")
    add("exchanges", "participants", x.participants_outbound, "outbound")
    add("exchanges", "youth", x.youth_inbound, "inbound")
    add("exchanges", "youth", x.youth_outbound, "outbound")
    for row in x.rows:
        dimension = f"{row.program}/{row.direction}"
        add("exchanges", "exchanges_by_program", row.exchanges, dimension)
        add("exchanges", "participants_by_program", row.participants, dimension)
        add("exchanges", "youth_by_program", row.youth, dimension)
        add("exchanges", "adults_by_program", row.adults, dimension)
    amount = exports.decimal_amount
    for money in report.money.totals:
        c = money.currency
        add("money", "raised", amount(money.income_minor, c), currency=c)
        add("money", "spent", amount(money.expense_minor, c), currency=c)
        add("money", "net", amount(money.net_minor, c), currency=c)
        add("money", "in_kind_received", amount(money.in_kind_income_minor, c), currency=c)
        add("money", "in_kind_given", amount(money.in_kind_expense_minor, c), currency=c)

    def categories(section: str, metric: str, items: Sequence[CategoryAmount]) -> None:
        for item in items:
            add(
                section,
                metric,
                amount(item.amount_minor, item.currency),
                item.category,
                item.currency,
            )

    categories("money", "raised_by_category", report.money.raised_by_category)
    categories("money", "spent_by_category", report.money.spent_by_category)
    a = report.assistance
    categories("assistance", "in_kind_received", a.in_kind_received)
    categories("assistance", "in_kind_given", a.in_kind_given)
    categories("assistance", "humanitarian_cash", a.humanitarian_cash)
    categories("assistance", "humanitarian_in_kind", a.humanitarian_in_kind)
    add("assistance", "humanitarian_exchanges", a.humanitarian_exchanges)
    add("assistance", "humanitarian_participants", a.humanitarian_participants)
    h = report.hosting
    for metric, value in (
        ("visitors", h.visitors),
        ("visitor_nights", h.visitor_nights),
        ("host_families", h.host_families),
        ("host_nights", h.host_nights),
    ):
        add("hosting", metric, value)
    o = report.outcomes
    add("outcomes", "trade_missions", o.trade_missions)
    add("outcomes", "trade_missions", o.trade_mission_events, "events")
    add("outcomes", "trade_missions", o.trade_mission_exchanges, "exchanges")
    add("outcomes", "agreements_signed", o.agreements_signed)
    add("outcomes", "jobs_created", o.jobs_created)
    categories("outcomes", "investment", o.investment)
    d = report.dollars
    for metric, cents in (
        ("raised", d.raised_cents),
        ("spent", d.spent_cents),
        ("net", d.net_cents),
        ("in_kind_received", d.in_kind_received_cents),
        ("in_kind_given", d.in_kind_given_cents),
        ("investment", d.investment_cents),
    ):
        add("dollars", metric, amount(cents, "USD"), currency="USD")
    for rate in d.rates:
        add("dollars", "usd_per_unit", Decimal(rate.usd_per_unit), str(rate.year), rate.currency)
    for code in d.missing_currencies:
        add("dollars", "no_rate", code, currency=code)
    for city in report.partner_cities:
        for metric, value in (
            ("city_name", city.city_name),
            ("city_name_local", city.city_name_local),
            ("country", city.country),
            ("kind", city.kind),
            ("status", city.status),
            ("signed_on", city.signed_on),
            ("last_activity_on", city.last_activity_on),
            ("last_activity", city.last_activity),
        ):
            add("partner_cities", metric, value, city.id)
    for index, text in enumerate(report.highlights, start=1):
        add("highlights", "highlight", text, str(index))
    for event in report.highlight_events:
        add("highlights", "event", event.title, event.id)
    return rows


def annual_report_csv(report: AnnualReport) -> bytes:
    return exports.csv_bytes(
        CSV_COLUMNS,
        ((report.schema_version, report.year, *row) for row in _rows(report)),
    )


# --- entry points -------------------------------------------------------------------------------

RENDERERS = {"pdf": annual_report_pdf, "json": annual_report_json, "csv": annual_report_csv}


def render_annual_report(
    db: Database,
    year: int,
    fmt: str,
    *,
    highlights: Sequence[str] = (),
    highlight_event_ids: Sequence[str] = (),
    translate: Translate = english,
) -> bytes:
    """The annual report for ``year`` in ``fmt`` ("pdf", "json" or "csv"); the PDF in the
    language of ``translate`` (the JSON and CSV for HQ keep their fixed English keys)."""
    renderer = RENDERERS.get(fmt.lower())
    if renderer is None:
        raise ValidationError.single("format", msg("The format must be pdf, json or csv."))
    report = annual_report(db, year, highlights=highlights, highlight_event_ids=highlight_event_ids)
    if fmt.lower() == "pdf":
        return annual_report_pdf(report, translate)
    return renderer(report)


def write_annual_report(
    db: Database,
    year: int,
    path: Path,
    fmt: str,
    *,
    highlights: Sequence[str] = (),
    highlight_event_ids: Sequence[str] = (),
    translate: Translate = english,
) -> Path:
    data = render_annual_report(
        db,
        year,
        fmt,
        highlights=highlights,
        highlight_event_ids=highlight_event_ids,
        translate=translate,
    )
    return write_bytes(path, data)
