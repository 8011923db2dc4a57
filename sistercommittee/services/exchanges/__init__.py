"""Exchanges: delegations between the two cities, who goes, who hosts them, the programme and what
it costs.

An exchange owns its participants, host families, stays, itinerary and costs. Deleting an exchange
tombstones only the exchange row, so that restoring it brings everything back as it was; the rows
below it are reached only through a live exchange.

Each removal has its restore_<part>, the undo of the removal: it brings the same row back (same
id, so that older undo steps still find it) after checking again what may have changed meanwhile,
such as a host family's free beds for a restored stay.

Stays count nights: a stay from 12 May to 15 May covers the nights of 12, 13 and 14 May, and the
guest leaves on the 15th. An exchange from 10 to 17 May therefore has seven nights to place.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo

from babel import dates as babel_dates
from babel import numbers as babel_numbers
from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Exchange,
    ExchangeCost,
    HostFamily,
    ItineraryItem,
    Participant,
    Partnership,
    Stay,
    Volunteer,
)
from sistercommittee.domain.base import Synced, utcnow
from sistercommittee.domain.enums import (
    BudgetCategory,
    ExchangeDirection,
    ExchangeProgram,
    ParticipantRole,
)
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import fields as f
from sistercommittee.services import organizations
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    OrgDefaults,
    Parser,
    apply,
    current_values,
    long_text,
    plain,
    short_text,
    validate,
)
from sistercommittee.services.paging import Page, check_window, like_pattern
from sistercommittee.services.volunteers import display_name
from sistercommittee.storage.database import Database

# The longest exchange we accept: a school year abroad, with a day to spare for a leap year.
MAX_DAYS = 366
MAX_HOST_CAPACITY = 50

Row = TypeVar("Row", bound=Synced)
Choice = TypeVar("Choice", bound=StrEnum)


@dataclass(frozen=True)
class _ExchangeDefaults(OrgDefaults):
    """The organization's defaults, plus what the parsers of an exchange's records need to know:
    the open session (to check that chosen records exist) and the exchange itself (which country
    a phone number is from, which zone a time is in, which days the exchange covers)."""

    session: Session | None = None
    exchange_id: str | None = None
    direction: ExchangeDirection | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    partner_country: str | None = None
    partner_time_zone: str | None = None


def _day(day: date) -> str:
    """A day for a message: "14 May". Babel, not strftime: Qt sets the process locale, and the
    messages are in English."""
    return str(babel_dates.format_date(day, "d MMMM", locale="en"))


def _nights(first: date, leave: date) -> Iterator[date]:
    """The nights of a stay from ``first`` up to the night before ``leave``."""
    night = first
    while night < leave:
        yield night
        night += timedelta(days=1)


def _people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


def _the_family(family_name: str) -> str:
    """ "Tanaka" -> "the Tanaka family"; a name that already says family is kept."""
    if family_name.casefold().endswith("family"):
        return f"the {family_name}"
    return f"the {family_name} family"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _from_home(direction: ExchangeDirection, role: ParticipantRole | None, volunteer: bool) -> bool:
    """Whether a participant lives in our city: our volunteers do; hosts live where the visit
    takes place; everyone else travels, from here on an outbound exchange."""
    if volunteer:
        return True
    if role == ParticipantRole.HOST:
        return direction == ExchangeDirection.INBOUND
    return direction == ExchangeDirection.OUTBOUND


def _travels(direction: ExchangeDirection, role: ParticipantRole | None, volunteer: bool) -> bool:
    """Whether a participant is one of the people exchanged (not a host, not a local helper)."""
    if role == ParticipantRole.HOST:
        return False
    return _from_home(direction, role, volunteer) == (direction == ExchangeDirection.OUTBOUND)


def _region_of_hosts(ctx: FormContext) -> str:
    """Host families live where the visit takes place."""
    org = ctx.org
    if isinstance(org, _ExchangeDefaults) and org.direction == ExchangeDirection.OUTBOUND:
        return org.partner_country or org.country
    return org.country


def _reference(model: type[Synced], what: str) -> Parser:
    """An id of a live record; the record is looked up when the session is at hand."""

    def parse(raw: Any, label: str, ctx: FormContext) -> str:
        value = f.text(raw, label, max_length=36)
        session = ctx.org.session if isinstance(ctx.org, _ExchangeDefaults) else None
        if session is not None:
            row = session.get(model, value)
            if row is None or row.deleted_at is not None:
                raise f.FieldProblem(
                    f"{label}: there is no {what} with id '{value}' (it may have been deleted). "
                    f"Choose one from the list of {what}s."
                )
        return value

    return parse


# --- the exchange form --------------------------------------------------------------------------


def _check_exchange(ctx: FormContext) -> dict[str, str]:
    starts_on = ctx.values.get("starts_on")
    ends_on = ctx.values.get("ends_on")
    if starts_on is None or ends_on is None:
        return {}
    if ends_on < starts_on:
        return {"ends_on": "The return date is before the departure date."}
    if (ends_on - starts_on).days > MAX_DAYS:
        return {
            "ends_on": "An exchange lasts at most a year: check the return date "
            "or record the visit as several exchanges."
        }
    return {}


EXCHANGE_FORM = FormSpec(
    noun="exchange",
    fields=(
        Field("title", "Title", short_text(200), required=True),
        Field(
            "direction",
            "Direction",
            plain(f.choice(ExchangeDirection)),
            required=True,
            help="inbound: a delegation visits us; outbound: our delegation travels",
        ),
        Field("program", "Program", plain(f.choice(ExchangeProgram)), required=True),
        Field(
            "partnership_id",
            "Partnership",
            _reference(Partnership, "partnership"),
            required=True,
            help="the id of the partnership with the city visited or visiting",
        ),
        Field(
            "starts_on",
            "Departure date",
            plain(f.calendar_date),
            required=True,
            help="the first day of the exchange",
        ),
        Field(
            "ends_on",
            "Return date",
            plain(f.calendar_date),
            required=True,
            help="the last day of the exchange, when the delegation goes home",
        ),
        Field("description", "Description", long_text()),
        Field("notes", "Notes", long_text()),
    ),
    check=_check_exchange,
)


# --- the participant form -----------------------------------------------------------------------


def _participant_phone(raw: Any, label: str, ctx: FormContext) -> str:
    """A number without its country code is from where the person lives."""
    org = ctx.org
    region = org.country
    if isinstance(org, _ExchangeDefaults) and org.direction is not None:
        role = ctx.values.get("role")
        volunteer = bool(ctx.values.get("volunteer_id"))
        if not _from_home(org.direction, role, volunteer):
            region = org.partner_country or org.country
    return f.phone(raw, label, region=region)


def _check_participant(ctx: FormContext) -> dict[str, str]:
    values = ctx.values
    volunteer_id = values.get("volunteer_id")
    if not volunteer_id and not values.get("name"):
        return {"name": "Give the person's name, or choose one of our volunteers if they are one."}
    if volunteer_id and values.get("name"):
        return {
            "name": "This person is one of our volunteers: leave the name empty, "
            "it comes from the volunteer's record."
        }
    org = ctx.org
    if volunteer_id and isinstance(org, _ExchangeDefaults) and org.session is not None:
        clash = org.session.scalar(
            select(Participant.id).where(
                Participant.exchange_id == org.exchange_id,
                Participant.volunteer_id == volunteer_id,
                Participant.deleted_at.is_(None),
                Participant.id != (values.get("id") or ""),
            )
        )
        if clash is not None:
            volunteer = org.session.get(Volunteer, volunteer_id)
            name = display_name(volunteer.given_name, volunteer.family_name) if volunteer else ""
            return {"volunteer_id": f"{name} is already taking part in this exchange."}
    return {}


PARTICIPANT_FORM = FormSpec(
    noun="participant",
    fields=(
        Field(
            "volunteer_id",
            "Volunteer",
            _reference(Volunteer, "volunteer"),
            help="one of our volunteers; leave empty for someone from outside",
        ),
        Field("name", "Name", short_text(200), help="for someone who is not one of our volunteers"),
        Field("role", "Role", plain(f.choice(ParticipantRole)), required=True),
        Field(
            "is_youth",
            "Youth (under 18)",
            plain(f.boolean),
            default=lambda ctx: False,
        ),
        Field("email", "Email", plain(f.email)),
        Field("phone", "Phone", _participant_phone),
        Field("notes", "Notes", long_text()),
    ),
    check=_check_participant,
)


# --- the host family form -----------------------------------------------------------------------


def _host_phone(raw: Any, label: str, ctx: FormContext) -> str:
    return f.phone(raw, label, region=_region_of_hosts(ctx))


def _capacity(raw: Any, label: str) -> int:
    value = f.integer(raw, label, minimum=-(10**9), maximum=MAX_HOST_CAPACITY)
    if value < 1:
        raise f.FieldProblem(f"{label}: a host family takes in at least one guest.")
    return value


HOST_FAMILY_FORM = FormSpec(
    noun="host family",
    fields=(
        Field("family_name", "Family name", short_text(200), required=True),
        Field(
            "volunteer_id",
            "Volunteer",
            _reference(Volunteer, "volunteer"),
            help="when the family is one of our volunteers' households",
        ),
        Field("address", "Address", long_text(1000)),
        Field("phone", "Phone", _host_phone),
        Field("email", "Email", plain(f.email)),
        Field(
            "capacity",
            "Capacity",
            plain(_capacity),
            default=lambda ctx: 1,
            help="how many guests the family can take in at the same time",
        ),
        Field("notes", "Notes", long_text()),
    ),
)


# --- the itinerary form -------------------------------------------------------------------------


def _default_zone(ctx: FormContext) -> str:
    """Where the visit takes place: the partner city on an outbound exchange, home otherwise."""
    org = ctx.org
    if isinstance(org, _ExchangeDefaults) and org.direction == ExchangeDirection.OUTBOUND:
        if org.partner_time_zone:
            return org.partner_time_zone
        zones = f.country_zones(org.partner_country or "")
        if zones:
            return zones[0]
    return org.time_zone


def _local_time(raw: Any, label: str, ctx: FormContext) -> datetime:
    zone = ctx.values.get("time_zone") or _default_zone(ctx)
    return f.local_datetime(raw, label, zone)


def _local_date(moment: datetime, zone: str) -> date:
    return moment.astimezone(ZoneInfo(zone)).date()


def _check_itinerary(ctx: FormContext) -> dict[str, str]:
    values = ctx.values
    starts_at: datetime | None = values.get("starts_at")
    ends_at: datetime | None = values.get("ends_at")
    zone: str = values.get("time_zone") or _default_zone(ctx)
    problems: dict[str, str] = {}
    if starts_at is not None and ends_at is not None and ends_at <= starts_at:
        problems["ends_at"] = "The end time is before the start time."
    org = ctx.org
    if not isinstance(org, _ExchangeDefaults) or org.starts_on is None or org.ends_on is None:
        return problems
    for name, moment in (("starts_at", starts_at), ("ends_at", ends_at)):
        if moment is None or name in problems:
            continue
        day = _local_date(moment, zone)
        label = "Start time" if name == "starts_at" else "End time"
        if day < org.starts_on:
            problems[name] = (
                f"{label} is on {_day(day)}, before the exchange begins "
                f"({_day(org.starts_on)}). Check the date and the time zone ({zone})."
            )
        elif day > org.ends_on:
            problems[name] = (
                f"{label} is on {_day(day)}, after the exchange ends "
                f"({_day(org.ends_on)}). Check the date and the time zone ({zone})."
            )
    return problems


ITINERARY_FORM = FormSpec(
    noun="itinerary item",
    fields=(
        # First, so that the times below are read on this zone's clock.
        Field(
            "time_zone",
            "Time zone",
            plain(f.time_zone),
            default=_default_zone,
            help="where the item takes place; the partner city's zone on an outbound exchange",
        ),
        Field("title", "Title", short_text(200), required=True),
        Field("starts_at", "Start time", _local_time, required=True),
        Field("ends_at", "End time", _local_time),
        Field("place", "Place", short_text(200)),
        Field("notes", "Notes", long_text()),
    ),
    check=_check_itinerary,
)


# --- the cost form ------------------------------------------------------------------------------


def _amount(raw: Any, label: str, ctx: FormContext) -> int:
    currency = ctx.values.get("currency")
    if not currency:
        # The currency itself is wrong and is reported; only check that this is a number.
        f.decimal_amount(raw, label)
        return 0
    value = f.money_minor(raw, label, currency)
    if value == 0:
        raise f.FieldProblem(f"{label} must be more than zero.")
    return value


COST_FORM = FormSpec(
    noun="cost",
    fields=(
        Field("category", "Category", plain(f.choice(BudgetCategory)), required=True),
        Field("description", "Description", short_text(200)),
        # Before the amount, which is read in this currency.
        Field(
            "currency",
            "Currency",
            plain(f.currency),
            default=lambda ctx: ctx.org.currency,
        ),
        Field("amount", "Amount", _amount, required=True, help="in major units, such as 12.50"),
        Field(
            "in_kind",
            "In kind",
            plain(f.boolean),
            default=lambda ctx: False,
            help="yes for goods or services given instead of money",
        ),
    ),
)


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExchangeRow:
    id: str
    title: str
    direction: ExchangeDirection
    program: ExchangeProgram
    partnership_id: str
    city_name: str
    city_name_local: str | None
    starts_on: date
    ends_on: date
    participants: int
    youth: int
    host_families: int


@dataclass(frozen=True)
class ParticipantInfo:
    id: str
    name: str  # the volunteer's name as they write it, or the outside person's
    volunteer_id: str | None
    role: ParticipantRole
    is_youth: bool
    travels: bool  # one of the people exchanged, not a host or a local helper
    email: str | None
    phone: str | None
    notes: str | None


@dataclass(frozen=True)
class StayInfo:
    id: str
    participant_id: str
    participant_name: str
    host_family_id: str
    family_name: str
    from_date: date  # the first night
    to_date: date  # the day they leave
    nights: int


@dataclass(frozen=True)
class HostFamilyInfo:
    id: str
    family_name: str
    volunteer_id: str | None
    volunteer_name: str | None
    address: str | None
    phone: str | None
    email: str | None
    capacity: int
    notes: str | None
    stays: tuple[StayInfo, ...]  # in date order


@dataclass(frozen=True)
class ItineraryInfo:
    id: str
    title: str
    starts_at: datetime  # aware, on the clock of time_zone
    ends_at: datetime | None
    time_zone: str
    place: str | None
    notes: str | None


@dataclass(frozen=True)
class CostInfo:
    id: str
    category: BudgetCategory
    description: str | None
    currency: str
    amount_minor: int
    in_kind: bool


@dataclass(frozen=True)
class CostTotal:
    currency: str
    cash_minor: int
    in_kind_minor: int


@dataclass(frozen=True)
class Unplaced:
    """A visitor with no host for some nights of an inbound exchange."""

    participant_id: str
    name: str
    nights: tuple[date, ...]


@dataclass(frozen=True)
class ExchangeDetail:
    id: str
    title: str
    direction: ExchangeDirection
    program: ExchangeProgram
    partnership_id: str
    city_name: str
    city_name_local: str | None
    partner_country: str
    starts_on: date
    ends_on: date
    description: str | None
    notes: str | None
    participants: tuple[ParticipantInfo, ...]  # by name
    host_families: tuple[HostFamilyInfo, ...]  # by family name
    itinerary: tuple[ItineraryInfo, ...]  # by start time
    costs: tuple[CostInfo, ...]
    totals: tuple[CostTotal, ...]  # per currency, by currency code
    unplaced: tuple[Unplaced, ...]  # inbound only: visitors without a host for some night


@dataclass(frozen=True)
class SummaryLine:
    direction: ExchangeDirection
    program: ExchangeProgram
    exchanges: int
    people: int  # the people exchanged: hosts and local helpers are not counted
    youth: int  # of those, under 18


@dataclass(frozen=True)
class ExchangeSummary:
    year: int
    lines: tuple[SummaryLine, ...]  # by direction, then program
    exchanges: int
    people: int
    youth: int


SortKey = Literal["starts_on", "title", "program"]


@dataclass(frozen=True)
class ExchangeQuery:
    search: str = ""  # in the title
    direction: ExchangeDirection | None = None
    program: ExchangeProgram | None = None
    partnership_id: str | None = None
    year: int | None = None  # by the departure date
    date_from: date | None = None  # exchanges that are on at any time from this day...
    date_to: date | None = None  # ...up to this day
    sort: SortKey = "starts_on"
    descending: bool = False
    offset: int = 0
    limit: int = 100


# --- shared helpers -----------------------------------------------------------------------------


def _live(session: Session, model: type[Row], row_id: str, what: str) -> Row:
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"There is no {what} with id {row_id}.")
    return row


def _exchange(session: Session, exchange_id: str) -> Exchange:
    return _live(session, Exchange, exchange_id, "exchange")


def _child(session: Session, model: type[Row], row_id: str, what: str) -> tuple[Row, Exchange]:
    """A live record of a live exchange, with its exchange."""
    row = _live(session, model, row_id, what)
    exchange = session.get(Exchange, row.exchange_id)  # type: ignore[attr-defined]
    if exchange is None or exchange.deleted_at is not None:
        raise NotFoundError(f"There is no {what} with id {row_id}.")
    return row, exchange


def _removed(session: Session, model: type[Row], row_id: str, what: str) -> tuple[Row, Exchange]:
    """A record to restore (removed or not) of a live exchange, with its exchange."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"There is no {what} with id {row_id}.")
    exchange = session.get(Exchange, row.exchange_id)  # type: ignore[attr-defined]
    if exchange is None or exchange.deleted_at is not None:
        raise NotFoundError(f"The exchange of this {what} was deleted: restore the exchange first.")
    return row, exchange


def _volunteer_gone(session: Session, volunteer_id: str | None) -> dict[str, str]:
    """A restored record may not point at a volunteer deleted meanwhile (adding one may not)."""
    if not volunteer_id:
        return {}
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is not None and volunteer.deleted_at is None:
        return {}
    name = display_name(volunteer.given_name, volunteer.family_name) if volunteer else ""
    return {
        "volunteer_id": f"{name or 'The volunteer'} was deleted from the volunteers since: "
        "restore the volunteer first."
    }


def _defaults(session: Session, exchange: Exchange | None = None) -> _ExchangeDefaults:
    org = organizations.defaults(session)
    if exchange is None:
        return _ExchangeDefaults(
            org.country, org.currency, org.time_zone, org.language, session=session
        )
    partnership = session.get(Partnership, exchange.partnership_id)
    return _ExchangeDefaults(
        org.country,
        org.currency,
        org.time_zone,
        org.language,
        session=session,
        exchange_id=exchange.id,
        direction=exchange.direction,
        starts_on=exchange.starts_on,
        ends_on=exchange.ends_on,
        partner_country=partnership.country if partnership else None,
        partner_time_zone=partnership.time_zone if partnership else None,
    )


def _validate(
    spec: FormSpec,
    raw: Mapping[str, Any],
    org: _ExchangeDefaults,
    *,
    current: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """``forms.validate``, where a field with a default that is given blank takes its default: a
    cleared currency is the organization's again, a cleared capacity is one guest. (Left blank,
    these columns would be saved empty, which they may not be.)"""
    values = dict(raw)
    ctx = FormContext(org=org, values={})
    for spec_field in spec.fields:
        name = spec_field.name
        if spec_field.default is not None and name in values and f.is_blank(values[name]):
            values[name] = spec_field.default(ctx)
    return validate(spec, values, org, current=current)


def _participant_names(session: Session, participants: Sequence[Participant]) -> dict[str, str]:
    volunteer_ids = {p.volunteer_id for p in participants if p.volunteer_id}
    volunteers = _volunteer_names(session, volunteer_ids)
    return {
        p.id: volunteers.get(p.volunteer_id, "") if p.volunteer_id else (p.name or "")
        for p in participants
    }


def _volunteer_names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(Volunteer.id, Volunteer.given_name, Volunteer.family_name).where(
            Volunteer.id.in_(ids)
        )
    )
    return {row.id: display_name(row.given_name, row.family_name) for row in rows}


def _participant_name(session: Session, participant: Participant) -> str:
    return _participant_names(session, [participant])[participant.id]


def _live_stays(session: Session, *conditions: Any) -> list[Stay]:
    return list(
        session.scalars(
            select(Stay)
            .where(Stay.deleted_at.is_(None), *conditions)
            .order_by(Stay.from_date, Stay.id)
        )
    )


def _names_list(names: Sequence[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


# --- exchanges: writes --------------------------------------------------------------------------


def add_exchange(db: Database, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        parsed = validate(EXCHANGE_FORM, values, _defaults(session))
        exchange = Exchange()
        apply(exchange, parsed)
        session.add(exchange)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(exchange.id,))


def _outside_dates(
    session: Session, exchange: Exchange, starts_on: date, ends_on: date
) -> dict[str, str]:
    """What no longer fits when an exchange's dates shrink: stays and itinerary items."""
    problems: dict[str, str] = {}
    stays = _live_stays(
        session,
        Stay.exchange_id == exchange.id,
        (Stay.from_date < starts_on) | (Stay.to_date > ends_on),
    )
    for stay in stays:
        participant = session.get(Participant, stay.participant_id)
        family = session.get(HostFamily, stay.host_family_id)
        assert participant is not None and family is not None
        name = _participant_name(session, participant)
        field = "starts_on" if stay.from_date < starts_on else "ends_on"
        if field in problems:
            continue
        problems[field] = (
            f"{name} stays with {_the_family(family.family_name)} from {_day(stay.from_date)} to "
            f"{_day(stay.to_date)}, outside the new dates. Change that stay first."
        )
    items = session.scalars(
        select(ItineraryItem)
        .where(ItineraryItem.exchange_id == exchange.id, ItineraryItem.deleted_at.is_(None))
        .order_by(ItineraryItem.starts_at)
    )
    for item in items:
        first = _local_date(item.starts_at, item.time_zone)
        last = _local_date(item.ends_at or item.starts_at, item.time_zone)
        outside = "starts_on" if first < starts_on else "ends_on" if last > ends_on else None
        if outside is None or outside in problems:
            continue
        problems[outside] = (
            f"The itinerary has '{item.title}' on {_day(first)}, outside the new dates. "
            "Move or remove that item first."
        )
    return problems


def edit_exchange(db: Database, exchange_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        parsed = validate(
            EXCHANGE_FORM, values, _defaults(session), current=current_values(exchange)
        )
        starts_on = parsed.get("starts_on", exchange.starts_on)
        ends_on = parsed.get("ends_on", exchange.ends_on)
        if starts_on > exchange.starts_on or ends_on < exchange.ends_on:
            problems = _outside_dates(session, exchange, starts_on, ends_on)
            if problems:
                raise ValidationError(problems)
        apply(exchange, parsed)
        return Changes.of(Entity.EXCHANGES, ids=(exchange.id,))


def delete_exchange(db: Database, exchange_id: str) -> Changes:
    """Delete an exchange with everything recorded for it; restore_exchange brings it back."""
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        exchange.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(exchange.id,))


def restore_exchange(db: Database, exchange_id: str) -> Changes:
    """Bring back a deleted exchange (the undo of a delete), as it was when deleted."""
    with db.write() as session:
        exchange = session.get(Exchange, exchange_id)
        if exchange is None:
            raise NotFoundError(f"There is no exchange with id {exchange_id}.")
        partnership = session.get(Partnership, exchange.partnership_id)
        if partnership is None or partnership.deleted_at is not None:
            city = partnership.city_name if partnership else "its partner city"
            raise ValidationError.single(
                "partnership_id",
                f"The partnership with {city} was deleted: restore the partnership first.",
            )
        exchange.deleted_at = None
        return Changes.of(Entity.EXCHANGES, ids=(exchange.id,))


# --- participants -------------------------------------------------------------------------------


def _switch_person(raw: Mapping[str, Any]) -> dict[str, Any]:
    """On edit, choosing a volunteer clears the typed name and typing a name clears the volunteer,
    so that turning one into the other takes one field."""
    values = dict(raw)
    if not f.is_blank(values.get("volunteer_id")) and "name" not in values:
        values["name"] = None
    if not f.is_blank(values.get("name")) and "volunteer_id" not in values:
        values["volunteer_id"] = None
    return values


def add_participant(db: Database, exchange_id: str, values: Mapping[str, Any]) -> Changes:
    """Add someone to the delegation: one of our volunteers (volunteer_id) or someone from outside
    (name)."""
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        parsed = _validate(PARTICIPANT_FORM, values, _defaults(session, exchange))
        participant = Participant(exchange_id=exchange.id)
        apply(participant, parsed)
        session.add(participant)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(participant.id, exchange.id))


def edit_participant(db: Database, participant_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        participant, exchange = _child(session, Participant, participant_id, "participant")
        parsed = _validate(
            PARTICIPANT_FORM,
            _switch_person(values),
            _defaults(session, exchange),
            current=current_values(participant),
        )
        apply(participant, parsed)
        return Changes.of(Entity.EXCHANGES, ids=(participant.id, exchange.id))


def remove_participant(db: Database, participant_id: str) -> Changes:
    """Take someone off the delegation, with their stays."""
    with db.write() as session:
        participant, exchange = _child(session, Participant, participant_id, "participant")
        now = utcnow()
        participant.deleted_at = now
        stays = _live_stays(session, Stay.participant_id == participant.id)
        for stay in stays:
            stay.deleted_at = now
        return Changes.of(
            Entity.EXCHANGES, ids=(participant.id, exchange.id, *(s.id for s in stays))
        )


def restore_participant(db: Database, participant_id: str) -> Changes:
    """Bring back someone taken off the delegation (the undo of remove_participant), under the same
    id, with the stays that were removed with them.

    Refused, saying why, when the person cannot take part as they did: their volunteer record was
    deleted since, or the same volunteer was added to the exchange again meanwhile.

    Each stay removed with them (in the same action, not earlier on its own) comes back only if it
    still fits: its host family is still there and has room on each of its nights, the nights are
    within the exchange's dates, and the person sleeps nowhere else on them. A stay that no longer
    fits stays removed instead of refusing the whole restore: the person is back, shows among the
    visitors without a host for those nights, and can be placed again.
    """
    with db.write() as session:
        participant, exchange = _removed(session, Participant, participant_id, "participant")
        if participant.deleted_at is None:
            return Changes.of(Entity.EXCHANGES, ids=(participant.id, exchange.id))
        problems = _volunteer_gone(session, participant.volunteer_id)
        if not problems and participant.volunteer_id:
            clash = session.scalar(
                select(Participant.id).where(
                    Participant.exchange_id == exchange.id,
                    Participant.volunteer_id == participant.volunteer_id,
                    Participant.deleted_at.is_(None),
                )
            )
            if clash is not None:
                name = _participant_name(session, participant)
                problems["volunteer_id"] = f"{name} is already taking part in this exchange."
        if problems:
            raise ValidationError(problems)
        removed_at = participant.deleted_at
        participant.deleted_at = None
        removed_with = list(
            session.scalars(
                select(Stay)
                .where(Stay.participant_id == participant.id, Stay.deleted_at == removed_at)
                .order_by(Stay.from_date, Stay.id)
            )
        )
        session.flush()
        restored: list[str] = []
        for stay in removed_with:
            family = session.get(HostFamily, stay.host_family_id)
            if family is None or family.deleted_at is not None:
                continue
            if _stay_date_problems(exchange, stay.from_date, stay.to_date):
                continue
            if _stay_room_problems(session, participant, family, stay.from_date, stay.to_date):
                continue
            stay.deleted_at = None
            session.flush()  # the next stay is checked against this one
            restored.append(stay.id)
        return Changes.of(Entity.EXCHANGES, ids=(participant.id, exchange.id, *restored))


# --- host families ------------------------------------------------------------------------------


def _peak(stays: Sequence[Stay], nights: Sequence[date]) -> tuple[int, date | None]:
    """The most guests on any of ``nights``, and the first night with that many."""
    best, best_night = 0, None
    for night in nights:
        count = sum(1 for stay in stays if stay.from_date <= night < stay.to_date)
        if count > best:
            best, best_night = count, night
    return best, best_night


def add_host_family(db: Database, exchange_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        parsed = _validate(HOST_FAMILY_FORM, values, _defaults(session, exchange))
        family = HostFamily(exchange_id=exchange.id)
        apply(family, parsed)
        session.add(family)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(family.id, exchange.id))


def edit_host_family(db: Database, host_family_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        family, exchange = _child(session, HostFamily, host_family_id, "host family")
        parsed = _validate(
            HOST_FAMILY_FORM,
            values,
            _defaults(session, exchange),
            current=current_values(family),
        )
        capacity = parsed.get("capacity", family.capacity)
        if capacity < family.capacity:
            stays = _live_stays(session, Stay.host_family_id == family.id)
            nights = sorted({n for stay in stays for n in _nights(stay.from_date, stay.to_date)})
            most, night = _peak(stays, nights)
            if most > capacity and night is not None:
                name = parsed.get("family_name", family.family_name)
                raise ValidationError.single(
                    "capacity",
                    f"{_capitalised(_the_family(name))} already has {_people(most)} on "
                    f"{_day(night)}: a capacity of {capacity} is too small. "
                    "Move someone to another family first.",
                )
        apply(family, parsed)
        return Changes.of(Entity.EXCHANGES, ids=(family.id, exchange.id))


def remove_host_family(db: Database, host_family_id: str) -> Changes:
    """Remove a host family; refused while someone is placed with them."""
    with db.write() as session:
        family, exchange = _child(session, HostFamily, host_family_id, "host family")
        stays = _live_stays(session, Stay.host_family_id == family.id)
        if stays:
            participants = [session.get(Participant, stay.participant_id) for stay in stays]
            names = list(
                dict.fromkeys(_participant_name(session, p) for p in participants if p is not None)
            )
            verb = "stays" if len(names) == 1 else "stay"
            raise ValidationError.single(
                "host_family_id",
                f"{_names_list(names)} {verb} with {_the_family(family.family_name)}. "
                "Move them to another family or remove their stays first.",
            )
        family.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(family.id, exchange.id))


def restore_host_family(db: Database, host_family_id: str) -> Changes:
    """Bring back a removed host family (the undo of remove_host_family), under the same id.
    A family is removed only when nobody stays with them, so no stay comes back with it. Refused
    when the family's volunteer was deleted since."""
    with db.write() as session:
        family, exchange = _removed(session, HostFamily, host_family_id, "host family")
        if family.deleted_at is not None:
            problems = _volunteer_gone(session, family.volunteer_id)
            if problems:
                raise ValidationError(problems)
            family.deleted_at = None
        return Changes.of(Entity.EXCHANGES, ids=(family.id, exchange.id))


# --- stays --------------------------------------------------------------------------------------


def _stay_date_problems(exchange: Exchange, first: date, leave: date) -> dict[str, str]:
    """Whether a stay from ``first`` (the first night) to ``leave`` fits the exchange's dates."""
    problems: dict[str, str] = {}
    if leave <= first:
        problems["to_date"] = (
            "The departure date must be after the arrival date: a stay lasts at least one night."
        )
    if first < exchange.starts_on:
        problems["from_date"] = (
            f"The stay starts on {_day(first)}, before the exchange begins "
            f"({_day(exchange.starts_on)})."
        )
    if leave > exchange.ends_on:
        problems["to_date"] = (
            f"The stay ends on {_day(leave)}, after the exchange ends ({_day(exchange.ends_on)})."
        )
    return problems


def _stay_room_problems(
    session: Session, participant: Participant, family: HostFamily, first: date, leave: date
) -> dict[str, str]:
    """Whether the guest is free on those nights (one bed a night) and the family has room on
    each of them, next to the live stays (a stay being restored is not one of them yet)."""
    problems: dict[str, str] = {}
    name = _participant_name(session, participant)
    elsewhere = _live_stays(
        session,
        Stay.participant_id == participant.id,
        Stay.from_date < leave,
        Stay.to_date > first,
    )
    if elsewhere:
        other = elsewhere[0]
        other_family = session.get(HostFamily, other.host_family_id)
        where = _the_family(other_family.family_name) if other_family else "another family"
        problems["participant_id"] = (
            f"{name} already stays with {where} on {_day(max(first, other.from_date))}. "
            "A person can sleep in only one place each night."
        )
    guests = _live_stays(
        session,
        Stay.host_family_id == family.id,
        Stay.from_date < leave,
        Stay.to_date > first,
    )
    for night in _nights(first, leave):
        count = sum(1 for stay in guests if stay.from_date <= night < stay.to_date)
        if count >= family.capacity:
            problems["host_family_id"] = (
                f"{_capitalised(_the_family(family.family_name))} hosts "
                f"{_people(family.capacity)} and already has {count} on {_day(night)}."
            )
            break
    return problems


def assign_stay(
    db: Database,
    exchange_id: str,
    participant_id: str,
    host_family_id: str,
    from_date: date | str,
    to_date: date | str,
) -> Changes:
    """Place a participant with a host family from ``from_date`` (the first night) until
    ``to_date`` (the day they leave)."""
    problems = f.first_problem(
        (
            ("from_date", lambda: f.calendar_date(from_date, "Arrival date")),
            ("to_date", lambda: f.calendar_date(to_date, "Departure date")),
        )
    )
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        participant = session.get(Participant, participant_id)
        if (
            participant is None
            or participant.deleted_at is not None
            or participant.exchange_id != exchange.id
        ):
            problems["participant_id"] = (
                "This person is not taking part in this exchange: choose one of its participants."
            )
        family = session.get(HostFamily, host_family_id)
        if family is None or family.deleted_at is not None or family.exchange_id != exchange.id:
            problems["host_family_id"] = (
                "This family is not a host family of this exchange: choose one of its families."
            )
        first, leave = date.min, date.min
        if "from_date" not in problems and "to_date" not in problems:
            first = f.calendar_date(from_date, "Arrival date")
            leave = f.calendar_date(to_date, "Departure date")
            problems.update(_stay_date_problems(exchange, first, leave))
        if problems:
            raise ValidationError(problems)
        assert participant is not None and family is not None
        problems = _stay_room_problems(session, participant, family, first, leave)
        if problems:
            raise ValidationError(problems)
        stay = Stay(
            exchange_id=exchange.id,
            participant_id=participant.id,
            host_family_id=family.id,
            from_date=first,
            to_date=leave,
        )
        session.add(stay)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(stay.id, exchange.id))


def remove_stay(db: Database, stay_id: str) -> Changes:
    with db.write() as session:
        stay, exchange = _child(session, Stay, stay_id, "stay")
        stay.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(stay.id, exchange.id))


def restore_stay(db: Database, stay_id: str) -> Changes:
    """Bring back a removed stay (the undo of remove_stay, the redo of assign_stay), under the same
    id, if it still fits: the guest and the family are still in the exchange, the nights are
    within its dates, the guest sleeps nowhere else then and the family has room on each night.
    Refused otherwise, with the messages assign_stay gives."""
    with db.write() as session:
        stay, exchange = _removed(session, Stay, stay_id, "stay")
        if stay.deleted_at is None:
            return Changes.of(Entity.EXCHANGES, ids=(stay.id, exchange.id))
        participant = session.get(Participant, stay.participant_id)
        family = session.get(HostFamily, stay.host_family_id)
        assert participant is not None and family is not None  # foreign keys
        problems: dict[str, str] = {}
        if participant.deleted_at is not None:
            problems["participant_id"] = (
                f"{_participant_name(session, participant)} is no longer taking part in this "
                "exchange: bring them back first."
            )
        if family.deleted_at is not None:
            problems["host_family_id"] = (
                f"{_capitalised(_the_family(family.family_name))} is no longer a host family of "
                "this exchange: bring them back first."
            )
        problems.update(_stay_date_problems(exchange, stay.from_date, stay.to_date))
        if not problems:
            problems = _stay_room_problems(
                session, participant, family, stay.from_date, stay.to_date
            )
        if problems:
            raise ValidationError(problems)
        stay.deleted_at = None
        return Changes.of(Entity.EXCHANGES, ids=(stay.id, exchange.id))


# --- itinerary ----------------------------------------------------------------------------------


def add_itinerary_item(db: Database, exchange_id: str, values: Mapping[str, Any]) -> Changes:
    """Add a visit or meeting to the programme. Times are on the wall clock of ``time_zone``:
    by default the partner city's on an outbound exchange, ours on an inbound one."""
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        parsed = _validate(ITINERARY_FORM, values, _defaults(session, exchange))
        item = ItineraryItem(exchange_id=exchange.id)
        apply(item, parsed)
        session.add(item)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(item.id, exchange.id))


def edit_itinerary_item(db: Database, item_id: str, values: Mapping[str, Any]) -> Changes:
    """Change an itinerary item. A new time zone without new times keeps the times as they read
    on the clock: the zone was wrong, not the hour."""
    with db.write() as session:
        item, exchange = _child(session, ItineraryItem, item_id, "itinerary item")
        raw = dict(values)
        if "time_zone" in raw:
            old_zone = ZoneInfo(item.time_zone)
            if "starts_at" not in raw:
                raw["starts_at"] = item.starts_at.astimezone(old_zone).replace(tzinfo=None)
            if "ends_at" not in raw and item.ends_at is not None:
                raw["ends_at"] = item.ends_at.astimezone(old_zone).replace(tzinfo=None)
        parsed = _validate(
            ITINERARY_FORM, raw, _defaults(session, exchange), current=current_values(item)
        )
        apply(item, parsed)
        return Changes.of(Entity.EXCHANGES, ids=(item.id, exchange.id))


def remove_itinerary_item(db: Database, item_id: str) -> Changes:
    with db.write() as session:
        item, exchange = _child(session, ItineraryItem, item_id, "itinerary item")
        item.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(item.id, exchange.id))


def restore_itinerary_item(db: Database, item_id: str) -> Changes:
    """Bring back a removed itinerary item (the undo of remove_itinerary_item), under the same id;
    refused when the exchange's dates no longer cover it, as adding it would be."""
    with db.write() as session:
        item, exchange = _removed(session, ItineraryItem, item_id, "itinerary item")
        if item.deleted_at is not None:
            values = {"time_zone": item.time_zone, "starts_at": item.starts_at}
            if item.ends_at is not None:
                values["ends_at"] = item.ends_at
            problems = _check_itinerary(
                FormContext(org=_defaults(session, exchange), values=values)
            )
            if problems:
                raise ValidationError(problems)
            item.deleted_at = None
        return Changes.of(Entity.EXCHANGES, ids=(item.id, exchange.id))


# --- costs --------------------------------------------------------------------------------------


def _cost_values(parsed: dict[str, Any]) -> dict[str, Any]:
    if "amount" in parsed:
        parsed["amount_minor"] = parsed.pop("amount")
    return parsed


def add_cost(db: Database, exchange_id: str, values: Mapping[str, Any]) -> Changes:
    """Record a cost of the exchange: an amount in major units ("12.50") in the organization's
    currency unless another is given; in_kind for goods or services given instead of money."""
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        parsed = _validate(COST_FORM, values, _defaults(session, exchange))
        cost = ExchangeCost(exchange_id=exchange.id)
        apply(cost, _cost_values(parsed))
        session.add(cost)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(cost.id, exchange.id))


def edit_cost(db: Database, cost_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a cost. A new currency without a new amount keeps the amount as written (12.50 USD
    becomes 12.50 EUR)."""
    with db.write() as session:
        cost, exchange = _child(session, ExchangeCost, cost_id, "cost")
        raw = dict(values)
        if "currency" in raw and "amount" not in raw:
            digits = babel_numbers.get_currency_precision(cost.currency)
            raw["amount"] = Decimal(cost.amount_minor).scaleb(-digits)
        parsed = _validate(
            COST_FORM, raw, _defaults(session, exchange), current=current_values(cost)
        )
        apply(cost, _cost_values(parsed))
        return Changes.of(Entity.EXCHANGES, ids=(cost.id, exchange.id))


def remove_cost(db: Database, cost_id: str) -> Changes:
    with db.write() as session:
        cost, exchange = _child(session, ExchangeCost, cost_id, "cost")
        cost.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(cost.id, exchange.id))


def restore_cost(db: Database, cost_id: str) -> Changes:
    """Bring back a removed cost (the undo of remove_cost), under the same id."""
    with db.write() as session:
        cost, exchange = _removed(session, ExchangeCost, cost_id, "cost")
        cost.deleted_at = None
        return Changes.of(Entity.EXCHANGES, ids=(cost.id, exchange.id))


# --- reads --------------------------------------------------------------------------------------


def _check_year(year: int, field: str = "year") -> None:
    if not 1900 <= year <= 9998:
        raise ValidationError.single(field, f"The year {year} is not a year we keep records for.")


def _filter_choice(enum_class: type[Choice], raw: Any, field: str) -> Choice:
    try:
        return f.choice(enum_class)(raw, field.capitalize())
    except f.FieldProblem as problem:
        raise ValidationError.single(field, str(problem)) from None


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year + 1, 1, 1)


def _counts(session: Session, model: Any, ids: Sequence[str], *conditions: Any) -> dict[str, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(model.exchange_id, func.count())
        .where(model.exchange_id.in_(ids), model.deleted_at.is_(None), *conditions)
        .group_by(model.exchange_id)
    )
    return {exchange_id: int(count) for exchange_id, count in rows}


def list_exchanges(db: Database, query: ExchangeQuery = ExchangeQuery()) -> Page[ExchangeRow]:
    check_window(query.offset, query.limit)
    conditions: list[Any] = [Exchange.deleted_at.is_(None)]
    if query.search.strip():
        pattern = like_pattern(" ".join(query.search.split()))
        conditions.append(Exchange.title.like(pattern, escape="\\"))
    if query.direction is not None:
        conditions.append(
            Exchange.direction == _filter_choice(ExchangeDirection, query.direction, "direction")
        )
    if query.program is not None:
        conditions.append(
            Exchange.program == _filter_choice(ExchangeProgram, query.program, "program")
        )
    if query.partnership_id:
        conditions.append(Exchange.partnership_id == query.partnership_id)
    if query.year is not None:
        _check_year(query.year)
        first, after = _year_range(query.year)
        conditions += [Exchange.starts_on >= first, Exchange.starts_on < after]
    if (
        query.date_from is not None
        and query.date_to is not None
        and (query.date_to < query.date_from)
    ):
        raise ValidationError.single("date_to", "The end of the period is before its start.")
    if query.date_from is not None:
        conditions.append(Exchange.ends_on >= query.date_from)
    if query.date_to is not None:
        conditions.append(Exchange.starts_on <= query.date_to)
    order_column = {
        "starts_on": Exchange.starts_on,
        "title": func.lower(Exchange.title),
        "program": Exchange.program,
    }[query.sort]
    if query.descending:
        ordering = (order_column.desc(), Exchange.starts_on.desc(), Exchange.id.desc())
    else:
        ordering = (order_column.asc(), Exchange.starts_on.asc(), Exchange.id.asc())
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(Exchange).where(and_(*conditions)))
        rows = session.execute(
            select(Exchange, Partnership.city_name, Partnership.city_name_local)
            .join(Partnership, Partnership.id == Exchange.partnership_id)
            .where(and_(*conditions))
            .order_by(*ordering)
            .offset(query.offset)
            .limit(query.limit)
        ).all()
        ids = [row[0].id for row in rows]
        participants = _counts(session, Participant, ids)
        youth = _counts(session, Participant, ids, Participant.is_youth.is_(True))
        families = _counts(session, HostFamily, ids)
        items = tuple(
            ExchangeRow(
                id=exchange.id,
                title=exchange.title,
                direction=exchange.direction,
                program=exchange.program,
                partnership_id=exchange.partnership_id,
                city_name=city_name,
                city_name_local=city_name_local,
                starts_on=exchange.starts_on,
                ends_on=exchange.ends_on,
                participants=participants.get(exchange.id, 0),
                youth=youth.get(exchange.id, 0),
                host_families=families.get(exchange.id, 0),
            )
            for exchange, city_name, city_name_local in rows
        )
    return Page(items, int(total or 0), query.offset, query.limit)


def _live_children(session: Session, model: Any, exchange_id: str, *order: Any) -> list[Any]:
    return list(
        session.scalars(
            select(model)
            .where(model.exchange_id == exchange_id, model.deleted_at.is_(None))
            .order_by(*order, model.id)
        )
    )


def get_exchange(db: Database, exchange_id: str) -> ExchangeDetail:
    with db.read() as session:
        exchange = _exchange(session, exchange_id)
        partnership = session.get(Partnership, exchange.partnership_id)
        assert partnership is not None  # a foreign key
        participants: list[Participant] = _live_children(session, Participant, exchange.id)
        names = _participant_names(session, participants)
        families: list[HostFamily] = _live_children(
            session, HostFamily, exchange.id, func.lower(HostFamily.family_name)
        )
        family_names = {family.id: family.family_name for family in families}
        volunteers = _volunteer_names(
            session, {family.volunteer_id for family in families if family.volunteer_id}
        )
        stays = [
            stay
            for stay in _live_stays(session, Stay.exchange_id == exchange.id)
            if stay.participant_id in names and stay.host_family_id in family_names
        ]
        stay_infos = [
            StayInfo(
                id=stay.id,
                participant_id=stay.participant_id,
                participant_name=names[stay.participant_id],
                host_family_id=stay.host_family_id,
                family_name=family_names[stay.host_family_id],
                from_date=stay.from_date,
                to_date=stay.to_date,
                nights=(stay.to_date - stay.from_date).days,
            )
            for stay in stays
        ]
        items: list[ItineraryItem] = _live_children(
            session, ItineraryItem, exchange.id, ItineraryItem.starts_at
        )
        costs: list[ExchangeCost] = _live_children(
            session, ExchangeCost, exchange.id, ExchangeCost.created_at
        )
        totals: dict[str, list[int]] = {}
        for cost in costs:
            total = totals.setdefault(cost.currency, [0, 0])
            total[1 if cost.in_kind else 0] += cost.amount_minor
        unplaced: list[Unplaced] = []
        if exchange.direction == ExchangeDirection.INBOUND:
            all_nights = list(_nights(exchange.starts_on, exchange.ends_on))
            for participant in participants:
                if not _travels(
                    exchange.direction, participant.role, bool(participant.volunteer_id)
                ):
                    continue
                covered = {
                    night
                    for stay in stays
                    if stay.participant_id == participant.id
                    for night in _nights(stay.from_date, stay.to_date)
                }
                missing = tuple(night for night in all_nights if night not in covered)
                if missing:
                    unplaced.append(Unplaced(participant.id, names[participant.id], missing))
        participant_infos = sorted(
            (
                ParticipantInfo(
                    id=p.id,
                    name=names[p.id],
                    volunteer_id=p.volunteer_id,
                    role=p.role,
                    is_youth=p.is_youth,
                    travels=_travels(exchange.direction, p.role, bool(p.volunteer_id)),
                    email=p.email,
                    phone=p.phone,
                    notes=p.notes,
                )
                for p in participants
            ),
            key=lambda info: (info.name.casefold(), info.id),
        )
        return ExchangeDetail(
            id=exchange.id,
            title=exchange.title,
            direction=exchange.direction,
            program=exchange.program,
            partnership_id=exchange.partnership_id,
            city_name=partnership.city_name,
            city_name_local=partnership.city_name_local,
            partner_country=partnership.country,
            starts_on=exchange.starts_on,
            ends_on=exchange.ends_on,
            description=exchange.description,
            notes=exchange.notes,
            participants=tuple(participant_infos),
            host_families=tuple(
                HostFamilyInfo(
                    id=family.id,
                    family_name=family.family_name,
                    volunteer_id=family.volunteer_id,
                    volunteer_name=volunteers.get(family.volunteer_id)
                    if family.volunteer_id
                    else None,
                    address=family.address,
                    phone=family.phone,
                    email=family.email,
                    capacity=family.capacity,
                    notes=family.notes,
                    stays=tuple(s for s in stay_infos if s.host_family_id == family.id),
                )
                for family in families
            ),
            itinerary=tuple(
                ItineraryInfo(
                    id=item.id,
                    title=item.title,
                    starts_at=item.starts_at.astimezone(ZoneInfo(item.time_zone)),
                    ends_at=item.ends_at.astimezone(ZoneInfo(item.time_zone))
                    if item.ends_at
                    else None,
                    time_zone=item.time_zone,
                    place=item.place,
                    notes=item.notes,
                )
                for item in items
            ),
            costs=tuple(
                CostInfo(
                    id=cost.id,
                    category=cost.category,
                    description=cost.description,
                    currency=cost.currency,
                    amount_minor=cost.amount_minor,
                    in_kind=cost.in_kind,
                )
                for cost in costs
            ),
            totals=tuple(
                CostTotal(currency, cash, in_kind)
                for currency, (cash, in_kind) in sorted(totals.items())
            ),
            unplaced=tuple(unplaced),
        )


def exchange_summary(db: Database, year: int) -> ExchangeSummary:
    """People exchanged in ``year`` (by departure date) per direction and program, youth apart.

    The people exchanged are those who travel: on an outbound exchange everyone but the hosts; on
    an inbound one the visitors, not our volunteers who help or the hosts.
    """
    _check_year(year)
    first, after = _year_range(year)
    travels = and_(
        Participant.role != ParticipantRole.HOST,
        (Exchange.direction == ExchangeDirection.OUTBOUND) | Participant.volunteer_id.is_(None),
    )
    with db.read() as session:
        rows = session.execute(
            select(
                Exchange.direction,
                Exchange.program,
                func.count(func.distinct(Exchange.id)),
                func.coalesce(func.sum(case((travels, 1), else_=0)), 0),
                func.coalesce(
                    func.sum(case((and_(travels, Participant.is_youth.is_(True)), 1), else_=0)),
                    0,
                ),
            )
            .select_from(Exchange)
            .outerjoin(
                Participant,
                and_(Participant.exchange_id == Exchange.id, Participant.deleted_at.is_(None)),
            )
            .where(
                Exchange.deleted_at.is_(None),
                Exchange.starts_on >= first,
                Exchange.starts_on < after,
            )
            .group_by(Exchange.direction, Exchange.program)
            .order_by(Exchange.direction, Exchange.program)
        ).all()
    lines = tuple(
        SummaryLine(direction, program, int(count), int(people), int(youth))
        for direction, program, count, people, youth in rows
    )
    return ExchangeSummary(
        year=year,
        lines=lines,
        exchanges=sum(line.exchanges for line in lines),
        people=sum(line.people for line in lines),
        youth=sum(line.youth for line in lines),
    )
