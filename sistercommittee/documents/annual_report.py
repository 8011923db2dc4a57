"""The annual report as PDF (with charts), JSON or CSV, from ``services.reports.annual_report``.

The CSV is "long": one figure per row (section, metric, dimension, currency, value), so that
HQ can load every member's file into one table; docs/export-formats.md lists the metrics.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from sistercommittee.documents import exports, fonts
from sistercommittee.documents.files import write_bytes
from sistercommittee.documents.layout import GOLD, NAVY
from sistercommittee.documents.report_pdf import Styles, build_pdf, fixed, para, table
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services.partnerships import city_with_local_name
from sistercommittee.services.reports import AnnualReport, CategoryAmount, annual_report
from sistercommittee.storage.database import Database

KIND = "annual-report"
CSV_COLUMNS = ("schema_version", "year", "section", "metric", "dimension", "currency", "value")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TEAL = colors.HexColor("#3b7a8c")


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def _label(value: str) -> str:
    return value.replace("_", " ")


# --- JSON and CSV -------------------------------------------------------------------------------


def annual_report_json(report: AnnualReport) -> bytes:
    plain = exports.to_plain(report)
    plain.pop("schema_version")
    plain["volunteers"]["hours"] = _hours(report.volunteers.minutes)
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


# --- PDF ----------------------------------------------------------------------------------------


def _font() -> str:
    return fonts.register(fonts.SERIF)


def _bar_chart(
    values: Sequence[float], labels: Sequence[str], title: str, width: float, color: Any = NAVY
) -> Drawing:
    height = 150
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 24
    chart.width, chart.height = width - 44, height - 50
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = _font()
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = _font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde1e6")
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barWidth = 6
    if not any(values):
        chart.valueAxis.valueMax = 1
    drawing.add(chart)
    drawing.add(
        String(
            0,
            height - 12,
            title,
            fontName=fonts.register(fonts.SERIF, True),
            fontSize=9,
            fillColor=NAVY,
        )
    )
    return drawing


def _grouped_chart(
    rows: Sequence[tuple[str, float, float]], title: str, width: float, series: tuple[str, str]
) -> Drawing:
    height = max(110, 26 * len(rows) + 60)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 30
    chart.width, chart.height = width - 130, height - 62
    chart.data = [[r[1] for r in rows], [r[2] for r in rows]]
    chart.categoryAxis.categoryNames = [r[0] for r in rows]
    chart.categoryAxis.labels.fontName = _font()
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.labels.fontName = _font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if not any(r[1] or r[2] for r in rows):
        chart.valueAxis.valueMax = 1
    chart.bars[0].fillColor = NAVY
    chart.bars[1].fillColor = GOLD
    chart.bars.strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 110, 14
    legend.fontName = _font()
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(NAVY, series[0]), (GOLD, series[1])]
    legend.dxTextSpace = 4
    legend.deltax = 80
    drawing.add(legend)
    drawing.add(
        String(
            0,
            height - 12,
            title,
            fontName=fonts.register(fonts.SERIF, True),
            fontSize=9,
            fillColor=NAVY,
        )
    )
    return drawing


def _figures(rows: Sequence[tuple[str, str]], styles: Styles, width: float) -> Flowable:
    return table(
        [[fixed(k, styles.cell), fixed(v, styles.cell_right)] for k, v in rows],
        [width - 35 * mm, 35 * mm],
        header=False,
    )


def _money_table(report: AnnualReport, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    fmt = exports.format_money
    if not report.money.totals:
        return [fixed("No income or expenses were recorded for this year.", styles.body)]
    head = [
        fixed(h, styles.head_right if i else styles.head)
        for i, h in enumerate(("Currency", "Raised", "Spent", "Net", "In kind in", "In kind out"))
    ]
    rows: list[list[Any]] = [head]
    for m in report.money.totals:
        rows.append(
            [fixed(m.currency, styles.cell_bold)]
            + [
                fixed(fmt(value, m.currency), styles.cell_right)
                for value in (
                    m.income_minor,
                    m.expense_minor,
                    m.net_minor,
                    m.in_kind_income_minor,
                    m.in_kind_expense_minor,
                )
            ]
        )
    column = (width - 22 * mm) / 5
    story.append(table(rows, [22 * mm] + [column] * 5))
    for title, items in (
        ("Raised, by source", report.money.raised_by_category),
        ("Spent, by purpose", report.money.spent_by_category),
    ):
        if items:
            story.append(fixed(title, styles.h2))
            story.append(
                _figures(
                    [
                        (
                            f"{_label(i.category).capitalize()} ({i.currency})",
                            fmt(i.amount_minor, i.currency),
                        )
                        for i in items
                    ],
                    styles,
                    width,
                )
            )
    return story


def annual_report_pdf(report: AnnualReport) -> bytes:
    styles = Styles()
    from reportlab.lib.pagesizes import A4, letter

    from sistercommittee.documents.certificate import paper_for_country

    org = report.organization
    paper = letter if paper_for_country(org.country) == "letter" else A4
    width = paper[0] - 36 * mm
    title = f"Annual report {report.year}"
    member = f" · SCI member {org.sci_member_number}" if org.sci_member_number else ""
    story: list[Flowable] = [
        fixed(title, styles.title),
        para(f"{org.name} · {org.city}, {org.country}{member}", styles.subtitle),
    ]
    p, v, e, x = report.partnerships, report.volunteers, report.events, report.exchanges
    key = [
        ("Partnerships (active / dormant / new)", f"{p.active} / {p.dormant} / {p.new}"),
        ("Volunteers (on the roll / gave hours)", f"{v.volunteers:,} / {v.with_hours:,}"),
        ("Volunteer hours", f"{_hours(v.minutes):,.1f}"),
        ("Events (attendance)", f"{e.events:,} ({e.attendance:,})"),
        ("Exchanges", f"{x.exchanges:,}"),
        ("People received / sent", f"{x.participants_inbound:,} / {x.participants_outbound:,}"),
        ("…of them youth", f"{x.youth_inbound:,} / {x.youth_outbound:,}"),
    ]
    story.append(fixed("The year in figures", styles.h1))
    story.append(_figures(key, styles, width))

    if report.highlights or report.highlight_events:
        story.append(fixed("Highlights", styles.h1))
        for text in report.highlights:
            story.append(para("• " + text, styles.body))
        for event in report.highlight_events:
            attendance = f", {event.attendance:,} attending" if event.attendance else ""
            story.append(
                para(
                    f"• {event.title} ({event.starts_on:%d %B %Y}{attendance})",
                    styles.body,
                    bold=True,
                )
            )
            if event.outcome:
                story.append(para(event.outcome, styles.body))

    story.append(fixed("Partnerships", styles.h1))
    status_rows = [
        [
            fixed("Kind", styles.head),
            fixed("Status on 31 December", styles.head),
            fixed("Count", styles.head_right),
        ]
    ] + [
        [
            fixed(_label(i.kind).capitalize(), styles.cell),
            fixed(_label(i.status), styles.cell),
            fixed(str(i.count), styles.cell_right),
        ]
        for i in p.by_kind_status
    ]
    story.append(table(status_rows, [width * 0.4, width * 0.4, width * 0.2]))
    if p.new_partners:
        names = ", ".join(
            city_with_local_name(n.city_name, n.city_name_local) for n in p.new_partners
        )
        story.append(para(f"New this year: {names}", styles.body))

    story.append(fixed("Volunteers and events", styles.h1))
    charts = [
        _bar_chart(
            [_hours(m) for m in v.minutes_by_month],
            MONTHS,
            "Volunteer hours by month",
            width / 2 - 4,
        ),
        _bar_chart(list(e.by_month), MONTHS, "Events by month", width / 2 - 4, color=TEAL),
    ]
    story.append(table([charts], [width / 2, width / 2], header=False, zebra=False))
    story.append(Spacer(1, 4))
    detail = [(f"Hours: {_label(i.key)}", f"{_hours(i.count):,.1f}") for i in v.minutes_by_kind]
    detail += [(f"Events: {_label(i.key)}", f"{i.count:,}") for i in e.by_kind]
    if detail:
        story.append(_figures(detail, styles, width))

    story.append(fixed("Exchanges", styles.h1))
    if x.rows:
        programs: dict[str, list[float]] = {}
        for row in x.rows:
            slot = programs.setdefault(_label(row.program).capitalize(), [0, 0])
            slot[0 if row.direction == "inbound" else 1] += row.participants
        story.append(
            _grouped_chart(
                [(k, a, b) for k, a, b in ((k, *vals) for k, vals in programs.items())],
                "People exchanged by program",
                width,
                ("received (inbound)", "sent (outbound)"),
            )
        )
        rows = [
            [
                fixed(h, styles.head_right if i > 1 else styles.head)
                for i, h in enumerate(
                    ("Program", "Direction", "Exchanges", "People", "Youth", "Adults")
                )
            ]
        ] + [
            [
                fixed(_label(r.program).capitalize(), styles.cell),
                fixed(r.direction, styles.cell),
                *(
                    fixed(f"{n:,}", styles.cell_right)
                    for n in (r.exchanges, r.participants, r.youth, r.adults)
                ),
            ]
            for r in x.rows
        ]
        story.append(table(rows, [width * 0.3, width * 0.2] + [width * 0.125] * 4))
    else:
        story.append(fixed("No exchanges took place this year.", styles.body))

    story.append(fixed("Money raised and spent", styles.h1))
    story.extend(_money_table(report, styles, width))

    a = report.assistance
    story.append(fixed("In-kind and humanitarian assistance", styles.h1))
    fmt = exports.format_money
    assist: list[tuple[str, str]] = []
    for label, items in (
        ("In kind received", a.in_kind_received),
        ("In kind given", a.in_kind_given),
        ("Humanitarian aid, cash", a.humanitarian_cash),
        ("Humanitarian aid, in kind", a.humanitarian_in_kind),
    ):
        assist += [
            (f"{label}: {_label(i.category)}", fmt(i.amount_minor, i.currency)) for i in items
        ]
    assist.append(
        (
            "Humanitarian exchanges (people)",
            f"{a.humanitarian_exchanges:,} ({a.humanitarian_participants:,})",
        )
    )
    story.append(KeepTogether([_figures(assist, styles, width)]))
    return build_pdf(
        story,
        title=title,
        organization=org.name,
        country=org.country,
        generated_at=report.generated_at,
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
) -> bytes:
    """The annual report for ``year`` in ``fmt`` ("pdf", "json" or "csv")."""
    renderer = RENDERERS.get(fmt.lower())
    if renderer is None:
        raise ValidationError.single("format", msg("The format must be pdf, json or csv."))
    report = annual_report(db, year, highlights=highlights, highlight_event_ids=highlight_event_ids)
    return renderer(report)


def write_annual_report(
    db: Database,
    year: int,
    path: Path,
    fmt: str,
    *,
    highlights: Sequence[str] = (),
    highlight_event_ids: Sequence[str] = (),
) -> Path:
    data = render_annual_report(
        db, year, fmt, highlights=highlights, highlight_event_ids=highlight_event_ids
    )
    return write_bytes(path, data)
