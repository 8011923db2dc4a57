"""Host families and the stays of guests with them, counted in nights."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Exchange,
    HostFamily,
    Participant,
    Stay,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import bulk
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.exchanges.common import (
    _child,
    _day,
    _defaults,
    _exchange,
    _live_stays,
    _names_list,
    _nights,
    _participant_name,
    _people,
    _removed,
    _The_family,
    _the_family,
    _validate,
    _volunteer_gone,
)
from sistercommittee.services.exchanges.forms import HOST_FAMILY_FORM
from sistercommittee.services.forms import (
    apply,
    current_values,
    form_values,
)
from sistercommittee.storage.database import Database

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
                    msg(
                        "{the_family} already has {people} on {night}: a "
                        "capacity of {capacity} is too small. Move someone to another family "
                        "first.",
                        the_family=_The_family(name),
                        people=_people(most),
                        night=_day(night),
                        capacity=capacity,
                    ),
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
            if len(names) == 1:
                problem = msg(
                    "{names} stays with {the_family}. Move them to another family or remove "
                    "their stays first.",
                    names=names[0], the_family=_the_family(family.family_name),
                )
            else:
                problem = msg(
                    "{names} stay with {the_family}. Move them to another family or remove "
                    "their stays first.",
                    names=_names_list(names), the_family=_the_family(family.family_name),
                )
            raise ValidationError.single("host_family_id", problem)
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


def remove_host_families(db: Database, ids: Iterable[str]) -> Changes:
    """Remove several host families as one action: all of them, or none."""
    return bulk.each(db, remove_host_family, ids, "host family")


def restore_host_families(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several host families (the undo of remove_host_families): all of them, or none."""
    return bulk.each(db, restore_host_family, ids, "host family")


# --- stays --------------------------------------------------------------------------------------


def _stay_date_problems(exchange: Exchange, first: date, leave: date) -> dict[str, str]:
    """Whether a stay from ``first`` (the first night) to ``leave`` fits the exchange's dates."""
    problems: dict[str, str] = {}
    if leave <= first:
        problems["to_date"] = (
            msg(
                "The departure date must be after the arrival date: a stay lasts at least one "
                "night.",
            )
        )
    if first < exchange.starts_on:
        problems["from_date"] = (
            msg(
                "The stay starts on {first}, before the exchange begins "
                "({starts_on}).",
                first=_day(first), starts_on=_day(exchange.starts_on),
            )
        )
    if leave > exchange.ends_on:
        problems["to_date"] = (
            msg(
                "The stay ends on {leave}, after the exchange ends "
                "({ends_on}).",
                leave=_day(leave), ends_on=_day(exchange.ends_on),
            )
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
        where = (
            _the_family(other_family.family_name) if other_family else msg("another family")
        )
        problems["participant_id"] = (
            msg(
                "{name} already stays with {where} on {night}. A person can "
                "sleep in only one place each night.",
                name=name, where=where, night=_day(max(first, other.from_date)),
            )
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
                msg(
                    "{the_family} hosts {people} and already has "
                    "{count} on {night}.",
                    the_family=_The_family(family.family_name),
                    people=_people(family.capacity),
                    count=count,
                    night=_day(night),
                )
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
                msg(
                    "This person is not taking part in this exchange: choose one of its "
                    "participants.",
                )
            )
        family = session.get(HostFamily, host_family_id)
        if family is None or family.deleted_at is not None or family.exchange_id != exchange.id:
            problems["host_family_id"] = (
                msg(
                    "This family is not a host family of this exchange: choose one of its "
                    "families.",
                )
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
                msg(
                    "{name} is no longer taking part in this exchange: "
                    "bring them back first.",
                    name=_participant_name(session, participant),
                )
            )
        if family.deleted_at is not None:
            problems["host_family_id"] = (
                msg(
                    "{the_family} is no longer a host family of this exchange: "
                    "bring them back first.",
                    the_family=_The_family(family.family_name),
                )
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


def remove_stays(db: Database, ids: Iterable[str]) -> Changes:
    """Remove several stays as one action: all of them, or none."""
    return bulk.each(db, remove_stay, ids, "stay")


def restore_stays(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several stays (the undo of remove_stays): all of them, or none."""
    return bulk.each(db, restore_stay, ids, "stay")


def host_family_form_values(db: Database, host_family_id: str) -> dict[str, Any]:
    """The host family's values in the terms of HOST_FAMILY_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(
            HOST_FAMILY_FORM, session, _child(session, HostFamily, host_family_id, "host family")[0]
        )
