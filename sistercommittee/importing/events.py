"""Importing events: a calendar kept as a list, often with the date and the times apart."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Event, EventPartnership, Partnership
from sistercommittee.domain.enums import EventKind
from sistercommittee.importing.base import (
    Built,
    ImportField,
    Index,
    Key,
    Kind,
    Record,
    RowSink,
    enum_text,
    fold,
    form_field,
    name_key,
)
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import organizations
from sistercommittee.services.changes import Entity
from sistercommittee.services.events import EVENT_FORM
from sistercommittee.services.forms import OrgDefaults
from sistercommittee.services.outcomes import to_columns

_KIND_ALIASES = {
    "fundraising": "fundraiser",
    "gala": "fundraiser",
    "benefit": "fundraiser",
    "board meeting": "meeting",
    "visit": "reception",
    "welcome": "reception",
    "dinner": "reception",
    "concert": "performance",
    "show": "performance",
    "signing": "ceremony",
    "class": "workshop",
    "course": "workshop",
    "online": "virtual_exchange",
    "video call": "virtual_exchange",
    "zoom": "virtual_exchange",
}
# "18:00", "6pm", "6.30 p.m.", "18h30": a time of day without a date.
_CLOCK = re.compile(
    r"^\s*(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ampm>[ap])?\.?\s*(?:m\.?)?\s*$", re.I
)
_RANGE = re.compile(r"^(?P<start>[^–—-]+?)\s*(?:-|–|—|to|until)\s*(?P<end>[^–—-]+)$", re.I)
_ROUGH_NUMBER = re.compile(r"^\s*(?:ca\.?|approx\.?|about|~)?\s*(?P<n>[\d,. ]+?)\s*\+?\s*$", re.I)


def clock_text(text: str) -> str | None:
    """A time of day as "HH:MM", or None when ``text`` is not one."""
    match = _CLOCK.match(text)
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


# The columns of the economic-development outcomes (services/outcomes.py) under the names a
# spreadsheet may give them.
OUTCOME_SYNONYMS: dict[str, tuple[str, ...]] = {
    "trade_mission": ("trade", "business mission", "trade mission?"),
    "agreements_signed": ("agreements", "mous signed", "contracts signed"),
    "investment_currency": ("investment currency",),
    "investment": ("investment amount", "investments", "money invested"),
    "jobs_created": ("jobs", "new jobs", "employment"),
}
_COLUMN_OF = {"investment": "investment_minor"}


class EventsImport(Kind):
    name = "events"
    noun = "event"
    form = EVENT_FORM
    entities = (Entity.EVENTS,)
    list_fields = frozenset({"partnerships"})
    kept_fields = frozenset({"time_zone", "kind"})
    pure_fields = frozenset({"kind", "time_zone", "venue", "attendance"})
    key_names = MappingProxyType({"event": "title and start"})
    sources = MappingProxyType({"starts_at": ("date",), "ends_at": ("date",)})
    fields = (
        form_field(EVENT_FORM, "title", ("event", "event name", "name", "what", "event title")),
        form_field(EVENT_FORM, "description", ("details", "about", "summary")),
        form_field(EVENT_FORM, "kind", ("type", "event type", "category")),
        form_field(EVENT_FORM, "time_zone", ("timezone", "tz", "zone")),
        ImportField("date", "Date", ("event date", "day", "datum")),
        form_field(EVENT_FORM,
            "starts_at",
            ("start", "starts", "begins", "from", "start date", "starting", "beginning",
             "time", "start date and time"),
            help="a date and time, or a time when a Date column gives the day; '18:00-20:00' "
            "gives the end too",
        ),
        form_field(EVENT_FORM,
            "ends_at",
            ("end", "ends", "until", "to", "finish", "end date", "ending", "end date and time"),
        ),
        form_field(EVENT_FORM, "venue", ("location", "place", "where", "address", "room")),
        form_field(EVENT_FORM,
            "attendance",
            ("attendees", "participants", "guests", "people", "headcount", "turnout",
             "number of attendees", "visitors"),
        ),
        form_field(EVENT_FORM,
            "youth_attendance",
            ("youth", "young people", "under 18", "students attending", "youth attendance"),
        ),
        form_field(EVENT_FORM, "outcome", ("result", "results", "report", "how it went")),
        *(form_field(EVENT_FORM, name, synonyms) for name, synonyms in OUTCOME_SYNONYMS.items()),
        form_field(EVENT_FORM,
            "partnerships",
            ("partnership", "partner city", "partner cities", "sister city", "sister cities",
             "partner"),
            help="partner city names (or ids), separated by semicolons",
        ),
    )

    def build(self, cells: Mapping[str, str], org: OrgDefaults) -> Built:
        values: dict[str, Any] = dict(cells)
        built = Built(values=values)
        if "partnerships" in values:
            built.refs["partnerships"] = values.pop("partnerships")
        if "kind" in values:
            values["kind"] = enum_text(EventKind, values["kind"], _KIND_ALIASES)
        if "attendance" in values:
            rough = _ROUGH_NUMBER.match(values["attendance"])
            if rough:
                values["attendance"] = rough["n"].replace(" ", "")
        day_text = values.pop("date", None)
        start = values.get("starts_at")
        if start is not None and "ends_at" not in values:
            span = _RANGE.match(start)
            if span and clock_text(span["start"]) and clock_text(span["end"]):
                values["starts_at"], values["ends_at"] = span["start"], span["end"]
        if day_text is not None:
            try:
                day = f.calendar_date(day_text, "Date")
            except f.FieldProblem as problem:
                built.problems["date"] = str(problem)
                return built
            if start is None:
                values["starts_at"] = day.isoformat()
            for name in ("starts_at", "ends_at"):
                clock = clock_text(values[name]) if name in values else None
                if clock is not None:
                    values[name] = f"{day.isoformat()} {clock}"
        elif "starts_at" in values and "ends_at" in values:
            # "2026-05-31 18:00" and "20:00": the end on the start's day.
            clock = clock_text(values["ends_at"])
            first = values["starts_at"].split()[0] if values["starts_at"].split() else ""
            if clock is not None:
                try:
                    day = f.calendar_date(first.split("T")[0], "Start time")
                except f.FieldProblem:
                    pass
                else:
                    values["ends_at"] = f"{day.isoformat()} {clock}"
        return built

    def label(self, values: Mapping[str, Any]) -> str:
        title = str(values.get("title") or "?")
        start, zone = values.get("starts_at"), values.get("time_zone")
        if isinstance(start, datetime) and isinstance(zone, str):
            return f"{title} ({start.astimezone(ZoneInfo(zone)):%Y-%m-%d})"
        return title

    def keys(self, values: Mapping[str, Any]) -> list[Key]:
        return [("event", (fold(str(values.get("title") or "")), values.get("starts_at")))]

    def resolve(
        self, session: Session, cache: dict[str, Any], built: Built, values: dict[str, Any]
    ) -> dict[str, str]:
        text = built.refs.get("partnerships")
        if not text:
            values["partnerships"] = []
            return {}
        known = cache.get("partnerships")
        if known is None:
            known = cache["partnerships"] = _partnership_names(session)
        ids: list[str] = []
        names = [text] if _lookup(known, text) else re.split(r"[;|\n]", text)
        if len(names) == 1 and not _lookup(known, names[0]):
            names = names[0].split(",")
        for name in (name.strip() for name in names):
            if not name:
                continue
            found = _lookup(known, name)
            if not found:
                return {
                    msg(
                        "partnerships",
                    ): msg(
                        "There is no partnership with {name}. Add the partnership first, or "
                        "correct the name.",
                        name=name,
                    )
                }
            if len(found) > 1:
                return {
                    "partnerships": msg(
                        "Several partnerships are with a city named {name}: give the "
                        "partnership's id instead.",
                        name=name,
                    )
                }
            if found[0] not in ids:
                ids.append(found[0])
        values["partnerships"] = ids
        return {}

    def load(self, session: Session) -> Index:
        index = Index()
        names = [name for name in EVENT_FORM.names if name != "partnerships"]
        links: dict[str, list[str]] = {}
        for event_id, partnership_id in session.execute(
            select(EventPartnership.event_id, EventPartnership.partnership_id).where(
                EventPartnership.deleted_at.is_(None)
            )
        ):
            links.setdefault(event_id, []).append(partnership_id)
        columns = [getattr(Event, _COLUMN_OF.get(name, name)) for name in names]
        for row in session.execute(select(Event.id, *columns).where(Event.deleted_at.is_(None))):
            values = dict(zip(names, row[1:], strict=True))
            values["partnerships"] = links.get(row.id, [])
            record = Record(values, id=row.id, labeler=self.label)
            index.add(record, self.keys(values))
        return index

    def insert(self, out: RowSink, values: Mapping[str, Any], org: OrgDefaults) -> str:
        fields = dict(values)
        partnership_ids = fields.pop("partnerships", None) or []
        event_id = out.add(Event, to_columns(fields, org.currency))
        for partnership_id in partnership_ids:
            out.add(EventPartnership, {"event_id": event_id, "partnership_id": partnership_id})
        return event_id

    def update(self, session: Session, record_id: str, updates: Mapping[str, Any]) -> None:
        event = session.get(Event, record_id)
        assert event is not None
        fields = dict(updates)
        wanted = fields.pop("partnerships", None)
        org_currency = organizations.defaults(session).currency
        for name, value in to_columns(fields, org_currency, event.investment_currency).items():
            setattr(event, name, value)
        if wanted is not None:
            linked = set(
                session.scalars(
                    select(EventPartnership.partnership_id).where(
                        EventPartnership.event_id == event.id,
                        EventPartnership.deleted_at.is_(None),
                    )
                )
            )
            for partnership_id in wanted:
                if partnership_id not in linked:
                    session.add(EventPartnership(event_id=event.id, partnership_id=partnership_id))


def _partnership_names(session: Session) -> dict[str, list[str]]:
    """Live partnerships by id and by their names folded."""
    known: dict[str, list[str]] = {}
    for partnership_id, city, local in session.execute(
        select(Partnership.id, Partnership.city_name, Partnership.city_name_local).where(
            Partnership.deleted_at.is_(None)
        )
    ):
        known.setdefault(partnership_id, []).append(partnership_id)
        for name in (city, local):
            if name:
                bucket = known.setdefault(name_key(name), [])
                if partnership_id not in bucket:
                    bucket.append(partnership_id)
    return known


def _lookup(known: Mapping[str, list[str]], text: str) -> list[str]:
    text = text.strip()
    return known.get(text) or known.get(name_key(text)) or []

