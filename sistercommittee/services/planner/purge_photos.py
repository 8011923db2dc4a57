"""The photos' side of the purge of minors' data after a trip.

Each minor recorded in a photo of the exchange (who is pictured, with the guardian's name and the
date of consent) is personal data of a minor like a passport number: the purge clears those
fields and removes the record, which travels to the other laptops as a tombstone. The photo
itself stays with the exchange, but without the consent record it can no longer show that it
may be published: it counts the minors removed (``Photo.minors_purged``) and is withheld from
then on, and stories not yet sent to HQ drop it. Stories already sent stay as they were sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Photo, PhotoPerson, Story

# Cleared on a minor's record before it is removed (name is required: it becomes empty).
_CLEARED = ("volunteer_id", "guardian_name", "consent_on")


@dataclass(frozen=True)
class PhotoPurge:
    people_removed: int  # minors' records in photos, each with its consent
    fields_cleared: int
    photos_withheld: int
    stories_changed: int  # stories not yet sent that no longer show a withheld photo


def minors_pictured(session: Session, exchange_id: str) -> list[PhotoPerson]:
    """The minors recorded in the exchange's photos (a photo removed with undo kept included:
    it can be restored, and its people with it)."""
    return list(
        session.scalars(
            select(PhotoPerson)
            .join(Photo, Photo.id == PhotoPerson.photo_id)
            .where(
                Photo.exchange_id == exchange_id,
                PhotoPerson.is_minor.is_(True),
                PhotoPerson.deleted_at.is_(None),
            )
            .order_by(PhotoPerson.created_at, PhotoPerson.id)
        )
    )


def purge_photo_consents(session: Session, exchange_id: str, now: datetime) -> PhotoPurge:
    """Clear and remove the minors' records in the exchange's photos, in the caller's
    transaction; withhold their photos and take them out of unsent stories."""
    people = minors_pictured(session, exchange_id)
    cleared = 0
    withheld: dict[str, int] = {}
    for person in people:
        if person.name:
            person.name = ""
            cleared += 1
        for name in _CLEARED:
            if getattr(person, name) is not None:
                setattr(person, name, None)
                cleared += 1
        if person.consent:
            person.consent = False
            cleared += 1
        person.deleted_at = now
        withheld[person.photo_id] = withheld.get(person.photo_id, 0) + 1
    for photo_id, count in withheld.items():
        photo = session.get(Photo, photo_id)
        if photo is not None:
            photo.minors_purged = (photo.minors_purged or 0) + count
    changed = 0
    if withheld:
        for story in session.scalars(
            select(Story).where(
                Story.exchange_id == exchange_id,
                Story.sent_at.is_(None),
                Story.deleted_at.is_(None),
            )
        ):
            kept = [photo_id for photo_id in story.photo_ids if photo_id not in withheld]
            if kept != list(story.photo_ids):
                story.photo_ids = kept
                changed += 1
    return PhotoPurge(len(people), cleared, len(withheld), changed)
