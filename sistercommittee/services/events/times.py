"""Times on the wall clock of an event's venue, and how they read in messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sistercommittee.messages import ISO, Day, Message, msg
from sistercommittee.services import fields as f

DEFAULT_LENGTH = timedelta(hours=2)  # an event typed with a start only: an evening, a meeting
MAX_EVENT_LENGTH = timedelta(days=31)  # longer programmes are exchanges, or several events
MAX_SHIFT_LENGTH = timedelta(hours=24)
# Shifts may begin before the event (setting up) and end after it (clearing away).
SETUP_SLACK = timedelta(hours=4)
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200


# --- times on a wall clock --------------------------------------------------------------------


def _typed_wall_time(raw: Any) -> datetime | None:
    """The wall-clock time the user typed, or None when the input names an absolute moment (it
    carries a UTC offset) or is not a date and time at all."""
    if isinstance(raw, datetime):
        return None if raw.tzinfo else raw
    if not isinstance(raw, str):
        return None
    value = " ".join(raw.split())
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:  # the user's locale forms carry no offset: read them on a clock without one
            return f.local_datetime(value, "", "UTC").replace(tzinfo=None)
        except (f.FieldProblem, OverflowError):
            return None
    return None if parsed.tzinfo else parsed


def wall_clock(raw: Any, label: str, zone: str) -> datetime:
    """A date and time typed on the wall clock of ``zone``, in UTC. Refuses a time that the clock
    skips when summer time begins, and years no committee plans in."""
    try:
        moment = f.local_datetime(raw, label, zone)
    except OverflowError:
        moment = None
    if moment is None or not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise f.FieldProblem(
            msg(
                "{label} must be between the years {earliest} and {latest}.",
                label=label, earliest=EARLIEST_YEAR, latest=LATEST_YEAR,
            )
        )
    typed = _typed_wall_time(raw)
    if typed is not None:
        shown = moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        if shown != typed:
            raise f.FieldProblem(
                msg(
                    "{label} {typed:%Y-%m-%d %H:%M} does not exist in {zone}: the clocks go "
                    "forward that night. Choose another time, such as {shown:%H:%M}.",
                    label=label, typed=typed, zone=zone, shown=shown,
                )
            )
    return moment


def _from_wall(naive: datetime, zone: str) -> datetime:
    return naive.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def _naive_local(moment: datetime, zone: str) -> datetime:
    return _local(moment, zone).replace(tzinfo=None)


def _span_text(start: datetime, end: datetime, zone: str) -> Message:
    """The span as "17:00–19:00 on 2026-04-11" on the clock of ``zone`` (the day in the
    language's form when shown: "17:00–19:00 del 11 abr 2026")."""
    local_start, local_end = _local(start, zone), _local(end, zone)
    if local_start.date() == local_end.date():
        return msg(
            "{start}–{end} on {day}",
            start=f"{local_start:%H:%M}", end=f"{local_end:%H:%M}",
            day=Day(local_start.date(), ISO),
        )
    return msg(
        "{first_day} {start} – {last_day} {end}",
        first_day=Day(local_start.date(), ISO), start=f"{local_start:%H:%M}",
        last_day=Day(local_end.date(), ISO), end=f"{local_end:%H:%M}",
    )


def _length_text(length: timedelta) -> str:
    days = length / timedelta(days=1)
    if days >= 2:
        return msg("{days:.0f} days", days=days)
    return msg("{hours:.0f} hours", hours=length / timedelta(hours=1))
