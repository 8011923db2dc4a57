"""Importing partnerships: the committee's list of partner cities."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Partnership, StatusChange
from sistercommittee.domain.enums import FocusArea, PartnershipKind, PartnershipStatus
from sistercommittee.importing.base import (
    Built,
    Index,
    Key,
    Kind,
    Record,
    RowSink,
    enum_list_text,
    enum_text,
    form_field,
    name_key,
)
from sistercommittee.services import countries
from sistercommittee.services.changes import Entity
from sistercommittee.services.forms import OrgDefaults
from sistercommittee.services.partnerships import PARTNERSHIP_FORM, label, today_in

_KIND_ALIASES = {
    "sister": "sister_city",
    "twin": "sister_city",
    "twin city": "sister_city",
    "twinning": "sister_city",
    "twin town": "sister_city",
    "friendship": "friendship_city",
    "friendship town": "friendship_city",
    "county": "sister_county",
    "state": "sister_state",
    "province": "sister_state",
    "prefecture": "sister_state",
}
_STATUS_ALIASES = {
    "signed": "active",
    "current": "active",
    "inactive": "dormant",
    "paused": "dormant",
    "closed": "ended",
    "terminated": "ended",
    "former": "ended",
    "exploratory": "exploring",
    "prospective": "exploring",
    "in discussion": "exploring",
    "pending": "proposed",
}
_FOCUS_ALIASES = {
    "youth": "education_youth",
    "education": "education_youth",
    "schools": "education_youth",
    "business": "business_trade",
    "trade": "business_trade",
    "economic": "business_trade",
    "municipal": "municipal_technical",
    "technical": "municipal_technical",
    "environment": "sustainability",
    "medical": "health",
    "sport": "sports",
}


class PartnershipsImport(Kind):
    name = "partnerships"
    noun = "partnership"
    form = PARTNERSHIP_FORM
    entities = (Entity.PARTNERSHIPS,)
    list_fields = frozenset({"focus_areas", "marked_dates"})
    name_fields = frozenset({"city_name", "city_name_local"})
    pure_fields = frozenset(
        {"country", "language", "time_zone", "kind", "status", "signed_on", "focus_areas",
         "region", "committee"}
    )
    # The status moves through its lifecycle with its history, never by an import.
    kept_fields = frozenset({"status", "kind", "country"})
    key_names = MappingProxyType({"city": "city and country", "local": "local name and country"})
    fields = (
        form_field(PARTNERSHIP_FORM,
            "city_name",
            ("city", "partner city", "sister city", "town", "municipality", "name",
             "city english", "city (english)", "partner", "twin town", "ville", "stadt"),
        ),
        form_field(PARTNERSHIP_FORM,
            "city_name_local",
            ("local name", "native name", "city local", "city (local)", "name in local script",
             "original name"),
        ),
        form_field(
            PARTNERSHIP_FORM, "region", ("state", "province", "prefecture", "county", "oblast")
        ),
        form_field(PARTNERSHIP_FORM, "country", ("nation", "country code", "land", "pays", "pais")),
        form_field(PARTNERSHIP_FORM, "language", ("language", "partner language")),
        form_field(PARTNERSHIP_FORM, "time_zone", ("time zone", "timezone", "tz")),
        form_field(PARTNERSHIP_FORM, "kind", ("type", "partnership type", "kind of partnership")),
        form_field(PARTNERSHIP_FORM, "status", ("partnership status", "state of partnership")),
        form_field(PARTNERSHIP_FORM,
            "signed_on",
            ("signed", "signed on", "date signed", "established", "since", "date established",
             "agreement date", "founded"),
        ),
        form_field(PARTNERSHIP_FORM, "focus_areas", ("focus", "areas", "focus area", "themes")),
        form_field(PARTNERSHIP_FORM, "marked_dates", ("dates to mark", "festivals", "holidays")),
        form_field(PARTNERSHIP_FORM, "committee", ("working group", "team")),
        form_field(PARTNERSHIP_FORM, "notes", ("note", "comments", "comment", "remarks")),
    )

    def build(self, cells: Mapping[str, str], org: OrgDefaults) -> Built:
        values: dict[str, Any] = countries.with_nation_as_region(cells)
        if "kind" in values:
            values["kind"] = enum_text(PartnershipKind, values["kind"], _KIND_ALIASES)
        if "status" in values:
            values["status"] = enum_text(PartnershipStatus, values["status"], _STATUS_ALIASES)
        if "focus_areas" in values:
            values["focus_areas"] = enum_list_text(FocusArea, values["focus_areas"], _FOCUS_ALIASES)
        return Built(values=values)

    def label(self, values: Mapping[str, Any]) -> str:
        city = str(values.get("city_name") or "?")
        country = values.get("country")
        if isinstance(country, str) and len(country) == 2 and country.isupper():
            return label(city, values.get("city_name_local"), country)
        return city

    def keys(self, values: Mapping[str, Any]) -> list[Key]:
        country = values.get("country")
        keys: list[Key] = [("city", (name_key(values.get("city_name")), country))]
        if values.get("city_name_local"):
            keys.append(("local", (name_key(values["city_name_local"]), country)))
        return keys

    def load(self, session: Session) -> Index:
        index = Index()
        columns = [getattr(Partnership, name) for name in PARTNERSHIP_FORM.names]
        for row in session.execute(
            select(Partnership.id, *columns).where(Partnership.deleted_at.is_(None))
        ):
            values = dict(zip(PARTNERSHIP_FORM.names, row[1:], strict=True))
            values["focus_areas"] = list(values["focus_areas"] or [])
            values["marked_dates"] = list(values["marked_dates"] or [])
            record = Record(values, id=row.id, labeler=self.label)
            index.add(record, self.keys(values))
        return index

    def insert(self, out: RowSink, values: Mapping[str, Any], org: OrgDefaults) -> str:
        partnership_id = out.add(Partnership, dict(values))
        # As when added by hand: an active partnership became active when it was signed;
        # otherwise its history starts today.
        status, signed_on = values["status"], values.get("signed_on")
        started = (
            signed_on
            if status == PartnershipStatus.ACTIVE and signed_on
            else today_in(org.time_zone)
        )
        out.add(
            StatusChange,
            {"partnership_id": partnership_id, "from_status": None, "to_status": status,
             "changed_on": started},
        )
        return partnership_id

    def update(self, session: Session, record_id: str, updates: Mapping[str, Any]) -> None:
        partnership = session.get(Partnership, record_id)
        assert partnership is not None
        for name, value in updates.items():
            setattr(partnership, name, value)
