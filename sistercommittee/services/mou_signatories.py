"""The people who signed a MOU, on our side and the partner's, in their order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import Mou, MouSignatory
from sistercommittee.domain.enums import SignatorySide
from sistercommittee.services import bulk, organizations, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import apply, current_values, form_values, validate
from sistercommittee.services.mou_forms import SIGNATORY_FORM
from sistercommittee.services.mou_lookups import delete_part, live_mou, mou_of, restore_part
from sistercommittee.storage.database import Database


def _get_signatory(session: Session, signatory_id: str) -> tuple[MouSignatory, Mou]:
    signatory = rows.live(session, MouSignatory, signatory_id, "signatory")
    return signatory, mou_of(session, signatory, "signatory")


def _next_position(session: Session, mou_id: str, side: SignatorySide) -> int:
    highest = session.scalar(
        select(func.max(MouSignatory.position)).where(
            MouSignatory.mou_id == mou_id,
            MouSignatory.side == side,
            MouSignatory.deleted_at.is_(None),
        )
    )
    return 0 if highest is None else int(highest) + 1


def add_signatory(db: Database, mou_id: str, values: Mapping[str, Any]) -> Changes:
    """Add someone who signed the MOU, on our side or the partner's."""
    with db.write() as session:
        mou, _ = live_mou(session, mou_id)
        parsed = validate(SIGNATORY_FORM, values, organizations.defaults(session))
        if parsed.get("position") is None:
            parsed["position"] = _next_position(session, mou.id, parsed["side"])
        signatory = MouSignatory(mou_id=mou.id)
        apply(signatory, parsed)
        session.add(signatory)
        session.flush()
        return Changes.of(Entity.PARTNERSHIPS, ids=(signatory.id, mou.id))


def edit_signatory(db: Database, signatory_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        signatory, mou = _get_signatory(session, signatory_id)
        parsed = validate(
            SIGNATORY_FORM,
            values,
            organizations.defaults(session),
            current=current_values(signatory),
        )
        if "position" in parsed and parsed["position"] is None:
            # Cleared: the end of its side's list.
            side = parsed.get("side", signatory.side)
            parsed["position"] = _next_position(session, mou.id, side)
        elif "side" in parsed and parsed["side"] != signatory.side and "position" not in parsed:
            parsed["position"] = _next_position(session, mou.id, parsed["side"])
        apply(signatory, parsed)
        return Changes.of(Entity.PARTNERSHIPS, ids=(signatory.id, mou.id))


def delete_signatory(db: Database, signatory_id: str) -> Changes:
    return delete_part(db, MouSignatory, signatory_id, "signatory")


def restore_signatory(db: Database, signatory_id: str) -> Changes:
    """Bring back a deleted signatory (the undo of a delete)."""
    return restore_part(db, MouSignatory, signatory_id, "signatory")


def delete_signatories(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several signatories as one action: all of them, or none."""
    return bulk.each(db, delete_signatory, ids, "signatory")


def restore_signatories(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several signatories (the undo of delete_signatories): all of them, or none."""
    return bulk.each(db, restore_signatory, ids, "signatory")


def signatory_form_values(db: Database, signatory_id: str) -> dict[str, Any]:
    """The signatory's values in the terms of SIGNATORY_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(SIGNATORY_FORM, session, _get_signatory(session, signatory_id)[0])
