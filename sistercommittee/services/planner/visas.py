"""How long before departure to apply for a visa, per destination country: the shipped defaults
(resources/planner/visa_lead_times.csv, which says where its figures come from) under the
committee's own figures, which sync like every record."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import VisaLeadTime
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.planner import planner_id
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Country, Message, msg, shipped
from sistercommittee.resources import resource_path
from sistercommittee.services import countries
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.storage.database import Database

GENERAL_DEFAULT_DAYS = 60  # for a country the shipped table does not list
MAX_LEAD_DAYS = 365


@dataclass(frozen=True)
class LeadTime:
    country: str
    country_name: str
    visa_required: bool  # False: the committee says its delegations need no visa there
    lead_days: int
    note: str | None
    source: str  # "committee" (its own figure), "default" (shipped), "general" (not listed)
    default_days: int  # the shipped figure, to show beside the committee's


@cache
def shipped_defaults() -> dict[str, tuple[int, Message]]:
    """Country -> (lead days, note) from the seed file."""
    path = resource_path("planner", "visa_lead_times.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {
        row["country"]: (int(row["lead_days"]), shipped(row["note"].strip()))
        for row in csv.DictReader(lines)
    }


def _row_id(country: str) -> str:
    return planner_id("visa_lead_times", country)


def _lead_time(country: str, row: VisaLeadTime | None) -> LeadTime:
    default = shipped_defaults().get(country)
    default_days = default[0] if default else GENERAL_DEFAULT_DAYS
    name = Country(country)
    if row is not None and row.deleted_at is None:
        return LeadTime(
            country, name, row.visa_required, row.lead_days, row.note, "committee", default_days
        )
    if default is not None:
        return LeadTime(country, name, True, default[0], default[1], "default", default_days)
    return LeadTime(
        country,
        name,
        True,
        GENERAL_DEFAULT_DAYS,
        msg(
            "No figure for this country in the shipped table: the general default. "
            "Check with its embassy."
        ),
        "general",
        default_days,
    )


def lead_time_in(session: Session, country: str) -> LeadTime:
    return _lead_time(country, session.get(VisaLeadTime, _row_id(country)))


def visa_lead_times(db: Database) -> list[LeadTime]:
    """Every country of the shipped table and every country the committee gave a figure for."""
    with db.read() as session:
        own = {
            row.country: row
            for row in session.scalars(
                select(VisaLeadTime).where(VisaLeadTime.deleted_at.is_(None))
            )
        }
    codes = set(shipped_defaults()) | set(own)
    found = [_lead_time(code, own.get(code)) for code in codes]
    return sorted(found, key=lambda item: countries.fold(item.country_name))


def lead_time(db: Database, country: str) -> LeadTime:
    code = f.country(country, "Country") if not _is_code(country) else country
    with db.read() as session:
        return lead_time_in(session, code)


def _is_code(value: str) -> bool:
    return len(value) == 2 and value.isupper()


def set_visa_lead_time(
    db: Database,
    country: str,
    lead_days: int | str,
    *,
    visa_required: bool = True,
    note: str | None = None,
) -> Changes:
    """The committee's figure for a destination: apply ``lead_days`` before departure."""
    problems = f.first_problem(
        (
            ("country", lambda: f.country(country, "Country")),
            ("lead_days", lambda: f.integer(lead_days, "Lead time (days)", maximum=MAX_LEAD_DAYS)),
        )
    )
    if problems:
        raise ValidationError(problems)
    code = f.country(country, "Country")
    days = f.integer(lead_days, "Lead time (days)", maximum=MAX_LEAD_DAYS)
    text = f.text(note, "Note", max_length=1000, multiline=True) if note else None
    with db.write() as session:
        row = session.get(VisaLeadTime, _row_id(code))
        if row is None:
            row = VisaLeadTime(id=_row_id(code), country=code, lead_days=days)
            session.add(row)
        row.deleted_at = None
        row.lead_days = days
        row.visa_required = visa_required
        row.note = text
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(row.id,))


def reset_visa_lead_time(db: Database, country: str) -> Changes:
    """Back to the shipped default: the committee's figure is removed (a tombstone that syncs)."""
    code = f.country(country, "Country")
    with db.write() as session:
        row = session.get(VisaLeadTime, _row_id(code))
        if row is None or row.deleted_at is not None:
            raise ValidationError.single(
                "country",
                msg(
                    "The committee has no figure of its own for {countries_english_name_c}: it "
                    "already uses the default.",
                    countries_english_name_c=countries.english_name(code),
                ),
            )
        row.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(row.id,))
