"""Events for a calendar view: each with its times in our city and in each partner city it
concerns, so that a month or week view can say when it happens on both sides."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from sistercommittee.domain import Event, EventPartnership, Partnership
from sistercommittee.domain.enums import EventKind
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import organizations
from sistercommittee.storage.database import Database

MAX_DAYS = 62  # a month view with the days of the weeks around it


@dataclass(frozen=True)
class CityTime:
    """When the event is in one city: its local start and end and the zone's abbreviation."""

    city: str
    zone: str
    starts: datetime  # local, aware
    ends: datetime


@dataclass(frozen=True)
class CalendarEvent:
    id: str
    title: str
    kind: EventKind
    venue: str | None
    day: date  # the local day it starts on, in our city
    times: tuple[CityTime, ...]  # our city first, then each partner city

    @property
    def home(self) -> CityTime:
        return self.times[0]


def _city_time(city: str, zone: str, starts: datetime, ends: datetime) -> CityTime:
    where = ZoneInfo(zone)
    return CityTime(city, zone, starts.astimezone(where), ends.astimezone(where))


def calendar_events(db: Database, first: date, last: date) -> tuple[CalendarEvent, ...]:
    """Events starting from ``first`` to ``last`` (days in our city), by start."""
    if last < first:
        raise ValidationError.single("last", msg("The last day is before the first day."))
    if (last - first).days > MAX_DAYS:
        raise ValidationError.single("last", msg(
            "Show at most {most} days at once.",
            most=MAX_DAYS,
        ))
    with db.read() as session:
        org = organizations.current(session)
        home_zone = ZoneInfo(org.time_zone)
        start = datetime.combine(first, time(0), tzinfo=home_zone).astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=home_zone).astimezone(UTC)
        found = list(
            session.scalars(
                select(Event)
                .where(Event.deleted_at.is_(None), Event.starts_at >= start, Event.starts_at < end)
                .order_by(Event.starts_at, Event.title)
            )
        )
        partners: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for event_id, city, zone in session.execute(
            select(EventPartnership.event_id, Partnership.city_name, Partnership.time_zone)
            .join(Partnership, Partnership.id == EventPartnership.partnership_id)
            .where(
                EventPartnership.event_id.in_([event.id for event in found]),
                EventPartnership.deleted_at.is_(None),
                Partnership.deleted_at.is_(None),
            )
            .order_by(Partnership.city_name)
        ):
            if zone:
                partners[event_id].append((city, zone))
        return tuple(
            CalendarEvent(
                event.id,
                event.title,
                event.kind,
                event.venue,
                event.starts_at.astimezone(home_zone).date(),
                (
                    _city_time(org.city, org.time_zone, event.starts_at, event.ends_at),
                    *(
                        _city_time(city, zone, event.starts_at, event.ends_at)
                        for city, zone in partners[event.id]
                        if zone != org.time_zone
                    ),
                ),
            )
            for event in found
        )
