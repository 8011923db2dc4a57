"""The committee's stories: one made from an event or an exchange, its text drafted from the
record (who, where, what, the figures), the photos chosen among those that may be published,
exported as a one-page PDF and an HTML page, and sent to HQ for its newsletter.

A story syncs like every record; sending it uploads its PDF to HQ as a report of kind "story"
and records when, which HQ reads to list the members' stories.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sistercommittee.domain import Photo, Story
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import (
    Country,
    Day,
    DaySpan,
    Message,
    Translate,
    join_messages,
    listing,
    msg,
    render,
)
from sistercommittee.services import rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.photos import PhotoInfo, get_photo, list_photos
from sistercommittee.storage.database import Database

MAX_TITLE = 200
MAX_BODY = 6_000  # a one-page story: about 900 words
MAX_PHOTOS = 4
STORY_KIND = "story"  # the kind of report a story is sent to HQ as


@dataclass(frozen=True)
class StoryDraft:
    """A first draft. Its title and text are messages: they are written in the committee's
    language (``language``, the organization's) when the draft is shown (``written``)."""

    title: str
    body: str
    photo_ids: tuple[str, ...]
    event_id: str | None
    exchange_id: str | None
    language: str = "en"

    def written(self, translate: Translate) -> StoryDraft:
        """The draft with its title and text rendered by ``translate`` (the committee's
        language), as plain text to edit and save."""
        title = render(self.title, translate)[:MAX_TITLE]
        return replace(self, title=title, body=render(self.body, translate))


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
    language: str = "en"  # the committee's, which the story is written in (as its draft is)


def _and(items: Sequence[str]) -> str:
    """ "a, b and c", in the language the items are shown in."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return msg("{items} and {last}", items=listing(items[:-1]), last=items[-1])


def _long_date(day: date) -> str:
    return Day(day, "yMMMMd")  # "May 14, 2026"


def _span(first: date, last: date) -> str:
    return DaySpan(first, last)  # "May 14–16, 2026"


def _organization(db: Database) -> Any:
    from sistercommittee.services.organizations import get_organization

    return get_organization(db)


# What an event is, with its article, as a story's first sentence says it.
_EVENT_KINDS: dict[str, Message] = {
    "festival": msg("a festival"),
    "fundraiser": msg("a fundraiser"),
    "meeting": msg("a meeting"),
    "reception": msg("a reception"),
    "virtual_exchange": msg("a virtual exchange"),
    "ceremony": msg("a ceremony"),
    "workshop": msg("a workshop"),
    "performance": msg("a performance"),
    "other": msg("a other"),
}
_PROGRAMS: dict[str, Message] = {
    "youth": msg("a youth exchange"),
    "education": msg("a education exchange"),
    "culture": msg("a culture exchange"),
    "business_trade": msg("a business trade exchange"),
    "municipal": msg("a municipal exchange"),
    "humanitarian": msg("a humanitarian exchange"),
    "sports": msg("a sports exchange"),
}


def _city(city_name: str, country: str) -> str:
    return msg("{city}, {country}", city=city_name, country=Country(country))


def _event_lead(day: date, org: Any, event: Any, cities: list[str]) -> str:
    kind = _EVENT_KINDS.get(str(event.kind)) or str(event.kind).replace("_", " ")
    common = {"day": _long_date(day), "org": org.name, "event": event.title, "kind": kind}
    where = {"city": org.city}
    if event.venue:
        where["venue"] = event.venue
    if not cities:
        if event.venue:
            return msg(
                "On {day}, {org} held {event}, {kind} at {venue} in {city}.", **common, **where
            )
        return msg("On {day}, {org} held {event}, {kind} in {city}.", **common, **where)
    partners = {"partners": _and(cities)}
    if len(cities) == 1:
        if event.venue:
            return msg(
                "On {day}, {org} held {event}, {kind} at {venue} in {city} with our partner "
                "{partners}.",
                **common, **where, **partners,
            )
        return msg(
            "On {day}, {org} held {event}, {kind} in {city} with our partner {partners}.",
            **common, **where, **partners,
        )
    if event.venue:
        return msg(
            "On {day}, {org} held {event}, {kind} at {venue} in {city} with our partners "
            "{partners}.",
            **common, **where, **partners,
        )
    return msg(
        "On {day}, {org} held {event}, {kind} in {city} with our partners {partners}.",
        **common, **where, **partners,
    )


def _event_draft(db: Database, event_id: str) -> tuple[str, str, tuple[str, ...], date]:
    from sistercommittee.services.events import get_event

    event = get_event(db, event_id)
    org = _organization(db)
    day = event.local_starts_at.date()
    cities = [_city(p.city_name, p.country) for p in event.partnerships]
    volunteers = sorted({s.volunteer_id for s in event.shifts if s.volunteer_id})
    lead = _event_lead(day, org, event, cities)
    figures: list[str] = []
    if event.attendance:
        count = event.attendance
        figures.append(
            msg("1 guest came") if count == 1 else msg("{count:,} guests came", count=count)
        )
    if volunteers:
        count = len(volunteers)
        staffed = (
            msg("1 volunteer staffed it")
            if count == 1
            else msg("{count:,} volunteers staffed it", count=count)
        )
        if event.hours_minutes >= 30:
            given = round(event.hours_minutes / 60)
            hours = msg("1 hour") if given == 1 else msg("{count:,} hours", count=given)
            staffed = msg("{staffed}, giving {hours} of their time", staffed=staffed, hours=hours)
        figures.append(staffed)
    paragraphs: list[str] = [lead]
    if event.description:
        paragraphs.append(event.description.strip())
    if figures:
        paragraphs.append(msg("{figures}.", figures=_and(figures)))
    if event.outcome:
        paragraphs.append(event.outcome.strip())
    title = (
        msg(
            "{event}: {city} and {partner}",
            event=event.title,
            city=org.city,
            partner=event.partnerships[0].city_name,
        )
        if cities
        else msg("{event}: {city}", event=event.title, city=org.city)
    )
    return title, join_messages(paragraphs, "\n\n"), tuple(cities), day


def _exchange_lead(ex: Any, org: Any, partner: str, travellers: int) -> str:
    program = _PROGRAMS.get(str(ex.program)) or str(ex.program).replace("_", " ")
    common = {
        "span": _span(ex.starts_on, ex.ends_on),
        "city": org.city,
        "partner": partner,
        "exchange": ex.title,
        "program": program,
    }
    if str(ex.direction) == "inbound":
        visitors = (
            msg("1 visitor") if travellers == 1 else msg("{count:,} visitors", count=travellers)
        )
        return msg(
            "From {span}, {city} welcomed {visitors} from {partner} for {exchange}, {program}.",
            visitors=visitors,
            **common,
        )
    if travellers == 1:
        return msg(
            "From {span}, 1 traveller from {city} visited {partner} for {exchange}, {program}.",
            **common,
        )
    return msg(
        "From {span}, {count:,} travellers from {city} visited {partner} for {exchange}, "
        "{program}.",
        count=travellers,
        **common,
    )


def _exchange_draft(db: Database, exchange_id: str) -> tuple[str, str, tuple[str, ...], date]:
    from sistercommittee.services.exchanges import get_exchange

    ex = get_exchange(db, exchange_id)
    org = _organization(db)
    partner = _city(ex.city_name, ex.partner_country)
    travellers = [p for p in ex.participants if p.travels]
    youth = sum(1 for p in travellers if p.is_youth)
    paragraphs: list[str] = [_exchange_lead(ex, org, partner, len(travellers))]
    if ex.description:
        paragraphs.append(ex.description.strip())
    figures: list[str] = []
    if youth:
        figures.append(
            msg("1 young person under 18 took part")
            if youth == 1
            else msg("{count:,} young people under 18 took part", count=youth)
        )
    if ex.host_families:
        families = len(ex.host_families)
        figures.append(
            msg("1 host family opened their homes")
            if families == 1
            else msg("{count:,} host families opened their homes", count=families)
        )
    if figures:
        paragraphs.append(msg("{figures}.", figures=_and(figures)))
    if ex.itinerary:
        stops = [i.title for i in ex.itinerary[:4]]
        more = len(ex.itinerary) - len(stops)
        if more > 0:
            paragraphs.append(
                msg("The programme took them to {stops}, and 1 more stop.", stops=_and(stops))
                if more == 1
                else msg(
                    "The programme took them to {stops}, and {count:,} more stops.",
                    stops=_and(stops),
                    count=more,
                )
            )
        else:
            paragraphs.append(msg("The programme took them to {stops}.", stops=_and(stops)))
    title = msg(
        "{exchange}: {city} and {partner}", exchange=ex.title, city=org.city, partner=ex.city_name
    )
    return title, join_messages(paragraphs, "\n\n"), (partner,), ex.starts_on


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
    language = str(_organization(db).language or "en")
    # The English title is cut as it always was; written() cuts the rendered one.
    shown_title = title if len(title) <= MAX_TITLE else title[:MAX_TITLE]
    return StoryDraft(shown_title, body, chosen, event_id, exchange_id, language)


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
        language=str(org.language or "en"),
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
