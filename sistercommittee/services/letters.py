"""What the letters for delegations print, gathered from the exchange's records.

Three letters, each with its own gatherer that checks the letter fits the person:

- ``invitation_data``: the invitation a visitor of an inbound exchange shows with a visa
  application: the committee as host, the visitor, the dates, the programme, the costs the
  committee records for the exchange, and the host families the visitor stays with.
- ``support_data``: the letter of support for one of ours travelling on an outbound exchange.
- ``volunteer_hours_data``: a volunteer's hours by calendar year, counted as the hours service
  counts them (the entries not deleted of a volunteer not deleted).

The exchange records a participant's name, role and whether they are under 18, and who pays the
travel and the stay; the passport number, when given, is among the participant's planning
details (services/planner/details.py). The letters print only what is recorded.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Exchange,
    ExchangeCost,
    HostFamily,
    HoursEntry,
    ItineraryItem,
    Participant,
    ParticipantDetails,
    Partnership,
    Stay,
    Volunteer,
)
from sistercommittee.domain.enums import CostBearer, ExchangeDirection, ParticipantRole
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import organizations, rows
from sistercommittee.services.exchanges.common import (
    _child,
    _participant_name,
    _participant_names,
    _travels,
)
from sistercommittee.services.hours import COUNTED as COUNTED_HOURS
from sistercommittee.services.volunteers import display_name
from sistercommittee.storage.database import Database


@dataclass(frozen=True)
class LetterOrganization:
    """The committee that writes the letter."""

    name: str
    city: str
    region: str | None
    country: str  # ISO 3166-1 alpha-2
    language: str
    time_zone: str


@dataclass(frozen=True)
class LetterPartner:
    """The partner city of the exchange."""

    city: str
    city_local: str | None
    region: str | None
    country: str
    language: str | None


@dataclass(frozen=True)
class LetterExchange:
    id: str
    title: str
    direction: ExchangeDirection
    program: str
    starts_on: date
    ends_on: date
    description: str | None


@dataclass(frozen=True)
class ItineraryLine:
    starts_at: datetime  # aware, on the wall clock of its time zone
    ends_at: datetime | None
    title: str
    place: str | None


@dataclass(frozen=True)
class CostLine:
    category: str
    description: str | None
    currency: str
    amount_minor: int
    in_kind: bool


@dataclass(frozen=True)
class HostStay:
    family_name: str
    address: str | None
    from_date: date
    to_date: date  # the day the guest leaves


@dataclass(frozen=True)
class InvitationData:
    organization: LetterOrganization
    partner: LetterPartner
    exchange: LetterExchange
    participant_id: str
    name: str
    role: ParticipantRole
    is_youth: bool
    passport_number: str | None
    chaperones: tuple[str, ...]  # the exchange's chaperones, named on a minor's letter
    itinerary: tuple[ItineraryLine, ...]
    travel_paid_by: CostBearer | None
    stay_paid_by: CostBearer | None
    costs: tuple[CostLine, ...]
    stays: tuple[HostStay, ...]
    today: date


@dataclass(frozen=True)
class SupportData:
    organization: LetterOrganization
    partner: LetterPartner
    exchange: LetterExchange
    participant_id: str
    name: str
    role: ParticipantRole
    is_youth: bool
    passport_number: str | None
    chaperones: tuple[str, ...]
    itinerary: tuple[ItineraryLine, ...]
    travel_paid_by: CostBearer | None
    stay_paid_by: CostBearer | None
    today: date


@dataclass(frozen=True)
class YearHours:
    year: int
    minutes: int
    entries: int


@dataclass(frozen=True)
class HoursLetterData:
    organization: LetterOrganization
    volunteer_id: str
    name: str
    years: tuple[YearHours, ...]  # oldest first
    first_day: date
    last_day: date
    today: date

    @property
    def total_minutes(self) -> int:
        return sum(year.minutes for year in self.years)


def _organization(session: Session) -> LetterOrganization:
    org = organizations.current(session)
    return LetterOrganization(
        org.name, org.city, org.region, org.country, org.language or "en", org.time_zone
    )


def _today(org: LetterOrganization) -> date:
    return datetime.now(ZoneInfo(org.time_zone)).date()


def _partner(session: Session, exchange: Exchange) -> LetterPartner:
    partnership = rows.live_parent(
        session,
        Partnership,
        exchange.partnership_id,
        what="exchange",
        row_id=exchange.id,
        parent_what="partnership",
    )
    return LetterPartner(
        partnership.city_name,
        partnership.city_name_local,
        partnership.region,
        partnership.country,
        partnership.language,
    )


def _exchange_info(exchange: Exchange) -> LetterExchange:
    return LetterExchange(
        exchange.id,
        exchange.title,
        exchange.direction,
        exchange.program.value,
        exchange.starts_on,
        exchange.ends_on,
        exchange.description,
    )


def _itinerary(session: Session, exchange: Exchange) -> tuple[ItineraryLine, ...]:
    items = session.scalars(
        select(ItineraryItem)
        .where(ItineraryItem.exchange_id == exchange.id, ItineraryItem.deleted_at.is_(None))
        .order_by(ItineraryItem.starts_at, ItineraryItem.id)
    )
    lines = []
    for item in items:
        zone = ZoneInfo(item.time_zone)
        lines.append(
            ItineraryLine(
                item.starts_at.astimezone(zone),
                item.ends_at.astimezone(zone) if item.ends_at else None,
                item.title,
                item.place,
            )
        )
    return tuple(lines)


def _costs(session: Session, exchange: Exchange) -> tuple[CostLine, ...]:
    costs = session.scalars(
        select(ExchangeCost)
        .where(ExchangeCost.exchange_id == exchange.id, ExchangeCost.deleted_at.is_(None))
        .order_by(ExchangeCost.in_kind, ExchangeCost.category, ExchangeCost.id)
    )
    return tuple(
        CostLine(c.category.value, c.description, c.currency, c.amount_minor, c.in_kind)
        for c in costs
    )


def _stays(session: Session, participant: Participant) -> tuple[HostStay, ...]:
    found = session.execute(
        select(Stay, HostFamily)
        .join(HostFamily, HostFamily.id == Stay.host_family_id)
        .where(
            Stay.participant_id == participant.id,
            Stay.deleted_at.is_(None),
            HostFamily.deleted_at.is_(None),
        )
        .order_by(Stay.from_date, Stay.id)
    )
    return tuple(
        HostStay(family.family_name, family.address, stay.from_date, stay.to_date)
        for stay, family in found
    )


def _chaperones(session: Session, exchange: Exchange, participant: Participant) -> tuple[str, ...]:
    """The names of the exchange's chaperones (not the participant), for a minor's letter."""
    if not participant.is_youth:
        return ()
    found = list(
        session.scalars(
            select(Participant)
            .where(
                Participant.exchange_id == exchange.id,
                Participant.deleted_at.is_(None),
                Participant.role == ParticipantRole.CHAPERONE,
                Participant.id != participant.id,
            )
            .order_by(Participant.created_at, Participant.id)
        )
    )
    names = _participant_names(session, found)
    return tuple(names[p.id] for p in found if names[p.id])


def _passport_number(session: Session, participant: Participant) -> str | None:
    """The passport number among the participant's planning details, when recorded (and not
    purged: a minor's are cleared after the trip)."""
    from sistercommittee.services.planner.common import participant_details_id

    details = session.get(ParticipantDetails, participant_details_id(participant.id))
    if details is None or details.deleted_at is not None:
        return None
    return details.passport_number or None


def _participant(session: Session, participant_id: str) -> tuple[Participant, Exchange, str]:
    participant, exchange = _child(session, Participant, participant_id, "participant")
    name = _participant_name(session, participant).strip()
    if not name:
        raise ValidationError.single(
            "name", msg(
                "The participant has no name recorded: enter their name as in the passport.",
            )
        )
    return participant, exchange, name


def invitation_data(db: Database, participant_id: str) -> InvitationData:
    """What the invitation letter of a visitor on an inbound exchange prints.

    Raises NotFoundError for an unknown or deleted participant (or exchange), ValidationError
    when the person is not a visitor coming to us.
    """
    with db.read() as session:
        org = _organization(session)
        participant, exchange, name = _participant(session, participant_id)
        if exchange.direction == ExchangeDirection.OUTBOUND:
            raise ValidationError.single(
                "participant_id",
                msg(
                    "{name} travels on the outbound exchange “{title}”: an invitation letter "
                    "is for visitors of an inbound exchange; make a letter of support instead.",
                    name=name, title=exchange.title,
                ),
            )
        if not _travels(exchange.direction, participant.role, participant.volunteer_id is not None):
            raise ValidationError.single(
                "participant_id",
                msg(
                    "{name} is a host or local helper of “{title}”, not a visitor: an "
                    "invitation letter is for the visitors who apply for a visa.",
                    name=name, title=exchange.title,
                ),
            )
        return InvitationData(
            organization=org,
            partner=_partner(session, exchange),
            exchange=_exchange_info(exchange),
            participant_id=participant.id,
            name=name,
            role=participant.role,
            is_youth=participant.is_youth,
            passport_number=_passport_number(session, participant),
            chaperones=_chaperones(session, exchange, participant),
            itinerary=_itinerary(session, exchange),
            travel_paid_by=exchange.travel_paid_by,
            stay_paid_by=exchange.stay_paid_by,
            costs=_costs(session, exchange),
            stays=_stays(session, participant),
            today=_today(org),
        )


def support_data(db: Database, participant_id: str) -> SupportData:
    """What the letter of support of one of ours travelling on an outbound exchange prints.

    Raises NotFoundError for an unknown or deleted participant (or exchange), ValidationError
    when the person does not travel from here.
    """
    with db.read() as session:
        org = _organization(session)
        participant, exchange, name = _participant(session, participant_id)
        if exchange.direction == ExchangeDirection.INBOUND:
            raise ValidationError.single(
                "participant_id",
                msg(
                    "“{title}” is an inbound exchange: {name} does not travel from here. A "
                    "letter of support is for participants of an outbound exchange; make an "
                    "invitation letter for a visitor instead.",
                    title=exchange.title, name=name,
                ),
            )
        if not _travels(exchange.direction, participant.role, participant.volunteer_id is not None):
            raise ValidationError.single(
                "participant_id",
                msg(
                    "{name} is a host in the partner city for “{title}”, not one of the "
                    "travellers: a letter of support is for those who travel from here.",
                    name=name, title=exchange.title,
                ),
            )
        return SupportData(
            organization=org,
            partner=_partner(session, exchange),
            exchange=_exchange_info(exchange),
            participant_id=participant.id,
            name=name,
            role=participant.role,
            is_youth=participant.is_youth,
            passport_number=_passport_number(session, participant),
            chaperones=_chaperones(session, exchange, participant),
            itinerary=_itinerary(session, exchange),
            travel_paid_by=exchange.travel_paid_by,
            stay_paid_by=exchange.stay_paid_by,
            today=_today(org),
        )


def volunteer_hours_data(db: Database, volunteer_id: str) -> HoursLetterData:
    """A volunteer's hours by calendar year, as the hours service counts them.

    Raises NotFoundError for an unknown or deleted volunteer, ValidationError when no hours are
    recorded for them.
    """
    with db.read() as session:
        org = _organization(session)
        volunteer = rows.live(session, Volunteer, volunteer_id, "volunteer")
        name = display_name(volunteer.given_name, volunteer.family_name)
        found = session.execute(
            select(HoursEntry.worked_on, HoursEntry.minutes).where(
                HoursEntry.volunteer_id == volunteer.id,
                HoursEntry.deleted_at.is_(None),
                COUNTED_HOURS,
            )
        ).all()
        if not found:
            raise ValidationError.single(
                "volunteer_id",
                msg(
                    "{name} has no volunteer hours recorded: log their hours first, then make "
                    "the letter.",
                    name=name,
                ),
            )
        minutes: dict[int, int] = defaultdict(int)
        entries: dict[int, int] = defaultdict(int)
        for worked_on, spent in found:
            minutes[worked_on.year] += spent
            entries[worked_on.year] += 1
        days = [worked_on for worked_on, _ in found]
        return HoursLetterData(
            organization=org,
            volunteer_id=volunteer.id,
            name=name,
            years=tuple(YearHours(y, minutes[y], entries[y]) for y in sorted(minutes)),
            first_day=min(days),
            last_day=max(days),
            today=_today(org),
        )


# --- who can have which letter (for the Documents page) ------------------------------------------


@dataclass(frozen=True)
class LetterChoice:
    id: str  # the participant's id (invitation, support) or the volunteer's (hours)
    label: str  # "Hanako Yamada · Takayama students 2026 (2026-07-10)"


LETTER_KINDS = ("invitation", "support", "hours")


def letter_choices(db: Database, kind: str) -> tuple[LetterChoice, ...]:
    """The people a letter of ``kind`` can be made for, latest exchange first: visitors of
    inbound exchanges (invitation), our travellers on outbound ones (support), volunteers with
    hours recorded (hours)."""
    if kind not in LETTER_KINDS:
        raise ValidationError.single("kind", msg(
            "The letter must be invitation, support or hours.",
        ))
    with db.read() as session:
        if kind == "hours":
            found = session.execute(
                select(Volunteer.id, Volunteer.given_name, Volunteer.family_name)
                .join(HoursEntry, HoursEntry.volunteer_id == Volunteer.id)
                .where(Volunteer.deleted_at.is_(None), HoursEntry.deleted_at.is_(None))
                .group_by(Volunteer.id, Volunteer.given_name, Volunteer.family_name)
                .order_by(Volunteer.family_name, Volunteer.given_name, Volunteer.id)
            )
            return tuple(
                LetterChoice(vid, display_name(given, family)) for vid, given, family in found
            )
        direction = (
            ExchangeDirection.INBOUND if kind == "invitation" else ExchangeDirection.OUTBOUND
        )
        pairs = session.execute(
            select(Participant, Exchange)
            .join(Exchange, Exchange.id == Participant.exchange_id)
            .where(
                Participant.deleted_at.is_(None),
                Exchange.deleted_at.is_(None),
                Exchange.direction == direction,
            )
            .order_by(Exchange.starts_on.desc(), Exchange.id, Participant.created_at)
        ).all()
        travellers = [
            (participant, exchange)
            for participant, exchange in pairs
            if _travels(direction, participant.role, participant.volunteer_id is not None)
        ]
        names = _participant_names(session, [participant for participant, _ in travellers])
        return tuple(
            LetterChoice(
                participant.id,
                f"{names[participant.id]} · {exchange.title} ({exchange.starts_on.isoformat()})",
            )
            for participant, exchange in travellers
            if names[participant.id].strip()
        )
