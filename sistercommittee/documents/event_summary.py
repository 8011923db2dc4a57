"""The event summary as PDF, JSON or CSV: one event, or every event in a date range.

The figures come from ``services.reports.event_summary``. The CSV has one row per event and
currency (an event without money has one row with an empty currency); the formats are
documented in docs/export-formats.md.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from sistercommittee.documents import exports
from sistercommittee.documents.files import write_bytes
from sistercommittee.documents.report_pdf import (
    Styles,
    build_pdf,
    fixed,
    font_language,
    para,
    short_day,
    span_text,
    table,
)
from sistercommittee.documents.shown import Shown
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Translate, english, msg
from sistercommittee.services.partnerships import city_with_local_name
from sistercommittee.services.reports import EventSummary, EventSummaryReport, event_summary
from sistercommittee.storage.database import Database

KIND = "event-summary"
CSV_COLUMNS = (
    "schema_version",
    "event_id",
    "title",
    "kind",
    "starts_at",
    "ends_at",
    "time_zone",
    "venue",
    "partnerships",
    "attendance",
    "youth_attendance",
    "volunteers",
    "volunteer_hours",
    "shifts",
    "shifts_open",
    "currency",
    "income",
    "expenses",
    "net",
    "in_kind_received",
    "in_kind_given",
    "trade_mission",
    "agreements_signed",
    "investment_currency",
    "investment",
    "jobs_created",
    "description",
    "outcome",
)


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}".rstrip("0").rstrip(".") if minutes % 60 else str(minutes // 60)


def _partner_names(summary: EventSummary) -> str:
    return "; ".join(
        city_with_local_name(p.city_name, p.city_name_local) for p in summary.partnerships
    )


# --- JSON and CSV -------------------------------------------------------------------------------


def event_summary_json(report: EventSummaryReport) -> bytes:
    document: dict[str, Any] = {"schema_version": report.schema_version, "kind": KIND}
    plain = exports.to_plain(report)
    plain.pop("schema_version")
    document.update(plain)
    for event in document["events"]:
        event["volunteer_hours"] = round(event["volunteer_minutes"] / 60, 2)
    return exports.json_bytes(document)


def event_summary_csv(report: EventSummaryReport) -> bytes:
    rows: list[list[Any]] = []
    for event in report.events:
        base = [
            report.schema_version,
            event.id,
            event.title,
            event.kind,
            event.starts_at.isoformat(),
            event.ends_at.isoformat(),
            event.time_zone,
            event.venue,
            _partner_names(event),
            event.attendance,
            event.youth_attendance,
            event.volunteer_count,
            round(event.volunteer_minutes / 60, 2),
            event.shifts_total,
            event.shifts_open,
        ]
        investment = (
            exports.decimal_amount(event.investment_minor, event.investment_currency)
            if event.investment_minor is not None and event.investment_currency
            else None
        )
        tail = [
            event.trade_mission,
            event.agreements_signed,
            event.investment_currency,
            investment,
            event.jobs_created,
            event.description,
            event.outcome,
        ]
        if not event.money:
            rows.append([*base, None, None, None, None, None, None, *tail])
        for money in event.money:
            amount = exports.decimal_amount
            rows.append(
                [
                    *base,
                    money.currency,
                    amount(money.income_minor, money.currency),
                    amount(money.expense_minor, money.currency),
                    amount(money.net_minor, money.currency),
                    amount(money.in_kind_income_minor, money.currency),
                    amount(money.in_kind_expense_minor, money.currency),
                    *tail,
                ]
            )
    return exports.csv_bytes(CSV_COLUMNS, rows)


# --- PDF ----------------------------------------------------------------------------------------


def _when(summary: EventSummary, locale: str) -> str:
    return span_text(summary.starts_at, summary.ends_at, summary.time_zone, locale)


def _money_lines(
    summary_money: tuple[Any, ...], shown: Shown, locale: str
) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    money_locale = shown.money_locale(locale)

    def fmt(minor: int, currency: str) -> str:
        return exports.format_money(minor, currency, money_locale)

    for money in summary_money:
        lines.append((shown(msg("Income")), fmt(money.income_minor, money.currency)))
        lines.append((shown(msg("Expenses")), fmt(money.expense_minor, money.currency)))
        lines.append((shown(msg("Net")), fmt(money.net_minor, money.currency)))
        if money.in_kind_income_minor or money.in_kind_expense_minor:
            lines.append(
                (shown(msg("In kind received")), fmt(money.in_kind_income_minor, money.currency))
            )
            lines.append(
                (shown(msg("In kind given")), fmt(money.in_kind_expense_minor, money.currency))
            )
    return lines


def _outcome_lines(summary: EventSummary, shown: Shown, locale: str) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    if summary.trade_mission:
        lines.append((shown(msg("Trade mission")), shown(msg("yes"))))
    if summary.agreements_signed:
        lines.append((shown(msg("Agreements signed")), shown.number(summary.agreements_signed)))
    if summary.investment_minor and summary.investment_currency:
        lines.append(
            (
                shown(msg("Investment")),
                exports.format_money(
                    summary.investment_minor,
                    summary.investment_currency,
                    shown.money_locale(locale),
                ),
            )
        )
    if summary.jobs_created:
        lines.append((shown(msg("Jobs created")), shown.number(summary.jobs_created)))
    return lines


def _facts(summary: EventSummary, shown: Shown, locale: str) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = []
    for city in summary.local_times:
        # A virtual event happens at once on several clocks: each city's people read their own.
        facts.append(
            (
                shown(msg("In {city}", city=city.city_name)),
                span_text(city.starts_at, city.ends_at, city.time_zone, locale),
            )
        )
    if summary.venue:
        facts.append((shown(msg("Venue")), summary.venue))
    if summary.partnerships:
        facts.append((shown(msg("Partnership")), _partner_names(summary)))
    if summary.attendance is None:
        attendance = shown(msg("not recorded"))
    else:
        attendance = shown.number(summary.attendance)
    if summary.youth_attendance is not None:
        attendance = shown(
            msg(
                "{attendance}, of them {youth} under 18",
                attendance=attendance,
                youth=shown.number(summary.youth_attendance),
            )
        )
    facts.append((shown(msg("Attendance")), attendance))
    hours = shown.marked(_hours(summary.volunteer_minutes))
    facts.append(
        (
            shown(msg("Volunteers")),
            shown(
                msg("1 person, {hours} hours", hours=hours)
                if summary.volunteer_count == 1
                else msg(
                    "{people} people, {hours} hours", people=summary.volunteer_count, hours=hours
                )
            ),
        )
    )
    if summary.shifts_total:
        facts.append(
            (
                shown(msg("Shifts")),
                shown(
                    msg(
                        "{total} ({open} left open)",
                        total=summary.shifts_total,
                        open=summary.shifts_open,
                    )
                ),
            )
        )
    facts += _money_lines(summary.money, shown, locale)
    facts += _outcome_lines(summary, shown, locale)
    return facts


def _event_story(
    summary: EventSummary, styles: Styles, width: float, locale: str, shown: Shown
) -> list[Flowable]:
    language = font_language(shown.translate)
    kind = shown.word("EventKind", summary.kind, summary.kind.replace("_", " ").capitalize())
    story: list[Flowable] = [
        para(summary.title, styles.h1, language, bold=True),
        fixed(f"{kind} · {_when(summary, locale)}", styles.small, language),
    ]
    rows = [
        [fixed(label, styles.cell_bold, language), para(value, styles.cell, language)]
        for label, value in _facts(summary, shown, locale)
    ]
    story.append(Spacer(1, 4))
    story.append(table(rows, [32 * mm, width - 32 * mm], header=False))
    if summary.description:
        story.append(fixed(shown(msg("What happened")), styles.h2, language))
        story.append(para(summary.description, styles.body, language))
    if summary.outcome:
        story.append(fixed(shown(msg("Outcome")), styles.h2, language))
        story.append(para(summary.outcome, styles.body, language))
    if summary.volunteers:
        story.append(fixed(shown(msg("Volunteers")), styles.h2, language))
        people = [
            [
                fixed(shown(msg("Name")), styles.head, language),
                fixed(shown(msg("Hours")), styles.head_right, language),
                fixed(shown(msg("Shifts")), styles.head_right, language),
            ]
        ] + [
            [
                para(v.name, styles.cell, language),
                fixed(shown.marked(_hours(v.minutes)), styles.cell_right),
                fixed(str(v.shifts), styles.cell_right),
            ]
            for v in summary.volunteers
        ]
        story.append(table(people, [width - 50 * mm, 25 * mm, 25 * mm]))
    # The title, its line of when and the facts stay together; each heading below stays with
    # what follows it (the styles keep it with the next flowable).
    return [KeepTogether(story[:4]), *story[4:]]


def _overview(
    report: EventSummaryReport, styles: Styles, width: float, locale: str, shown: Shown
) -> list[Flowable]:
    language = font_language(shown.translate)
    overview = (
        [
            [
                fixed(shown(msg("Date")), styles.head, language),
                fixed(shown(msg("Event")), styles.head, language),
                fixed(shown(msg("Attendance")), styles.head_right, language),
                fixed(shown(msg("Hours")), styles.head_right, language),
            ]
        ]
        + [
            [
                fixed(short_day(e.starts_at, locale), styles.cell, language),
                para(e.title, styles.cell, language),
                fixed(
                    "" if e.attendance is None else shown.number(e.attendance), styles.cell_right
                ),
                fixed(shown.marked(_hours(e.volunteer_minutes)), styles.cell_right),
            ]
            for e in report.events
        ]
        + [
            [
                fixed("", styles.cell),
                fixed(shown(msg("Total")), styles.cell_bold, language),
                fixed(shown.number(report.attendance_total), styles.cell_right),
                fixed(shown.marked(_hours(report.volunteer_minutes_total)), styles.cell_right),
            ]
        ]
    )
    story: list[Flowable] = [table(overview, [28 * mm, width - 78 * mm, 25 * mm, 25 * mm])]
    money = _money_lines(report.money_total, shown, locale)
    if money:
        story.append(fixed(shown(msg("Money, all events")), styles.h2, language))
        story.append(
            table(
                [
                    [fixed(k, styles.cell_bold, language), fixed(v, styles.cell)]
                    for k, v in money
                ],
                [40 * mm, width - 40 * mm],
                header=False,
            )
        )
    if not report.events:
        story.append(
            fixed(shown(msg("No events took place in this period.")), styles.body, language)
        )
    return story


def event_summary_pdf(report: EventSummaryReport, translate: Translate = english) -> bytes:
    """The summary as PDF, its own words, dates and numbers in the language of ``translate``
    (the reader's)."""
    styles = Styles()
    from reportlab.lib.pagesizes import A4, letter

    from sistercommittee.documents.certificate import paper_for_country

    org = report.organization
    shown = Shown(translate, org.country)
    language = font_language(translate)
    paper = letter if paper_for_country(org.country) == "letter" else A4
    width = paper[0] - 36 * mm
    locale = shown.locale(org.language, org.country)
    if report.date_from and report.date_to:
        title = shown(msg("Events summary"))
        count = len(report.events)
        events = msg("1 event") if count == 1 else msg("{count} events", count=count)
        subtitle = shown(
            msg(
                "{organization} · {first} to {last} · {events}",
                organization=org.name,
                first=short_day(report.date_from, locale),
                last=short_day(report.date_to, locale),
                events=events,
            )
        )
    else:
        title = shown(msg("Event summary"))
        subtitle = report.organization.name
    story: list[Flowable] = [
        fixed(title, styles.title, language),
        para(subtitle, styles.subtitle, language),
    ]
    if len(report.events) != 1:
        story += _overview(report, styles, width, locale, shown)
    for summary in report.events:
        story.append(Spacer(1, 6))
        story.extend(_event_story(summary, styles, width, locale, shown))
    return build_pdf(
        story,
        title=title,
        organization=report.organization.name,
        country=report.organization.country,
        generated_at=report.generated_at,
        translate=translate,
    )


# --- entry points -------------------------------------------------------------------------------

RENDERERS = {"pdf": event_summary_pdf, "json": event_summary_json, "csv": event_summary_csv}


def render_event_summary(
    db: Database,
    fmt: str,
    *,
    event_id: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    translate: Translate = english,
) -> tuple[bytes, int]:
    """The summary in ``fmt`` ("pdf", "json" or "csv") and the number of events in it; the PDF
    in the language of ``translate`` (JSON and CSV keep their fixed English)."""
    renderer = RENDERERS.get(fmt.lower())
    if renderer is None:
        raise ValidationError.single("format", msg("The format must be pdf, json or csv."))
    report = event_summary(db, event_id=event_id, date_from=date_from, date_to=date_to)
    if fmt.lower() == "pdf":
        return event_summary_pdf(report, translate), len(report.events)
    return renderer(report), len(report.events)


def write_event_summary(
    db: Database,
    path: Path,
    fmt: str,
    *,
    event_id: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    translate: Translate = english,
) -> tuple[Path, int]:
    data, count = render_event_summary(
        db, fmt, event_id=event_id, date_from=date_from, date_to=date_to, translate=translate
    )
    return write_bytes(path, data), count
