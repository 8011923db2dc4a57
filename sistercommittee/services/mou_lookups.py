"""Finding the records a MOU action works on: a live MOU of a live partnership, the MOU of a
signatory or scan, and the partnership named by id or by city name; deleting and restoring a
signatory or scan, which is the same for both."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Mou, MouScan, MouSignatory, Partnership
from sistercommittee.domain.base import utcnow
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.partnerships import fold
from sistercommittee.storage.database import Database


def partnership_of(session: Session, mou: Mou, *, restoring: bool = False) -> Partnership:
    """The MOU's partnership, which must not be deleted (``restoring``: to bring the MOU back)."""
    return rows.live_parent(
        session,
        Partnership,
        mou.partnership_id,
        what="MOU",
        row_id=mou.id,
        parent_what="partnership",
        restoring=restoring,
    )


def live_mou(session: Session, mou_id: str) -> tuple[Mou, Partnership]:
    """A MOU that is not deleted, of a partnership that is not deleted."""
    mou = rows.live(session, Mou, mou_id, "MOU")
    return mou, partnership_of(session, mou)


def mou_of(
    session: Session, row: MouSignatory | MouScan, what: str, *, restoring: bool = False
) -> Mou:
    """The live MOU (of a live partnership) of a signatory or scan."""
    mou = rows.live_parent(
        session, Mou, row.mou_id, what=what, row_id=row.id, parent_what="MOU", restoring=restoring
    )
    live_mou(session, mou.id)
    return mou


def partnership_reference(values: Mapping[str, Any]) -> str | None:
    """The partnership named in the raw values, checked even when other fields are wrong (so
    that every problem is reported at once); None when not given or not text."""
    raw = values.get("partnership_id")
    if f.is_blank(raw):
        return None
    try:
        return f.text(raw, "Partnership")
    except f.FieldProblem:
        return None


def resolve_partnership(session: Session, reference: str) -> tuple[Partnership | None, str]:
    """The partnership named by id or by city name (English or local, any case or accents), or
    None with the message to show."""
    found = rows.is_live(session, Partnership, reference)
    if found is not None:
        return found, ""
    wanted = fold(reference)
    matches = [
        p
        for p in session.scalars(select(Partnership).where(Partnership.deleted_at.is_(None)))
        if wanted in (fold(p.city_name), fold(p.city_name_local))
    ]
    if len(matches) == 1:
        return matches[0], ""
    if matches:
        return None, (
            msg(
                "Several partnerships are with a city called {reference}; give the id of the "
                "one you mean (see 'partnership list').",
                reference=reference,
            )
        )
    return None, (
        msg(
            "There is no partnership '{reference}'. Give a partnership's id or its city name.",
            reference=reference,
        )
    )


MouPart = MouSignatory | MouScan


def delete_part(db: Database, model: type[MouPart], row_id: str, what: str) -> Changes:
    """Tombstone a signatory or scan of a live MOU."""
    with db.write() as session:
        row = rows.live(session, model, row_id, what)
        mou = mou_of(session, row, what)
        row.deleted_at = utcnow()
        return Changes.of(Entity.PARTNERSHIPS, ids=(row.id, mou.id))


def restore_part(db: Database, model: type[MouPart], row_id: str, what: str) -> Changes:
    """Bring back a deleted signatory or scan (the undo of a delete)."""
    with db.write() as session:
        row = rows.stored(session, model, row_id, what)
        mou = mou_of(session, row, what, restoring=True)
        row.deleted_at = None
        return Changes.of(Entity.PARTNERSHIPS, ids=(row.id, mou.id))
