"""Events as an iCalendar file (RFC 5545), for any calendar app in either city.

Each event keeps the time zone of its venue: DTSTART and DTEND carry its TZID, and the file
holds one VTIMEZONE for each zone used, with the rules around the events' dates, so that a
calendar in the partner city shows the event at the right local hour. The UID comes from the
event's id, so importing the file again updates the events instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from sistercommittee import __version__
from sistercommittee.documents.files import write_bytes
from sistercommittee.documents.shown import Shown
from sistercommittee.domain import Event, EventPartnership, Partnership
from sistercommittee.messages import Translate, english, msg
from sistercommittee.services import organizations
from sistercommittee.services.partnerships import city_with_local_name
from sistercommittee.services.reports import _day_bounds, check_range
from sistercommittee.storage.database import Database

UID_DOMAIN = "sistercommittee.events"
PRODID = f"-//SisterCommittee//SisterCommittee {__version__}//EN"


@dataclass(frozen=True)
class CalendarEvent:
    id: str
    title: str
    kind: str
    starts_at: datetime  # aware, in the venue's zone
    ends_at: datetime
    time_zone: str
    venue: str | None
    description: str | None
    partners: tuple[str, ...]
    updated_at: datetime


def event_uid(event_id: str) -> str:
    return f"{event_id}@{UID_DOMAIN}"


def calendar_events(
    db: Database, date_from: date | None = None, date_to: date | None = None
) -> tuple[str, tuple[CalendarEvent, ...]]:
    """The organization's name and its events (all, or those starting within the days given)."""
    if date_from is not None and date_to is not None:
        check_range(date_from, date_to)
    with db.read() as session:
        org = organizations.current(session)
        query = select(Event).where(Event.deleted_at.is_(None))
        if date_from is not None and date_to is not None:
            start, end = _day_bounds(date_from, date_to, org.time_zone)
            query = query.where(Event.starts_at >= start, Event.starts_at < end)
        events = session.scalars(query.order_by(Event.starts_at, Event.id)).all()
        partners: dict[str, list[str]] = {}
        ids = [event.id for event in events]
        for start_index in range(0, len(ids), 500):
            chunk = ids[start_index : start_index + 500]
            for event_id, name, local in session.execute(
                select(
                    EventPartnership.event_id, Partnership.city_name, Partnership.city_name_local
                )
                .join(Partnership, Partnership.id == EventPartnership.partnership_id)
                .where(
                    EventPartnership.event_id.in_(chunk),
                    EventPartnership.deleted_at.is_(None),
                    Partnership.deleted_at.is_(None),
                )
                .order_by(Partnership.city_name)
            ):
                partners.setdefault(event_id, []).append(city_with_local_name(name, local))
        result = []
        for event in events:
            zone = ZoneInfo(event.time_zone)
            result.append(
                CalendarEvent(
                    id=event.id,
                    title=event.title,
                    kind=event.kind.value,
                    starts_at=event.starts_at.astimezone(zone),
                    ends_at=event.ends_at.astimezone(zone),
                    time_zone=event.time_zone,
                    venue=event.venue,
                    description=event.description,
                    partners=tuple(partners.get(event.id, ())),
                    updated_at=event.updated_at,
                )
            )
        return org.name, tuple(result)


def calendar_bytes(
    name: str, events: Sequence[CalendarEvent], translate: Translate = english
) -> bytes:
    """The iCalendar file; the words it adds (the calendar's name, "Partnership:", the kind of
    each event) in the language of ``translate``, the reader's."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    shown = Shown(translate)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", shown(msg("{name}: events", name=name)))
    for item in events:
        vevent = VEvent()
        vevent.add("uid", event_uid(item.id))
        vevent.add("dtstamp", item.updated_at.astimezone(UTC))
        vevent.add("last-modified", item.updated_at.astimezone(UTC))
        vevent.add("dtstart", item.starts_at)  # aware in the venue's ZoneInfo: written with TZID
        vevent.add("dtend", item.ends_at)
        vevent.add("summary", item.title)
        if item.venue:
            vevent.add("location", item.venue)
        text = []
        if item.description:
            text.append(item.description)
        if item.partners:
            text.append(shown(msg("Partnership: {cities}", cities="; ".join(item.partners))))
        if text:
            vevent.add("description", "\n\n".join(text))
        kind = shown.word("EventKind", item.kind, item.kind.replace("_", " "))
        vevent.add("categories", [kind])
        calendar.add_component(vevent)
    if events:
        first = min(item.starts_at for item in events).date() - timedelta(days=366)
        last = max(item.ends_at for item in events).date() + timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return bytes(calendar.to_ical())


def render_calendar(
    db: Database,
    date_from: date | None = None,
    date_to: date | None = None,
    translate: Translate = english,
) -> tuple[bytes, int]:
    """The .ics file's bytes and the number of events in it."""
    name, events = calendar_events(db, date_from, date_to)
    return calendar_bytes(name, events, translate), len(events)


def write_calendar(
    db: Database,
    path: Path,
    date_from: date | None = None,
    date_to: date | None = None,
    translate: Translate = english,
) -> tuple[Path, int]:
    data, count = render_calendar(db, date_from, date_to, translate)
    return write_bytes(path, data), count
