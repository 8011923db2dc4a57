"""Photos of events and exchanges: stored beside the database under their hash (as MOU scans
are), a thumbnail made once, who is pictured, and whether each agreed to publication.

A photo may be published (chosen for a story, sent to HQ) only when everyone recorded in it
agreed; a minor's agreement counts only as a guardian's consent, recorded with the guardian's
name and the date. Nobody recorded means nobody identifiable is in it (a venue, a stage).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Event, Exchange, Photo, PhotoPerson, Volunteer
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Message, join_messages, msg
from sistercommittee.services import rows
from sistercommittee.services import stored_files as files
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.fields import FieldProblem, calendar_date
from sistercommittee.storage.database import Database

MAX_PHOTO_BYTES = 40 * 1024 * 1024
THUMBNAIL_SIZE = 320  # pixels, the longer side
PHOTO_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


@dataclass(frozen=True)
class PersonInfo:
    id: str
    name: str
    volunteer_id: str | None
    is_minor: bool
    consent: bool
    guardian_name: str | None
    consent_on: date | None

    @property
    def may_publish(self) -> bool:
        if not self.consent:
            return False
        return not self.is_minor or bool(self.guardian_name and self.consent_on)

    @property
    def consent_text(self) -> Message:
        if self.may_publish:
            if self.is_minor:
                return msg(
                    "guardian {guardian} agreed on {on}",
                    guardian=self.guardian_name,
                    on=self.consent_on.isoformat() if self.consent_on else "",
                )
            return msg("agreed")
        if self.is_minor:
            return msg("minor: no guardian's consent recorded")
        return msg("did not agree")


@dataclass(frozen=True)
class PhotoInfo:
    id: str
    event_id: str | None
    exchange_id: str | None
    file_name: str
    sha256: str
    media_type: str
    width: int
    height: int
    caption: str | None
    credit: str | None
    taken_on: date | None
    people: tuple[PersonInfo, ...]
    minors_purged: int = 0  # minors whose records a purge after the trip removed

    @property
    def withheld_because(self) -> str | None:
        """Why it may not be published, or None when it may."""
        refused: list[str] = [
            msg("{name}: {consent}", name=p.name, consent=p.consent_text)
            for p in self.people
            if not p.may_publish
        ]
        if self.minors_purged:
            refused.append(
                msg("a minor's consent record was purged after the trip")
                if self.minors_purged == 1
                else msg(
                    "{count} minors' consent records were purged after the trip",
                    count=self.minors_purged,
                )
            )
        if not refused:
            return None
        return join_messages(refused, "; ")

    @property
    def publishable(self) -> bool:
        return self.withheld_because is None


def _image_facts(source: Path) -> tuple[str, int, int]:
    """(media type, width, height) of a photo file, or a sentence saying what is wrong."""
    from PIL import Image, UnidentifiedImageError

    if not source.exists():
        raise ValidationError.single("source", msg(
            "{source} does not exist. Choose the photo file.",
            source=source,
        ))
    if source.is_dir():
        raise ValidationError.single("source", msg(
            "{source} is a folder. Choose the photo itself.",
            source=source,
        ))
    size = source.stat().st_size
    if size == 0:
        raise ValidationError.single("source", msg("{name} is empty.", name=source.name))
    if size > MAX_PHOTO_BYTES:
        raise ValidationError.single(
            "source",
            msg(
                "{name} is {size_1024_1024:.1f} MB; a photo can be at most "
                "{MAX_PHOTO_BYTES_1024_102} MB. Save a smaller copy and add that.",
                name=source.name,
                size_1024_1024=size / 1024 / 1024,
                MAX_PHOTO_BYTES_1024_102=MAX_PHOTO_BYTES // 1024 // 1024,
            ),
        )
    try:
        with Image.open(source) as image:
            kind = image.format or ""
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise ValidationError.single(
            "source", msg(
                "{name} is not a photo the app can read (JPEG, PNG or WebP).",
                name=source.name,
            )
        ) from error
    if kind not in PHOTO_TYPES:
        raise ValidationError.single(
            "source", msg(
                "{name} is a {kind_or_file}; save the photo as JPEG, PNG or WebP.",
                name=source.name, kind_or_file=kind or 'file',
            )
        )
    return PHOTO_TYPES[kind], width, height


def _day(raw: Any, label: str, field: str) -> date | None:
    if raw in (None, ""):
        return None
    try:
        return calendar_date(raw, label)
    except FieldProblem as problem:
        raise ValidationError.single(field, str(problem)) from None


def thumbnail_path(db: Database, sha256: str) -> Path:
    return db.files_dir / "thumbnails" / f"{sha256}.jpg"


def photo_path(db: Database, sha256: str) -> Path:
    return files.stored_path(db.files_dir, sha256)


def ensure_thumbnail(db: Database, sha256: str) -> Path | None:
    """The photo's thumbnail, made the first time it is asked for (at add, or on a laptop the
    photo reached through sync); None while the photo's file is not on this laptop."""
    target = thumbnail_path(db, sha256)
    if target.is_file():
        return target
    source = photo_path(db, sha256)
    if not source.is_file():
        return None
    from PIL import Image, ImageOps

    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".part")
    with Image.open(source) as image:
        small = ImageOps.exif_transpose(image).convert("RGB")
        small.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        small.save(temporary, "JPEG", quality=85)
    temporary.replace(target)
    return target


def _owner(session: Session, event_id: str | None, exchange_id: str | None) -> None:
    if bool(event_id) == bool(exchange_id):
        raise ValidationError.single(
            "event_id", msg("A photo belongs to one event or one exchange: give one of the two.")
        )
    if event_id:
        rows.live(session, Event, event_id, "event")
    elif exchange_id:
        rows.live(session, Exchange, exchange_id, "exchange")


def add_photo(
    db: Database,
    source: Path,
    *,
    event_id: str | None = None,
    exchange_id: str | None = None,
    caption: str | None = None,
    credit: str | None = None,
    taken_on: Any = None,
) -> Changes:
    """Add a photo (JPEG, PNG or WebP, at most 40 MB) to an event or an exchange. The file is
    copied into the store before the row is written; its thumbnail is made then, once."""
    source = Path(source)
    with db.read() as session:
        _owner(session, event_id, exchange_id)
    media_type, width, height = _image_facts(source)
    day = _day(taken_on, "Date taken", "taken_on")
    sha256, size = files.store(db.files_dir, source, MAX_PHOTO_BYTES, "photo")
    with contextlib.suppress(OSError):  # a thumbnail can be made again later
        ensure_thumbnail(db, sha256)
    with db.write() as session:
        _owner(session, event_id, exchange_id)
        twin = session.scalar(
            select(Photo.file_name).where(
                Photo.sha256 == sha256,
                Photo.deleted_at.is_(None),
                Photo.event_id.is_(event_id) if event_id is None else Photo.event_id == event_id,
                Photo.exchange_id.is_(None)
                if exchange_id is None
                else Photo.exchange_id == exchange_id,
            )
        )
        if twin is not None:
            raise ValidationError.single("source", msg(
                "This photo is already there (as {twin}).",
                twin=twin,
            ))
        photo = Photo(
            event_id=event_id,
            exchange_id=exchange_id,
            file_name=source.name[:255],
            sha256=sha256,
            media_type=media_type,
            size_bytes=size,
            width=width,
            height=height,
            caption=(caption or "").strip() or None,
            credit=(credit or "").strip()[:200] or None,
            taken_on=day,
        )
        session.add(photo)
        session.flush()
        return Changes.of(Entity.STORIES, ids=(photo.id,))


def edit_photo(db: Database, photo_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a photo's caption, credit or date taken."""
    with db.write() as session:
        photo = rows.live(session, Photo, photo_id, "photo")
        if "caption" in values:
            photo.caption = (values["caption"] or "").strip() or None
        if "credit" in values:
            photo.credit = (values["credit"] or "").strip()[:200] or None
        if "taken_on" in values:
            photo.taken_on = _day(values["taken_on"], "Date taken", "taken_on")
        return Changes.of(Entity.STORIES, ids=(photo.id,))


def delete_photo(db: Database, photo_id: str) -> Changes:
    """Remove a photo (its file stays for undo and for the other laptops)."""
    with db.write() as session:
        photo = rows.live(session, Photo, photo_id, "photo")
        photo.deleted_at = utcnow()
        return Changes.of(Entity.STORIES, ids=(photo.id,))


def restore_photo(db: Database, photo_id: str) -> Changes:
    with db.write() as session:
        photo = rows.stored(session, Photo, photo_id, "photo")
        photo.deleted_at = None
        return Changes.of(Entity.STORIES, ids=(photo.id,))


def _person_values(session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
    problems: dict[str, str] = {}
    name = str(values.get("name") or "").strip()
    volunteer_id = values.get("volunteer_id") or None
    if volunteer_id:
        volunteer = rows.is_live(session, Volunteer, volunteer_id)
        if volunteer is None:
            problems["volunteer_id"] = msg(
                "There is no volunteer with id {volunteer_id}.",
                volunteer_id=volunteer_id,
            )
        elif not name:
            name = " ".join(p for p in (volunteer.given_name, volunteer.family_name) if p)
    if not name:
        problems["name"] = msg("Give the name of the person pictured (or choose the volunteer).")
    elif len(name) > 200:
        problems["name"] = msg("The name can be at most 200 characters.")
    is_minor = bool(values.get("is_minor"))
    consent = bool(values.get("consent"))
    guardian = str(values.get("guardian_name") or "").strip() or None
    consent_on: date | None = None
    try:
        consent_on = _day(values.get("consent_on"), "Date of consent", "consent_on")
    except ValidationError as error:
        problems.update(error.errors)
    if consent_on and consent_on > date.today():
        problems["consent_on"] = msg("The date of consent cannot be in the future.")
    if is_minor and consent:
        if not guardian:
            problems["guardian_name"] = (
                msg(
                    "A minor's photo is published only with a guardian's consent: give the "
                    "guardian's name.",
                )
            )
        if consent_on is None and "consent_on" not in problems:
            problems["consent_on"] = msg("Give the date the guardian agreed.")
    if problems:
        raise ValidationError(problems)
    if consent and consent_on is None:
        consent_on = date.today()
    return {
        "name": name,
        "volunteer_id": volunteer_id,
        "is_minor": is_minor,
        "consent": consent,
        "guardian_name": guardian if is_minor else None,
        "consent_on": consent_on if consent else None,
    }


def add_person(db: Database, photo_id: str, values: Mapping[str, Any]) -> Changes:
    """Record someone pictured: name (or volunteer), minor or not, and consent to publication
    (for a minor: the guardian's name and the date they agreed)."""
    with db.write() as session:
        photo = rows.live(session, Photo, photo_id, "photo")
        person = PhotoPerson(photo_id=photo.id, **_person_values(session, values))
        session.add(person)
        session.flush()
        return Changes.of(Entity.STORIES, ids=(person.id, photo.id))


def edit_person(db: Database, person_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        person = rows.live(session, PhotoPerson, person_id, "person in a photo")
        current = {
            "name": person.name,
            "volunteer_id": person.volunteer_id,
            "is_minor": person.is_minor,
            "consent": person.consent,
            "guardian_name": person.guardian_name,
            "consent_on": person.consent_on,
        }
        for key, value in _person_values(session, {**current, **values}).items():
            setattr(person, key, value)
        return Changes.of(Entity.STORIES, ids=(person.id, person.photo_id))


def delete_person(db: Database, person_id: str) -> Changes:
    with db.write() as session:
        person = rows.live(session, PhotoPerson, person_id, "person in a photo")
        person.deleted_at = utcnow()
        return Changes.of(Entity.STORIES, ids=(person.id, person.photo_id))


def _info(photo: Photo, people: list[PhotoPerson]) -> PhotoInfo:
    return PhotoInfo(
        id=photo.id,
        event_id=photo.event_id,
        exchange_id=photo.exchange_id,
        file_name=photo.file_name,
        sha256=photo.sha256,
        media_type=photo.media_type,
        width=photo.width,
        height=photo.height,
        caption=photo.caption,
        credit=photo.credit,
        taken_on=photo.taken_on,
        people=tuple(
            PersonInfo(
                p.id, p.name, p.volunteer_id, p.is_minor, p.consent, p.guardian_name, p.consent_on
            )
            for p in people
        ),
        minors_purged=photo.minors_purged or 0,
    )


def list_photos(
    db: Database, *, event_id: str | None = None, exchange_id: str | None = None
) -> tuple[PhotoInfo, ...]:
    """The photos of an event or an exchange, in the order added, with who is in them."""
    with db.read() as session:
        query = select(Photo).where(Photo.deleted_at.is_(None))
        if event_id:
            query = query.where(Photo.event_id == event_id)
        if exchange_id:
            query = query.where(Photo.exchange_id == exchange_id)
        photos = session.scalars(query.order_by(Photo.created_at, Photo.id)).all()
        return tuple(_info(photo, _people(session, photo.id)) for photo in photos)


def get_photo(db: Database, photo_id: str) -> PhotoInfo:
    with db.read() as session:
        photo = rows.live(session, Photo, photo_id, "photo")
        return _info(photo, _people(session, photo.id))


def _people(session: Session, photo_id: str) -> list[PhotoPerson]:
    return list(
        session.scalars(
            select(PhotoPerson)
            .where(PhotoPerson.photo_id == photo_id, PhotoPerson.deleted_at.is_(None))
            .order_by(PhotoPerson.created_at, PhotoPerson.id)
        )
    )
