"""The organization that owns the database: created once, edited from the settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Organization
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import countries, places
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    OrgDefaults,
    apply,
    current_values,
    form_values,
    long_text,
    plain,
    short_text,
    validate,
)
from sistercommittee.storage.database import Database


def _currency_of(country: str) -> str:
    """The currency a country uses today, as babel knows it."""
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(country)
    return found[0] if found else "USD"


def _zone_of(ctx: FormContext) -> places.ZoneAnswer:
    values = ctx.values
    return places.zone_for_place(values.get("city"), values.get("region"), values["country"])


def _check_zone(ctx: FormContext) -> dict[str, str]:
    """A zone the home city does not tell is chosen by the user, not guessed."""
    if ctx.values.get("time_zone") is None and ctx.values.get("country"):
        return {"time_zone": _zone_of(ctx).reason}
    return {}


def _public_contact(raw: Any, label: str) -> str:
    """An email address or a web address (https://…) the public may use."""
    value = f.text(raw, label, max_length=254)
    if value.lower().startswith(("https://", "http://")):
        if " " in value or "." not in value.split("//", 1)[1]:
            raise f.FieldProblem(msg(
                "{label} '{value}' is not a web address.",
                label=label, value=value,
            ))
        return value
    try:
        return f.email(value, label)
    except f.FieldProblem:
        raise f.FieldProblem(
            msg(
                "{label} must be an email address or a web address starting with https://.",
                label=label,
            )
        ) from None


ORGANIZATION_FORM = FormSpec(
    noun="organization",
    fields=(
        Field("name", "Organization name", plain(f.text), required=True),
        Field("city", "Home city", plain(f.text), required=True),
        Field("region", "Region or state", plain(f.text)),
        Field("country", "Country", plain(f.country), required=True),
        Field("sci_member_number", "SCI member number", short_text(40)),
        Field("language", "Language", plain(f.language), default=lambda ctx: "en"),
        Field(
            "currency",
            "Currency",
            plain(f.currency),
            default=lambda ctx: _currency_of(ctx.values["country"]),
        ),
        Field(
            "time_zone",
            "Time zone",
            plain(f.time_zone),
            default=lambda ctx: _zone_of(ctx).zone,
            help="IANA zone such as America/Chicago; by default the home city's",
        ),
        Field("notes", "Notes", long_text()),
        Field(
            "directory_listed",
            "List our partnerships in HQ's directory",
            plain(f.boolean),
            default=lambda ctx: False,
            help="HQ shows your partnerships, city and public contact to other members",
        ),
        Field(
            "public_contact",
            "Public contact",
            plain(_public_contact),
            help="An email or web address shown in HQ's directory",
        ),
        Field(
            "industries",
            "Main industries",
            short_text(300),
            help="What the town lives from, comma-separated, e.g. tourism, wine; the partner "
            "finder matches it with committees in HQ's directory",
        ),
    ),
    check=lambda ctx: {**_check_zone(ctx), **_check_listing(ctx)},
)


def _check_listing(ctx: FormContext) -> dict[str, str]:
    """A listing needs a way for people to reach the committee."""
    if ctx.values.get("directory_listed") and not ctx.values.get("public_contact"):
        return {"public_contact": msg("Give a public contact to be listed in HQ's directory.")}
    return {}


@dataclass(frozen=True)
class OrganizationInfo:
    id: str
    name: str
    city: str
    region: str | None
    country: str
    sci_member_number: str | None
    language: str
    currency: str
    time_zone: str
    notes: str | None
    directory_listed: bool = False
    public_contact: str | None = None

    @property
    def defaults(self) -> OrgDefaults:
        return OrgDefaults(self.country, self.currency, self.time_zone, self.language)


def current(session: Session) -> Organization:
    org = session.scalar(select(Organization).where(Organization.deleted_at.is_(None)))
    if org is None:
        raise NotFoundError(
            msg("This database has no organization yet. Create it with 'sistercommittee init'.")
        )
    return org


def defaults(session: Session) -> OrgDefaults:
    org = current(session)
    return OrgDefaults(org.country, org.currency, org.time_zone, org.language)


def _info(org: Organization) -> OrganizationInfo:
    return OrganizationInfo(
        id=org.id,
        name=org.name,
        city=org.city,
        region=org.region,
        country=org.country,
        sci_member_number=org.sci_member_number,
        language=org.language,
        currency=org.currency,
        time_zone=org.time_zone,
        notes=org.notes,
        directory_listed=bool(org.directory_listed),
        public_contact=org.public_contact,
    )


def has_organization(db: Database) -> bool:
    with db.read() as session:
        return session.scalar(select(Organization.id).limit(1)) is not None


def create_organization(db: Database, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        if session.scalar(select(Organization.id).limit(1)) is not None:
            raise ValidationError.single(
                "name", msg("This database already belongs to an organization.")
            )
        values = countries.with_nation_as_region(values)
        parsed = validate(ORGANIZATION_FORM, values, OrgDefaults("US", "USD", "UTC"))
        org = Organization()
        apply(org, parsed)
        session.add(org)
        session.flush()
        return Changes.of(Entity.ORGANIZATION, ids=(org.id,))


def edit_organization(db: Database, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        org = current(session)
        parsed = validate(
            ORGANIZATION_FORM,
            countries.with_nation_as_region(values),
            OrgDefaults(org.country, org.currency, org.time_zone),
            current=current_values(org),
        )
        apply(org, parsed)
        return Changes.of(Entity.ORGANIZATION, ids=(org.id,))


def get_organization(db: Database) -> OrganizationInfo:
    with db.read() as session:
        return _info(current(session))


def organization_form_values(db: Database) -> dict[str, Any]:
    """The organization's values in the terms of ORGANIZATION_FORM (for the preferences)."""
    with db.read() as session:
        return form_values(ORGANIZATION_FORM, session, current(session))
