"""Field parsers: raw input (text from the command line or a form, or an already typed value from
a widget) to the value stored, or a sentence saying what to fix.

Each parser takes the raw value and the field's label and raises ``FieldProblem``. Kept libraries
do the real work: pycountry (countries, currencies), langcodes (BCP 47), phonenumbers (E.164),
email-validator, zoneinfo, babel (dates in the user's own forms). langcodes, phonenumbers and
email-validator are imported by the parsers that use them: together they cost 0.13 s of every
start of the app and of every command, most of which never read a language, phone or email.
"""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import pycountry
from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from sistercommittee.messages import msg
from sistercommittee.services import typed_dates

E = TypeVar("E", bound=enum.StrEnum)


class FieldProblem(ValueError):
    """The one sentence to show beside a field."""


class DateOutOfRange(FieldProblem, OverflowError):
    """A date and time before the calendar's first year or after its last in UTC. Also an
    OverflowError, as datetime raises one, for callers that name their own range of years."""


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def user_locale() -> Locale:
    """The locale the user types dates and numbers in (from LC_ALL / LC_TIME / LANG)."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable, "")
        tag = value.split(".")[0].split("@")[0]
        if tag and tag not in ("C", "POSIX"):
            try:
                return Locale.parse(tag)
            except (UnknownLocaleError, ValueError):
                continue
    return Locale.parse("en_US")


# --- text -------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(raw: Any, label: str, *, max_length: int = 200, multiline: bool = False) -> str:
    if not isinstance(raw, str):
        raise FieldProblem(msg("{label} must be text.", label=label))
    value = raw.strip() if multiline else " ".join(raw.split())
    if _CONTROL.search(value):
        raise FieldProblem(msg(
            "{label} contains control characters; type it again without them.",
            label=label,
        ))
    if len(value) > max_length:
        raise FieldProblem(
            msg(
                "{label} is too long: at most {max_length} characters, not {count}.",
                label=label, max_length=max_length, count=len(value),
            )
        )
    return value


def text_list(raw: Any, label: str, *, max_length: int = 80) -> list[str]:
    """A list of short labels: a list, or text separated by commas or semicolons."""
    items = re.split(r"[,;]", raw) if isinstance(raw, str) else list(raw)
    values: list[str] = []
    for item in items:
        value = text(item, label, max_length=max_length)
        if value and value.casefold() not in (v.casefold() for v in values):
            values.append(value)
    return values


# --- codes ------------------------------------------------------------------------------------


def country(raw: Any, label: str) -> str:
    """ISO 3166-1 alpha-2, from the code (any case), alpha-3, or a name in everyday English or
    one of the committees' languages ("Russia", "Ivory Coast", "Japón", "England")."""
    from sistercommittee.services import countries

    value = text(raw, label).strip()
    found = countries.lookup(value)
    if found is None:
        nearest = countries.suggestion(value)
        if nearest:
            raise FieldProblem(
                msg(
                    "{label} '{value}' is not a country. Did you mean {nearest}? Or use its "
                    "two-letter code, such as JP or DE.",
                    label=label, value=value, nearest=nearest,
                )
            )
        raise FieldProblem(
            msg(
                "{label} '{value}' is not a country. Use its two-letter code, such as JP or DE.",
                label=label, value=value,
            )
        )
    return found


def currency(raw: Any, label: str) -> str:
    value = text(raw, label).upper()
    if len(value) != 3 or pycountry.currencies.get(alpha_3=value) is None:
        raise FieldProblem(
            msg(
                "{label} '{value}' is not a currency code. Use three letters, such as USD or "
                "JPY.",
                label=label, value=value,
            )
        )
    return value


def language(raw: Any, label: str) -> str:
    """A BCP 47 tag in its standard form ("zh-hant" -> "zh-Hant"), or a language name."""
    import langcodes

    value = text(raw, label, max_length=35)
    try:
        tag = langcodes.standardize_tag(value)
        ok = langcodes.tag_is_valid(tag)
    except (ValueError, langcodes.tag_parser.LanguageTagError):
        ok = False
    if not ok:
        try:
            tag = langcodes.find(value).to_tag()
            ok = True
        except LookupError:
            ok = False
    if not ok:
        raise FieldProblem(
            msg(
                "{label} '{value}' is not a language. Use a code such as ja, zh-Hant or pt-BR.",
                label=label, value=value,
            )
        )
    return str(tag)


def time_zone(raw: Any, label: str) -> str:
    value = text(raw, label, max_length=64)
    if value not in _zones():
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # "America" is a folder
            raise FieldProblem(
                msg(
                    "{label} '{value}' is not a time zone. Use a name such as Asia/Tokyo or "
                    "America/Chicago.",
                    label=label, value=value,
                )
            ) from None
    return value


_ZONES: frozenset[str] | None = None


def _zones() -> frozenset[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = frozenset(available_timezones())
    return _ZONES


def email(raw: Any, label: str) -> str:
    import email_validator

    value = text(raw, label, max_length=254)
    try:
        result = email_validator.validate_email(value, check_deliverability=False)
    except email_validator.EmailNotValidError:
        raise FieldProblem(
            msg(
                "{label} '{value}' is not an email address. Check it reads like "
                "name@example.org.",
                label=label, value=value,
            )
        ) from None
    return str(result.normalized)


def phone(raw: Any, label: str, *, region: str | None = None) -> str:
    """E.164; a number without its country code is read as one from ``region``."""
    import phonenumbers

    value = text(raw, label, max_length=40)
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        if region:
            raise FieldProblem(
                msg(
                    "{label} '{value}' is not a phone number. Type a {region} number or the full "
                    "number with its country code, such as +81 3 1234 5678.",
                    label=label, value=value, region=region,
                )
            )
        raise FieldProblem(
            msg(
                "{label} '{value}' is not a phone number. Type the full number with its "
                "country code, such as +81 3 1234 5678.",
                label=label, value=value,
            )
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def choice(enum_class: type[E]) -> Callable[[Any, str], E]:
    def parse(raw: Any, label: str) -> E:
        if isinstance(raw, enum_class):
            return raw
        value = text(raw, label).lower().replace(" ", "_").replace("-", "_")
        try:
            return enum_class(value)
        except ValueError:
            options = ", ".join(member.value for member in enum_class)
            raise FieldProblem(msg(
                "{label} '{raw}' is not one of: {options}.",
                label=label, raw=raw, options=options,
            )) from None

    return parse


def choices(enum_class: type[E]) -> Callable[[Any, str], list[str]]:
    one = choice(enum_class)

    def parse(raw: Any, label: str) -> list[str]:
        items = re.split(r"[,;]", raw) if isinstance(raw, str) else list(raw)
        values: list[str] = []
        for item in items:
            if is_blank(item):
                continue
            member = one(item, label).value
            if member not in values:
                values.append(member)
        return values

    return parse


# --- numbers ----------------------------------------------------------------------------------


def boolean(raw: Any, label: str) -> bool:
    if isinstance(raw, bool):
        return raw
    value = text(raw, label).lower()
    if value in ("yes", "y", "true", "1", "on"):
        return True
    if value in ("no", "n", "false", "0", "off"):
        return False
    raise FieldProblem(msg("{label} must be yes or no, not '{raw}'.", label=label, raw=raw))


def integer(raw: Any, label: str, *, minimum: int = 0, maximum: int = 10**9) -> int:
    if isinstance(raw, bool):
        raise FieldProblem(msg("{label} must be a whole number.", label=label))
    if isinstance(raw, int):
        value = raw
    else:
        cleaned = text(raw, label).replace(",", "").replace("_", "").replace(" ", "")
        try:
            value = int(cleaned)
        except ValueError:
            raise FieldProblem(msg(
                "{label} must be a whole number, not '{raw}'.",
                label=label, raw=raw,
            )) from None
    if value < minimum:
        raise FieldProblem(msg(
            "{label} cannot be less than {minimum}.",
            label=label, minimum=minimum,
        ))
    if value > maximum:
        raise FieldProblem(msg(
            "{label} cannot be more than {maximum:,}.",
            label=label, maximum=maximum,
        ))
    return value


def decimal_amount(raw: Any, label: str) -> Decimal:
    """A number typed in the user's locale ("1,234.50" in en, "1.234,50" in de)."""
    amount = _decimal(raw, label)
    # "nan", "inf" and "1e999999" parse as decimals, but no arithmetic can use them.
    if not amount.is_finite() or amount.adjusted() > 15:
        raise FieldProblem(msg(
            "{label} must be an amount such as 250 or 12.50, not '{raw}'.",
            label=label, raw=raw,
        ))
    return amount


def _decimal(raw: Any, label: str) -> Decimal:
    if isinstance(raw, Decimal):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return Decimal(str(raw))
    value = text(raw, label)
    try:
        return Decimal(value)
    except InvalidOperation:
        pass
    try:
        return Decimal(babel_numbers.parse_decimal(value, locale=user_locale()))
    except babel_numbers.NumberFormatError:
        raise FieldProblem(
            msg(
                "{label} must be an amount such as 250 or 12.50, not '{raw}'.",
                label=label, raw=raw,
            )
        ) from None


def money_minor(raw: Any, label: str, currency_code: str) -> int:
    """An amount in major units ("12.50") to integer minor units (1250 for USD, 12 for JPY)."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        raise FieldProblem(msg(
            "{label}: give amounts in {currency_code}, such as 12.50.",
            label=label, currency_code=currency_code,
        ))
    amount = decimal_amount(raw, label)
    digits = babel_numbers.get_currency_precision(currency_code)
    scaled = amount * (10**digits)
    if scaled != scaled.to_integral_value():
        raise FieldProblem(msg(
            "{label} has more decimals than {currency_code} uses ({digits}).",
            label=label, currency_code=currency_code, digits=digits,
        ))
    value = int(scaled)
    if value < 0:
        raise FieldProblem(msg("{label} cannot be negative.", label=label))
    if value > 10**13:
        raise FieldProblem(msg("{label} is too large.", label=label))
    return value


def hours_minutes(raw: Any, label: str) -> int:
    """Time given, as minutes: "2.5", "2:30", "2h30" or a number of hours."""
    problem = FieldProblem(msg(
        "{label} must be a time such as 2.5, 2:30 or 2h30, not '{raw}'.",
        label=label, raw=raw,
    ))
    match = None
    hours: Any = raw
    if not isinstance(raw, int | float | Decimal) or isinstance(raw, bool):
        value = text(raw, label).lower().replace(" ", "")
        match = re.fullmatch(r"(\d+)(?:h|:)(\d{1,2})m?", value)
        hours = value.removesuffix("h")
        # "2,5" is two and a half hours wherever a comma is the decimal mark (Spanish, most of
        # Europe), whatever locale the machine is set to: no entry of at most 24 hours has a
        # thousands separator, so the comma cannot mean one (read as that, it was 25 hours).
        if re.fullmatch(r"\d{1,2},\d+", hours):
            hours = hours.replace(",", ".")
    if match:
        if int(match[2]) >= 60:
            raise problem
        minutes = int(match[1]) * 60 + int(match[2])
    else:
        try:
            minutes = round(decimal_amount(hours, label) * 60)
        except FieldProblem:
            raise problem from None
    if minutes <= 0:
        raise FieldProblem(msg("{label} must be more than zero.", label=label))
    if minutes > 24 * 60:
        raise FieldProblem(msg("{label} cannot be more than 24 hours in one entry.", label=label))
    return int(minutes)


# --- dates and times --------------------------------------------------------------------------


def calendar_date(raw: Any, label: str) -> date:
    """ISO 8601, the date as the user's locale writes it (11/24/2026 in en_US, 24.11.2026 in
    de_DE), or a word: today, tomorrow, yesterday, +3d, -2w (services/typed_dates.py)."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    try:
        return typed_dates.parse_date(text(raw, label), user_locale())
    except typed_dates.TypedDateProblem as problem:
        raise FieldProblem(msg("{label} {problem}", label=label, problem=problem)) from None


def local_datetime(raw: Any, label: str, zone: str) -> datetime:
    """A date and time on the wall clock of ``zone``, returned in UTC.

    Accepts ISO 8601 ("2026-05-31T18:00", "2026-05-31 18:00", with or without an offset) or the
    user's locale forms ("5/31/2026 6:00 PM", "tomorrow 9am").
    """
    if isinstance(raw, datetime):
        moment = raw if raw.tzinfo else raw.replace(tzinfo=ZoneInfo(zone))
        return moment.astimezone(UTC)
    value = text(raw, label)
    try:
        moment = typed_dates.parse_datetime(value, user_locale())
    except typed_dates.TypedDateProblem as problem:
        raise FieldProblem(msg("{label} {problem}", label=label, problem=problem)) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # 0001-01-01 00:00 east of UTC falls before the first year
        raise DateOutOfRange(
            msg(
                "{label} '{value}' falls outside the calendar (the years 1 to 9999).",
                label=label, value=value,
            )
        ) from None


def clock_time(raw: Any, label: str) -> time:
    if isinstance(raw, time):
        return raw
    value = text(raw, label)
    try:
        return time.fromisoformat(value)
    except ValueError:
        pass
    try:
        parsed = babel_dates.parse_time(value, locale=user_locale())
    except (ValueError, IndexError, OverflowError):  # OverflowError: an hour of 20 digits
        parsed = None
    if parsed is None:
        raise FieldProblem(msg(
            "{label} '{value}' is not a time of day. Type it as 18:30.",
            label=label, value=value,
        ))
    return parsed


def first_problem(checks: Iterable[tuple[str, Callable[[], Any]]]) -> dict[str, str]:
    """Run each check and collect its problem by field name."""
    problems: dict[str, str] = {}
    for field, check in checks:
        try:
            check()
        except FieldProblem as problem:
            problems[field] = str(problem)
    return problems


def country_zones(country_code: str) -> list[str]:
    """The IANA zones of a country, main zone first, from tzdata's zone.tab."""
    from importlib import resources

    try:
        table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return []
    zones = []
    for line in table.splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0] == country_code.upper():
            zones.append(parts[2])
    main = _MAIN_ZONES.get(country_code.upper())
    if main in zones:
        zones.remove(main)
        zones.insert(0, main)
    return zones


# zone.tab lists a country's zones in no particular order; where its first is not the zone most
# people live in (Lord Howe Island for Australia, Crimea for Ukraine), the main one is named here.
_MAIN_ZONES = {
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
    "FM": "Pacific/Pohnpei",
    "PS": "Asia/Hebron",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
    "UZ": "Asia/Tashkent",
}
