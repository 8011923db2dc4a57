"""Dates, times, hours, money, country and language names in the user's own locale.

Dates follow QLocale (the system's, or the one chosen in Preferences). Stored datetimes are UTC;
they are shown on the wall clock of a place (the event's venue, the partner city) with the zone's
abbreviation when it differs from the user's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, tzinfo
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QGuiApplication

from sistercommittee.messages.ranges import isolate_ranges, isolated_range


def _locale() -> QLocale:
    return QLocale()


def isolated(text: str) -> str:
    """``text`` kept in its own order inside a right-to-left interface: a date, a number, a
    Latin name or "Gyeongju (경주시), South Korea" would otherwise have its runs laid out right
    to left ("PM 5:00 12/12/2026"). Unchanged left to right, and empty text stays empty."""
    return isolated_range(text) if QGuiApplication.isRightToLeft() else text


def fmt_range(start: str, end: str, separator: str = " – ") -> str:
    """From ``start`` to ``end`` ("08:00–11:00", "5/14/2026 – 5/16/2026"), start first in a
    right-to-left interface too: there the whole range is isolated (messages/ranges.py), as each
    end on its own is not enough."""
    return isolated(f"{start}{separator}{end}")


def ranges_kept(text: str) -> str:
    """A translated text or template with its ranges ("{start} – {end}", "8:00–18:00") kept in
    their order in a right-to-left interface; unchanged left to right."""
    return isolate_ranges(text) if QGuiApplication.isRightToLeft() else text


_F = TypeVar("_F", bound=Callable[..., str])


def _own_order(function: _F) -> _F:
    """A formatter whose text keeps its order in a right-to-left interface (see isolated)."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> str:
        return isolated(function(*args, **kwargs))

    return wrapper  # type: ignore[return-value]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


@functools.cache
def _short_formats(locale_name: str) -> tuple[str, str]:
    """The locale's short date and date-time formats with four-digit years: "1/5/21" is
    ambiguous on a list that spans decades."""
    locale = QLocale(locale_name)
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in day:
        day = day.replace("yy", "yyyy")
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return day, f"{day} {clock}"


def fmt_list(items: Iterable[str]) -> str:
    """Items one after the other as the language lists them: "English, Spanish", "英語、スペイン
    語" (the separator of the catalogued "{items}, {item}")."""
    template = QCoreApplication.translate("Messages", "{items}, {item}")
    between = re.fullmatch(r"\{items\}(.+)\{item\}", template)
    return (between.group(1) if between else ", ").join(items)


@_own_order
def fmt_date(day: date | None, long: bool = False) -> str:
    if day is None:
        return ""
    if long:
        return _locale().toString(qdate(day), QLocale.FormatType.LongFormat)
    return _locale().toString(qdate(day), _short_formats(_locale().name())[0])


def zone(name: str | None) -> tzinfo:
    if not name:
        return local_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local_zone() -> tzinfo:
    """The zone of this computer."""
    name = bytes(QTimeZone.systemTimeZoneId()).decode()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo or UTC


def to_zone(moment: datetime, zone_name: str | None) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone(zone_name))


@_own_order
def fmt_datetime(moment: datetime | None, zone_name: str | None = None) -> str:
    """``moment`` on the wall clock of ``zone_name`` (this computer's zone when None)."""
    if moment is None:
        return ""
    local = to_zone(moment, zone_name)
    return _locale().toString(
        QDateTime(qdate(local.date()), QTime(local.hour, local.minute)),
        _short_formats(_locale().name())[1],
    )


@_own_order
def fmt_time(moment: datetime | None, zone_name: str | None = None) -> str:
    if moment is None:
        return ""
    local = to_zone(moment, zone_name)
    return _locale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def zone_abbreviation(moment: datetime, zone_name: str | None) -> str:
    return to_zone(moment, zone_name).tzname() or (zone_name or "")


def fmt_partner_time(moment: datetime | None, zone_name: str | None, city: str) -> str:
    """ "18:00 in Kyoto (JST, Sat 3 May)": the same moment on the partner city's clock."""
    if moment is None or not zone_name:
        return ""
    local = to_zone(moment, zone_name)
    day = _locale().toString(qdate(local.date()), "ddd d MMM")
    return QCoreApplication.translate("Formatting", "{time} in {city} ({zone}, {day})").format(
        time=fmt_time(moment, zone_name),
        city=city,
        zone=local.tzname() or zone_name,
        day=day,
    )


@_own_order
def fmt_hours(minutes: int | float | None) -> str:
    if not minutes:
        return _locale().toString(0.0, "f", 1)
    return _locale().toString(minutes / 60, "f", 1)


@_own_order
def fmt_phone(e164: str | None, home_country: str | None = None) -> str:
    """A stored E.164 number as people write it: national form for numbers of the home country,
    international form (+81 3-1234-5678) for the others."""
    if not e164:
        return ""
    try:
        import phonenumbers

        number = phonenumbers.parse(e164, None)
    except Exception:
        return e164
    region = phonenumbers.region_code_for_number(number)
    home = home_country or QLocale().name().partition("_")[2]
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if region == home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))


@_own_order
def fmt_number(value: int | float) -> str:
    if isinstance(value, int):
        return _locale().toString(value)
    return _locale().toString(value, "f", 1)


@functools.cache
def _babel_locale(name: str):  # type: ignore[no-untyped-def]
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_US")


def _babel() -> object:
    return _babel_locale(_locale().name())


def minor_digits(currency: str) -> int:
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(currency))


@_own_order
def fmt_money(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    from babel.numbers import format_currency

    amount = minor / (10 ** minor_digits(currency))
    return str(format_currency(amount, currency, locale=_babel()))


def country_name(code: str | None) -> str:
    if not code:
        return ""
    names = _babel().territories  # type: ignore[attr-defined]
    return str(names.get(code.upper(), code))


@functools.cache
def _countries(locale_name: str) -> tuple[tuple[str, str], ...]:
    import pycountry

    names = _babel_locale(locale_name).territories
    pairs = [(c.alpha_2, str(names.get(c.alpha_2, c.name))) for c in pycountry.countries]
    return tuple(collated(pairs, locale_name, key=lambda pair: pair[1]))


_T = TypeVar("_T")


def collated(
    items: Iterable[_T], locale_name: str | None = None, *, key: Callable[[_T], str] = str
) -> list[_T]:
    """``items`` in the alphabetical order of the locale (ICU's, through QCollator): "Österreich"
    among the O in German, "ñu" after "nube" in Spanish, "Åre" after "Zürich" in Swedish, kana
    in gojūon order in Japanese. Case and accents count only to break ties."""
    collator = QCollator(QLocale(locale_name) if locale_name else _locale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)  # "Ward 2" before "Ward 10"
    return sorted(items, key=functools.cmp_to_key(lambda a, b: collator.compare(key(a), key(b))))


def countries() -> tuple[tuple[str, str], ...]:
    """(code, name in the user's language), sorted by name."""
    return _countries(_locale().name())


def language_name(tag: str | None) -> str:
    """ "Japanese", "Brazilian Portuguese" in the user's language (Babel's CLDR names: light,
    unlike a full language database, which costs a quarter of a gigabyte to load)."""
    if not tag:
        return ""
    names = _babel().languages  # type: ignore[attr-defined]
    key = tag.replace("-", "_")
    found = names.get(key)
    if found:
        return str(found)
    base, _, rest = key.partition("_")
    found = names.get(base)
    if not found:
        return tag
    region = _babel().territories.get(rest.upper()) if rest else None  # type: ignore[attr-defined]
    return f"{found} ({region})" if region else str(found)


def warm_up() -> None:
    """Fill the caches the pages use (country, language and zone lists), on a worker at start-up,
    so that opening a page does not pause the window."""
    countries()
    languages()
    time_zones()
    language_name("en")


# The languages offered first in pickers; anything else can be typed as a name or a BCP 47 tag.
COMMON_LANGUAGES = (
    "en",
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "pt-BR",
    "nl",
    "pl",
    "uk",
    "ru",
    "cs",
    "hu",
    "ro",
    "el",
    "tr",
    "ar",
    "he",
    "fa",
    "hi",
    "ur",
    "bn",
    "ja",
    "ko",
    "zh-Hans",
    "zh-Hant",
    "vi",
    "th",
    "id",
    "ms",
    "tl",
    "sw",
    "am",
    "yo",
    "ga",
    "cy",
    "sv",
    "da",
    "nb",
    "fi",
    "et",
    "lv",
    "lt",
    "ka",
    "hy",
    "mn",
    "ne",
)


@functools.cache
def _languages(locale_name: str) -> tuple[tuple[str, str], ...]:
    pairs = [(tag, language_name(tag)) for tag in COMMON_LANGUAGES]
    return tuple(collated(pairs, locale_name, key=lambda pair: pair[1]))


def languages() -> tuple[tuple[str, str], ...]:
    return _languages(_locale().name())


@functools.cache
def time_zones() -> tuple[str, ...]:
    from zoneinfo import available_timezones

    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc")))


def today(zone_name: str | None = None) -> date:
    """Today on this computer's clock, or in ``zone_name`` (the organization's: the services
    check dates such as "not in the future" on the organization's calendar)."""
    return datetime.now(zone(zone_name) if zone_name else local_zone()).date()
