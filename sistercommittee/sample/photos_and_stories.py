"""Photos and stories of the sample: a few pictures of a festival, a ceremony and a youth
exchange, who is in them and whether they agreed to publication, and stories drafted from those
records.

The pictures are drawn here with Pillow from fixed shapes and colours, with no random numbers, so
that every demo database holds the same files (the same hashes) and the rest of the sample stays
as before. They are small PNGs (a few kilobytes) and are added through the services, as a
committee member would add them: copied into the store beside the database, a thumbnail made
once, each person pictured recorded with their consent. A minor counts only with a guardian's
consent; one photo shows a minor whose guardian did not agree, so it is never published.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from sistercommittee.domain import Event, Exchange, Participant, Shift, Volunteer
from sistercommittee.sample.constants import AS_OF
from sistercommittee.sample.texts import Words
from sistercommittee.services.volunteers import display_name
from sistercommittee.storage.database import Database

if TYPE_CHECKING:
    from PIL.Image import Image
    from PIL.ImageDraw import ImageDraw

WIDTH, HEIGHT = 640, 420
Rgb = tuple[int, int, int]


@dataclass(frozen=True)
class SampleStories:
    photos: int
    people_pictured: int
    stories: int


# --- the pictures -----------------------------------------------------------------------------


def _canvas(sky: Rgb, ground: Rgb, horizon: int) -> Image:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), sky)
    draw = ImageDraw.Draw(image)
    for row in range(horizon):  # a gentle gradient towards the horizon
        shade = tuple(min(255, c + row * 40 // horizon) for c in sky)
        draw.line([(0, row), (WIDTH, row)], fill=shade)
    draw.rectangle([0, horizon, WIDTH, HEIGHT], fill=ground)
    return image


def _person(draw: ImageDraw, x: int, base: int, height: int, shirt: Rgb) -> None:
    """A figure: head, body and legs, standing on ``base``."""
    head = height // 6
    draw.ellipse([x - head // 2, base - height, x + head // 2, base - height + head],
                 fill=(232, 190, 160))
    draw.rounded_rectangle(
        [x - head // 2 - 4, base - height + head + 2, x + head // 2 + 4, base - height // 3],
        radius=6, fill=shirt,
    )
    draw.rectangle([x - head // 2, base - height // 3, x + head // 2, base], fill=(60, 60, 80))


SHIRTS: tuple[Rgb, ...] = (
    (200, 60, 60), (50, 110, 190), (240, 170, 40), (70, 150, 90), (150, 80, 170),
    (230, 120, 60), (40, 150, 160),
)


def festival_stage(path: Path) -> Path:
    """An open-air stage with bunting and two volunteers at the front."""
    from PIL import ImageDraw

    image = _canvas((90, 150, 220), (110, 170, 90), 250)
    draw = ImageDraw.Draw(image)
    draw.rectangle([140, 120, 500, 250], fill=(120, 60, 40))  # the stage's back wall
    draw.rectangle([120, 240, 520, 275], fill=(90, 50, 35))  # the stage floor
    for n in range(13):  # bunting
        x = 40 + n * 46
        draw.polygon([(x, 60), (x + 36, 60), (x + 18, 92)], fill=SHIRTS[n % len(SHIRTS)])
    draw.line([(40, 60), (610, 60)], fill=(80, 80, 80), width=2)
    for n in range(5):  # performers on the stage
        _person(draw, 190 + n * 65, 242, 90, SHIRTS[(n + 2) % len(SHIRTS)])
    _person(draw, 250, 400, 150, SHIRTS[1])  # the two volunteers in front
    _person(draw, 390, 400, 145, SHIRTS[3])
    image.save(path, "PNG", optimize=True)
    return path


def festival_crowd(path: Path) -> Path:
    """The crowd from behind, towards the stage: nobody identifiable."""
    from PIL import ImageDraw

    image = _canvas((70, 120, 200), (100, 150, 80), 220)
    draw = ImageDraw.Draw(image)
    draw.rectangle([200, 130, 440, 220], fill=(120, 60, 40))
    for row in range(4):
        for n in range(12):
            x = 30 + n * 52 + (row % 2) * 26
            y = 250 + row * 45
            draw.ellipse([x, y, x + 30, y + 30], fill=(70 + row * 20, 50 + row * 10, 40))
            draw.rectangle([x - 4, y + 28, x + 34, y + 60], fill=SHIRTS[(n + row) % len(SHIRTS)])
    image.save(path, "PNG", optimize=True)
    return path


def city_hall_group(path: Path, people: int, banner: Rgb) -> Path:
    """A delegation in a row in front of a city hall, with a banner."""
    from PIL import ImageDraw

    image = _canvas((150, 190, 230), (170, 165, 150), 300)
    draw = ImageDraw.Draw(image)
    draw.rectangle([80, 80, 560, 300], fill=(225, 215, 195))  # the building
    draw.polygon([(60, 90), (320, 20), (580, 90)], fill=(190, 175, 150))  # its pediment
    for n in range(6):  # columns
        x = 110 + n * 84
        draw.rectangle([x, 100, x + 24, 300], fill=(240, 235, 220))
    draw.rectangle([150, 130, 490, 170], fill=banner)
    spacing = 440 // max(1, people)
    for n in range(people):
        _person(draw, 100 + spacing // 2 + n * spacing, 405, 140 - (n % 2) * 12,
                SHIRTS[(n * 3) % len(SHIRTS)])
    image.save(path, "PNG", optimize=True)
    return path


def ceremony_table(path: Path) -> Path:
    """Two flags and a signing table: the ceremony's room, with nobody in it."""
    from PIL import ImageDraw

    image = _canvas((120, 30, 40), (90, 60, 40), 280)
    draw = ImageDraw.Draw(image)
    flags = ((150, ((30, 80, 170), (250, 200, 40))), (450, ((60, 140, 80), (250, 250, 250))))
    for x, colours in flags:
        draw.line([(x, 60), (x, 300)], fill=(200, 180, 90), width=5)
        draw.rectangle([x + 3, 60, x + 100, 92], fill=colours[0])
        draw.rectangle([x + 3, 92, x + 100, 124], fill=colours[1])
    draw.rectangle([170, 250, 470, 290], fill=(150, 100, 60))
    draw.rectangle([280, 240, 360, 250], fill=(250, 250, 245))
    image.save(path, "PNG", optimize=True)
    return path


# --- the records ------------------------------------------------------------------------------


def _latest_event(db: Database, kind: str) -> Event | None:
    with db.read() as session:
        return session.scalars(
            select(Event)
            .where(Event.kind == kind, Event.deleted_at.is_(None), Event.attendance.is_not(None))
            .order_by(Event.starts_at.desc())
            .limit(1)
        ).first()


def _staff(db: Database, event_id: str) -> list[tuple[str, str]]:
    """(volunteer id, name) of the event's staff, in shift order."""
    with db.read() as session:
        found = session.execute(
            select(Volunteer.id, Volunteer.given_name, Volunteer.family_name)
            .join(Shift, Shift.volunteer_id == Volunteer.id)
            .where(Shift.event_id == event_id, Shift.deleted_at.is_(None))
            .order_by(Shift.starts_at, Shift.id)
        ).all()
    people: dict[str, str] = {}
    for volunteer_id, given, family in found:
        people.setdefault(volunteer_id, display_name(given, family))
    return list(people.items())


def _youth_exchange(db: Database) -> tuple[Exchange, list[tuple[str, bool]]] | None:
    """The latest exchange back home with at least two young people: (it, [(name, is_youth)])."""
    with db.read() as session:
        exchanges = session.scalars(
            select(Exchange)
            .where(Exchange.deleted_at.is_(None), Exchange.ends_on <= AS_OF)
            .order_by(Exchange.ends_on.desc())
        ).all()
        for exchange in exchanges:
            found = session.execute(
                select(Participant.name, Participant.is_youth, Volunteer.given_name,
                       Volunteer.family_name)
                .outerjoin(Volunteer, Volunteer.id == Participant.volunteer_id)
                .where(Participant.exchange_id == exchange.id, Participant.deleted_at.is_(None))
                .order_by(Participant.created_at, Participant.id)
            ).all()
            people = [
                (name or display_name(given or "", family or ""), bool(youth))
                for name, youth, given, family in found
            ]
            if sum(1 for _, youth in people if youth) >= 2:
                return exchange, people
    return None


def add_photos_and_stories(db: Database, words: Words | None = None) -> SampleStories:
    """Photos of the latest festival, ceremony and youth exchange, the people in them, and a
    story of each drafted from its record, with their captions and stories in the language of
    ``words`` (English without). Nothing is added where the sample has no such record (a tiny
    scale)."""
    from sistercommittee.services import photos as photo_service
    from sistercommittee.services import stories as story_service

    words = words or Words()
    added = people = stories = 0
    with tempfile.TemporaryDirectory(prefix="sistercommittee-sample-photos-") as folder:
        here = Path(folder)

        def photo(file: Path, caption: str, day: date, **owner: str) -> str:
            nonlocal added
            changes = photo_service.add_photo(
                db, file, caption=caption, credit=words.text("Committee photographer"),
                taken_on=day, **owner,
            )
            added += 1
            return changes.ids[0]

        def person(photo_id: str, **values: object) -> None:
            nonlocal people
            photo_service.add_person(db, photo_id, values)
            people += 1

        def story(**owner: str) -> None:
            nonlocal stories
            draft = story_service.draft_story(db, **owner)
            if words.translate is not None:  # a draft is messages: written in the language
                draft = draft.written(words.translate)
            story_service.create_story(
                db,
                {"title": draft.title, "body": draft.body, "photo_ids": list(draft.photo_ids),
                 **owner},
            )
            stories += 1

        festival = _latest_event(db, "festival")
        if festival is not None:
            day = festival.starts_at.date()
            stage = photo(festival_stage(here / "festival-stage.png"),
                          words.format("On stage at {event}", event=festival.title), day,
                          event_id=festival.id)
            for volunteer_id, name in _staff(db, festival.id)[:2]:
                person(stage, name=name, volunteer_id=volunteer_id, consent=True,
                       consent_on=day.isoformat())
            photo(festival_crowd(here / "festival-crowd.png"),
                  words.text("The crowd at the main stage"), day, event_id=festival.id)
            story(event_id=festival.id)
        ceremony = _latest_event(db, "ceremony")
        if ceremony is not None:
            photo(ceremony_table(here / "ceremony-table.png"),
                  words.text("The signing table, before the ceremony"), ceremony.starts_at.date(),
                  event_id=ceremony.id)
            story(event_id=ceremony.id)
        found = _youth_exchange(db)
        if found is not None:
            exchange, travellers = found
            day = exchange.ends_on - timedelta(days=1)
            consented = min(exchange.ends_on + timedelta(days=3), date.today())
            youth = [name for name, is_youth in travellers if is_youth]
            adults = [name for name, is_youth in travellers if not is_youth]
            group = photo(city_hall_group(here / "delegation-city-hall.png", 3, (30, 90, 160)),
                          words.text("The delegation in front of city hall"), day,
                          exchange_id=exchange.id)
            mother = words.format("{name}'s mother", name=youth[0])
            person(group, name=youth[0], is_minor=True, consent=True,
                   guardian_name=mother, consent_on=consented.isoformat())
            for name in adults[:2]:
                person(group, name=name, consent=True, consent_on=consented.isoformat())
            # A minor whose guardian did not agree: the photo stays in the records, unpublished.
            workshop = photo(city_hall_group(here / "youth-workshop.png", 2, (190, 60, 50)),
                             words.text("Youth workshop with the host school"),
                             day - timedelta(days=2), exchange_id=exchange.id)
            person(workshop, name=youth[0], is_minor=True, consent=True,
                   guardian_name=mother, consent_on=consented.isoformat())
            person(workshop, name=youth[1], is_minor=True, consent=False)
            story(exchange_id=exchange.id)
    return SampleStories(added, people, stories)
