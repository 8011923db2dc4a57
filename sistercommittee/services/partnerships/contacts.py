"""The people in the partner city: a partnership's contacts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from sistercommittee.domain import (
    PartnerContact,
    Partnership,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.services import bulk, organizations, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    OrgDefaults,
    apply,
    current_values,
    form_values,
    validate,
)
from sistercommittee.services.partnerships.forms import CONTACT_FORM
from sistercommittee.services.partnerships.partnership import _get
from sistercommittee.storage.database import Database

# --- partner contacts -------------------------------------------------------------------------


def _contact_defaults(org: OrgDefaults, partnership: Partnership) -> OrgDefaults:
    return replace(org, country=partnership.country, language=partnership.language or "")


def _get_contact(session: Session, contact_id: str) -> tuple[PartnerContact, Partnership]:
    contact = rows.live(session, PartnerContact, contact_id, "partner contact")
    partnership = rows.live_parent(
        session,
        Partnership,
        contact.partnership_id,
        what="partner contact",
        row_id=contact_id,
        parent_what="partnership",
    )
    return contact, partnership


def add_contact(db: Database, partnership_id: str, values: Mapping[str, Any]) -> Changes:
    """Add a person on the partner city's side."""
    with db.write() as session:
        partnership = _get(session, partnership_id)
        defaults = _contact_defaults(organizations.defaults(session), partnership)
        parsed = validate(CONTACT_FORM, values, defaults)
        contact = PartnerContact(partnership_id=partnership.id)
        apply(contact, parsed)
        session.add(contact)
        session.flush()
        return Changes.of(Entity.PARTNERSHIPS, ids=(contact.id, partnership.id))


def edit_contact(db: Database, contact_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        contact, partnership = _get_contact(session, contact_id)
        defaults = _contact_defaults(organizations.defaults(session), partnership)
        parsed = validate(CONTACT_FORM, values, defaults, current=current_values(contact))
        apply(contact, parsed)
        return Changes.of(Entity.PARTNERSHIPS, ids=(contact.id, partnership.id))


def delete_contact(db: Database, contact_id: str) -> Changes:
    with db.write() as session:
        contact, partnership = _get_contact(session, contact_id)
        contact.deleted_at = utcnow()
        return Changes.of(Entity.PARTNERSHIPS, ids=(contact.id, partnership.id))


def restore_contact(db: Database, contact_id: str) -> Changes:
    """Bring back a deleted contact (the undo of a delete)."""
    with db.write() as session:
        contact = rows.stored(session, PartnerContact, contact_id, "partner contact")
        _get(session, contact.partnership_id)
        contact.deleted_at = None
        return Changes.of(Entity.PARTNERSHIPS, ids=(contact.id, contact.partnership_id))


def delete_contacts(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several contacts as one action: all of them, or none."""
    return bulk.each(db, delete_contact, ids, "contact")


def restore_contacts(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several contacts (the undo of delete_contacts): all of them, or none."""
    return bulk.each(db, restore_contact, ids, "contact")


def contact_form_values(db: Database, contact_id: str) -> dict[str, Any]:
    """The contact's values in the terms of CONTACT_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(CONTACT_FORM, session, _get_contact(session, contact_id)[0])
