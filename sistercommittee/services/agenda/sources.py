"""The agenda's own sources: each reads one kind of record and says what is coming or overdue.

A source is a function ``(session, window) -> items``; ``SOURCES`` in the package lists them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Event,
    EventPartnership,
    Exchange,
    HoursEntry,
    Partnership,
    ReportSent,
    Shift,
    Volunteer,
)
from sistercommittee.domain.enums import ExchangeDirection, HoursStatus, PartnershipStatus
from sistercommittee.messages import ISO, Day, Message, listing, msg
from sistercommittee.services import consent
from sistercommittee.services.agenda.items import AgendaItem, ItemAction, ItemKind, Window
from sistercommittee.services.anniversaries import ANNIVERSARY_NOTICE_DAYS, anniversaries_of
from sistercommittee.services.changes import Entity
from sistercommittee.services.volunteers import display_name

# HQ asks its members for the year's report in the first months of the next (Sister Cities
# International's annual membership survey); the agenda reminds from the start of the year.
REPORT_DUE = (3, 31)
REVIEW_DAYS = 7  # self-logged hours should be decided within a week of being logged


def _utc_day_start(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _local_time(moment: datetime, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%H:%M")


def _event_partnerships(session: Session, event_ids: list[str]) -> dict[str, tuple[str, ...]]:
    links: dict[str, list[str]] = defaultdict(list)
    for event_id, partnership_id in session.execute(
        select(EventPartnership.event_id, EventPartnership.partnership_id).where(
            EventPartnership.event_id.in_(event_ids), EventPartnership.deleted_at.is_(None)
        )
    ):
        links[event_id].append(partnership_id)
    return {event_id: tuple(sorted(ids)) for event_id, ids in links.items()}


def open_shifts(session: Session, window: Window) -> Iterator[AgendaItem]:
    """Shifts of coming events that nobody has taken yet, one item per event."""
    zone = _org_zone(session)
    start = _utc_day_start(window.today, zone)
    end = _utc_day_start(window.horizon + timedelta(days=1), zone)
    by_event: dict[str, tuple[Event, list[Shift]]] = {}
    for shift, event in session.execute(
        select(Shift, Event)
        .join(Event, Event.id == Shift.event_id)
        .where(
            Shift.deleted_at.is_(None),
            Event.deleted_at.is_(None),
            Shift.volunteer_id.is_(None),
            Shift.starts_at >= start,
            Shift.starts_at < end,
        )
        .order_by(Event.starts_at, Shift.starts_at, Shift.role)
    ):
        by_event.setdefault(event.id, (event, []))[1].append(shift)
    links = _event_partnerships(session, list(by_event))
    for event, shifts in by_event.values():
        count = len(shifts)
        slots = Counter(
            (_local_time(shift.starts_at, event.time_zone), shift.role) for shift in shifts
        )
        # The roles as the committee named them, with their times, listed the way the
        # reader's language lists ("Set-up 09:00 ×2, Cashier 18:30"; 「…、…」 in Japanese).
        roles = listing(
            msg("{role} {time} ×{count}", role=role, time=at, count=number)
            if number > 1
            else msg("{role} {time}", role=role, time=at)
            for (at, role), number in slots.items()
        )
        yield AgendaItem(
            ItemKind.SHIFTS,
            event.starts_at.astimezone(ZoneInfo(event.time_zone)).date(),
            msg("1 shift without a volunteer at {event}", event=event.title)
            if count == 1
            else msg(
                "{count} shifts without a volunteer at {event}", count=count, event=event.title
            ),
            roles,
            Entity.EVENTS,
            event.id,
            links.get(event.id, ()),
            search=event.title,
        )


def lapsing_consent(session: Session, window: Window) -> Iterator[AgendaItem]:
    """Consent to be contacted that lapses soon (ask for a renewal) or has lapsed lately."""
    # Lapsing from LAPSED_SHOWN_DAYS ago to the end of the window or of the notice, if later.
    valid = timedelta(days=consent.CONSENT_VALID_DAYS)
    lapse_from = window.today - timedelta(days=consent.LAPSED_SHOWN_DAYS)
    lapse_to = max(window.horizon, window.today + timedelta(days=consent.CONSENT_NOTICE_DAYS))
    first, last = lapse_from - valid, lapse_to - valid
    for volunteer in session.scalars(
        select(Volunteer)
        .where(
            Volunteer.deleted_at.is_(None),
            Volunteer.active.is_(True),
            Volunteer.contact_consent.is_(True),
            Volunteer.consent_date >= first,
            Volunteer.consent_date <= last,
        )
        .order_by(Volunteer.consent_date, Volunteer.sort_name)
    ):
        assert volunteer.consent_date is not None
        on = consent.lapses_on(volunteer.consent_date)
        name = display_name(volunteer.given_name, volunteer.family_name)
        given = Day(volunteer.consent_date, ISO)
        if on <= window.today:
            title = msg("Consent to be contacted lapsed: {name}", name=name)
            detail = msg(
                "Given on {day}; {name} is left out of mailing lists until it is renewed.",
                day=given,
                name=name,
            )
        else:
            title = msg("Consent to be contacted lapses: {name}", name=name)
            detail = msg("Given on {day}: ask {name} to renew it.", day=given, name=name)
        yield AgendaItem(
            ItemKind.CONSENT,
            on,
            title,
            detail,
            Entity.VOLUNTEERS,
            volunteer.id,
            notice_days=consent.CONSENT_NOTICE_DAYS,
            search=name,
        )


def anniversaries(session: Session, window: Window) -> Iterator[AgendaItem]:
    """Signing anniversaries a year ahead (with the renewal certificate where one exists), and
    the partner countries' national days in the window."""
    end = max(window.horizon, window.today + timedelta(days=ANNIVERSARY_NOTICE_DAYS))
    for partnership in session.scalars(
        select(Partnership)
        .where(
            Partnership.deleted_at.is_(None),
            Partnership.status.in_((PartnershipStatus.ACTIVE, PartnershipStatus.DORMANT)),
        )
        .order_by(Partnership.city_name)
    ):
        for found in anniversaries_of(session, partnership, window.today, end):
            if found.years is None and found.on > window.horizon:
                continue  # a national day shows in its window, not a year ahead
            yield AgendaItem(
                ItemKind.ANNIVERSARY,
                found.on,
                found.what,
                msg("The renewal certificate can be printed for it.") if found.renewal else "",
                Entity.PARTNERSHIPS,
                partnership.id,
                (partnership.id,),
                notice_days=ANNIVERSARY_NOTICE_DAYS if found.years is not None else 0,
                action=ItemAction.RENEWAL_CERTIFICATE if found.renewal else None,
                search=partnership.city_name,
            )


def travel_dates(session: Session, window: Window) -> Iterator[AgendaItem]:
    """When delegations leave and come back (outbound) or arrive and leave (inbound)."""
    for exchange, city in session.execute(
        select(Exchange, Partnership.city_name)
        .join(Partnership, Partnership.id == Exchange.partnership_id)
        .where(
            Exchange.deleted_at.is_(None),
            Exchange.ends_on >= window.today,
            Exchange.starts_on <= window.horizon,
        )
        .order_by(Exchange.starts_on)
    ):
        outbound = exchange.direction == ExchangeDirection.OUTBOUND
        what = exchange.title
        begin, finish = (
            (
                msg("Delegation leaves for {city}: {exchange}", city=city, exchange=what),
                msg("Delegation returns from {city}: {exchange}", city=city, exchange=what),
            )
            if outbound
            else (
                msg("Delegation from {city} arrives: {exchange}", city=city, exchange=what),
                msg("Delegation from {city} leaves: {exchange}", city=city, exchange=what),
            )
        )
        days = (exchange.ends_on - exchange.starts_on).days + 1
        first, last = Day(exchange.starts_on, ISO), Day(exchange.ends_on, ISO)
        detail = (
            msg("1 day, {first} to {last}", first=first, last=last)
            if days == 1
            else msg("{days} days, {first} to {last}", days=days, first=first, last=last)
        )
        for on, title in ((exchange.starts_on, begin), (exchange.ends_on, finish)):
            if window.today <= on <= window.horizon:
                yield AgendaItem(
                    ItemKind.TRAVEL,
                    on,
                    title,
                    detail,
                    Entity.EXCHANGES,
                    exchange.id,
                    (exchange.partnership_id,),
                    search=exchange.title,
                )


def reports_due(session: Session, window: Window) -> Iterator[AgendaItem]:
    """Last year's annual report for HQ, from January until it has been sent."""
    year = window.today.year - 1
    sent = session.scalar(
        select(ReportSent.id).where(
            ReportSent.deleted_at.is_(None),
            ReportSent.year == year,
            ReportSent.kind == "annual_report",
        )
    )
    if sent is not None or not _active_in(session, year):
        return
    due = date(window.today.year, *REPORT_DUE)
    yield AgendaItem(
        ItemKind.REPORT,
        due,
        msg("The annual report for {year} is due to HQ", year=year),
        msg(
            "Make it on the Documents page (or: sistercommittee export annual-report --year "
            "{year}) and send it with sistercommittee sync upload-report.",
            year=year,
        ),
        notice_days=(due - date(window.today.year, 1, 1)).days,
    )


def _active_in(session: Session, year: int) -> bool:
    """Whether the records hold anything of ``year`` to report (a committee that starts using the
    app this year owes no report of the last)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    zone = ZoneInfo(_org_zone(session))
    start = datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    for query in (
        select(Event.id).where(
            Event.deleted_at.is_(None), Event.starts_at >= start, Event.starts_at < end
        ),
        select(Exchange.id).where(
            Exchange.deleted_at.is_(None), Exchange.starts_on >= first, Exchange.starts_on <= last
        ),
        select(HoursEntry.id).where(
            HoursEntry.deleted_at.is_(None),
            HoursEntry.worked_on >= first,
            HoursEntry.worked_on <= last,
        ),
    ):
        if session.scalar(query.limit(1)) is not None:
            return True
    return False


def hours_to_approve(session: Session, window: Window) -> Iterator[AgendaItem]:
    """Self-logged hours waiting for a coordinator: due a week after they were logged."""
    zone = _org_zone(session)
    for entry, given, family, title in session.execute(
        select(HoursEntry, Volunteer.given_name, Volunteer.family_name, Event.title)
        .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
        .outerjoin(Event, Event.id == HoursEntry.event_id)
        .where(
            HoursEntry.deleted_at.is_(None),
            Volunteer.deleted_at.is_(None),
            HoursEntry.status == HoursStatus.PENDING,
        )
        .order_by(HoursEntry.created_at, HoursEntry.id)
    ):
        logged = entry.created_at.astimezone(ZoneInfo(zone)).date()
        hours = entry.minutes / 60
        name = display_name(given, family)
        what = title or entry.activity or _hours_kind(entry.kind.value)
        yield AgendaItem(
            ItemKind.HOURS,
            logged + timedelta(days=REVIEW_DAYS),
            msg("Approve {hours:g} hours logged by {name}", hours=hours, name=name),
            msg(
                "{what}, {day}; logged on {logged}",
                what=what,
                day=Day(entry.worked_on, ISO),
                logged=Day(logged, ISO),
            ),
            Entity.HOURS,
            entry.id,
            notice_days=REVIEW_DAYS + 3650,  # waiting from the day it was logged
            action=ItemAction.APPROVE_HOURS,
            search=name,
        )


# The kinds of hours (HoursKind) as a line of the agenda names them when the entry says no more.
_HOURS_KINDS: dict[str, Message] = {
    "event": msg("event"),
    "meeting": msg("meeting"),
    "translation": msg("translation"),
    "hosting": msg("hosting"),
    "administration": msg("administration"),
    "fundraising": msg("fundraising"),
    "travel": msg("travel"),
    "other": msg("other"),
}


def _hours_kind(value: str) -> str:
    return _HOURS_KINDS.get(value, value)


def _org_zone(session: Session) -> str:
    from sistercommittee.services import organizations

    return organizations.defaults(session).time_zone
