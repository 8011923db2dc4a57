"""What the partnership services share with each other and with the MOU service: folding text,
country names, dates, labels, the lifecycle."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.languages import get_official_languages
from sqlalchemy import (
    ColumnElement,
    String,
    func,
)
from sqlalchemy.orm import Session

from sistercommittee.domain.enums import (
    STATUS_TRANSITIONS,
    PartnershipStatus,
)
from sistercommittee.messages import ISO, Country, Day, join_messages, msg
from sistercommittee.services import fields as f

# The lifecycle in the order people think of it; lists sort statuses this way, not alphabetically.
LIFECYCLE: tuple[PartnershipStatus, ...] = (
    PartnershipStatus.EXPLORING,
    PartnershipStatus.PROPOSED,
    PartnershipStatus.ACTIVE,
    PartnershipStatus.DORMANT,
    PartnershipStatus.ENDED,
)

# --- helpers shared with the MOU service --------------------------------------------------------


def fold(value: str | None) -> str | None:
    """Text for comparing and searching: case and accents do not matter ("Île" finds "ile")."""
    if value is None:
        return None
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def country_name(code: str) -> str:
    """The country's everyday English name ("South Korea", not "Korea, Republic of"), shown in
    the user's language in a message ("Corea del Sur", "韓国")."""
    return Country(code)


def latest_date_anywhere() -> date:
    """Today's date where it is latest on earth (UTC+14): a later date is in the future for
    everyone, wherever the agreement was signed."""
    return (datetime.now(UTC) + timedelta(hours=14)).date()


def future_date_problem(day: date | None, label: str) -> str | None:
    if day is not None and day > latest_date_anywhere():
        return (
            msg(
                "{label} {day_isoformat} is in the future. Give the date it actually happened, "
                "or leave it empty until then.",
                label=label, day_isoformat=Day(day, ISO),
            )
        )
    return None


def default_language(country: str | None) -> str | None:
    """The main official language of a country as a BCP 47 tag (JP -> ja, MX -> es, TW ->
    zh-Hant), or None when babel knows none."""
    if not country:
        return None
    found = get_official_languages(country, de_facto=True)
    if not found:
        return None
    try:
        return f.language(found[0].replace("_", "-"), "Language")
    except f.FieldProblem:
        return None


def _sql_functions(session: Session) -> None:
    """Register the Python helpers the queries call on this session's SQLite connection.

    SQLite's lower() knows only ASCII, so accent-free comparison needs our own function; so does
    turning a UTC time into the calendar date where an event took place.
    """
    raw: Any = session.connection().connection.dbapi_connection
    raw.create_function("sc_fold", 1, fold, deterministic=True)
    raw.create_function("sc_local_date", 2, _local_date_text, deterministic=True)


def _local_date_text(utc_text: str | None, zone: str | None) -> str | None:
    if not utc_text:
        return None
    try:
        moment = datetime.fromisoformat(utc_text)
        tz: Any = ZoneInfo(zone) if zone else UTC
    except (ValueError, ZoneInfoNotFoundError, OSError):
        return utc_text[:10]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).date().isoformat()


def _sql_fold(column: Any) -> ColumnElement[str]:
    return func.sc_fold(column, type_=String)


def today_in(zone: str) -> date:
    """Today's date on the wall clock of ``zone``."""
    try:
        return datetime.now(ZoneInfo(zone)).date()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return datetime.now(UTC).date()


def allowed_next(status: PartnershipStatus) -> tuple[PartnershipStatus, ...]:
    """The statuses a partnership may move to next, in lifecycle order."""
    return tuple(s for s in LIFECYCLE if s in STATUS_TRANSITIONS[status])


# The statuses as messages name them ("From active it can become dormant or ended.").
_STATUS_WORDS = {
    PartnershipStatus.EXPLORING: msg("exploring"),
    PartnershipStatus.PROPOSED: msg("proposed"),
    PartnershipStatus.ACTIVE: msg("active"),
    PartnershipStatus.DORMANT: msg("dormant"),
    PartnershipStatus.ENDED: msg("ended"),
}
_A_PARTNERSHIP = {
    PartnershipStatus.EXPLORING: msg("An exploring partnership"),
    PartnershipStatus.PROPOSED: msg("A proposed partnership"),
    PartnershipStatus.ACTIVE: msg("An active partnership"),
    PartnershipStatus.DORMANT: msg("A dormant partnership"),
    PartnershipStatus.ENDED: msg("An ended partnership"),
}


def status_word(status: PartnershipStatus) -> str:
    """The status as messages name it ("active"), in the language shown."""
    return _STATUS_WORDS[status]


_word = status_word


def _a_partnership(status: PartnershipStatus) -> str:
    """ "An active partnership", to begin a sentence."""
    return _A_PARTNERSHIP[status]


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names are the same as read ("Besançon" and "BESANÇON")."""
    if a is None or b is None:
        return False
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def city_with_local_name(city_name: str, city_name_local: str | None) -> str:
    """ "Takayama (高山市)"; a local name that is the English one is not shown twice."""
    if city_name_local and not same_name(city_name_local, city_name):
        return f"{city_name} ({city_name_local})"
    return city_name


def label(city_name: str, city_name_local: str | None, country: str) -> str:
    """How a partnership is named in lists and messages: "Takayama (高山市), Japan"."""
    return msg(
        "{city}, {country}",
        city=city_with_local_name(city_name, city_name_local),
        country=country_name(country),
    )


def _listing(statuses: Sequence[PartnershipStatus]) -> str:
    """ "dormant or ended": the statuses as words, in the language shown."""
    words = [_word(s) for s in statuses]
    if len(words) == 1:
        return words[0]
    return msg("{choices} or {last}", choices=join_messages(words[:-1], ", "), last=words[-1])
