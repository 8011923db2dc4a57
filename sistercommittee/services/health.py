"""How a partnership is doing, from its own records: when the cities last met, how many people
travelled each year, the hours given, what is open; flags that say why it may be slipping, and
suggestions drawn from its focus areas. Also its anniversaries, surfaced a year ahead.

Everything is computed from the records as they are (no stored score), so an edit shows at once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Event,
    EventPartnership,
    Exchange,
    HoursEntry,
    Mou,
    MouSignatory,
    Participant,
    PartnerContact,
    Partnership,
    StatusChange,
)
from sistercommittee.domain.enums import FocusArea, PartnershipStatus, SignatorySide
from sistercommittee.messages import ISO, Country, Day, Message, msg
from sistercommittee.services import rows
from sistercommittee.services.anniversaries import (
    ANNIVERSARY_NOTICE_DAYS,
    Anniversary,
    anniversaries_of,
    founding_date,
    org_today,
)
from sistercommittee.services.hours import COUNTED
from sistercommittee.storage.database import Database

# The anniversaries a committee marks, and those HQ's renewal certificate is printed for
# (documents.certificate.ANNIVERSARIES; a test keeps the two the same).
NO_EXCHANGE_YEARS = 3
NO_EVENT_YEARS = 2
UNANSWERED_DAYS = 30
YEARS_SHOWN = 5  # people exchanged per year, this many years back

_LIVE_STATUSES = (PartnershipStatus.ACTIVE, PartnershipStatus.DORMANT)

SUGGESTIONS: dict[FocusArea, Message] = {
    FocusArea.CULTURE: msg(
        "Invite the partner city to your next festival: a stall, a performance or a film night."
    ),
    FocusArea.EDUCATION_YOUTH: msg(
        "Pair a class from each city for a pen-pal or video exchange; it needs no travel budget."
    ),
    FocusArea.BUSINESS_TRADE: msg(
        "Hold a virtual trade roundtable with both chambers of commerce."
    ),
    FocusArea.MUNICIPAL_TECHNICAL: msg(
        "Set up a call between the two city halls on a shared municipal question (transport, "
        "water, waste)."
    ),
    FocusArea.HUMANITARIAN: msg("Agree on a joint fundraiser for a cause both cities support."),
    FocusArea.SPORTS: msg(
        "Organise a friendly match or a twin-city run on the same day in both cities."
    ),
    FocusArea.SUSTAINABILITY: msg(
        "Compare climate plans in a joint webinar; plant a friendship tree on both sides."
    ),
    FocusArea.HEALTH: msg(
        "Connect the two cities' hospitals or public-health offices for an exchange of practice."
    ),
    FocusArea.ARTS: msg("Exchange an exhibition of local artists, shown in both cities."),
    FocusArea.TOURISM: msg(
        "Swap tourism brochures and feature each other's city on the visitor websites."
    ),
}
_NO_FOCUS = msg(
    "Choose the partnership's focus areas (culture, education and youth, …) to get "
    "suggestions of what to do next."
)


@dataclass(frozen=True)
class Flag:
    code: str  # "no_exchange", "signatory_left", "unanswered", …: stable, for tests and icons
    reason: Message  # a sentence a volunteer understands


@dataclass(frozen=True)
class Dated:
    on: date
    title: str


@dataclass(frozen=True)
class YearCount:
    year: int
    people: int


@dataclass(frozen=True)
class PartnershipHealth:
    id: str
    city_name: str
    country: str
    status: PartnershipStatus
    signed_on: date | None
    last_event: Dated | None
    last_exchange: Dated | None
    next_exchange: Dated | None
    people_by_year: tuple[YearCount, ...]  # the last YEARS_SHOWN years, oldest first
    hours_minutes: int  # approved hours of the partnership's events
    open_tasks: tuple[str, ...]  # what the agenda holds for it, one line each
    flags: tuple[Flag, ...]
    suggestions: tuple[Message, ...]
    anniversaries: tuple[Anniversary, ...]  # within a year


@dataclass(frozen=True)
class HealthSummary:
    """One line of the list of partnerships beside the health view."""

    id: str
    city_name: str
    country: str
    status: PartnershipStatus
    flags: int


def _last_event(session: Session, partnership_id: str, today: date) -> Dated | None:
    row = session.execute(
        select(Event.starts_at, Event.title, Event.time_zone)
        .join(EventPartnership, EventPartnership.event_id == Event.id)
        .where(
            EventPartnership.partnership_id == partnership_id,
            EventPartnership.deleted_at.is_(None),
            Event.deleted_at.is_(None),
            Event.starts_at <= _end_of(today),
        )
        .order_by(Event.starts_at.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return Dated(row.starts_at.astimezone(ZoneInfo(row.time_zone)).date(), row.title)


def _end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC)


def _exchange(session: Session, partnership_id: str, today: date, *, past: bool) -> Dated | None:
    query = select(Exchange.starts_on, Exchange.title).where(
        Exchange.partnership_id == partnership_id, Exchange.deleted_at.is_(None)
    )
    query = (
        query.where(Exchange.starts_on <= today).order_by(Exchange.starts_on.desc())
        if past
        else query.where(Exchange.starts_on > today).order_by(Exchange.starts_on)
    )
    row = session.execute(query.limit(1)).first()
    return None if row is None else Dated(row.starts_on, row.title)


def _people_by_year(session: Session, partnership_id: str, today: date) -> tuple[YearCount, ...]:
    first = today.year - YEARS_SHOWN + 1
    counts: dict[int, int] = defaultdict(int)
    for starts_on, people in session.execute(
        select(Exchange.starts_on, func.count(Participant.id))
        .join(Participant, Participant.exchange_id == Exchange.id)
        .where(
            Exchange.partnership_id == partnership_id,
            Exchange.deleted_at.is_(None),
            Participant.deleted_at.is_(None),
            Exchange.starts_on >= date(first, 1, 1),
            Exchange.starts_on <= today,
        )
        .group_by(Exchange.id)
    ):
        counts[starts_on.year] += int(people)
    return tuple(YearCount(year, counts[year]) for year in range(first, today.year + 1))


def _hours(session: Session, partnership_id: str) -> int:
    minutes = session.scalar(
        select(func.coalesce(func.sum(HoursEntry.minutes), 0))
        .join(EventPartnership, EventPartnership.event_id == HoursEntry.event_id)
        .where(
            EventPartnership.partnership_id == partnership_id,
            EventPartnership.deleted_at.is_(None),
            HoursEntry.deleted_at.is_(None),
            COUNTED,
        )
    )
    return int(minutes or 0)


def _years_between(earlier: date, later: date) -> int:
    years = later.year - earlier.year
    return years - 1 if (later.month, later.day) < (earlier.month, earlier.day) else years


def _status_since(session: Session, partnership: Partnership) -> date | None:
    changed: date | None = session.scalar(
        select(func.max(StatusChange.changed_on)).where(
            StatusChange.partnership_id == partnership.id,
            StatusChange.deleted_at.is_(None),
            StatusChange.to_status == partnership.status,
        )
    )
    return changed


def _flags(
    session: Session,
    partnership: Partnership,
    today: date,
    last_event: Dated | None,
    last_exchange: Dated | None,
    next_exchange: Dated | None,
) -> list[Flag]:
    flags: list[Flag] = []
    name = partnership.city_name
    if partnership.status == PartnershipStatus.DORMANT:
        since = _status_since(session, partnership)
        flags.append(
            Flag(
                "dormant",
                msg(
                    "The partnership with {city} is marked dormant since {since}.",
                    city=name,
                    since=Day(since, ISO),
                )
                if since
                else msg("The partnership with {city} is marked dormant.", city=name),
            )
        )
    if partnership.status not in _LIVE_STATUSES:
        return flags
    signed = founding_date(session, partnership)
    if next_exchange is None:
        if last_exchange is not None:
            years = _years_between(last_exchange.on, today)
            if years >= NO_EXCHANGE_YEARS:
                flags.append(
                    Flag(
                        "no_exchange",
                        msg(
                            "No exchange in {years} years: the last was {title} ({day}).",
                            years=years,
                            title=last_exchange.title,
                            day=Day(last_exchange.on, ISO),
                        ),
                    )
                )
        elif signed is not None and _years_between(signed, today) >= NO_EXCHANGE_YEARS:
            flags.append(
                Flag(
                    "no_exchange",
                    msg("No exchange since the signing in {year}.", year=signed.year),
                )
            )
    if last_event is not None:
        years = _years_between(last_event.on, today)
        if years >= NO_EVENT_YEARS:
            flags.append(
                Flag(
                    "no_event",
                    msg(
                        "No event with {city} in {years} years: the last was {title} ({day}).",
                        city=name,
                        years=years,
                        title=last_event.title,
                        day=Day(last_event.on, ISO),
                    ),
                )
            )
    elif signed is not None and _years_between(signed, today) >= NO_EVENT_YEARS:
        flags.append(Flag("no_event", msg("No event with {city} is recorded.", city=name)))
    for signatory in session.scalars(
        select(MouSignatory)
        .join(Mou, Mou.id == MouSignatory.mou_id)
        .where(
            Mou.partnership_id == partnership.id,
            Mou.deleted_at.is_(None),
            MouSignatory.deleted_at.is_(None),
            MouSignatory.left_office_on.is_not(None),
            MouSignatory.left_office_on <= today,
        )
        .order_by(MouSignatory.left_office_on)
    ):
        who = " ".join(part for part in (signatory.title, signatory.name) if part)
        assert signatory.left_office_on is not None
        left_on = Day(signatory.left_office_on, ISO)
        flags.append(
            Flag(
                "signatory_left",
                msg(
                    "MOU signatory left office: {who} (our side) on {day}; meet the successor "
                    "and consider renewing the MOU.",
                    who=who,
                    day=left_on,
                )
                if signatory.side == SignatorySide.HOME
                else msg(
                    "MOU signatory left office: {who} ({city}'s side) on {day}; meet the "
                    "successor and consider renewing the MOU.",
                    who=who,
                    city=name,
                    day=left_on,
                ),
            )
        )
    contacts = list(
        session.scalars(
            select(PartnerContact)
            .where(
                PartnerContact.partnership_id == partnership.id,
                PartnerContact.deleted_at.is_(None),
            )
            .order_by(PartnerContact.awaiting_reply_since, PartnerContact.name)
        )
    )
    if not contacts:
        flags.append(
            Flag(
                "no_contact",
                msg("No contact on {city}'s side is recorded: add who you write to.", city=name),
            )
        )
    for contact in contacts:
        waiting = contact.awaiting_reply_since
        if waiting is not None and (today - waiting).days >= UNANSWERED_DAYS:
            flags.append(
                Flag(
                    "unanswered",
                    msg(
                        "Partner contact unanswered since {since}: {contact} ({organization}), "
                        "{days} days.",
                        since=Day(waiting, ISO),
                        contact=contact.name,
                        organization=contact.organization,
                        days=(today - waiting).days,
                    )
                    if contact.organization
                    else msg(
                        "Partner contact unanswered since {since}: {contact}, {days} days.",
                        since=Day(waiting, ISO),
                        contact=contact.name,
                        days=(today - waiting).days,
                    ),
                )
            )
    return flags


def _suggestions(partnership: Partnership) -> tuple[Message, ...]:
    known = {area.value for area in FocusArea}
    areas = [FocusArea(area) for area in partnership.focus_areas or () if area in known]
    if not areas:
        return (_NO_FOCUS,)
    return tuple(SUGGESTIONS[area] for area in areas)


def partnership_health(
    db: Database, partnership_id: str, *, today: date | None = None
) -> PartnershipHealth:
    """The health view of one partnership (NotFoundError when it does not exist), as of
    ``today`` (default: today where the organization is)."""
    from sistercommittee.services.agenda import agenda_for_partnership

    with db.read() as session:
        partnership = rows.live(session, Partnership, partnership_id, "partnership")
        today = today or org_today(session)
        last_event = _last_event(session, partnership.id, today)
        last_exchange = _exchange(session, partnership.id, today, past=True)
        next_exchange = _exchange(session, partnership.id, today, past=False)
        health = PartnershipHealth(
            id=partnership.id,
            city_name=partnership.city_name,
            country=partnership.country,
            status=partnership.status,
            signed_on=founding_date(session, partnership),
            last_event=last_event,
            last_exchange=last_exchange,
            next_exchange=next_exchange,
            people_by_year=_people_by_year(session, partnership.id, today),
            hours_minutes=_hours(session, partnership.id),
            open_tasks=(),
            flags=tuple(
                _flags(session, partnership, today, last_event, last_exchange, next_exchange)
            ),
            suggestions=_suggestions(partnership),
            anniversaries=tuple(
                anniversaries_of(
                    session, partnership, today, today + timedelta(days=ANNIVERSARY_NOTICE_DAYS)
                )
            ),
        )
    from sistercommittee.services.agenda import ItemKind

    tasks = [
        item
        for item in agenda_for_partnership(db, partnership_id, today=today)
        if item.kind is not ItemKind.ANNIVERSARY  # listed as anniversaries
    ]
    return PartnershipHealth(
        **{**health.__dict__, "open_tasks": tuple(item.line() for item in tasks)}
    )


def health_overview(db: Database, *, today: date | None = None) -> tuple[HealthSummary, ...]:
    """Every partnership with its number of flags, by city name."""
    with db.read() as session:
        today = today or org_today(session)
        result = []
        for partnership in session.scalars(
            select(Partnership)
            .where(Partnership.deleted_at.is_(None))
            .order_by(func.lower(Partnership.city_name), Partnership.id)
        ):
            last_event = _last_event(session, partnership.id, today)
            last_exchange = _exchange(session, partnership.id, today, past=True)
            next_exchange = _exchange(session, partnership.id, today, past=False)
            flags = _flags(session, partnership, today, last_event, last_exchange, next_exchange)
            result.append(
                HealthSummary(
                    partnership.id,
                    partnership.city_name,
                    Country(partnership.country),
                    partnership.status,
                    len(flags),
                )
            )
        return tuple(result)
