"""How many signatories and scans a MOU has (those not deleted), as subqueries that a select of
MOUs carries along: the MOU list and a partnership's details both show the two counts."""

from __future__ import annotations

from sqlalchemy import ScalarSelect, func, select

from sistercommittee.domain import Mou, MouScan, MouSignatory


def signatories_count() -> ScalarSelect[int]:
    """The number of the MOU's signatories, for each MOU of the select it is put in."""
    return (
        select(func.count(MouSignatory.id))
        .where(MouSignatory.mou_id == Mou.id, MouSignatory.deleted_at.is_(None))
        .scalar_subquery()
    )


def scans_count() -> ScalarSelect[int]:
    """The number of the MOU's scans, for each MOU of the select it is put in."""
    return (
        select(func.count(MouScan.id))
        .where(MouScan.mou_id == Mou.id, MouScan.deleted_at.is_(None))
        .scalar_subquery()
    )
