"""Two-city meeting times: on a given day, the hours when both cities of a partnership are awake
and when both are at work, and the (virtual) event made from a chosen slot.

The day is our city's day, from local midnight to the next (23 or 25 hours on a day the clocks
change); it is cut in half hours, so that a partner half an hour off (India, Newfoundland) is
placed exactly. Each half hour of each city is "work" (08:00 to 18:00 on a weekday, the
committee's usual window for calls with city halls), "awake" (07:00 to 22:00) or "asleep"; both
cities' zones are read from the IANA database, daylight saving time included, at that very moment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sistercommittee.domain import Partnership
from sistercommittee.domain.enums import EventKind
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Day, msg
from sistercommittee.services import fields as f
from sistercommittee.services import organizations, rows
from sistercommittee.services.changes import Changes
from sistercommittee.storage.database import Database

STEP = timedelta(minutes=30)
WORK = (time(8), time(18))
AWAKE = (time(7), time(22))
WEEKEND = (5, 6)


@dataclass(frozen=True)
class Cell:
    """Half an hour of the day, as each city lives it."""

    starts_at: datetime  # UTC
    home_local: datetime
    partner_local: datetime
    home_state: str  # work, awake, asleep
    partner_state: str

    @property
    def both(self) -> str:
        """work (both at work), awake (both awake, not both at work) or none."""
        states = {self.home_state, self.partner_state}
        if states == {"work"}:
            return "work"
        if "asleep" not in states:
            return "awake"
        return "none"


@dataclass(frozen=True)
class Slot:
    starts_at: datetime  # UTC
    ends_at: datetime
    quality: str  # work, awake
    home_zone: str
    partner_zone: str

    def local(self, zone: str) -> tuple[datetime, datetime]:
        z = ZoneInfo(zone)
        return self.starts_at.astimezone(z), self.ends_at.astimezone(z)

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class MeetingTimes:
    partnership_id: str
    on: date  # our city's day
    home_city: str
    home_zone: str
    partner_city: str
    partner_zone: str
    cells: tuple[Cell, ...]
    slots: tuple[Slot, ...]  # both at work first, then both awake; each by start

    @property
    def difference(self) -> str:
        """ "Kyoto is 15 hours ahead of Springfield" at noon of the day (the gap may change
        during it), in the language shown."""
        noon = datetime.combine(self.on, time(12), ZoneInfo(self.home_zone))
        home = noon.utcoffset() or timedelta()
        partner = noon.astimezone(ZoneInfo(self.partner_zone)).utcoffset() or timedelta()
        gap = partner - home
        minutes = int(abs(gap).total_seconds() // 60)
        hours, rest = divmod(minutes, 60)
        cities = {"partner": self.partner_city, "home": self.home_city}
        if not minutes:
            return msg("{partner} keeps the same time as {home}", **cities)
        ahead = gap > timedelta()
        if minutes == 60:
            return (
                msg("{partner} is 1 hour ahead of {home}", **cities)
                if ahead
                else msg("{partner} is 1 hour behind {home}", **cities)
            )
        amount = f"{hours}" + (f":{rest:02d}" if rest else "")
        return (
            msg("{partner} is {hours} hours ahead of {home}", hours=amount, **cities)
            if ahead
            else msg("{partner} is {hours} hours behind {home}", hours=amount, **cities)
        )


def _state(moment: datetime) -> str:
    """The state of the half hour starting at ``moment`` (a local time)."""
    start = moment.time()
    end = (moment + STEP).time()
    after_midnight = end == time(0)
    if (
        moment.weekday() not in WEEKEND
        and WORK[0] <= start
        and (end <= WORK[1] and not after_midnight)
    ):
        return "work"
    if AWAKE[0] <= start and (end <= AWAKE[1] and not after_midnight):
        return "awake"
    return "asleep"


def _zones(partnership: Partnership, home_zone: str) -> str:
    zone = partnership.time_zone
    if not zone:
        found = f.country_zones(partnership.country)
        if len(found) != 1:
            raise ValidationError.single(
                "time_zone",
                msg(
                    "{city_name} has no time zone recorded: set it on the partnership (Edit "
                    "partnership, Time zone) so that its hours can be shown.",
                    city_name=partnership.city_name,
                ),
            )
        zone = found[0]
    return zone


def meeting_times(db: Database, partnership_id: str, on: date | str) -> MeetingTimes:
    day = f.calendar_date(on, "Date") if not isinstance(on, date) else on
    with db.read() as session:
        partnership = rows.live(session, Partnership, partnership_id, "partnership")
        org = organizations.current(session)
        home_zone = org.time_zone
        partner_zone = _zones(partnership, home_zone)
        home_city, partner_city = org.city, partnership.city_name
    home = ZoneInfo(home_zone)
    partner = ZoneInfo(partner_zone)
    start = datetime.combine(day, time(0), home).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), home).astimezone(UTC)
    cells: list[Cell] = []
    moment = start
    while moment < end:
        home_local = moment.astimezone(home)
        partner_local = moment.astimezone(partner)
        cells.append(
            Cell(moment, home_local, partner_local, _state(home_local), _state(partner_local))
        )
        moment += STEP
    slots: list[Slot] = []
    for quality in ("work", "awake"):
        run: list[Cell] = []
        for cell in [*cells, None]:
            fits = cell is not None and (
                cell.both == "work" if quality == "work" else cell.both in ("work", "awake")
            )
            if fits and cell is not None:
                run.append(cell)
                continue
            if run:
                slot = Slot(
                    run[0].starts_at, run[-1].starts_at + STEP, quality, home_zone, partner_zone
                )
                # A run of "both awake" that is wholly inside a work slot adds nothing.
                if quality == "work" or not any(
                    s.starts_at <= slot.starts_at and slot.ends_at <= s.ends_at for s in slots
                ):
                    slots.append(slot)
                run = []
    return MeetingTimes(
        partnership_id,
        day,
        home_city,
        home_zone,
        partner_city,
        partner_zone,
        tuple(cells),
        tuple(slots),
    )


def slot_text(slot: Slot, home_city: str, partner_city: str) -> str:
    """ "18:00–19:30 Tue in Springfield (CST) = 09:00–10:30 Wed in Kyoto (JST)", in the
    language shown (the day of the week too)."""
    h_start, h_end = slot.local(slot.home_zone)
    p_start, p_end = slot.local(slot.partner_zone)
    return msg(
        "{home_start}–{home_end} {home_day} in {home_city} ({home_zone}) = "
        "{partner_start}–{partner_end} {partner_day} in {partner_city} ({partner_zone})",
        home_start=f"{h_start:%H:%M}",
        home_end=f"{h_end:%H:%M}",
        home_day=Day(h_start.date(), "EEE"),
        home_city=home_city,
        home_zone=h_start.tzname() or slot.home_zone,
        partner_start=f"{p_start:%H:%M}",
        partner_end=f"{p_end:%H:%M}",
        partner_day=Day(p_start.date(), "EEE"),
        partner_city=partner_city,
        partner_zone=p_start.tzname() or slot.partner_zone,
    )


def create_meeting_event(
    db: Database,
    partnership_id: str,
    starts_at: datetime,
    minutes: int | str = 60,
    *,
    title: str | None = None,
    values: Mapping[str, Any] | None = None,
) -> Changes:
    """A virtual event with the partner city at ``starts_at`` (UTC, or aware), lasting
    ``minutes``; its description gives the time in both cities."""
    from sistercommittee.services.events import add_event

    length = f.first_problem(
        (("minutes", lambda: f.integer(minutes, "Length (minutes)", minimum=15, maximum=600)),)
    )
    if length:
        raise ValidationError(length)
    if starts_at.tzinfo is None:
        raise ValidationError.single("starts_at", msg("The start time needs its time zone."))
    duration = timedelta(minutes=f.integer(minutes, "Length (minutes)", minimum=15))
    with db.read() as session:
        partnership = rows.live(session, Partnership, partnership_id, "partnership")
        org = organizations.current(session)
        partner_zone = _zones(partnership, org.time_zone)
        home_zone, home_city, partner_city = org.time_zone, org.city, partnership.city_name
    slot = Slot(
        starts_at.astimezone(UTC),
        (starts_at + duration).astimezone(UTC),
        "chosen",
        home_zone,
        partner_zone,
    )
    h_start, h_end = slot.local(home_zone)
    fields: dict[str, Any] = {
        "title": title or f"Video call with {partner_city}",
        "kind": EventKind.VIRTUAL_EXCHANGE.value,
        "time_zone": home_zone,
        "starts_at": h_start.replace(tzinfo=None),
        "ends_at": h_end.replace(tzinfo=None),
        "venue": "Online",
        "description": slot_text(slot, home_city, partner_city),
        "partnerships": [partnership_id],
    }
    fields.update(values or {})
    return add_event(db, fields)
