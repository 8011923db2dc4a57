"""Writes of the partnership itself: add, edit, delete and its undo."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import (
    func,
    select,
)
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Exchange,
    Partnership,
    StatusChange,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import (
    PartnershipStatus,
)
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import bulk, countries, organizations, places, rows
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    FormContext,
    OrgDefaults,
    apply,
    current_values,
    form_values,
    validate,
)
from sistercommittee.services.partnerships.common import (
    _listing,
    _word,
    allowed_next,
    country_name,
    default_language,
    fold,
    same_name,
    today_in,
)
from sistercommittee.services.partnerships.forms import PARTNERSHIP_FORM
from sistercommittee.services.partnerships.zones import default_time_zone, zone_fits_country
from sistercommittee.storage.database import Database

# --- writes -----------------------------------------------------------------------------------


def _get(session: Session, partnership_id: str) -> Partnership:
    return rows.live(session, Partnership, partnership_id, "partnership")


def _quiet_parse(name: str, raw: Mapping[str, Any], fallback: Any, org: OrgDefaults) -> Any:
    """One field's parsed value, or None when it is wrong (its message comes from validate)."""
    if name not in raw:
        return fallback
    if f.is_blank(raw[name]):
        return None
    spec_field = PARTNERSHIP_FORM.field(name)
    try:
        return spec_field.parse(raw[name], spec_field.label, FormContext(org, {}))
    except f.FieldProblem:
        return None


def _duplicate_problem(
    session: Session, city: str | None, country: str | None, own_id: str | None
) -> dict[str, str]:
    if not city or not country:
        return {}
    wanted = fold(city)
    for other_id, other_name in session.execute(
        select(Partnership.id, Partnership.city_name).where(
            Partnership.country == country, Partnership.deleted_at.is_(None)
        )
    ):
        if other_id != own_id and fold(other_name) == wanted:
            return {
                "city_name": (
                    msg(
                        "There is already a partnership with {other_name}, "
                        "{country}. Open it instead of adding the city twice.",
                        other_name=other_name, country=country_name(country),
                    )
                )
            }
    return {}


def _follow_country(raw: dict[str, Any], partnership: Partnership, org: OrgDefaults) -> None:
    """When the country is corrected, bring the language and time zone along, unless they are
    given too, or were chosen on purpose (differ from the old country's defaults) and a chosen
    zone is also used in the new country."""
    new_country = _quiet_parse("country", raw, partnership.country, org)
    if not new_country or new_country == partnership.country:
        return
    zone = partnership.time_zone
    if "time_zone" not in raw and (
        zone is None
        or zone == default_time_zone(partnership.country)
        or not zone_fits_country(zone, new_country)
    ):
        city = _quiet_parse("city_name", raw, partnership.city_name, org)
        region = _quiet_parse("region", raw, partnership.region, org)
        raw["time_zone"] = places.zone_for_place(city, region, new_country).zone
    if "language" not in raw and partnership.language in (
        None,
        default_language(partnership.country),
    ):
        raw["language"] = default_language(new_country)


def _drop_repeated_local_name(partnership: Partnership) -> None:
    """A local name that is the English one ("Besançon") says nothing more: it is not kept, so
    that no list shows "Besançon (Besançon)"."""
    if same_name(partnership.city_name_local, partnership.city_name):
        partnership.city_name_local = None


def add_partnership(db: Database, values: Mapping[str, Any]) -> Changes:
    """Add a partnership, with the first step of its status history."""
    with db.write() as session:
        org = organizations.defaults(session)
        problems: dict[str, str] = {}
        values = countries.with_nation_as_region(values)
        try:
            parsed = validate(PARTNERSHIP_FORM, values, org)
        except ValidationError as error:
            problems.update(error.errors)
            parsed = {}
        if "city_name" not in problems:
            problems.update(
                _duplicate_problem(
                    session,
                    _quiet_parse("city_name", values, None, org),
                    _quiet_parse("country", values, None, org),
                    None,
                )
            )
        if problems:
            raise ValidationError(problems)
        partnership = Partnership()
        apply(partnership, parsed)
        _drop_repeated_local_name(partnership)
        session.add(partnership)
        session.flush()
        status = partnership.status
        # An active partnership became active when it was signed; otherwise history starts today.
        started = (
            partnership.signed_on
            if status == PartnershipStatus.ACTIVE and partnership.signed_on
            else today_in(org.time_zone)
        )
        session.add(
            StatusChange(
                partnership_id=partnership.id,
                from_status=None,
                to_status=status,
                changed_on=started,
            )
        )
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))


def edit_partnership(db: Database, partnership_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a partnership's details. The status is changed with change_status instead."""
    with db.write() as session:
        partnership = _get(session, partnership_id)
        org = organizations.defaults(session)
        raw = countries.with_nation_as_region(values)
        problems: dict[str, str] = {}
        if "status" in raw:
            # A form may send the status back unchanged; only a change is refused.
            if _quiet_parse("status", raw, None, org) != partnership.status:
                problems["status"] = (
                    msg(
                        "The status is not edited with the other details: use change status, "
                        "which keeps the history. From {status} it can become {allowed}.",
                        status=_word(partnership.status),
                        allowed=_listing(allowed_next(partnership.status)),
                    )
                )
            del raw["status"]
        _follow_country(raw, partnership, org)
        try:
            parsed = validate(PARTNERSHIP_FORM, raw, org, current=current_values(partnership))
        except ValidationError as error:
            problems.update(error.errors)
            parsed = {}
        if "city_name" not in problems and ("city_name" in raw or "country" in raw):
            problems.update(
                _duplicate_problem(
                    session,
                    _quiet_parse("city_name", raw, partnership.city_name, org),
                    _quiet_parse("country", raw, partnership.country, org),
                    partnership.id,
                )
            )
        if problems:
            raise ValidationError(problems)
        apply(partnership, parsed)
        _drop_repeated_local_name(partnership)
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))


def delete_partnership(db: Database, partnership_id: str) -> Changes:
    """Delete a partnership added by mistake. One with exchanges is refused: its exchanges would
    lose their city; setting the status to ended keeps the history instead."""
    with db.write() as session:
        partnership = _get(session, partnership_id)
        exchanges = session.scalar(
            select(func.count(Exchange.id)).where(
                Exchange.partnership_id == partnership.id, Exchange.deleted_at.is_(None)
            )
        )
        if exchanges:
            raise ValidationError.single(
                "partnership",
                msg(
                    "{city} has 1 exchange, which would lose their partner city. Delete those "
                    "first, or change the partnership's status to ended to keep its history.",
                    city=partnership.city_name,
                )
                if exchanges == 1
                else msg(
                    "{city} has {count} exchanges, which would lose their partner city. Delete "
                    "those first, or change the partnership's status to ended to keep its "
                    "history.",
                    city=partnership.city_name, count=exchanges,
                ),
            )
        partnership.deleted_at = utcnow()
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))


def restore_partnership(db: Database, partnership_id: str) -> Changes:
    """Bring back a deleted partnership (the undo of a delete)."""
    with db.write() as session:
        partnership = rows.stored(session, Partnership, partnership_id, "partnership")
        if partnership.deleted_at is None:
            return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))
        clash = _duplicate_problem(
            session, partnership.city_name, partnership.country, partnership.id
        )
        if clash:
            raise ValidationError(clash)
        partnership.deleted_at = None
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))


def delete_partnerships(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several partnerships as one action: all of them, or none."""
    return bulk.each(db, delete_partnership, ids, "partnership")


def restore_partnerships(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several partnerships (the undo of delete_partnerships): all of them, or none."""
    return bulk.each(db, restore_partnership, ids, "partnership")


def partnership_form_values(db: Database, partnership_id: str) -> dict[str, Any]:
    """The partnership's values in the terms of PARTNERSHIP_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(PARTNERSHIP_FORM, session, _get(session, partnership_id))
