"""Finding a record by its id: the live row, or NotFoundError with a sentence naming what is gone.

A deleted row stays in its table with ``deleted_at`` set (so that the delete syncs), and a row
whose parent is deleted is gone with it: a shift of a deleted event, a contact of a deleted
partnership. Restores are the exception: they look for the row deleted or not (``stored``), and
are told to restore the parent first when the parent is the one that was deleted.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from sistercommittee.domain.base import Synced
from sistercommittee.errors import NotFoundError
from sistercommittee.messages import msg, noun
from sistercommittee.storage.bulk import MissingRow, update_rows

Row = TypeVar("Row", bound=Synced)
Parent = TypeVar("Parent", bound=Synced)


def missing(what: str, row_id: str) -> NotFoundError:
    """The error for an id that names no live record: "There is no event with id …"."""
    return NotFoundError(
        msg("There is no {what} with id {row_id}.", what=noun(what), row_id=row_id)
    )


def live(session: Session, model: type[Row], row_id: str, what: str) -> Row:
    """The row of ``model`` with this id that is not deleted; ``what`` names it in the message."""
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise missing(what, row_id)
    return row


def is_live(session: Session, model: type[Row], row_id: str | None) -> Row | None:
    """The live row with this id, or None (for checks that say more than "not found")."""
    if row_id is None:
        return None
    row = session.get(model, row_id)
    return row if row is not None and row.deleted_at is None else None


def stored(session: Session, model: type[Row], row_id: str, what: str) -> Row:
    """The row with this id, deleted or not: what a restore brings back."""
    row = session.get(model, row_id)
    if row is None:
        raise missing(what, row_id)
    return row


def live_parent(
    session: Session,
    model: type[Parent],
    parent_id: str,
    *,
    what: str,
    row_id: str,
    parent_what: str,
    restoring: bool = False,
) -> Parent:
    """The live parent (``model``, ``parent_id``) of the row ``what`` ``row_id``.

    A deleted parent hides its rows, so the row is not found; a restore of the row is told to
    bring the parent back first instead."""
    parent = is_live(session, model, parent_id)
    if parent is None:
        if restoring:
            raise NotFoundError(
                msg(
                    "The {parent_what} of this {what} was deleted: restore the {parent_what} "
                    "first.",
                    parent_what=noun(parent_what), what=noun(what),
                )
            )
        raise NotFoundError(msg(
            "There is no {what} with id {row_id}: its {parent_what} was deleted.",
            what=noun(what), row_id=row_id, parent_what=noun(parent_what),
        ))
    return parent


def update_live(
    session: Session,
    model: type[Row],
    row_ids: tuple[str, ...],
    values: dict[str, Any],
    what: str,
    *,
    deleted: bool = False,
) -> list[str]:
    """Set ``values`` on many rows at once (storage.bulk.update_rows), every id naming a live row
    of ``model`` (or, with ``deleted``, a row at all): else NotFoundError for the first that does
    not, and nothing written. The one query that reads the rows' values also checks them."""
    try:
        return update_rows(
            session, model, list(row_ids), values, require="stored" if deleted else "live"
        )
    except MissingRow as error:
        raise missing(what, error.row_id) from None


