"""The annual report as a PDF for the board and HQ: the year in figures first, then a section
per subject, with charts; from ``services.reports.annual_report``.

Money is printed per currency as people write it ("PLN 2,844.00"), then in US dollars through
the rates entered for the year (each printed with the year it was entered for). Its own words,
dates and numbers are in the language of ``translate`` (the reader's, as in the other
documents); the default, ``english``, prints it as it has always been printed. The JSON and CSV
for HQ (annual_report.py) keep their fixed English keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from sistercommittee.documents import exports, fonts
from sistercommittee.documents.report_charts import bar_chart, grouped_chart
from sistercommittee.documents.report_pdf import (
    CELL_PADDING,
    Styles,
    build_pdf,
    fixed,
    font_language,
    para,
    short_day,
    table,
)
from sistercommittee.documents.shown import Shown
from sistercommittee.messages import Message, Translate, english, msg
from sistercommittee.services.partnerships import city_with_local_name
from sistercommittee.services.reports import AnnualReport, CategoryAmount

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TEAL = colors.HexColor("#3b7a8c")


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def _label(value: str) -> str:
    return value.replace("_", " ")


def _capital(value: str) -> str:
    text = _label(value)
    return text[:1].upper() + text[1:]


class _Words:
    """What the report writes around the figures, in the reader's language: its messages
    (``shown``), numbers, money and the labels of stored words; ``language`` chooses the fonts
    (a Japanese report takes a Japanese font for its kanji, in the charts too)."""

    def __init__(self, translate: Translate, report: AnnualReport) -> None:
        org = report.organization
        self.shown = Shown(translate, org.country)
        self.language = font_language(translate)
        self.locale = self.shown.locale(org.language, org.country)
        self._money_locale = self.shown.money_locale(self.locale)

    def __call__(self, text: object) -> str:
        return self.shown(text)

    def number(self, value: int) -> str:
        return self.shown.number(value)

    def hours(self, minutes: int) -> str:
        return self.shown.marked(f"{_hours(minutes):,.1f}")

    def money(self, minor: int, currency: str) -> str:
        return exports.format_money(minor, currency, self._money_locale)

    def usd(self, cents: int) -> str:
        return self.money(cents, "USD")

    def word(self, vocabulary: str, stored: str, english_form: str | None = None) -> str:
        return self.shown.word(vocabulary, stored, english_form or _capital(stored))

    def months(self) -> Sequence[str]:
        if self.shown.english:
            return MONTHS
        from babel.dates import get_month_names

        names = get_month_names("abbreviated", "format", locale=self.locale)
        return [str(names[month]) for month in range(1, 13)]

    def font(self, texts: Sequence[str] = (), bold: bool = False) -> str:
        """The font of a chart's texts: the first script in them that the serif lacks."""
        for run in fonts.split_runs(" ".join(texts), self.language):
            if run.face is not fonts.SERIF:
                return fonts.register(run.face, bold)
        return fonts.register(fonts.SERIF, bold)


def _figures(
    rows: Sequence[tuple[str, str]], styles: Styles, width: float, words: _Words
) -> Flowable:
    language = words.language
    return table(
        [[fixed(k, styles.cell, language), fixed(v, styles.cell_right, language)] for k, v in rows],
        [width - 45 * mm, 45 * mm],
        header=False,
    )


def _amounts(items: Sequence[CategoryAmount], words: _Words) -> str:
    return ", ".join(words.money(i.amount_minor, i.currency) for i in items) or words(msg("none"))


def _key_figures(report: AnnualReport, words: _Words) -> list[tuple[str, str]]:
    p, v, e, x = report.partnerships, report.volunteers, report.events, report.exchanges
    h, o, d = report.hosting, report.outcomes, report.dollars
    n, w = words.number, words
    youth_events = (
        w(
            msg(
                "{youth} (at {with_youth} of {events} events)",
                youth=n(e.youth_attendance),
                with_youth=n(e.with_youth_attendance),
                events=n(e.events),
            )
        )
        if e.with_youth_attendance
        else w(msg("not recorded"))
    )
    return [
        (w(msg("Partnerships on 31 December (not ended)")), n(p.total)),
        (w(msg("Active partnerships")), n(p.active)),
        (w(msg("Dormant partnerships")), n(p.dormant)),
        (w(msg("New partnerships this year")), n(p.new)),
        (w(msg("Volunteers on the roll")), n(v.volunteers)),
        (w(msg("Volunteers who logged hours")), n(v.with_hours)),
        (w(msg("Volunteer hours")), words.hours(v.minutes)),
        (w(msg("Events")), n(e.events)),
        (w(msg("Attendance at events")), n(e.attendance)),
        (w(msg("Youth (under 18) at events")), youth_events),
        (w(msg("Exchanges")), n(x.exchanges)),
        (w(msg("People received from partner cities")), n(x.participants_inbound)),
        (w(msg("People sent to partner cities")), n(x.participants_outbound)),
        (w(msg("Youth received / sent")), f"{n(x.youth_inbound)} / {n(x.youth_outbound)}"),
        (w(msg("Host families")), n(h.host_families)),
        (w(msg("Visitor-nights in our city")), n(h.visitor_nights)),
        (w(msg("Trade missions")), n(o.trade_missions)),
        (w(msg("Agreements signed")), n(o.agreements_signed)),
        (w(msg("Jobs created")), n(o.jobs_created)),
        (w(msg("Raised, in US dollars")), words.usd(d.raised_cents)),
        (w(msg("Spent, in US dollars")), words.usd(d.spent_cents)),
    ]


def _money_section(
    report: AnnualReport, styles: Styles, width: float, words: _Words
) -> list[Flowable]:
    language = words.language
    story: list[Flowable] = []
    if not report.money.totals:
        return [
            fixed(
                words(msg("No income or expenses were recorded for this year.")),
                styles.body,
                language,
            )
        ]
    heads = (
        msg("Currency"),
        msg("Raised"),
        msg("Spent"),
        msg("Net"),
        msg("Received in kind"),
        msg("Given in kind"),
    )
    head = [
        fixed(words(h), styles.head_right if i else styles.head, language)
        for i, h in enumerate(heads)
    ]
    rows: list[list[Any]] = [head]
    for m in report.money.totals:
        rows.append(
            [fixed(m.currency, styles.cell_bold)]
            + [
                fixed(words.money(value, m.currency), styles.cell_right)
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
        [fixed(words(msg("In USD")), styles.cell_bold, language)]
        + [
            fixed(words.usd(cents), styles.cell_right)
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
    story.extend(para(line, styles.small, language) for line in _rate_lines(report, words))
    for title, items in (
        (msg("Raised, by source"), report.money.raised_by_category),
        (msg("Spent, by purpose"), report.money.spent_by_category),
    ):
        if items:
            story.append(fixed(words(title), styles.h2, language))
            story.append(
                _figures(
                    [
                        (
                            f"{words.word('BudgetCategory', i.category)} ({i.currency})",
                            words.money(i.amount_minor, i.currency),
                        )
                        for i in items
                    ],
                    styles,
                    width,
                    words,
                )
            )
    return story


def _rate_lines(report: AnnualReport, words: _Words) -> list[str]:
    d = report.dollars
    lines = []
    if d.rates:
        used = "; ".join(
            words(
                msg(
                    "1 {currency} = USD {rate} (rate of {year}, {source})",
                    currency=r.currency,
                    rate=words.shown.marked(str(r.usd_per_unit)),
                    year=r.year,
                    source=r.source,
                )
                if r.source
                else msg(
                    "1 {currency} = USD {rate} (rate of {year})",
                    currency=r.currency,
                    rate=words.shown.marked(str(r.usd_per_unit)),
                    year=r.year,
                )
            )
            for r in d.rates
        )
        lines.append(words(msg("US dollar totals use these rates: {rates}.", rates=used)))
    if d.missing_currencies:
        codes = ", ".join(d.missing_currencies)
        lines.append(
            words(
                msg(
                    "No rate is entered for {codes} in {year} or before: amounts in it are left "
                    "out of the US dollar totals.",
                    codes=codes,
                    year=report.year,
                )
                if len(d.missing_currencies) == 1
                else msg(
                    "No rate is entered for {codes} in {year} or before: amounts in them are "
                    "left out of the US dollar totals.",
                    codes=codes,
                    year=report.year,
                )
            )
        )
    return lines


def _partner_cities(report: AnnualReport, styles: Styles, width: float, words: _Words) -> Flowable:
    language = words.language
    if not report.partner_cities:
        return fixed(words(msg("No partnerships existed on 31 December.")), styles.body, language)
    heads = (
        msg("City"),
        msg("Country"),
        msg("Kind"),
        msg("Status on 31 December"),
        msg("Last activity"),
    )
    rows: list[list[Any]] = [[fixed(words(h), styles.head, language) for h in heads]]
    for c in report.partner_cities:
        last = (
            f"{short_day(c.last_activity_on, words.locale)}: {c.last_activity}"
            if c.last_activity_on and c.last_activity
            else words(msg("none recorded"))
        )
        rows.append(
            [
                para(city_with_local_name(c.city_name, c.city_name_local), styles.cell),
                fixed(c.country, styles.cell),
                fixed(words.word("PartnershipKind", c.kind), styles.cell, language),
                fixed(words.word("PartnershipStatus", c.status), styles.cell, language),
                para(last, styles.cell, language),
            ]
        )
    return table(rows, [width * 0.24, width * 0.1, width * 0.16, width * 0.16, width * 0.34])


def _highlights(report: AnnualReport, styles: Styles, words: _Words) -> list[Flowable]:
    language = words.language
    story: list[Flowable] = [fixed(words(msg("Highlights")), styles.h1, language)]
    for text in report.highlights:
        story.append(para("• " + text, styles.body, language))
    for event in report.highlight_events:
        day = short_day(event.starts_on, words.locale)
        line = (
            msg(
                "{title} ({day}, {attendance} attending)",
                title=event.title,
                day=day,
                attendance=words.number(event.attendance),
            )
            if event.attendance
            else msg("{title} ({day})", title=event.title, day=day)
        )
        story.append(para("• " + words(line), styles.body, language, bold=True))
        if event.outcome:
            story.append(para(event.outcome, styles.body, language))
    return story


def _partnerships(
    report: AnnualReport, styles: Styles, width: float, words: _Words
) -> list[Flowable]:
    language = words.language
    p = report.partnerships
    story: list[Flowable] = [
        fixed(words(msg("Partner cities")), styles.h1, language),
        _partner_cities(report, styles, width, words),
    ]
    if p.by_kind_status:
        story.append(fixed(words(msg("Partnerships by kind and status")), styles.h2, language))
        status_rows = [
            [
                fixed(words(msg("Kind")), styles.head, language),
                fixed(words(msg("Status on 31 December")), styles.head, language),
                fixed(words(msg("Partnerships")), styles.head_right, language),
            ]
        ] + [
            [
                fixed(words.word("PartnershipKind", i.kind), styles.cell, language),
                fixed(words.word("PartnershipStatus", i.status), styles.cell, language),
                fixed(words.number(i.count), styles.cell_right),
            ]
            for i in p.by_kind_status
        ]
        story.append(table(status_rows, [width * 0.4, width * 0.4, width * 0.2]))
    if p.new_partners:
        names = ", ".join(
            city_with_local_name(n.city_name, n.city_name_local) for n in p.new_partners
        )
        story.append(para(words(msg("New this year: {names}", names=names)), styles.body, language))
    return story


def _volunteers_and_events(
    report: AnnualReport, styles: Styles, width: float, words: _Words
) -> list[Flowable]:
    v, e = report.volunteers, report.events
    months = words.months()
    charts = [
        bar_chart(
            [_hours(m) for m in v.minutes_by_month],
            months,
            words(msg("Volunteer hours by month")),
            width / 2 - 4,
            words.font,
            number=words.shown.figures,
        ),
        bar_chart(
            list(e.by_month),
            months,
            words(msg("Events by month")),
            width / 2 - 4,
            words.font,
            color=TEAL,
            number=words.shown.figures,
        ),
    ]
    story: list[Flowable] = [
        fixed(words(msg("Volunteers and events")), styles.h1, words.language),
        table([charts], [width / 2, width / 2], header=False, zebra=False),
        Spacer(1, 4),
    ]
    detail = [
        (
            words(msg("Hours: {kind}", kind=words.word("HoursKind", i.key, _label(i.key)))),
            words.hours(i.count),
        )
        for i in v.minutes_by_kind
    ]
    detail += [
        (
            words(msg("Events: {kind}", kind=words.word("EventKind", i.key, _label(i.key)))),
            words.number(i.count),
        )
        for i in e.by_kind
    ]
    if detail:
        story.append(_figures(detail, styles, width, words))
    return story


def _exchanges(report: AnnualReport, styles: Styles, width: float, words: _Words) -> list[Flowable]:
    language = words.language
    x = report.exchanges
    story: list[Flowable] = [fixed(words(msg("Exchanges")), styles.h1, language)]
    if not x.rows:
        story.append(fixed(words(msg("No exchanges took place this year.")), styles.body, language))
        return story
    directions = {
        "inbound": words(msg("Received (inbound)")),
        "outbound": words(msg("Sent (outbound)")),
    }
    programs: dict[str, list[float]] = {}
    for row in x.rows:
        slot = programs.setdefault(words.word("ExchangeProgram", row.program), [0, 0])
        slot[0 if row.direction == "inbound" else 1] += row.participants
    story.append(
        grouped_chart(
            [(k, vals[0], vals[1]) for k, vals in programs.items()],
            words(msg("People exchanged by program")),
            width,
            (words(msg("received (inbound)")), words(msg("sent (outbound)"))),
            words.font,
            number=words.shown.figures,
        )
    )
    heads = (
        msg("Program"),
        msg("Direction"),
        msg("Exchanges"),
        msg("People"),
        msg("Youth"),
        msg("Adults"),
    )
    head_row = [
        fixed(words(h), styles.head_right if i > 1 else styles.head, language)
        for i, h in enumerate(heads)
    ]
    rows: list[list[Flowable]] = [head_row] + [
        [
            fixed(words.word("ExchangeProgram", r.program), styles.cell, language),
            fixed(directions.get(r.direction, r.direction), styles.cell, language),
            *(
                fixed(words.number(n), styles.cell_right)
                for n in (r.exchanges, r.participants, r.youth, r.adults)
            ),
        ]
        for r in x.rows
    ]
    # A figure's column is as wide as its heading's longest word (Spanish "Intercambios" broke
    # in two at an eighth of the width); the program and direction share what is left.
    figures = [max(width * 0.1, head.minWidth() + 2 * CELL_PADDING) for head in head_row[2:]]
    rest = width - sum(figures)
    story.append(table(rows, [rest * 0.52, rest * 0.48, *figures]))
    return story


def _hosting_and_outcomes(
    report: AnnualReport, styles: Styles, width: float, words: _Words
) -> list[Flowable]:
    language, n = words.language, words.number
    h, o = report.hosting, report.outcomes
    investment = _amounts(o.investment, words)
    if o.investment:
        investment = words(
            msg(
                "{amount} ({dollars} in US dollars)",
                amount=investment,
                dollars=words.usd(report.dollars.investment_cents),
            )
        )
    hosting = [
        (words(msg("Visitors received on inbound exchanges")), n(h.visitors)),
        (words(msg("Visitor-nights (each visitor's nights in our city)")), n(h.visitor_nights)),
        (words(msg("Host families who took in visitors")), n(h.host_families)),
        (words(msg("Nights spent with host families")), n(h.host_nights)),
    ]
    outcomes = [
        (
            words(msg("Trade missions (events / exchanges)")),
            f"{n(o.trade_missions)} ({n(o.trade_mission_events)} / {n(o.trade_mission_exchanges)})",
        ),
        (words(msg("Agreements signed")), n(o.agreements_signed)),
        (words(msg("Investment announced or made")), investment),
        (words(msg("Jobs created")), n(o.jobs_created)),
    ]
    return [
        fixed(words(msg("Hosting")), styles.h1, language),
        _figures(hosting, styles, width, words),
        fixed(words(msg("Economic development")), styles.h1, language),
        _figures(outcomes, styles, width, words),
    ]


def _assistance_line(kind: str, category: str) -> Message:
    if kind == "received":
        return msg("Received in kind: {category}", category=category)
    if kind == "given":
        return msg("Given in kind: {category}", category=category)
    if kind == "cash":
        return msg("Humanitarian aid, cash: {category}", category=category)
    return msg("Humanitarian aid, in kind: {category}", category=category)


def _assistance(
    report: AnnualReport, styles: Styles, width: float, words: _Words
) -> list[Flowable]:
    a = report.assistance
    assist: list[tuple[str, str]] = []
    for kind, items in (
        ("received", a.in_kind_received),
        ("given", a.in_kind_given),
        ("cash", a.humanitarian_cash),
        ("in_kind", a.humanitarian_in_kind),
    ):
        assist += [
            (
                words(
                    _assistance_line(
                        kind, words.word("BudgetCategory", i.category, _label(i.category))
                    )
                ),
                words.money(i.amount_minor, i.currency),
            )
            for i in items
        ]
    assist.append((words(msg("Humanitarian exchanges")), words.number(a.humanitarian_exchanges)))
    assist.append(
        (words(msg("People on humanitarian exchanges")), words.number(a.humanitarian_participants))
    )
    return [
        fixed(words(msg("In-kind and humanitarian assistance")), styles.h1, words.language),
        KeepTogether([_figures(assist, styles, width, words)]),
    ]


def annual_report_pdf(report: AnnualReport, translate: Translate = english) -> bytes:
    """The report as PDF, its own words, dates and numbers in the language of ``translate``."""
    from reportlab.lib.pagesizes import A4, letter

    from sistercommittee.documents.certificate import paper_for_country

    styles = Styles()
    words = _Words(translate, report)
    language = words.language
    org = report.organization
    paper = letter if paper_for_country(org.country) == "letter" else A4
    width = paper[0] - 36 * mm
    title = words(msg("Annual report {year}", year=report.year))
    subtitle = (
        msg(
            "{organization} · {city}, {country} · SCI member {number}",
            organization=org.name,
            city=org.city,
            country=org.country,
            number=org.sci_member_number,
        )
        if org.sci_member_number
        else msg(
            "{organization} · {city}, {country}",
            organization=org.name,
            city=org.city,
            country=org.country,
        )
    )
    story: list[Flowable] = [
        fixed(title, styles.title, language),
        para(words(subtitle), styles.subtitle, language),
        fixed(words(msg("The year in figures")), styles.h1, language),
        _figures(_key_figures(report, words), styles, width, words),
    ]
    if report.highlights or report.highlight_events:
        story += _highlights(report, styles, words)
    story += _partnerships(report, styles, width, words)
    story += _volunteers_and_events(report, styles, width, words)
    story += _exchanges(report, styles, width, words)
    story += _hosting_and_outcomes(report, styles, width, words)
    story.append(fixed(words(msg("Money raised and spent")), styles.h1, language))
    story.extend(_money_section(report, styles, width, words))
    story += _assistance(report, styles, width, words)
    return build_pdf(
        story,
        title=title,
        organization=org.name,
        country=org.country,
        generated_at=report.generated_at,
        translate=translate,
    )
