"""The partnership's lifecycle: changing its status, and undoing a change."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    func,
    select,
)
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    StatusChange,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import (
    PartnershipStatus,
)
from sistercommittee.errors import ValidationError
from sistercommittee.messages import ISO, Day, msg
from sistercommittee.services import fields as f
from sistercommittee.services import organizations, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.partnerships.common import (
    _a_partnership,
    _listing,
    _word,
    allowed_next,
    future_date_problem,
    today_in,
)
from sistercommittee.services.partnerships.partnership import _get
from sistercommittee.storage.database import Database


def change_status(
    db: Database,
    partnership_id: str,
    to_status: PartnershipStatus | str,
    changed_on: date | str | None = None,
    note: str | None = None,
) -> Changes:
    """Move a partnership to its next status and record the step in its history.

    ``changed_on`` defaults to today; it cannot be before the previous change (the status the
    partnership was added with may be recorded later than the steps people enter afterwards from
    their files, so that one does not count). To become active, a partnership needs its signing
    date first.
    """
    with db.write() as session:
        partnership = _get(session, partnership_id)
        org = organizations.defaults(session)
        current = partnership.status
        allowed = allowed_next(current)
        problems: dict[str, str] = {}
        target: PartnershipStatus | None = None
        try:
            target = f.choice(PartnershipStatus)(to_status, "New status")
        except f.FieldProblem as problem:
            problems["to_status"] = str(problem)
        if target is not None and target == current:
            problems["to_status"] = msg(
                "The partnership is already {status}.", status=_word(current)
            )
        elif target is not None and target not in allowed:
            problems["to_status"] = (
                msg(
                    "{a_partnership} can become {allowed}, not {target}.",
                    a_partnership=_a_partnership(current),
                    allowed=_listing(allowed),
                    target=_word(target),
                )
            )
        elif target == PartnershipStatus.ACTIVE and partnership.signed_on is None:
            problems["to_status"] = (
                msg(
                    "An active partnership needs its signing date. Add the date the agreement "
                    "was signed to the partnership first, then make it active.",
                )
            )
        day: date | None = None
        if f.is_blank(changed_on):
            day = today_in(org.time_zone)
        else:
            try:
                day = f.calendar_date(changed_on, "Date of the change")
            except f.FieldProblem as problem:
                problems["changed_on"] = str(problem)
        if day is not None:
            latest = session.scalar(
                select(func.max(StatusChange.changed_on)).where(
                    StatusChange.partnership_id == partnership.id,
                    StatusChange.from_status.is_not(None),
                    StatusChange.deleted_at.is_(None),
                )
            )
            future = future_date_problem(day, "Date of the change")
            if future:
                problems["changed_on"] = future
            elif latest is not None and day < latest:
                problems["changed_on"] = (
                    msg(
                        "{day} is before the last recorded change of status, on "
                        "{latest}. Give that date or a later one.",
                        day=Day(day, ISO), latest=Day(latest, ISO),
                    )
                )
        clean_note: str | None = None
        if not f.is_blank(note):
            try:
                clean_note = f.text(note, "Note", max_length=2000, multiline=True)
            except f.FieldProblem as problem:
                problems["note"] = str(problem)
        if problems:
            raise ValidationError(problems)
        assert target is not None and day is not None
        step = StatusChange(
            partnership_id=partnership.id,
            from_status=current,
            to_status=target,
            changed_on=day,
            note=clean_note,
        )
        session.add(step)
        partnership.status = target
        session.flush()
        # The step's id second: revert_status_change can make sure it undoes this one.
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, step.id))


def _recorded_last(session: Session, partnership_id: str) -> StatusChange | None:
    """The live step of the history recorded last (the history is shown in that order)."""
    return session.scalars(
        select(StatusChange)
        .where(
            StatusChange.partnership_id == partnership_id,
            StatusChange.deleted_at.is_(None),
        )
        .order_by(StatusChange.created_at.desc(), StatusChange.id.desc())
        .limit(1)
    ).first()


def _signing_date_needed(undoing: bool) -> dict[str, str]:
    if undoing:
        return {
            "to_status": msg(
                "An active partnership needs its signing date. Add the date the agreement was "
                "signed to the partnership first, then undo the change."
            )
        }
    return {
        "to_status": msg(
            "An active partnership needs its signing date. Add the date the agreement was "
            "signed to the partnership first, then make it active."
        )
    }


def revert_status_change(
    db: Database, partnership_id: str, *, status_change_id: str | None = None
) -> Changes:
    """Undo the latest recorded change of status: its step leaves the history (tombstoned, so the
    undo syncs) and the partnership is back in the status it came from, whatever the lifecycle
    allows going forward (an active partnership was proposed before: undo goes back there).

    Refused with a sentence when there is only the status the partnership was added with, and
    when going back would make it active without a signing date. With ``status_change_id`` (the
    second id change_status returns), refused unless that step is still the latest: a change
    made since, on this laptop or another, is undone first. restore_status_change redoes it.
    """
    with db.write() as session:
        partnership = _get(session, partnership_id)
        city = partnership.city_name
        if status_change_id is not None:
            wanted = session.get(StatusChange, status_change_id)
            if wanted is None or wanted.partnership_id != partnership.id:
                raise rows.missing("change of status", status_change_id)
            if wanted.deleted_at is not None and partnership.status == wanted.from_status:
                return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, wanted.id))
        step = _recorded_last(session, partnership.id)
        if step is None or step.from_status is None:
            raise ValidationError.single(
                "to_status",
                msg(
                    "{city} has been {status} since it was added: there is no change of status "
                    "to undo.",
                    city=city, status=_word(partnership.status),
                ),
            )
        if status_change_id is not None and step.id != status_change_id:
            raise ValidationError.single(
                "to_status",
                msg(
                    "The status of {city} was changed again since, to {status} on "
                    "{changed_on}: undo that change first.",
                    city=city,
                    status=_word(step.to_status),
                    changed_on=Day(step.changed_on, ISO),
                ),
            )
        if step.to_status != partnership.status:
            raise ValidationError.single(
                "to_status",
                msg(
                    "{city} is {status}, but its history ends with a change to {to_status}: change "
                    "the status instead of undoing.",
                    city=city, status=_word(partnership.status), to_status=_word(step.to_status),
                ),
            )
        if step.from_status == PartnershipStatus.ACTIVE and partnership.signed_on is None:
            raise ValidationError(_signing_date_needed(undoing=True))
        step.deleted_at = utcnow()
        partnership.status = step.from_status
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, step.id))


def restore_status_change(db: Database, status_change_id: str) -> Changes:
    """Bring back a change of status that revert_status_change undid (the redo), as the same step
    of the history. Refused when the partnership has moved on since (it is no longer in the status
    the step came from, or a later step was recorded), or when the step makes it active and the
    signing date has been removed."""
    with db.write() as session:
        step = rows.stored(session, StatusChange, status_change_id, "change of status")
        partnership = _get(session, step.partnership_id)
        if step.deleted_at is None:
            return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, step.id))
        city = partnership.city_name
        latest = _recorded_last(session, partnership.id)
        if (
            step.from_status is None
            or partnership.status != step.from_status
            or (latest is not None and (latest.created_at, latest.id) > (step.created_at, step.id))
        ):
            raise ValidationError.single(
                "to_status",
                msg(
                    "The status of {city} was changed since: it is {status} now. Change it to "
                    "{to_status} again if it should be.",
                    city=city, status=_word(partnership.status), to_status=_word(step.to_status),
                ),
            )
        if step.to_status == PartnershipStatus.ACTIVE and partnership.signed_on is None:
            raise ValidationError(_signing_date_needed(undoing=False))
        step.deleted_at = None
        partnership.status = step.to_status
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, step.id))
