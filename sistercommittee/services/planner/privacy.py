"""Minors' personal data is kept only as long as the trip needs it: a set time after the return
(the committee chooses; 90 days unless it says otherwise) it is purged, with a reminder before
and a record that it was done.

The purge clears the planning details of every minor of the exchange (date of birth, passport,
allergies, medical notes, nationality, emergency contact, gender, languages) and their contact
fields and notes on the participant record, and removes the ticks of their parental consent
forms, and the minors recorded in the exchange's photos with their consent (purge_photos.py:
the photos stay, withheld from publication). Cleared fields travel to the other laptops as field
changes and removed rows as tombstones, like every other edit. The purge's record counts what was
removed, by kind. The participant rows themselves stay (with their youth flag),
so the exchange's counts and the reports to HQ do not change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    ChecklistCheck,
    Exchange,
    MinorDataPurge,
    Participant,
    ParticipantDetails,
    PlannerSettings,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.planner import planner_id
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.exchanges.common import _day
from sistercommittee.services.planner.common import load, participant_details_id
from sistercommittee.services.planner.purge_photos import minors_pictured, purge_photo_consents
from sistercommittee.services.planner.purge_record import REMOVED_KINDS, removed_kinds, removed_text
from sistercommittee.storage.database import Database

DEFAULT_PURGE_DAYS = 90
DEFAULT_REMINDER_DAYS = 14
MAX_PURGE_DAYS = 3 * 365
SETTINGS_ID = planner_id("planner_settings", "organization")
_PERSONAL = (
    "date_of_birth",
    "gender",
    "allergies",
    "medical_notes",
    "passport_number",
    "passport_expires_on",
    "nationality",
    "emergency_contact",
)
_CONTACT = ("email", "phone", "notes")


@dataclass(frozen=True)
class PrivacySettings:
    purge_after_days: int
    reminder_days: int


@dataclass(frozen=True)
class PurgeRecord:
    purged_at: datetime
    purged_by: str | None
    minors: int
    fields_cleared: int
    records_removed: int
    due_on: date
    removed: Mapping[str, int] = field(default_factory=dict)  # by kind, see removed_text

    @property
    def removed_text(self) -> str:
        return removed_text(self.removed)


@dataclass(frozen=True)
class PurgeStatus:
    exchange_id: str
    exchange_title: str
    ends_on: date
    due_on: date  # the purge date: the return plus the committee's days
    remind_on: date
    minors: int  # minors of the exchange
    minors_with_data: int  # of those, with personal data still kept
    records: tuple[PurgeRecord, ...]  # earlier purges of this exchange

    @property
    def pending(self) -> bool:
        return self.minors_with_data > 0


@dataclass(frozen=True)
class PurgeResult:
    exchange_id: str
    minors: int
    fields_cleared: int
    records_removed: int
    changes: Changes
    removed: Mapping[str, int] = field(default_factory=dict)

    @property
    def removed_text(self) -> str:
        return removed_text(self.removed)


def settings_in(session: Session) -> PrivacySettings:
    row = session.get(PlannerSettings, SETTINGS_ID)
    if row is None or row.deleted_at is not None:
        return PrivacySettings(DEFAULT_PURGE_DAYS, DEFAULT_REMINDER_DAYS)
    return PrivacySettings(row.purge_after_days, row.reminder_days)


def privacy_settings(db: Database) -> PrivacySettings:
    with db.read() as session:
        return settings_in(session)


def set_privacy_settings(
    db: Database, purge_after_days: int | str, reminder_days: int | str | None = None
) -> Changes:
    problems = f.first_problem(
        (
            (
                "purge_after_days",
                lambda: f.integer(
                    purge_after_days, "Days after the trip", minimum=1, maximum=MAX_PURGE_DAYS
                ),
            ),
        )
    )
    if reminder_days is not None:
        problems.update(
            f.first_problem(
                (
                    (
                        "reminder_days",
                        lambda: f.integer(
                            reminder_days, "Reminder (days before)", maximum=MAX_PURGE_DAYS
                        ),
                    ),
                )
            )
        )
    if problems:
        raise ValidationError(problems)
    days = f.integer(purge_after_days, "Days after the trip", minimum=1)
    with db.write() as session:
        row = session.get(PlannerSettings, SETTINGS_ID)
        if row is None:
            row = PlannerSettings(
                id=SETTINGS_ID,
                purge_after_days=DEFAULT_PURGE_DAYS,
                reminder_days=DEFAULT_REMINDER_DAYS,
            )
            session.add(row)
        row.deleted_at = None
        row.purge_after_days = days
        if reminder_days is not None:
            row.reminder_days = f.integer(reminder_days, "Reminder (days before)")
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(row.id,))


def _has_data(details: ParticipantDetails | None) -> bool:
    return (
        details is not None
        and details.deleted_at is None
        and (
            any(getattr(details, name) is not None for name in _PERSONAL) or bool(details.languages)
        )
    )


def _consent_checks(
    session: Session, exchange_id: str, minor_ids: list[str]
) -> list[ChecklistCheck]:
    if not minor_ids:
        return []
    keys = [f"consent/{pid}" for pid in minor_ids]
    return list(
        session.scalars(
            select(ChecklistCheck).where(
                ChecklistCheck.exchange_id == exchange_id,
                ChecklistCheck.item_key.in_(keys),
                ChecklistCheck.deleted_at.is_(None),
            )
        )
    )


def status_in(session: Session, exchange_id: str) -> PurgeStatus:
    plan = load(session, exchange_id)
    prefs = settings_in(session)
    minors = [p for p in plan.people if p.is_minor]
    with_data = 0
    for person in minors:
        details = session.get(ParticipantDetails, participant_details_id(person.id))
        participant = session.get(Participant, person.id)
        contact = participant is not None and any(getattr(participant, n) for n in _CONTACT)
        if _has_data(details) or contact:
            with_data += 1
    if not with_data and _consent_checks(session, plan.id, [p.id for p in minors]):
        with_data = len(minors)
    if not with_data and minors_pictured(session, plan.id):
        with_data = max(1, len(minors))
    due = plan.ends_on + timedelta(days=prefs.purge_after_days)
    records = tuple(
        PurgeRecord(
            r.purged_at,
            r.purged_by,
            r.minors,
            r.fields_cleared,
            r.records_removed,
            r.due_on,
            removed_kinds(r),
        )
        for r in session.scalars(
            select(MinorDataPurge)
            .where(MinorDataPurge.exchange_id == plan.id, MinorDataPurge.deleted_at.is_(None))
            .order_by(MinorDataPurge.purged_at)
        )
    )
    return PurgeStatus(
        plan.id,
        plan.title,
        plan.ends_on,
        due,
        due - timedelta(days=prefs.reminder_days),
        len(minors),
        with_data,
        records,
    )


def purge_status(db: Database, exchange_id: str) -> PurgeStatus:
    with db.read() as session:
        return status_in(session, exchange_id)


def purges_due_in(session: Session, until: date) -> list[PurgeStatus]:
    """Exchanges whose minors' data is still kept and whose reminder falls on or before
    ``until`` (overdue purges included)."""
    prefs = settings_in(session)
    latest_end = until + timedelta(days=prefs.reminder_days - prefs.purge_after_days)
    ids = session.scalars(
        select(Exchange.id)
        .where(Exchange.deleted_at.is_(None), Exchange.ends_on <= latest_end)
        .order_by(Exchange.ends_on)
    ).all()
    found = []
    for exchange_id in ids:
        status = status_in(session, exchange_id)
        if status.pending and status.remind_on <= until:
            found.append(status)
    return found


def purges_due(db: Database, until: date) -> list[PurgeStatus]:
    with db.read() as session:
        return purges_due_in(session, until)


def purge_minors_data(
    db: Database,
    exchange_id: str,
    *,
    today: date | None = None,
    by: str | None = None,
    early: bool = False,
) -> PurgeResult:
    """Purge the personal data of the exchange's minors, and record that it was done.

    Refused before the return; before the purge date only with ``early`` (the committee may
    purge sooner than it set, never while the trip is on)."""
    day = today or date.today()
    by_text = f.text(by, "Purged by", max_length=200) if by else None
    with db.write() as session:
        rows.live(session, Exchange, exchange_id, "exchange")
        status = status_in(session, exchange_id)
        if day <= status.ends_on:
            raise ValidationError.single(
                "exchange_id",
                msg(
                    "The trip ends on {day_status_ends_on} {year}: minors' data is kept until "
                    "the delegation is home.",
                    day_status_ends_on=_day(status.ends_on), year=status.ends_on.year,
                ),
            )
        if day < status.due_on and not early:
            raise ValidationError.single(
                "exchange_id",
                msg(
                    "Minors' data of this exchange is due to be purged on {day_status_due_on} "
                    "{year}. To purge it now, say so (--now, or Purge now in the app).",
                    day_status_due_on=_day(status.due_on), year=status.due_on.year,
                ),
            )
        if not status.pending:
            raise ValidationError.single(
                "exchange_id", msg(
                    "There is no personal data of minors left to purge in this exchange.",
                )
            )
        plan = load(session, exchange_id)
        minors = [p for p in plan.people if p.is_minor]
        now = utcnow()
        cleared = removed = 0
        kinds = dict.fromkeys(("planning_details", "consent_forms"), 0)
        for person in minors:
            details = session.get(ParticipantDetails, participant_details_id(person.id))
            if details is not None and details.deleted_at is None:
                for name in _PERSONAL:
                    if getattr(details, name) is not None:
                        setattr(details, name, None)
                        cleared += 1
                if details.languages:
                    details.languages = []
                    cleared += 1
                details.purged_at = now
                details.deleted_at = now
                removed += 1
                kinds["planning_details"] += 1
            participant = session.get(Participant, person.id)
            if participant is not None:
                for name in _CONTACT:
                    if getattr(participant, name) is not None:
                        setattr(participant, name, None)
                        cleared += 1
        for check in _consent_checks(session, exchange_id, [p.id for p in minors]):
            check.deleted_at = now
            if check.note is not None:
                check.note = None
                cleared += 1
            removed += 1
            kinds["consent_forms"] += 1
        photos = purge_photo_consents(session, exchange_id, now)
        cleared += photos.fields_cleared
        removed += photos.people_removed
        kinds.update(
            photo_consents=photos.people_removed,
            photos_withheld=photos.photos_withheld,
            stories_changed=photos.stories_changed,
        )
        kinds = {key: count for key, count in kinds.items() if count}
        record = MinorDataPurge(
            exchange_id=exchange_id,
            purged_at=now,
            purged_by=by_text,
            minors=len(minors),
            fields_cleared=cleared,
            records_removed=removed,
            due_on=status.due_on,
            **{key: kinds.get(key, 0) for key in REMOVED_KINDS},
        )
        session.add(record)
        session.flush()
        changes = Changes.of(Entity.EXCHANGES, Entity.STORIES, ids=(record.id, exchange_id))
        return PurgeResult(exchange_id, len(minors), cleared, removed, changes, kinds)
