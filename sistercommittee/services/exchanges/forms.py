"""The declared fields of an exchange and of its participants, host families, itinerary items and
costs, with their parsers and cross-field checks."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from sistercommittee.domain import (
    Participant,
    Partnership,
    Volunteer,
)
from sistercommittee.domain.base import Synced
from sistercommittee.domain.enums import (
    BudgetCategory,
    CostBearer,
    ExchangeDirection,
    ExchangeProgram,
    ParticipantRole,
)
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services.exchanges.common import (
    MAX_DAYS,
    MAX_HOST_CAPACITY,
    _day,
    _ExchangeDefaults,
    _from_home,
)
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    Parser,
    long_text,
    major_amount,
    plain,
    short_text,
    wall_clock_of,
)
from sistercommittee.services.outcomes import OUTCOME_FIELDS
from sistercommittee.services.volunteers import display_name


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
                    msg(
                        "{label}: there is no {what} with id '{value}' (it may have been "
                        "deleted). Choose one from the list of {what}s.",
                        label=label, what=what, value=value,
                    )
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
        return {"ends_on": msg("The return date is before the departure date.")}
    if (ends_on - starts_on).days > MAX_DAYS:
        return {
            "ends_on": msg(
                "An exchange lasts at most a year: check the return date or record the visit "
                "as several exchanges.",
            )
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
        Field(
            "travel_paid_by",
            "Travel paid by",
            plain(f.choice(CostBearer)),
            help="who pays the journey: " + ", ".join(c.value for c in CostBearer),
        ),
        Field(
            "stay_paid_by",
            "Stay paid by",
            plain(f.choice(CostBearer)),
            help="who pays lodging and meals: " + ", ".join(c.value for c in CostBearer),
        ),
        *OUTCOME_FIELDS,
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
        return {msg(
            "name",
        ): msg(
            "Give the person's name, or choose one of our volunteers if they are one.",
        )}
    if volunteer_id and values.get("name"):
        return {
            "name": msg(
                "This person is one of our volunteers: leave the name empty, it comes from the "
                "volunteer's record.",
            )
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
            return {"volunteer_id": msg(
                "{name} is already taking part in this exchange.",
                name=name,
            )}
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
        raise f.FieldProblem(msg(
            "{label}: a host family takes in at least one guest.",
            label=label,
        ))
    return value


HOST_FAMILY_FORM = FormSpec(
    noun="host family",
    fields=(
        Field("family_name", "Family name", short_text(200), required=True),
        Field(
            "name_reading",
            "Name reading",
            short_text(200),
            help="how the name is read, in kana (furigana): the Japanese order sorts by it",
        ),
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
        problems["ends_at"] = msg("The end time is before the start time.")
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
                msg(
                    "{label} is on {day}, before the exchange begins "
                    "({starts_on}). Check the date and the time zone ({zone}).",
                    label=label,
                    day=_day(day),
                    starts_on=_day(org.starts_on),
                    zone=zone,
                )
            )
        elif day > org.ends_on:
            problems[name] = (
                msg(
                    "{label} is on {day}, after the exchange ends ({ends_on}). "
                    "Check the date and the time zone ({zone}).",
                    label=label, day=_day(day), ends_on=_day(org.ends_on), zone=zone,
                )
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
        Field(
            "starts_at",
            "Start time",
            _local_time,
            required=True,
            show=lambda session, item: wall_clock_of(item.starts_at, item.time_zone),
        ),
        Field(
            "ends_at",
            "End time",
            _local_time,
            show=lambda session, item: wall_clock_of(item.ends_at, item.time_zone),
        ),
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
        raise f.FieldProblem(msg("{label} must be more than zero.", label=label))
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
        Field(
            "amount",
            "Amount",
            _amount,
            required=True,
            help="in major units, such as 12.50",
            show=lambda session, cost: major_amount(cost.amount_minor, cost.currency),
        ),
        Field(
            "in_kind",
            "In kind",
            plain(f.boolean),
            default=lambda ctx: False,
            help="yes for goods or services given instead of money",
        ),
    ),
)
