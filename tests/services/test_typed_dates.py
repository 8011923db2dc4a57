"""Dates and times as people type them, in the user's locale."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from babel import Locale

from sistercommittee.services import fields
from sistercommittee.services.typed_dates import (
    TypedDateProblem,
    format_date,
    parse_date,
    parse_datetime,
    parse_time,
)

US = Locale.parse("en_US")
DE = Locale.parse("de_DE")
GB = Locale.parse("en_GB")
JA = Locale.parse("ja_JP")
TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "locale", "expected"),
    [
        ("1996-10-08", US, date(1996, 10, 8)),
        ("11/28/2026", US, date(2026, 11, 28)),
        ("12/1/26", US, date(2026, 12, 1)),
        ("28.11.2026", DE, date(2026, 11, 28)),
        ("28/11/2026", GB, date(2026, 11, 28)),
        ("2026/11/28", JA, date(2026, 11, 28)),
        ("1996-10-08", DE, date(1996, 10, 8)),
        ("today", US, TODAY),
        ("Tomorrow", US, date(2026, 12, 2)),
        ("yesterday", US, date(2026, 11, 30)),
        ("+3d", US, date(2026, 12, 4)),
        ("-2w", US, date(2026, 11, 17)),
        ("+1m", US, date(2027, 1, 1)),
        ("-1y", US, date(2025, 12, 1)),
    ],
)
def test_typed_dates_are_read_in_the_locales_order(
    typed: str, locale: Locale, expected: date
) -> None:
    assert parse_date(typed, locale, today=TODAY) == expected


def test_a_month_end_shift_stays_in_the_month() -> None:
    assert parse_date("+1m", US, today=date(2026, 1, 31)) == date(2026, 2, 28)


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("31/31/2026", "there is no month 31"),
        ("13/1/2026", "there is no month 13"),  # never read as 13 January
        ("2/30/2026", "that month has no day 30"),
        ("Not set1996-10-08", "is not a date"),
        ("12/1/20261", "four digits"),
        ("1/1/1700", "give a year from 1800"),
        ("+99999y", "too far"),
    ],
)
def test_impossible_dates_are_refused_with_a_reason(typed: str, fragment: str) -> None:
    with pytest.raises(TypedDateProblem, match=fragment):
        parse_date(typed, US, today=TODAY)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("18:00", time(18, 0)),
        ("6:00 PM", time(18, 0)),
        ("6pm", time(18, 0)),
        ("12:30 am", time(0, 30)),
        ("9.15", time(9, 15)),
    ],
)
def test_times(typed: str, expected: time) -> None:
    assert parse_time(typed, US) == expected


@pytest.mark.parametrize("typed", ["25:00", "13 PM", "6:75", "noonish"])
def test_impossible_times(typed: str) -> None:
    with pytest.raises(TypedDateProblem, match="is not a time of day"):
        parse_time(typed, US)


@pytest.mark.parametrize(
    ("typed", "locale", "expected"),
    [
        ("12/20/2026 6:00 PM", US, datetime(2026, 12, 20, 18, 0)),
        ("12/20/2026, 18:00", US, datetime(2026, 12, 20, 18, 0)),
        ("2026-12-20T18:00", US, datetime(2026, 12, 20, 18, 0)),
        ("20.12.2026 18:00", DE, datetime(2026, 12, 20, 18, 0)),
        ("tomorrow 9am", US, datetime(2026, 12, 2, 9, 0)),
        ("12/20/2026", US, datetime(2026, 12, 20, 0, 0)),
    ],
)
def test_date_times(typed: str, locale: Locale, expected: datetime) -> None:
    assert parse_datetime(typed, locale, today=TODAY) == expected


def test_what_is_shown_reads_back() -> None:
    for locale in (US, DE, GB, JA):
        assert parse_date(format_date(date(1996, 10, 8), locale), locale) == date(1996, 10, 8)


def test_the_services_read_the_same_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert fields.calendar_date("11/28/2026", "Date") == date(2026, 11, 28)
    with pytest.raises(fields.FieldProblem, match="Date '31/31/2026' is not a date"):
        fields.calendar_date("31/31/2026", "Date")
    moment = fields.local_datetime("12/20/2026 6:00 PM", "Start time", "America/Chicago")
    assert moment == datetime(2026, 12, 21, 0, 0, tzinfo=moment.tzinfo)
