"""The network's impact: the sums, per year, over each member's latest annual report.

A member's annual report for a year is the latest one it uploaded in a format HQ can read (the
annual report's CSV or JSON, docs/export-formats.md; a PDF alone is for people and counts
nothing). Each file is read once: its figures are kept in memory by the file's SHA-256.
Partnerships by country and kind are today's, from what members' laptops synced.
"""

from __future__ import annotations

import csv
import io
import json
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from sistercommittee.hq.console.records import MemberRecordsCache
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import Report

COUNTED_STATUSES = ("exploring", "proposed", "active", "dormant")  # partnerships not ended


@dataclass
class ReportFigures:
    """The figures of one annual report that the network's totals add up."""

    year: int
    volunteers: int = 0
    hours: Decimal = Decimal(0)
    events: int = 0
    attendance: int = 0
    exchanges: int = 0
    inbound: int = 0
    outbound: int = 0
    youth_inbound: int = 0
    youth_outbound: int = 0
    humanitarian_exchanges: int = 0
    humanitarian_participants: int = 0
    humanitarian_cash: dict[str, Decimal] = field(default_factory=dict)
    humanitarian_in_kind: dict[str, Decimal] = field(default_factory=dict)
    partnerships: int = 0
    partnerships_by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def participants(self) -> int:
        return self.inbound + self.outbound

    @property
    def youth(self) -> int:
        return self.youth_inbound + self.youth_outbound

    @property
    def adults(self) -> int:
        return self.participants - self.youth


@dataclass
class YearTotals(ReportFigures):
    members_reporting: int = 0

    def add(self, figures: ReportFigures) -> None:
        self.members_reporting += 1
        for name in (
            "volunteers",
            "hours",
            "events",
            "attendance",
            "exchanges",
            "inbound",
            "outbound",
            "youth_inbound",
            "youth_outbound",
            "humanitarian_exchanges",
            "humanitarian_participants",
            "partnerships",
        ):
            setattr(self, name, getattr(self, name) + getattr(figures, name))
        for mine, theirs in (
            (self.humanitarian_cash, figures.humanitarian_cash),
            (self.humanitarian_in_kind, figures.humanitarian_in_kind),
        ):
            for currency, amount in theirs.items():
                mine[currency] = mine.get(currency, Decimal(0)) + amount
        for kind, count in figures.partnerships_by_kind.items():
            self.partnerships_by_kind[kind] = self.partnerships_by_kind.get(kind, 0) + count


@dataclass(frozen=True)
class NetworkImpact:
    years: list[YearTotals]  # newest first
    members: int
    partnerships_by_country_kind: dict[tuple[str, str], int]  # today's

    def year(self, year: int) -> YearTotals | None:
        return next((totals for totals in self.years if totals.year == year), None)

    @property
    def kinds(self) -> list[str]:
        return sorted({kind for _, kind in self.partnerships_by_country_kind})

    def countries(self) -> list[tuple[str, dict[str, int], int]]:
        """Per partner country: the count per kind and in all, the most partnerships first."""
        table: dict[str, dict[str, int]] = defaultdict(dict)
        for (country, kind), count in self.partnerships_by_country_kind.items():
            table[country][kind] = count
        rows = [(country, kinds, sum(kinds.values())) for country, kinds in table.items()]
        return sorted(rows, key=lambda row: (-row[2], row[0]))


# --- reading one report -----------------------------------------------------------------------


def _int(value: Any) -> int:
    try:
        return int(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return 0


def _decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal(0)


def _minor_to_unit(amount_minor: Any, currency: str) -> Decimal:
    from babel.numbers import get_currency_precision

    return Decimal(_int(amount_minor)).scaleb(-get_currency_precision(currency))


def _from_csv(text: str) -> ReportFigures | None:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if not reader.fieldnames or not {"year", "section", "metric", "value"} <= set(
        reader.fieldnames
    ):
        return None
    figures: ReportFigures | None = None
    for row in reader:
        if figures is None:
            figures = ReportFigures(year=_int(row["year"]))
        section, metric = row["section"], row["metric"]
        dimension, currency, value = (
            row.get("dimension") or "",
            row.get("currency") or "",
            row["value"],
        )
        key = (section, metric)
        if key == ("volunteers", "volunteers"):
            figures.volunteers = _int(value)
        elif key == ("volunteers", "hours"):
            figures.hours = _decimal(value)
        elif key == ("events", "events"):
            figures.events = _int(value)
        elif key == ("events", "attendance"):
            figures.attendance = _int(value)
        elif key == ("exchanges", "exchanges"):
            figures.exchanges = _int(value)
        elif key == ("exchanges", "participants"):
            if dimension == "inbound":
                figures.inbound = _int(value)
            elif dimension == "outbound":
                figures.outbound = _int(value)
        elif key == ("exchanges", "youth"):
            if dimension == "inbound":
                figures.youth_inbound = _int(value)
            elif dimension == "outbound":
                figures.youth_outbound = _int(value)
        elif key == ("assistance", "humanitarian_exchanges"):
            figures.humanitarian_exchanges = _int(value)
        elif key == ("assistance", "humanitarian_participants"):
            figures.humanitarian_participants = _int(value)
        elif key == ("assistance", "humanitarian_cash") and currency:
            held = figures.humanitarian_cash.get(currency, Decimal(0))
            figures.humanitarian_cash[currency] = held + _decimal(value)
        elif key == ("assistance", "humanitarian_in_kind") and currency:
            held = figures.humanitarian_in_kind.get(currency, Decimal(0))
            figures.humanitarian_in_kind[currency] = held + _decimal(value)
        elif key == ("partnerships", "total"):
            figures.partnerships = _int(value)
        elif key == ("partnerships", "by_kind_status") and "/" in dimension:
            kind, status = dimension.split("/", 1)
            if status in COUNTED_STATUSES:
                count = figures.partnerships_by_kind.get(kind, 0) + _int(value)
                figures.partnerships_by_kind[kind] = count
    return figures


def _from_json(document: dict[str, Any]) -> ReportFigures | None:
    if document.get("kind") != "annual-report" or not isinstance(document.get("year"), int):
        return None
    figures = ReportFigures(year=document["year"])
    volunteers = document.get("volunteers") or {}
    events = document.get("events") or {}
    exchanges = document.get("exchanges") or {}
    assistance = document.get("assistance") or {}
    partnerships = document.get("partnerships") or {}
    figures.volunteers = _int(volunteers.get("volunteers", 0))
    figures.hours = _decimal(volunteers.get("hours", 0))
    figures.events = _int(events.get("events", 0))
    figures.attendance = _int(events.get("attendance", 0))
    figures.exchanges = _int(exchanges.get("exchanges", 0))
    figures.inbound = _int(exchanges.get("participants_inbound", 0))
    figures.outbound = _int(exchanges.get("participants_outbound", 0))
    figures.youth_inbound = _int(exchanges.get("youth_inbound", 0))
    figures.youth_outbound = _int(exchanges.get("youth_outbound", 0))
    figures.humanitarian_exchanges = _int(assistance.get("humanitarian_exchanges", 0))
    figures.humanitarian_participants = _int(assistance.get("humanitarian_participants", 0))
    for source, target in (
        ("humanitarian_cash", figures.humanitarian_cash),
        ("humanitarian_in_kind", figures.humanitarian_in_kind),
    ):
        for line in assistance.get(source) or []:
            currency = str(line.get("currency", ""))
            if currency:
                amount = _minor_to_unit(line.get("amount_minor", 0), currency)
                target[currency] = target.get(currency, Decimal(0)) + amount
    figures.partnerships = _int(partnerships.get("total", 0))
    for line in partnerships.get("by_kind_status") or []:
        if line.get("status") in COUNTED_STATUSES:
            kind = str(line.get("kind"))
            figures.partnerships_by_kind[kind] = figures.partnerships_by_kind.get(kind, 0) + _int(
                line.get("count", 0)
            )
    return figures


def read_report(content: bytes) -> ReportFigures | None:
    """The figures of an annual report file (CSV or JSON), or None: not a file HQ can read."""
    if content.startswith(b"%PDF"):
        return None
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    stripped = text.lstrip()
    try:
        if stripped.startswith("{"):
            document = json.loads(stripped)
            return _from_json(document) if isinstance(document, dict) else None
        return _from_csv(text)
    except (ValueError, KeyError, TypeError, AttributeError, csv.Error):
        return None


# --- the network ------------------------------------------------------------------------------


class ImpactCalculator:
    """Sums members' latest annual reports, reading each file once."""

    def __init__(self, db: HqDatabase, records: MemberRecordsCache) -> None:
        self.db = db
        self.records = records
        self._read: dict[str, ReportFigures | None] = {}  # by the file's SHA-256
        self._lock = threading.Lock()

    def _figures(self, report_ids: list[tuple[str, str]]) -> None:
        """Read the reports not read yet (id, sha256)."""
        missing = [report_id for report_id, sha in report_ids if sha not in self._read]
        for start in range(0, len(missing), 200):
            with self.db.read() as connection:
                rows = connection.execute(
                    select(Report.sha256, Report.content).where(
                        Report.id.in_(missing[start : start + 200])
                    )
                ).all()
            for sha, content in rows:
                self._read[sha] = read_report(bytes(content))

    def impact(self) -> NetworkImpact:
        with self.db.read() as connection:
            reports = connection.execute(
                select(Report.id, Report.organization_id, Report.year, Report.sha256)
                .where(Report.kind == "annual_report")
                .order_by(Report.uploaded_at.desc(), Report.id)
            ).all()
        with self._lock:
            self._figures([(row.id, row.sha256) for row in reports])
            chosen: dict[tuple[str, int], ReportFigures] = {}
            for row in reports:  # newest first: the first readable one per member and year
                figures = self._read.get(row.sha256)
                key = (row.organization_id, row.year)
                if figures is not None and key not in chosen:
                    chosen[key] = figures
        years: dict[int, YearTotals] = {}
        for (_, year), figures in chosen.items():
            years.setdefault(year, YearTotals(year=year)).add(figures)
        members = self.records.records()
        by_country_kind: Counter[tuple[str, str]] = Counter()
        for found in members.values():
            for partnership in found.partnerships:
                if partnership.get("status") in COUNTED_STATUSES:
                    country = str(partnership.get("country") or "")
                    by_country_kind[(country, str(partnership.get("kind") or ""))] += 1
        return NetworkImpact(
            years=sorted(years.values(), key=lambda totals: -totals.year),
            members=len(members),
            partnerships_by_country_kind=dict(by_country_kind),
        )


# --- CSV export -------------------------------------------------------------------------------


def impact_csv(impact: NetworkImpact) -> bytes:
    """The figures in the annual report's "long" CSV shape (one figure per row; UTF-8 with a
    byte order mark, CRLF), so that a spreadsheet stacks them the same way."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["year", "metric", "dimension", "currency", "value"])
    for totals in sorted(impact.years, key=lambda item: item.year):
        year = totals.year
        for metric, value in (
            ("members_reporting", totals.members_reporting),
            ("volunteers", totals.volunteers),
            ("volunteer_hours", totals.hours),
            ("events", totals.events),
            ("attendance", totals.attendance),
            ("exchanges", totals.exchanges),
            ("exchange_participants", totals.participants),
            ("exchange_youth", totals.youth),
            ("exchange_adults", totals.adults),
            ("humanitarian_exchanges", totals.humanitarian_exchanges),
            ("humanitarian_participants", totals.humanitarian_participants),
            ("partnerships", totals.partnerships),
        ):
            writer.writerow([year, metric, "", "", value])
        for direction, participants, youth in (
            ("inbound", totals.inbound, totals.youth_inbound),
            ("outbound", totals.outbound, totals.youth_outbound),
        ):
            writer.writerow([year, "exchange_participants", direction, "", participants])
            writer.writerow([year, "exchange_youth", direction, "", youth])
        for currency, amount in sorted(totals.humanitarian_cash.items()):
            writer.writerow([year, "humanitarian_cash", "", currency, amount])
        for currency, amount in sorted(totals.humanitarian_in_kind.items()):
            writer.writerow([year, "humanitarian_in_kind", "", currency, amount])
        for kind, count in sorted(totals.partnerships_by_kind.items()):
            writer.writerow([year, "partnerships_by_kind", _cell(kind), "", count])
    for (country, kind), count in sorted(impact.partnerships_by_country_kind.items()):
        writer.writerow(["", "partnerships_today", _cell(f"{country}/{kind}"), "", count])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _cell(text: str) -> str:
    """Text a spreadsheet would run as a formula gets an apostrophe in front."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
