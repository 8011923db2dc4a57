"""Finding the records a MOU action works on: a live MOU of a live partnership, the MOU of a
signatory or scan, and the partnership named by id or by city name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Mou, MouScan, MouSignatory, Partnership
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import rows
from sistercommittee.services.partnerships import fold


def live_mou(session: Session, mou_id: str) -> tuple[Mou, Partnership]:
    """A MOU that is not deleted, of a partnership that is not deleted."""
    mou = rows.live(session, Mou, mou_id, "MOU")
    partnership = rows.live_parent(
        session,
        Partnership,
        mou.partnership_id,
        what="MOU",
        row_id=mou_id,
        parent_what="partnership",
    )
    return mou, partnership


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
