"""What the parts of an exchange share: the organization's defaults with the exchange's, finding
live rows, names for messages."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Exchange,
    Participant,
    Partnership,
    Stay,
    Volunteer,
)
from sistercommittee.domain.base import Synced
from sistercommittee.domain.enums import (
    ExchangeDirection,
    ParticipantRole,
)
from sistercommittee.messages import Day, msg
from sistercommittee.services import fields as f
from sistercommittee.services import organizations, rows
from sistercommittee.services.forms import (
    FormContext,
    FormSpec,
    OrgDefaults,
    validate,
)
from sistercommittee.services.volunteers import display_name

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
    """A day for a message: "14 May" in English, the day and month as the user's language
    writes them when shown (Babel, not strftime: Qt sets the process locale)."""
    return Day(day, "dMMMM")


def _nights(first: date, leave: date) -> Iterator[date]:
    """The nights of a stay from ``first`` up to the night before ``leave``."""
    night = first
    while night < leave:
        yield night
        night += timedelta(days=1)


def _people(count: int) -> str:
    return msg("1 person") if count == 1 else msg("{count} people", count=count)


# A host family's name may say family in its own language ("Famille Dubois", "高橋家"): then it
# is written as it is, never "la familia Familia García" nor "高橋家家".
_FAMILY_WORDS = (
    "family",
    "famille",
    "familie",
    "familia",
    "família",
    "famiglia",
    "rodzina",
    "οικογένεια",
    "семья",
    "сім'я",
    "родина",
    "عائلة",
    "משפחת",
    "家",
    "가족",
    "ครอบครัว",
    "gia đình",
    "ailesi",
    "परिवार",
)


def names_a_family(name: str) -> bool:
    """Whether ``name`` already says family ("Famille Dubois", "高橋家", "Miller family")."""
    folded = name.casefold()
    return any(word in folded for word in _FAMILY_WORDS)


def _the_family(family_name: str) -> str:
    """ "Tanaka" -> "the Tanaka family"; a name that already says family is kept."""
    if family_name.casefold().endswith("family"):
        return msg("the {name}", name=family_name)
    if names_a_family(family_name):
        return family_name
    return msg("the {name} family", name=family_name)


def _The_family(family_name: str) -> str:
    """ "Tanaka" -> "The Tanaka family", to begin a sentence."""
    if family_name.casefold().endswith("family"):
        return msg("The {name}", name=family_name)
    if names_a_family(family_name):
        return family_name[:1].upper() + family_name[1:]
    return msg("The {name} family", name=family_name)


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


# --- shared helpers -----------------------------------------------------------------------------


def _exchange(session: Session, exchange_id: str) -> Exchange:
    return rows.live(session, Exchange, exchange_id, "exchange")


def _child(session: Session, model: type[Row], row_id: str, what: str) -> tuple[Row, Exchange]:
    """A live record of a live exchange, with its exchange."""
    row = rows.live(session, model, row_id, what)
    exchange_id: str = row.exchange_id  # type: ignore[attr-defined]
    exchange = rows.live_parent(
        session, Exchange, exchange_id, what=what, row_id=row_id, parent_what="exchange"
    )
    return row, exchange


def _removed(session: Session, model: type[Row], row_id: str, what: str) -> tuple[Row, Exchange]:
    """A record to restore (removed or not) of a live exchange, with its exchange."""
    row = rows.stored(session, model, row_id, what)
    exchange_id: str = row.exchange_id  # type: ignore[attr-defined]
    exchange = rows.live_parent(
        session,
        Exchange,
        exchange_id,
        what=what,
        row_id=row_id,
        parent_what="exchange",
        restoring=True,
    )
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
        "volunteer_id": msg(
            "{name} was deleted from the volunteers since: restore the "
            "volunteer first.",
            name=name or msg("The volunteer"),
        )
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
    return msg("{names} and {last}", names=", ".join(names[:-1]), last=names[-1])
