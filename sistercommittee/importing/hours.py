"""Importing volunteer hours: a timesheet naming each volunteer by name or email, and the event
(by its title) or the activity the time was for."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Event, HoursEntry, Volunteer
from sistercommittee.domain.enums import HoursKind
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
from sistercommittee.importing.volunteers import split_name
from sistercommittee.messages import msg
from sistercommittee.services.changes import Entity
from sistercommittee.services.forms import OrgDefaults
from sistercommittee.services.hours import HOURS_FORM
from sistercommittee.services.volunteers import display_name

_PENDING = "?"  # stands for a reference until it is resolved against the database
_KIND_ALIASES = {
    "meetings": "meeting",
    "board": "meeting",
    "translating": "translation",
    "interpreting": "translation",
    "interpretation": "translation",
    "host": "hosting",
    "host family": "hosting",
    "admin": "administration",
    "office": "administration",
    "fundraiser": "fundraising",
    "driving": "travel",
    "events": "event",
}


class HoursImport(Kind):
    name = "hours"
    noun = "hours entry"
    form = HOURS_FORM
    entities = (Entity.HOURS, Entity.VOLUNTEERS, Entity.EVENTS)
    kept_fields = frozenset({"kind"})
    pure_fields = frozenset({"worked_on", "hours", "kind", "activity"})
    key_names = MappingProxyType({"hours": "volunteer, date, hours and activity"})
    sources = MappingProxyType(
        {"volunteer_id": ("volunteer", "email", "given_name"), "hours": ("minutes",)}
    )
    fields = (
        ImportField(
            "volunteer",
            "Volunteer",
            ("name", "volunteer name", "full name", "person", "who", "member"),
            help="the volunteer's name as saved; an Email column tells two of a name apart",
        ),
        ImportField("given_name", "Given name", ("first name", "firstname", "first", "forename")),
        ImportField("family_name", "Family name", ("last name", "lastname", "surname", "last")),
        ImportField("email", "Email", ("e-mail", "email address", "e-mail address", "mail")),
        ImportField("event", "Event", ("event title", "event name", "for event")),
        form_field(HOURS_FORM, "activity", ("task", "description", "what", "work", "job")),
        form_field(
            HOURS_FORM,
            "worked_on",
            ("date", "day", "worked on", "on", "date of service", "datum"),
        ),
        form_field(HOURS_FORM, "hours", ("hrs", "time", "duration", "hours worked", "time given")),
        ImportField("minutes", "Minutes", ("mins", "min")),
        form_field(HOURS_FORM, "kind", ("kind", "type", "category")),
        form_field(HOURS_FORM, "notes", ("note", "comments", "comment", "remarks")),
        # A sheet of hours people reported themselves: they wait for approval once imported.
        form_field(HOURS_FORM, "self_logged", ("self reported", "self-reported", "self logged")),
    )

    def build(self, cells: Mapping[str, str], org: OrgDefaults) -> Built:
        values: dict[str, Any] = dict(cells)
        built = Built(values=values)
        name = values.pop("volunteer", None)
        given, family = values.pop("given_name", None), values.pop("family_name", None)
        if name is None and given is not None:
            name = display_name(given, family)
        email = values.pop("email", None)
        if name is None and email is None:
            built.problems["volunteer"] = msg("Give the volunteer's name or email.")
        built.refs["volunteer"] = name or ""
        built.refs["email"] = (email or "").strip().removeprefix("mailto:")
        values["volunteer_id"] = _PENDING
        event = values.pop("event", None)
        if event is not None:
            built.refs["event"] = event
            values["event_id"] = _PENDING
        minutes = values.pop("minutes", None)
        if minutes is not None and "hours" not in values:
            if re.fullmatch(r"\s*\d{1,5}\s*", minutes):
                values["hours"] = f"{int(minutes) // 60}:{int(minutes) % 60:02d}"
            else:
                built.problems["minutes"] = msg(
                    "Minutes must be a whole number, not '{minutes}'.",
                    minutes=minutes,
                )
        if "kind" in values:
            values["kind"] = enum_text(HoursKind, values["kind"], _KIND_ALIASES)
        return built

    def parsed(self, values: Mapping[str, Any], parsed: dict[str, Any]) -> dict[str, Any]:
        parsed["minutes"] = parsed.pop("hours")
        parsed["volunteer_id"] = None
        parsed["event_id"] = None
        return parsed

    def row_label(self, built: Built) -> str:
        who = built.refs.get("volunteer") or built.refs.get("email") or "?"
        day = built.values.get("worked_on")
        return f"{who} on {day}" if day else who

    def label(self, values: Mapping[str, Any]) -> str:
        day = values.get("worked_on")
        who = values.get("volunteer_name") or "?"
        return f"{who} on {day.isoformat()}" if isinstance(day, date) else str(who)

    def resolve(
        self, session: Session, cache: dict[str, Any], built: Built, values: dict[str, Any]
    ) -> dict[str, str]:
        if "volunteers" not in cache:
            cache["volunteers"] = _volunteers(session)
            cache["events"] = _events(session)
        by_email, by_name, names = cache["volunteers"]
        name, email = built.refs.get("volunteer", ""), built.refs.get("email", "")
        found: list[str] = []
        if email:
            found = by_email.get(email.casefold(), [])
        if not found and name:
            found = by_name.get(name_key(*split_name(name)), [])
        who = name or email
        if not found:
            return {
                "volunteer_id": msg(
                    "No volunteer {who} is saved. Import or add the volunteers first, or "
                    "correct the name.",
                    who=who,
                )
            }
        if len(found) > 1:
            return {
                msg(
                    "volunteer_id",
                ): msg(
                    "{count} volunteers are named {who}: add an Email column to tell them "
                    "apart.",
                    count=len(found), who=who,
                )
            }
        values["volunteer_id"] = found[0]
        values["volunteer_name"] = names[found[0]]
        title = built.refs.get("event")
        if title:
            by_title, by_id = cache["events"]
            if title.strip() in by_id:
                values["event_id"] = title.strip()
            else:
                candidates = by_title.get(fold(title), [])
                on_day = [event_id for event_id, day in candidates if day == values["worked_on"]]
                chosen = on_day or [event_id for event_id, _ in candidates]
                if len(chosen) != 1:
                    problem = (
                        msg(
                            "There is no event called {title}. Add it first, or correct the "
                            "title.",
                            title=title,
                        )
                        if not chosen
                        else msg(
                            "There are {count} events called {title}; give the date of the one "
                            "the time was for.",
                            count=len(chosen), title=title,
                        )
                    )
                    return {"event_id": problem}
                values["event_id"] = chosen[0]
        return {}

    def keys(self, values: Mapping[str, Any]) -> list[Key]:
        what = values.get("event_id") or fold(str(values.get("activity") or ""))
        return [
            ("hours", (values.get("volunteer_id"), values.get("worked_on"),
                       values.get("minutes"), what))
        ]

    def load(self, session: Session) -> Index:
        index = Index()
        names = ("volunteer_id", "event_id", "activity", "worked_on", "minutes", "kind", "notes")
        columns = [getattr(HoursEntry, name) for name in names]
        for row in session.execute(
            select(HoursEntry.id, *columns, Volunteer.given_name, Volunteer.family_name)
            .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
            .where(HoursEntry.deleted_at.is_(None))
        ):
            values = dict(zip(names, row[1:-2], strict=True))
            values["volunteer_name"] = display_name(row.given_name, row.family_name)
            record = Record(values, id=row.id, labeler=self.label)
            index.add(record, self.keys(values))
        return index

    def check(self, values: Mapping[str, Any], org: OrgDefaults) -> dict[str, str]:
        return {}

    def insert(self, out: RowSink, values: Mapping[str, Any], org: OrgDefaults) -> str:
        fields = {key: value for key, value in values.items() if key != "volunteer_name"}
        return out.add(HoursEntry, fields)

    def update(self, session: Session, record_id: str, updates: Mapping[str, Any]) -> None:
        entry = session.get(HoursEntry, record_id)
        assert entry is not None
        for name, value in updates.items():
            if name != "volunteer_name":
                setattr(entry, name, value)


def _volunteers(
    session: Session,
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, str]]:
    by_email: dict[str, list[str]] = {}
    by_name: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for volunteer_id, given, family, email in session.execute(
        select(Volunteer.id, Volunteer.given_name, Volunteer.family_name, Volunteer.email).where(
            Volunteer.deleted_at.is_(None)
        )
    ):
        names[volunteer_id] = display_name(given, family)
        if email:
            by_email.setdefault(email.casefold(), []).append(volunteer_id)
        by_name.setdefault(name_key(given, family), []).append(volunteer_id)
    return by_email, by_name, names


def _events(session: Session) -> tuple[dict[str, list[tuple[str, date]]], set[str]]:
    by_title: dict[str, list[tuple[str, date]]] = {}
    ids: set[str] = set()
    for event_id, title, starts_at, zone in session.execute(
        select(Event.id, Event.title, Event.starts_at, Event.time_zone).where(
            Event.deleted_at.is_(None)
        )
    ):
        ids.add(event_id)
        day = starts_at.astimezone(ZoneInfo(zone)).date()
        by_title.setdefault(fold(title), []).append((event_id, day))
    return by_title, ids
