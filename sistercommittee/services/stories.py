"""The committee's stories: one made from an event or an exchange, its text drafted from the
record (who, where, what, the figures), the photos chosen among those that may be published,
exported as a one-page PDF and an HTML page, and sent to HQ for its newsletter.

A story syncs like every record; sending it uploads its PDF to HQ as a report of kind "story"
and records when, which HQ reads to list the members' stories.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sistercommittee.domain import Photo, Story
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.countries import english_name
from sistercommittee.services.photos import PhotoInfo, get_photo, list_photos
from sistercommittee.storage.database import Database

MAX_TITLE = 200
MAX_BODY = 6_000  # a one-page story: about 900 words
MAX_PHOTOS = 4
STORY_KIND = "story"  # the kind of report a story is sent to HQ as


@dataclass(frozen=True)
class StoryDraft:
    title: str
    body: str
    photo_ids: tuple[str, ...]
    event_id: str | None
    exchange_id: str | None


@dataclass(frozen=True)
class StoryInfo:
    id: str
    title: str
    body: str
    event_id: str | None
    exchange_id: str | None
    source_title: str  # the event's or exchange's title
    source_date: date
    photo_ids: tuple[str, ...]
    sent_at: datetime | None
    updated_at: datetime


@dataclass(frozen=True)
class StoryPhoto:
    path: Path
    caption: str | None
    credit: str | None
    width: int
    height: int
    media_type: str


@dataclass(frozen=True)
class StoryDocument:
    """What the PDF and the HTML page print: nothing else is read while they are made."""

    title: str
    paragraphs: tuple[str, ...]
    organization: str
    home_city: str
    partner_cities: tuple[str, ...]
    date_text: str
    photos: tuple[StoryPhoto, ...]


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _and(items: Sequence[str]) -> str:
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _long_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _span(first: date, last: date) -> str:
    if first == last:
        return _long_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B} {first.day}–{last.day}, {first.year}"
    return f"{_long_date(first)} to {_long_date(last)}"


def _organization(db: Database) -> Any:
    from sistercommittee.services.organizations import get_organization

    return get_organization(db)


def _event_draft(db: Database, event_id: str) -> tuple[str, str, tuple[str, ...], date]:
    from sistercommittee.services.events import get_event

    event = get_event(db, event_id)
    org = _organization(db)
    day = event.local_starts_at.date()
    cities = [f"{p.city_name}, {english_name(p.country)}" for p in event.partnerships]
    volunteers = sorted({s.volunteer_id for s in event.shifts if s.volunteer_id})
    kind = str(event.kind).replace("_", " ")
    where = f" at {event.venue}" if event.venue else ""
    lead = f"On {_long_date(day)}, {org.name} held {event.title}, a {kind}{where} in {org.city}"
    lead += f" with our partner{'s' if len(cities) > 1 else ''} {_and(cities)}." if cities else "."
    figures = []
    if event.attendance:
        figures.append(f"{_plural(event.attendance, 'guest')} came")
    if volunteers:
        staffed = f"{_plural(len(volunteers), 'volunteer')} staffed it"
        if event.hours_minutes >= 30:
            hours = _plural(round(event.hours_minutes / 60), "hour")
            staffed += f", giving {hours} of their time"
        figures.append(staffed)
    paragraphs = [lead]
    if event.description:
        paragraphs.append(event.description.strip())
    if figures:
        sentence = _and(figures)
        paragraphs.append(sentence[0].upper() + sentence[1:] + ".")
    if event.outcome:
        paragraphs.append(event.outcome.strip())
    title = f"{event.title}: {org.city}" + (
        f" and {event.partnerships[0].city_name}" if cities else ""
    )
    return title, "\n\n".join(paragraphs), tuple(cities), day


def _exchange_draft(db: Database, exchange_id: str) -> tuple[str, str, tuple[str, ...], date]:
    from sistercommittee.services.exchanges import get_exchange

    ex = get_exchange(db, exchange_id)
    org = _organization(db)
    partner = f"{ex.city_name}, {english_name(ex.partner_country)}"
    travellers = [p for p in ex.participants if p.travels]
    youth = sum(1 for p in travellers if p.is_youth)
    program = str(ex.program).replace("_", " ")
    if str(ex.direction) == "inbound":
        lead = (
            f"From {_span(ex.starts_on, ex.ends_on)}, {org.city} welcomed "
            f"{_plural(len(travellers), 'visitor')} from {partner} for {ex.title}, a {program} "
            "exchange."
        )
    else:
        lead = (
            f"From {_span(ex.starts_on, ex.ends_on)}, {_plural(len(travellers), 'traveller')} "
            f"from {org.city} visited {partner} for {ex.title}, a {program} exchange."
        )
    paragraphs = [lead]
    if ex.description:
        paragraphs.append(ex.description.strip())
    figures = []
    if youth:
        figures.append(f"{_plural(youth, 'young person', 'young people')} under 18 took part")
    if ex.host_families:
        figures.append(
            f"{_plural(len(ex.host_families), 'host family', 'host families')} opened their homes"
        )
    if figures:
        sentence = _and(figures)
        paragraphs.append(sentence[0].upper() + sentence[1:] + ".")
    if ex.itinerary:
        stops = [i.title for i in ex.itinerary[:4]]
        more = len(ex.itinerary) - len(stops)
        tail = f", and {_plural(more, 'more stop')}" if more > 0 else ""
        paragraphs.append(f"The programme took them to {_and(stops)}{tail}.")
    title = f"{ex.title}: {org.city} and {ex.city_name}"
    return title, "\n\n".join(paragraphs), (partner,), ex.starts_on


def draft_story(
    db: Database, *, event_id: str | None = None, exchange_id: str | None = None
) -> StoryDraft:
    """A first draft from the record, with the first photos that may be published."""
    if bool(event_id) == bool(exchange_id):
        raise ValidationError.single(
            "event_id", msg("A story is told from one event or one exchange: give one of the two.")
        )
    if event_id:
        title, body, _, _ = _event_draft(db, event_id)
        photos = list_photos(db, event_id=event_id)
    else:
        assert exchange_id is not None
        title, body, _, _ = _exchange_draft(db, exchange_id)
        photos = list_photos(db, exchange_id=exchange_id)
    chosen = tuple(p.id for p in photos if p.publishable)[:MAX_PHOTOS]
    return StoryDraft(title[:MAX_TITLE], body, chosen, event_id, exchange_id)


def _checked(
    db: Database, values: Mapping[str, Any], event_id: str | None, exchange_id: str | None
) -> tuple[str, str, list[str]]:
    problems: dict[str, str] = {}
    title = str(values.get("title") or "").strip()
    body = str(values.get("body") or "").strip()
    if not title:
        problems["title"] = msg("Give the story a title.")
    elif len(title) > MAX_TITLE:
        problems["title"] = msg(
            "The title can be at most {MAX_TITLE} characters.",
            MAX_TITLE=MAX_TITLE,
        )
    if not body:
        problems["body"] = msg("Write the story's text (Draft from the record gives a start).")
    elif len(body) > MAX_BODY:
        problems["body"] = (
            msg(
                "The text is {count:,} characters; a one-page story holds at most "
                "{MAX_BODY:,}. Shorten it.",
                count=len(body), MAX_BODY=MAX_BODY,
            )
        )
    chosen = list(dict.fromkeys(values.get("photo_ids") or ()))
    if len(chosen) > MAX_PHOTOS:
        problems["photo_ids"] = msg(
            "Choose at most {MAX_PHOTOS} photos for a one-page story.",
            MAX_PHOTOS=MAX_PHOTOS,
        )
    else:
        for photo_id in chosen:
            try:
                photo = get_photo(db, photo_id)
            except Exception:
                problems["photo_ids"] = msg(
                    "There is no photo with id {photo_id}.",
                    photo_id=photo_id,
                )
                break
            if (photo.event_id, photo.exchange_id) != (event_id, exchange_id):
                problems["photo_ids"] = msg(
                    "{file_name} is a photo of another record.",
                    file_name=photo.file_name,
                )
                break
            if not photo.publishable:
                problems["photo_ids"] = (
                    msg(
                        "{file_name} cannot be published: {withheld_because}.",
                        file_name=photo.file_name, withheld_because=photo.withheld_because,
                    )
                )
                break
    if problems:
        raise ValidationError(problems)
    return title, body, chosen


def create_story(db: Database, values: Mapping[str, Any]) -> Changes:
    """Save a story of an event or an exchange: title, text, chosen photos."""
    event_id = values.get("event_id") or None
    exchange_id = values.get("exchange_id") or None
    if bool(event_id) == bool(exchange_id):
        raise ValidationError.single(
            "event_id", msg("A story is told from one event or one exchange: give one of the two.")
        )
    # the record must exist: drafting reads it
    _event_draft(db, event_id) if event_id else _exchange_draft(db, str(exchange_id))
    title, body, chosen = _checked(db, values, event_id, exchange_id)
    with db.write() as session:
        story = Story(
            event_id=event_id, exchange_id=exchange_id, title=title, body=body, photo_ids=chosen
        )
        session.add(story)
        session.flush()
        return Changes.of(Entity.STORIES, ids=(story.id,))


def edit_story(db: Database, story_id: str, values: Mapping[str, Any]) -> Changes:
    with db.read() as session:
        story = rows.live(session, Story, story_id, "story")
        current = {"title": story.title, "body": story.body, "photo_ids": list(story.photo_ids)}
        owner = (story.event_id, story.exchange_id)
    title, body, chosen = _checked(db, {**current, **values}, *owner)
    with db.write() as session:
        story = rows.live(session, Story, story_id, "story")
        story.title, story.body, story.photo_ids = title, body, chosen
        return Changes.of(Entity.STORIES, ids=(story.id,))


def delete_story(db: Database, story_id: str) -> Changes:
    with db.write() as session:
        story = rows.live(session, Story, story_id, "story")
        story.deleted_at = utcnow()
        return Changes.of(Entity.STORIES, ids=(story.id,))


def restore_story(db: Database, story_id: str) -> Changes:
    with db.write() as session:
        story = rows.stored(session, Story, story_id, "story")
        story.deleted_at = None
        return Changes.of(Entity.STORIES, ids=(story.id,))


def _info(db: Database, story: Story) -> StoryInfo:
    from sistercommittee.services.events import get_event
    from sistercommittee.services.exchanges import get_exchange

    if story.event_id:
        event = get_event(db, story.event_id)
        source, day = event.title, event.local_starts_at.date()
    else:
        exchange = get_exchange(db, str(story.exchange_id))
        source, day = exchange.title, exchange.starts_on
    return StoryInfo(
        id=story.id,
        title=story.title,
        body=story.body,
        event_id=story.event_id,
        exchange_id=story.exchange_id,
        source_title=source,
        source_date=day,
        photo_ids=tuple(story.photo_ids),
        sent_at=story.sent_at,
        updated_at=story.updated_at,
    )


def list_stories(db: Database) -> tuple[StoryInfo, ...]:
    """Every story, the newest record first."""
    with db.read() as session:
        found = session.scalars(select(Story).where(Story.deleted_at.is_(None))).all()
    infos = [_info(db, story) for story in found]
    return tuple(sorted(infos, key=lambda s: (s.source_date, s.title), reverse=True))


def get_story(db: Database, story_id: str) -> StoryInfo:
    with db.read() as session:
        story = rows.live(session, Story, story_id, "story")
    return _info(db, story)


def story_document(db: Database, story_id: str) -> StoryDocument:
    """The story as it prints: photos that may still be published and whose files are here."""
    from sistercommittee.services.photos import photo_path

    story = get_story(db, story_id)
    org = _organization(db)
    if story.event_id:
        _, _, cities, day = _event_draft(db, story.event_id)
        date_text = _long_date(day)
    else:
        from sistercommittee.services.exchanges import get_exchange

        _, _, cities, _ = _exchange_draft(db, str(story.exchange_id))
        ex = get_exchange(db, str(story.exchange_id))
        date_text = _span(ex.starts_on, ex.ends_on)
    photos: list[StoryPhoto] = []
    for photo_id in story.photo_ids:
        with db.read() as session:
            live = rows.is_live(session, Photo, photo_id)
        if live is None:
            continue
        info: PhotoInfo = get_photo(db, photo_id)
        path = photo_path(db, info.sha256)
        if info.publishable and path.is_file():
            photos.append(
                StoryPhoto(
                    path, info.caption, info.credit, info.width, info.height, info.media_type
                )
            )
    paragraphs = tuple(p.strip() for p in story.body.split("\n\n") if p.strip())
    return StoryDocument(
        title=story.title,
        paragraphs=paragraphs,
        organization=org.name,
        home_city=org.city,
        partner_cities=cities,
        date_text=date_text,
        photos=tuple(photos),
    )


def mark_sent(db: Database, story_id: str) -> Changes:
    """Record that the story reached HQ (after its upload succeeded)."""
    with db.write() as session:
        story = rows.live(session, Story, story_id, "story")
        story.sent_at = utcnow()
        return Changes.of(Entity.STORIES, ids=(story.id,))


def report_file_name(story_id: str) -> str:
    """The name HQ keeps the story's PDF under (HQ lists stories by it)."""
    return f"story-{story_id}.pdf"


@dataclass(frozen=True)
class StorySource:
    """An event or exchange a story can be told from."""

    kind: str  # "event" or "exchange"
    id: str
    title: str
    day: date

    @property
    def label(self) -> str:
        return f"{self.title} ({self.kind}, {self.day.isoformat()})"


def story_sources(db: Database, limit: int = 300) -> tuple[StorySource, ...]:
    """The events and exchanges that have begun, the newest first: what a story is told of."""
    from sistercommittee.services.events import EventQuery, list_events
    from sistercommittee.services.exchanges import ExchangeQuery, list_exchanges

    events = list_events(db, EventQuery(sort="starts_at", descending=True, limit=limit)).items
    exchanges = list_exchanges(
        db, ExchangeQuery(sort="starts_on", descending=True, limit=limit)
    ).items
    found = [StorySource("event", e.id, e.title, e.local_starts_at.date()) for e in events]
    found += [StorySource("exchange", x.id, x.title, x.starts_on) for x in exchanges]
    today = date.today()
    found = [s for s in found if s.day <= today]
    found.sort(key=lambda s: (s.day, s.title), reverse=True)
    return tuple(found[:limit])
