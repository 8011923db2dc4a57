"""Dates and times as people type them: ISO 8601, the locale's short form, and words.

"2026-11-28", "11/28/2026" (en_US) or "28.11.2026" (de_DE), "today", "tomorrow", "yesterday",
"+3d", "-2w", "+1m", "+1y"; times "18:00", "6:00 PM", "6pm". The form window and the command line
read dates through the same functions, so what one accepts the other does too.

The locale's own order of day, month and year decides, with no guessing: in en_US "13/1/2026" is
not 13 January but a date with no month 13, and "31/31/2026" is refused, never read as
2026-12-31. Each refusal is one sentence naming what to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from babel import Locale
from babel import dates as babel_dates

from sistercommittee.messages import msg


class TypedDateProblem(ValueError):
    """What is wrong with the typed text, as a sentence (without the field's name).

    Attributes:
        unreadable: the text is no date at all (rather than a date that cannot be).
    """

    def __init__(self, message: str, *, unreadable: bool = False) -> None:
        super().__init__(message)
        self.unreadable = unreadable


# The words in every language the app is translated into: its date fields say "or today" in
# the volunteer's language, so what they say has to be understood.
_WORDS = {
    "today": 0,
    "tomorrow": 1,
    "yesterday": -1,
    "now": 0,
    "hoy": 0,
    "mañana": 1,
    "manana": 1,
    "ayer": -1,
    "ahora": 0,
    "今日": 0,
    "きょう": 0,
    "明日": 1,
    "あした": 1,
    "昨日": -1,
    "きのう": -1,
    "今": 0,
}
_RELATIVE = re.compile(r"([+-])\s*(\d{1,6})\s*([dwmy])", re.IGNORECASE)
_SEPARATED = re.compile(r"\d+")
_TIME = re.compile(
    r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?(?::(?P<second>\d{2}))?\s*(?P<half>[ap]\.?\s*m\.?)?",
    re.IGNORECASE,
)
_LATEST_YEAR = 2200
_EARLIEST_YEAR = 1800


@dataclass(frozen=True)
class DateOrder:
    """Which of year, month and day the locale writes first, second and third."""

    parts: tuple[str, str, str]  # a permutation of "y", "m", "d"

    @classmethod
    def of(cls, locale: Locale) -> DateOrder:
        pattern = babel_dates.get_date_format("short", locale=locale).pattern
        seen: list[str] = []
        for char in pattern:
            key = {"y": "y", "M": "m", "L": "m", "d": "d"}.get(char)
            if key and key not in seen:
                seen.append(key)
        if sorted(seen) != ["d", "m", "y"]:
            return cls(("y", "m", "d"))
        return cls((seen[0], seen[1], seen[2]))


def example(locale: Locale) -> str:
    """The date 2026-05-31 as the locale's short form with a four-digit year."""
    order = DateOrder.of(locale)
    numbers = {"y": "2026", "m": "5", "d": "31"}
    pattern = babel_dates.get_date_format("short", locale=locale).pattern
    separator = next((c for c in pattern if not c.isalpha() and c != "'"), "/")
    return separator.join(numbers[part] for part in order.parts)


def format_date(day: date, locale: Locale) -> str:
    """``day`` the way this module reads it back (the locale's order, four-digit year)."""
    order = DateOrder.of(locale)
    pattern = babel_dates.get_date_format("short", locale=locale).pattern
    separator = next((c for c in pattern if not c.isalpha() and c != "'"), "/")
    numbers = {"y": f"{day.year:04d}", "m": str(day.month), "d": str(day.day)}
    if order.parts[0] == "y":  # 2026/05/31 reads better zero-padded
        numbers = {"y": f"{day.year:04d}", "m": f"{day.month:02d}", "d": f"{day.day:02d}"}
    return separator.join(numbers[part] for part in order.parts)


def format_time(clock: time, locale: Locale) -> str:
    """The locale's short time, with plain spaces (CLDR puts a narrow one before "PM", which
    nobody types)."""
    shown = babel_dates.format_time(clock, "short", locale=locale)
    return shown.replace("\u202f", " ").replace("\xa0", " ")


def parse_date(text: str, locale: Locale, *, today: date | None = None) -> date:
    """The date ``text`` means, or TypedDateProblem."""
    value = " ".join(text.split()).strip()
    if not value:
        raise TypedDateProblem(msg("is empty; type a date such as 2026-05-31 or today."))
    base = today or date.today()
    word = value.casefold()
    if word in _WORDS:
        return base + timedelta(days=_WORDS[word])
    relative = _RELATIVE.fullmatch(value)
    if relative:
        return _shifted(base, relative[1], int(relative[2]), relative[3].lower())
    try:
        return date.fromisoformat(value)  # any year: the services judge "in the future"
    except ValueError:
        pass
    numbers = _SEPARATED.findall(value)
    leftover = _SEPARATED.sub("", value)
    if len(numbers) != 3 or any(char.isalnum() for char in leftover):
        raise TypedDateProblem(
            msg(
                "'{value}' is not a date. Type it as 2026-05-31 or {example}, or a word "
                "such as today or +3d.",
                value=value, example=example(locale),
            ),
            unreadable=True,
        )
    if len(numbers[0]) == 4:  # a year first is ISO order, whatever the locale writes
        parts: tuple[str, ...] = ("y", "m", "d")
    else:
        parts = DateOrder.of(locale).parts
    found = dict(zip(parts, (int(n) for n in numbers), strict=True))
    year_digits = len(numbers[parts.index("y")])
    year = found["y"]
    if year_digits <= 2:
        year += 2000 if year < 70 else 1900
    elif year_digits != 4:
        raise TypedDateProblem(
            msg(
                "'{value}' is not a date: give the year with four digits, as in "
                "{example}.",
                value=value, example=example(locale),
            )
        )
    if not 1 <= found["m"] <= 12:
        raise TypedDateProblem(
            msg(
                "'{value}' is not a date: there is no month {month} (months go from 1 to 12; "
                "type it as {example}).",
                value=value, month=found['m'], example=example(locale),
            )
        )
    try:
        day = date(year, found["m"], found["d"])
    except (ValueError, OverflowError):
        raise TypedDateProblem(
            msg(
                "'{value}' is not a date: that month has no day {day}.",
                value=value, day=found['d'],
            )
        ) from None
    return _checked(day)


def _checked(day: date) -> date:
    if not _EARLIEST_YEAR <= day.year <= _LATEST_YEAR:
        raise TypedDateProblem(
            msg(
                "is in {year}: give a year from {earliest} to {latest}.",
                year=day.year, earliest=_EARLIEST_YEAR, latest=_LATEST_YEAR,
            )
        )
    return day


def _shifted(base: date, sign: str, amount: int, unit: str) -> date:
    step = amount if sign == "+" else -amount
    try:
        if unit == "d":
            return _checked(base + timedelta(days=step))
        if unit == "w":
            return _checked(base + timedelta(weeks=step))
        months = base.year * 12 + base.month - 1 + (step if unit == "m" else step * 12)
        year, month = divmod(months, 12)
        month += 1
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        return _checked(date(year, month, min(base.day, last)))
    except (OverflowError, ValueError):
        raise TypedDateProblem(msg(
            "'{sign}{amount}{unit}' goes too far from today.",
            sign=sign, amount=amount, unit=unit,
        )) from None


def parse_time(text: str, locale: Locale) -> time:
    """A time of day: "18:00", "18.30", "6:00 PM", "6 pm", "6pm"."""
    value = " ".join(text.split()).strip()
    match = _TIME.fullmatch(_plain_half(value, locale))
    if not match:
        raise TypedDateProblem(
            msg(
                "'{value}' is not a time of day. Type it as 18:30 or "
                "{example}.",
                value=value, example=format_time(time(18, 30), locale),
            )
        )
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    second = int(match["second"] or 0)
    half = (match["half"] or "").replace(".", "").replace(" ", "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise TypedDateProblem(
                msg(
                    "'{value}' is not a time of day: with AM or PM the hour goes from 1 to 12.",
                    value=value,
                )
            )
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise TypedDateProblem(msg(
            "'{value}' is not a time of day: hours go to 23, minutes to 59.",
            value=value,
        ))
    return time(hour, minute, second)


def _plain_half(value: str, locale: Locale) -> str:
    """The locale's own AM/PM words (午前, nachm.) as am/pm."""
    periods = locale.day_periods.get("format", {}).get("abbreviated", {})
    for key in ("am", "pm"):
        word = periods.get(key)
        if word and word.casefold() not in ("am", "pm") and word in value:
            value = value.replace(word, "").strip() + " " + key
    return value.strip()


def parse_datetime(text: str, locale: Locale, *, today: date | None = None) -> datetime:
    """A wall-clock date and time: ISO 8601 ("2026-12-20T18:00", "2026-12-20 18:00"), the
    locale's date then a time ("12/20/2026 6:00 PM", "20.12.2026, 18:00"), or a word and a time
    ("tomorrow 9am"). A date alone means midnight."""
    value = " ".join(text.split()).strip()
    if not value:
        raise TypedDateProblem(msg("is empty; type a date and time such as 2026-05-31 18:00."))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        pass
    else:
        return moment
    day_text, time_text = _split_date_time(value, locale)
    try:
        day = parse_date(day_text, locale, today=today)
    except TypedDateProblem as problem:
        if not problem.unreadable:
            raise
        shown = format_date(date(2026, 5, 31), locale) + " " + format_time(time(18), locale)
        raise TypedDateProblem(
            msg(
                "'{value}' is not a date and time. Type it as 2026-05-31 18:00 or {shown}.",
                value=value, shown=shown,
            )
        ) from None
    if not time_text:
        return datetime.combine(day, time())
    return datetime.combine(day, parse_time(time_text, locale))


def _split_date_time(value: str, locale: Locale) -> tuple[str, str]:
    """The date part and the time part: the time is the last word or two ("6:00 PM")."""
    words = value.replace(",", " ").split()
    for count in (2, 1):
        if len(words) > count and _TIME.fullmatch(_plain_half(" ".join(words[-count:]), locale)):
            return " ".join(words[:-count]), " ".join(words[-count:])
    return value, ""
