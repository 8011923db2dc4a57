"""Small helpers of the sample generator: wall-clock times in a zone, the evening a record was
typed in, consent renewals, ASCII forms of names, currencies' precision, weighted choices, and
the generator's in-memory records of a partner and a volunteer."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from sistercommittee.sample import pools
from sistercommittee.sample.constants import AS_OF, EVENTS_FROM
from sistercommittee.services.consent import CONSENT_VALID_DAYS


@cache
def zone_of(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def wall_clock_utc(day: date, minute_of_day: int, zone: str) -> datetime:
    """A wall-clock time in ``zone`` as an aware UTC datetime."""
    hour, minute = divmod(minute_of_day, 60)
    wall = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone_of(zone))
    return wall.astimezone(UTC)



def renewed_consent(given: date, *, renews: bool) -> date:
    """Consent lasts two years (services.consent); most volunteers renew it when asked, so its
    date is the last renewal. Those who do not keep the first date, and it has lapsed."""
    if not renews:
        return given
    while given + timedelta(days=CONSENT_VALID_DAYS) <= AS_OF:
        given += timedelta(days=CONSENT_VALID_DAYS)
    return given


@cache
def typed_in(day: date, hour: int = 23, minute: int = 10) -> datetime:
    """When a record about ``day`` was typed in: that evening (UTC), never after AS_OF."""
    day = min(day, AS_OF)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


_ASCII = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"})


def ascii_letters(text: str) -> str:
    """Lower-case ASCII letters and digits of a Latin name, for an email address."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_ASCII))
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())


@cache
def precision(currency: str) -> int:
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(currency))


def language_name(tag: str) -> str:
    return pools.LANGUAGE_NAMES.get(tag.split("-")[0], tag)


@cache
def themes_of(base: pools.PartnerCity, kind: str) -> tuple[str, ...]:
    return tuple(title for theme_kind, title in base.themes if theme_kind == kind)


def weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([key for key, _ in pairs], weights=[w for _, w in pairs])[0]


def era_of(year: int) -> tuple[int, str, str]:
    for era in pools.HOME_SIGNATORY_ERAS:
        if year <= era[0]:
            return era
    return pools.HOME_SIGNATORY_ERAS[-1]


@dataclass
class SamplePartner:
    id: str
    base: pools.PartnerCity
    name: str
    local: str
    committee: str
    email_domain: str
    status: str
    history: list[tuple[str, date]]
    active_spans: list[tuple[date, date]] = field(default_factory=list)
    engaged_from: date = EVENTS_FROM

    def active_on(self, day: date) -> bool:
        return any(start <= day < end for start, end in self.active_spans)

    def engaged_on(self, day: date) -> bool:
        """Talking to each other: active, or exploring and proposing."""
        if self.active_on(day):
            return True
        return self.status in ("exploring", "proposed") and self.engaged_from <= day


@dataclass(slots=True)
class SampleVolunteer:
    id: str
    given: str
    family: str
    latin_given: str
    latin_family: str
    email: str | None
    phone: str | None
    culture: str
    languages: list[str]
    joined: date
    left: date | None
    committees: list[str]
    roles: list[str]

    def available(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)
