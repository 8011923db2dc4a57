"""Who goes: adding, editing, removing and restoring the delegation's participants."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from sistercommittee.domain import (
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
    _defaults,
    _exchange,
    _live_stays,
    _participant_name,
    _removed,
    _validate,
    _volunteer_gone,
)
from sistercommittee.services.exchanges.forms import PARTICIPANT_FORM
from sistercommittee.services.exchanges.hosting import _stay_date_problems, _stay_room_problems
from sistercommittee.services.forms import (
    apply,
    current_values,
    form_values,
)
from sistercommittee.storage.database import Database

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
                problems["volunteer_id"] = msg(
                    "{name} is already taking part in this exchange.",
                    name=name,
                )
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


def remove_participants(db: Database, ids: Iterable[str]) -> Changes:
    """Remove several participants as one action: all of them, or none."""
    return bulk.each(db, remove_participant, ids, "participant")


def restore_participants(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several participants (the undo of remove_participants): all of them, or none."""
    return bulk.each(db, restore_participant, ids, "participant")


def participant_form_values(db: Database, participant_id: str) -> dict[str, Any]:
    """The participant's values in the terms of PARTICIPANT_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(
            PARTICIPANT_FORM,
            session,
            _child(session, Participant, participant_id, "participant")[0],
        )
