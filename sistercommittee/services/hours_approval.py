"""Approving the hours volunteers log themselves: pending until a coordinator decides, with an
audit of who approved or declined what, and when.

On a laptop signed in to HQ as a volunteer, every hours entry logged is self-logged, and only a
coordinator's laptop (or one not signed in) decides. Only approved hours count
(``hours.COUNTED``): in the totals, the event and volunteer pages, the letters and every report
for HQ. A decision is kept as a review row (synced like every record), so the audit stays even
when an entry is later deleted or decided again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from sistercommittee.domain import HoursEntry, HoursReview, Volunteer
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import HoursDecision, HoursStatus
from sistercommittee.errors import ValidationError
from sistercommittee.messages import ISO, Day, msg
from sistercommittee.services import bulk, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.hours import signed_in_role
from sistercommittee.services.volunteers import display_name
from sistercommittee.storage.database import Database

_ENTITIES = (Entity.HOURS, Entity.VOLUNTEERS, Entity.EVENTS)


@dataclass(frozen=True)
class PendingHours:
    id: str
    volunteer_id: str
    volunteer_name: str
    worked_on: date
    minutes: int
    what: str  # the event's title or the activity
    logged_at: datetime


@dataclass(frozen=True)
class ReviewRow:
    id: str
    hours_id: str
    volunteer_name: str
    worked_on: date
    minutes: int
    decision: HoursDecision
    reviewer: str
    reviewed_at: datetime
    note: str | None


def _reviewer(name: str | None) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError.single(
            "reviewer", msg("Say who decides: give the coordinator's name (--by NAME).")
        )
    if len(cleaned) > 200:
        raise ValidationError.single("reviewer", msg("The coordinator's name is too long."))
    return cleaned


def _check_role(session: Session) -> None:
    role = signed_in_role(session)
    if role in ("volunteer", "read_only"):
        shown = "read-only" if role == "read_only" else role
        raise ValidationError.single(
            "reviewer",
            msg(
                "This laptop signs in to HQ as a {shown}: a coordinator approves or declines "
                "hours.",
                shown=shown,
            ),
        )


def _decide(
    session: Session, hours_id: str, decision: HoursDecision, reviewer: str, note: str | None
) -> HoursEntry:
    entry = rows.live(session, HoursEntry, hours_id, "hours entry")
    if not entry.self_logged:
        raise ValidationError.single(
            "hours_id",
            msg(
                "The hours of {day} were entered by the committee; only "
                "hours a volunteer logged themselves need approval.",
                day=Day(entry.worked_on, ISO),
            ),
        )
    wanted = HoursStatus.APPROVED if decision is HoursDecision.APPROVED else HoursStatus.DECLINED
    if entry.status is wanted:
        raise ValidationError.single(
            "hours_id",
            msg("The hours of {day} are already approved.", day=Day(entry.worked_on, ISO))
            if wanted is HoursStatus.APPROVED
            else msg("The hours of {day} are already declined.", day=Day(entry.worked_on, ISO)),
        )
    entry.status = wanted
    session.add(
        HoursReview(
            hours_id=entry.id,
            decision=decision,
            reviewer=reviewer,
            reviewed_at=utcnow(),
            minutes=entry.minutes,
            note=note,
        )
    )
    return entry


def approve_hours(
    db: Database, ids: Iterable[str], reviewer: str, note: str | None = None
) -> Changes:
    """Approve self-logged hours (all of them, or none): from now on they count."""
    who = _reviewer(reviewer)
    wanted = bulk.unique_ids(ids, "hours entry")
    with db.write() as session:
        _check_role(session)
        for hours_id in wanted:
            _decide(session, hours_id, HoursDecision.APPROVED, who, note)
        return Changes.of(*_ENTITIES, ids=wanted)


def decline_hours(db: Database, ids: Iterable[str], reviewer: str, reason: str) -> Changes:
    """Decline self-logged hours with the reason the volunteer will be told; they never count
    (a later approval can still make them count, and both decisions stay in the audit)."""
    who = _reviewer(reviewer)
    why = " ".join((reason or "").split())
    if not why:
        raise ValidationError.single("reason", msg("Say why the hours are declined (--reason)."))
    wanted = bulk.unique_ids(ids, "hours entry")
    with db.write() as session:
        _check_role(session)
        for hours_id in wanted:
            _decide(session, hours_id, HoursDecision.DECLINED, who, why)
        return Changes.of(*_ENTITIES, ids=wanted)


def default_reviewer(db: Database) -> str:
    """Who decides, until someone types a name: the HQ account this laptop signs in with."""
    from sistercommittee.domain import SyncAccount

    with db.read() as session:
        account = session.get(SyncAccount, 1)
        return account.email if account is not None else ""


def pending_hours(db: Database) -> tuple[PendingHours, ...]:
    """Self-logged hours waiting for a decision, the oldest first."""
    from sistercommittee.domain import Event

    with db.read() as session:
        result = session.execute(
            select(HoursEntry, Volunteer.given_name, Volunteer.family_name, Event.title)
            .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
            .outerjoin(Event, Event.id == HoursEntry.event_id)
            .where(
                HoursEntry.deleted_at.is_(None),
                Volunteer.deleted_at.is_(None),
                HoursEntry.status == HoursStatus.PENDING,
            )
            .order_by(HoursEntry.created_at, HoursEntry.id)
        )
        return tuple(
            PendingHours(
                id=entry.id,
                volunteer_id=entry.volunteer_id,
                volunteer_name=display_name(given, family),
                worked_on=entry.worked_on,
                minutes=entry.minutes,
                what=title or entry.activity or entry.kind.value,
                logged_at=entry.created_at,
            )
            for entry, given, family, title in result
        )


def hours_reviews(db: Database, hours_id: str | None = None) -> tuple[ReviewRow, ...]:
    """The audit: every decision on self-logged hours (of one entry, or all), the latest first."""
    conditions: list[ColumnElement[bool]] = [HoursReview.deleted_at.is_(None)]
    if hours_id is not None:
        conditions.append(HoursReview.hours_id == hours_id)
    with db.read() as session:
        result = session.execute(
            select(HoursReview, HoursEntry.worked_on, Volunteer.given_name, Volunteer.family_name)
            .join(HoursEntry, HoursEntry.id == HoursReview.hours_id)
            .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
            .where(*conditions)
            .order_by(HoursReview.reviewed_at.desc(), HoursReview.id.desc())
        )
        return tuple(
            ReviewRow(
                id=review.id,
                hours_id=review.hours_id,
                volunteer_name=display_name(given, family),
                worked_on=worked_on,
                minutes=review.minutes,
                decision=review.decision,
                reviewer=review.reviewer,
                reviewed_at=review.reviewed_at,
                note=review.note,
            )
            for review, worked_on, given, family in result
        )
