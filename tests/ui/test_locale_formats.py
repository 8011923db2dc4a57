"""Dates, times, numbers and money in the interface's locale; weeks in the date editors'
calendar begin on the locale's first day; right to left, the calendar's arrows turn round."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from sistercommittee.ui import formatting


@pytest.fixture
def in_locale(translated_app):
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale("en_US"))


MOMENT = datetime(2026, 5, 31, 23, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("locale", "day", "clock", "number", "money"),
    [
        ("en_US", "5/31/2026", "6:30\u202fPM", "1,234.5", "¥123,500"),
        ("es_ES", "31/5/2026", "18:30", "1234,5", "123.500\xa0JPY"),
        ("ja_JP", "2026/05/31", "18:30", "1,234.5", "￥123,500"),
        ("de_DE", "31.05.2026", "18:30", "1.234,5", "123.500\xa0¥"),
    ],
)
def test_dates_times_numbers_and_money_follow_the_locale(
    in_locale, locale, day, clock, number, money
):
    in_locale(locale)
    assert formatting.fmt_date(date(2026, 5, 31)) == day
    assert formatting.fmt_time(MOMENT, "America/Chicago") == clock
    assert formatting.fmt_number(1234.5) == number
    assert formatting.fmt_money(123500, "JPY").replace("\u202f", "\xa0") == money


def test_money_keeps_its_currency_whatever_the_locale(in_locale):
    in_locale("es_ES")
    assert formatting.fmt_money(123450, "USD").replace("\xa0", " ") == "1.234,50 US$"
    in_locale("en_US")
    assert formatting.fmt_money(123450, "EUR") == "€1,234.50"


@pytest.mark.parametrize(
    ("locale", "first"),
    [("en_US", Qt.DayOfWeek.Sunday), ("es_ES", Qt.DayOfWeek.Monday),
     ("ja_JP", Qt.DayOfWeek.Sunday), ("de_DE", Qt.DayOfWeek.Monday)],
)
def test_the_calendar_of_the_date_editors_begins_weeks_on_the_locales_first_day(
    qtbot, in_locale, locale, first
):
    from sistercommittee.ui.widgets.calendar_popup import CalendarPopup

    in_locale(locale)
    popup = CalendarPopup()
    qtbot.addWidget(popup)
    assert popup.calendar.firstDayOfWeek() == first


def test_right_to_left_the_calendars_arrows_point_the_way_they_go(qtbot, translated_app):
    from sistercommittee.ui.widgets.calendar_popup import CalendarPopup

    popup = CalendarPopup()
    qtbot.addWidget(popup)
    assert (popup.previous_month.text(), popup.next_month.text()) == ("‹", "›")
    translated_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        mirrored = CalendarPopup()
        qtbot.addWidget(mirrored)
        assert (mirrored.previous_month.text(), mirrored.next_month.text()) == ("›", "‹")
        assert (mirrored.previous_year.text(), mirrored.next_year.text()) == ("»", "«")
    finally:
        translated_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_right_to_left_dates_numbers_and_names_keep_their_own_order(translated_app, in_locale):
    in_locale("en_US")
    assert formatting.fmt_date(date(2026, 12, 12)) == "12/12/2026"
    translated_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        # Isolated, the runs of "12/12/2026 5:00 PM CST" are not laid out right to left.
        assert formatting.fmt_date(date(2026, 12, 12)) == "\u206812/12/2026\u2069"
        assert formatting.fmt_money(123450, "USD") == "\u2068$1,234.50\u2069"
        assert formatting.isolated("Gyeongju (경주시), South Korea") == (
            "\u2068Gyeongju (경주시), South Korea\u2069"
        )
        assert formatting.isolated("") == ""
    finally:
        translated_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE", ["Oslo", "Österreich", "Panama", "Zürich"]),
        ("sv_SE", ["Oslo", "Panama", "Zürich", "Österreich"]),
    ],
)
def test_names_are_in_the_alphabetical_order_of_the_locale(locale, expected):
    names = ["Zürich", "Österreich", "Panama", "Oslo"]
    assert formatting.collated(names, locale) == expected


def test_spanish_and_japanese_orders():
    assert formatting.collated(["oso", "ñu", "nube", "Niño"], "es_ES") == [
        "Niño", "nube", "ñu", "oso"
    ]
    assert formatting.collated(["さくら", "あおい", "かえで"], "ja_JP") == ["あおい", "かえで", "さくら"]
    assert formatting.collated(["Ward 10", "Ward 2"], "en_US") == ["Ward 2", "Ward 10"]


def test_the_country_list_is_in_the_users_language_and_alphabet(in_locale):
    in_locale("de_DE")
    names = [name for _, name in formatting.countries()]
    assert names.index("Österreich") < names.index("Panama") < names.index("Zypern")


@pytest.mark.parametrize(
    ("locale", "shown"), [("en_US", "2024: 2.5; 2025: 1234"), ("es_ES", "2024: 2,5; 2025: 1234"),
                          ("ja_JP", "2024: 2.5; 2025: 1234")],
)
def test_a_charts_totals_take_the_locales_decimal_mark(in_locale, qtbot, locale, shown):
    from sistercommittee.ui.widgets.charts import Bar, BarChart

    in_locale(locale)
    chart = BarChart("Hours")
    qtbot.addWidget(chart)
    chart.set_bars([Bar("2024", (1.5, 1.0)), Bar("2025", (1234,))])
    assert chart.accessibleDescription() == shown  # what a screen reader reads, as painted
    chart.resize(320, 200)
    chart.grab()  # painted with the same texts, without a warning
