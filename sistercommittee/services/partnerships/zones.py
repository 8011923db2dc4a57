"""Time zones of partner cities: the default for a country, and whether a zone fits it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services.partnerships.common import country_name


def default_time_zone(country: str | None) -> str | None:
    """The main time zone of a country (fields.country_zones lists it first), or None."""
    zones = f.country_zones(country) if country else []
    return zones[0] if zones else None


def _offsets(zone: str) -> tuple[timedelta | None, ...]:
    tz = ZoneInfo(zone)
    year = datetime.now(UTC).year
    return tuple(
        datetime(y, month, 15, 12, tzinfo=UTC).astimezone(tz).utcoffset()
        for y in (year, year + 1)
        for month in (1, 4, 7, 10)
    )


def zone_fits_country(zone: str, country: str) -> bool:
    """Whether a partner city in ``country`` can be in ``zone``: one of the country's zones, or an
    older name that keeps the same clock (Asia/Calcutta for India). Countries tzdata lists no
    zones for accept any zone."""
    zones = f.country_zones(country)
    if not zones or zone in zones:
        return True
    try:
        wanted = _offsets(zone)
        return any(_offsets(candidate) == wanted for candidate in zones)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False


def _zone_problem(zone: str, country: str) -> str:
    zones = f.country_zones(country)
    shown = ", ".join(zones[:5])
    where = country_name(country)
    if len(zones) == 1:
        return msg(
            "Time zone {zone} is not used in {country}, so the partner's local times would be "
            "wrong. Use: {zones}.",
            zone=zone, country=where, zones=shown,
        )
    if len(zones) > 5:
        return msg(
            "Time zone {zone} is not used in {country}, so the partner's local times would be "
            "wrong. Use one of: {zones} (or another of its {count} zones).",
            zone=zone, country=where, zones=shown, count=len(zones),
        )
    return msg(
        "Time zone {zone} is not used in {country}, so the partner's local times would be "
        "wrong. Use one of: {zones}.",
        zone=zone, country=where, zones=shown,
    )
