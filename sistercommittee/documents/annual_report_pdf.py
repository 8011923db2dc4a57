"""The annual report as a PDF for the board and HQ: the year in figures first, then a section
per subject, with charts; from ``services.reports.annual_report``.

Money is printed per currency as people write it ("PLN 2,844.00"), then in US dollars through
the rates entered for the year (each printed with the year it was entered for).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from sistercommittee.documents import exports, fonts
from sistercommittee.documents.layout import GOLD, NAVY
from sistercommittee.documents.report_pdf import (
    Styles,
    build_pdf,
    fixed,
    locale_of,
    para,
    short_day,
    table,
)
from sistercommittee.services.partnerships import city_with_local_name
from sistercommittee.services.reports import AnnualReport, CategoryAmount

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TEAL = colors.HexColor("#3b7a8c")
DIRECTIONS = {"inbound": "Received (inbound)", "outbound": "Sent (outbound)"}


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def _label(value: str) -> str:
    return value.replace("_", " ")


def _capital(value: str) -> str:
    text = _label(value)
    return text[:1].upper() + text[1:]


def _usd(cents: int) -> str:
    return exports.format_money(cents, "USD")


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
        [width - 45 * mm, 45 * mm],
        header=False,
    )


def _amounts(items: Sequence[CategoryAmount]) -> str:
    return ", ".join(exports.format_money(i.amount_minor, i.currency) for i in items) or "none"


def _key_figures(report: AnnualReport) -> list[tuple[str, str]]:
    p, v, e, x = report.partnerships, report.volunteers, report.events, report.exchanges
    h, o, d = report.hosting, report.outcomes, report.dollars
    youth_events = (
        f"{e.youth_attendance:,} (at {e.with_youth_attendance:,} of {e.events:,} events)"
        if e.with_youth_attendance
        else "not recorded"
    )
    return [
        ("Partnerships on 31 December (not ended)", f"{p.total:,}"),
        ("Active partnerships", f"{p.active:,}"),
        ("Dormant partnerships", f"{p.dormant:,}"),
        ("New partnerships this year", f"{p.new:,}"),
        ("Volunteers on the roll", f"{v.volunteers:,}"),
        ("Volunteers who logged hours", f"{v.with_hours:,}"),
        ("Volunteer hours", f"{_hours(v.minutes):,.1f}"),
        ("Events", f"{e.events:,}"),
        ("Attendance at events", f"{e.attendance:,}"),
        ("Youth (under 18) at events", youth_events),
        ("Exchanges", f"{x.exchanges:,}"),
        ("People received from partner cities", f"{x.participants_inbound:,}"),
        ("People sent to partner cities", f"{x.participants_outbound:,}"),
        ("Youth received / sent", f"{x.youth_inbound:,} / {x.youth_outbound:,}"),
        ("Host families", f"{h.host_families:,}"),
        ("Visitor-nights in our city", f"{h.visitor_nights:,}"),
        ("Trade missions", f"{o.trade_missions:,}"),
        ("Agreements signed", f"{o.agreements_signed:,}"),
        ("Jobs created", f"{o.jobs_created:,}"),
        ("Raised, in US dollars", _usd(d.raised_cents)),
        ("Spent, in US dollars", _usd(d.spent_cents)),
    ]


def _money_section(report: AnnualReport, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    fmt = exports.format_money
    if not report.money.totals:
        return [fixed("No income or expenses were recorded for this year.", styles.body)]
    head = [
        fixed(h, styles.head_right if i else styles.head)
        for i, h in enumerate(
            ("Currency", "Raised", "Spent", "Net", "Received in kind", "Given in kind")
        )
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
    d = report.dollars
    rows.append(
        [fixed("In USD", styles.cell_bold)]
        + [
            fixed(_usd(cents), styles.cell_right)
            for cents in (
                d.raised_cents,
                d.spent_cents,
                d.net_cents,
                d.in_kind_received_cents,
                d.in_kind_given_cents,
            )
        ]
    )
    column = (width - 22 * mm) / 5
    story.append(table(rows, [22 * mm] + [column] * 5))
    story.append(Spacer(1, 3))
    story.extend(para(line, styles.small) for line in _rate_lines(report))
    for title, items in (
        ("Raised, by source", report.money.raised_by_category),
        ("Spent, by purpose", report.money.spent_by_category),
    ):
        if items:
            story.append(fixed(title, styles.h2))
            story.append(
                _figures(
                    [
                        (f"{_capital(i.category)} ({i.currency})", fmt(i.amount_minor, i.currency))
                        for i in items
                    ],
                    styles,
                    width,
                )
            )
    return story


def _rate_lines(report: AnnualReport) -> list[str]:
    d = report.dollars
    lines = []
    if d.rates:
        used = "; ".join(
            f"1 {r.currency} = USD {r.usd_per_unit} (rate of {r.year}"
            + (f", {r.source})" if r.source else ")")
            for r in d.rates
        )
        lines.append(f"US dollar totals use these rates: {used}.")
    if d.missing_currencies:
        codes = ", ".join(d.missing_currencies)
        lines.append(
            f"No rate is entered for {codes} in {report.year} or before: amounts in "
            f"{'it' if len(d.missing_currencies) == 1 else 'them'} are left out of the US dollar "
            "totals."
        )
    return lines


def _partner_cities(report: AnnualReport, styles: Styles, width: float, locale: str) -> Flowable:
    if not report.partner_cities:
        return fixed("No partnerships existed on 31 December.", styles.body)
    head = [
        fixed(h, styles.head)
        for h in ("City", "Country", "Kind", "Status on 31 December", "Last activity")
    ]
    rows: list[list[Any]] = [head]
    for c in report.partner_cities:
        last = (
            f"{short_day(c.last_activity_on, locale)}: {c.last_activity}"
            if c.last_activity_on and c.last_activity
            else "none recorded"
        )
        rows.append(
            [
                para(city_with_local_name(c.city_name, c.city_name_local), styles.cell),
                fixed(c.country, styles.cell),
                fixed(_capital(c.kind), styles.cell),
                fixed(_capital(c.status), styles.cell),
                para(last, styles.cell),
            ]
        )
    return table(rows, [width * 0.24, width * 0.1, width * 0.16, width * 0.16, width * 0.34])


def annual_report_pdf(report: AnnualReport) -> bytes:
    from reportlab.lib.pagesizes import A4, letter

    from sistercommittee.documents.certificate import paper_for_country

    styles = Styles()
    org = report.organization
    locale = locale_of(org.language, org.country)
    paper = letter if paper_for_country(org.country) == "letter" else A4
    width = paper[0] - 36 * mm
    title = f"Annual report {report.year}"
    member = f" · SCI member {org.sci_member_number}" if org.sci_member_number else ""
    story: list[Flowable] = [
        fixed(title, styles.title),
        para(f"{org.name} · {org.city}, {org.country}{member}", styles.subtitle),
    ]
    p, v, e, x = report.partnerships, report.volunteers, report.events, report.exchanges
    story.append(fixed("The year in figures", styles.h1))
    story.append(_figures(_key_figures(report), styles, width))

    if report.highlights or report.highlight_events:
        story.append(fixed("Highlights", styles.h1))
        for text in report.highlights:
            story.append(para("• " + text, styles.body))
        for event in report.highlight_events:
            attendance = f", {event.attendance:,} attending" if event.attendance else ""
            story.append(
                para(
                    f"• {event.title} ({short_day(event.starts_on, locale)}{attendance})",
                    styles.body,
                    bold=True,
                )
            )
            if event.outcome:
                story.append(para(event.outcome, styles.body))

    story.append(fixed("Partner cities", styles.h1))
    story.append(_partner_cities(report, styles, width, locale))
    if p.by_kind_status:
        story.append(fixed("Partnerships by kind and status", styles.h2))
        status_rows = [
            [
                fixed("Kind", styles.head),
                fixed("Status on 31 December", styles.head),
                fixed("Partnerships", styles.head_right),
            ]
        ] + [
            [
                fixed(_capital(i.kind), styles.cell),
                fixed(_capital(i.status), styles.cell),
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
            slot = programs.setdefault(_capital(row.program), [0, 0])
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
                fixed(_capital(r.program), styles.cell),
                fixed(DIRECTIONS.get(r.direction, r.direction), styles.cell),
                *(
                    fixed(f"{n:,}", styles.cell_right)
                    for n in (r.exchanges, r.participants, r.youth, r.adults)
                ),
            ]
            for r in x.rows
        ]
        story.append(table(rows, [width * 0.26, width * 0.24] + [width * 0.125] * 4))
    else:
        story.append(fixed("No exchanges took place this year.", styles.body))

    h = report.hosting
    story.append(fixed("Hosting", styles.h1))
    story.append(
        _figures(
            [
                ("Visitors received on inbound exchanges", f"{h.visitors:,}"),
                ("Visitor-nights (each visitor's nights in our city)", f"{h.visitor_nights:,}"),
                ("Host families who took in visitors", f"{h.host_families:,}"),
                ("Nights spent with host families", f"{h.host_nights:,}"),
            ],
            styles,
            width,
        )
    )

    o = report.outcomes
    story.append(fixed("Economic development", styles.h1))
    investment = _amounts(o.investment)
    if o.investment:
        investment += f" ({_usd(report.dollars.investment_cents)} in US dollars)"
    story.append(
        _figures(
            [
                (
                    "Trade missions (events / exchanges)",
                    f"{o.trade_missions:,} ({o.trade_mission_events:,} / "
                    f"{o.trade_mission_exchanges:,})",
                ),
                ("Agreements signed", f"{o.agreements_signed:,}"),
                ("Investment announced or made", investment),
                ("Jobs created", f"{o.jobs_created:,}"),
            ],
            styles,
            width,
        )
    )

    story.append(fixed("Money raised and spent", styles.h1))
    story.extend(_money_section(report, styles, width))

    a = report.assistance
    story.append(fixed("In-kind and humanitarian assistance", styles.h1))
    fmt = exports.format_money
    assist: list[tuple[str, str]] = []
    for label, items in (
        ("Received in kind", a.in_kind_received),
        ("Given in kind", a.in_kind_given),
        ("Humanitarian aid, cash", a.humanitarian_cash),
        ("Humanitarian aid, in kind", a.humanitarian_in_kind),
    ):
        assist += [
            (f"{label}: {_label(i.category)}", fmt(i.amount_minor, i.currency)) for i in items
        ]
    assist.append(("Humanitarian exchanges", f"{a.humanitarian_exchanges:,}"))
    assist.append(("People on humanitarian exchanges", f"{a.humanitarian_participants:,}"))
    story.append(KeepTogether([_figures(assist, styles, width)]))
    return build_pdf(
        story,
        title=title,
        organization=org.name,
        country=org.country,
        generated_at=report.generated_at,
    )
