"""Undo and Redo: every add, edit and delete is a QUndoCommand whose undo and redo call services.

The action itself runs first, on the writer thread, like any other write; only when it succeeded
is its command pushed (the push does not run it again). Undo of an add deletes the record, its
redo restores it (same id); undo of an edit edits back to the values read just before the edit;
undo of a delete restores. Undo and redo run on the same single writer thread as everything else,
so they happen in the order the user asked for them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from sistercommittee.ui.ops import ServiceOp

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext


@dataclass(frozen=True)
class Undoable:
    """What a finished action returns from the worker: its changes and how to undo/redo it."""

    changes: Changes
    undo: Callable[[], Changes]
    redo: Callable[[], Changes]
    undoable: bool = True  # False: a step the service cannot take back (not put on the stack)


class ServiceCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, undoable: Undoable) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._undoable = undoable
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:  # pushed after the action ran
            self._already_done = False
            return
        self._run(self._undoable.redo)

    def undo(self) -> None:
        self._run(self._undoable.undo)

    def _run(self, fn: Callable[[], Changes]) -> None:
        ctx = self._ctx
        ctx.write(None, fn, initiator=self).on_failure(
            lambda error: _history_broken(ctx, error)
        ).run()


def _history_broken(ctx: AppContext, error: BaseException) -> None:
    """An undo or redo failed (the record was changed elsewhere, the disk is full): the history no
    longer matches the database, so it is cleared after saying why."""
    from sistercommittee.ui import errors

    errors.show_error(None, error)
    ctx.undo_stack.clear()


def perform(
    ctx: AppContext,
    parent: QWidget | None,
    text: str,
    job: Callable[[], Undoable],
    *,
    on_success: Callable[[Changes], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    initiator: object = None,
    progress: str | None = None,
) -> ServiceOp:
    """Run ``job`` on the writer thread; when it succeeds, push its command and announce its
    changes. With ``progress``, a progress dialog appears if it takes a while."""

    def done(undoable: Undoable) -> None:
        if undoable.undoable:
            ctx.undo_stack.push(ServiceCommand(ctx, text, undoable))
        if on_success is not None:
            on_success(undoable.changes)

    op = ctx.write(parent, job, initiator=initiator).on_success(done)
    if on_failure is not None:
        op.on_failure(on_failure)
    if progress is not None:
        op.with_progress(progress, cancellable=False)
    return op.run()


# --- the three usual shapes -------------------------------------------------------------------

Values = Mapping[str, Any]


def add_job(
    db: Database,
    add: Callable[[Database, Values], Changes],
    delete: Callable[[Database, str], Changes],
    restore: Callable[[Database, str], Changes],
    values: Values,
) -> Callable[[], Undoable]:
    def job() -> Undoable:
        changes = add(db, values)
        record_id = changes.id
        return Undoable(
            changes,
            undo=lambda: delete(db, record_id),
            redo=lambda: restore(db, record_id),
        )

    return job


def edit_job(
    db: Database,
    read_values: Callable[[Database, str], dict[str, Any]],
    edit: Callable[[Database, str, Values], Changes],
    record_id: str,
    values: Values,
) -> Callable[[], Undoable]:
    """``read_values`` gives the record's current values in the form's terms, for the undo."""

    def job() -> Undoable:
        before = read_values(db, record_id)
        changed = {name: value for name, value in values.items() if name in before}
        previous = {name: before[name] for name in changed}
        changes = edit(db, record_id, values)
        return Undoable(
            changes,
            undo=lambda: edit(db, record_id, previous),
            redo=lambda: edit(db, record_id, values),
        )

    return job


def delete_job(
    db: Database,
    delete: Callable[[Database, tuple[str, ...]], Changes],
    restore: Callable[[Database, tuple[str, ...]], Changes],
    record_ids: tuple[str, ...],
) -> Callable[[], Undoable]:
    """Delete one or several records in one service call (one transaction); undo restores them
    together, redo deletes them again."""

    def job() -> Undoable:
        return Undoable(
            delete(db, record_ids),
            undo=lambda: restore(db, record_ids),
            redo=lambda: delete(db, record_ids),
        )

    return job


# --- parts of a record (contacts, shifts, participants …) -------------------------------------


def add_part_job(
    db: Database,
    add: Callable[[Database, str, Values], Changes],
    remove: Callable[[Database, str], Changes],
    restore: Callable[[Database, str], Changes],
    parent_id: str,
    values: Values,
) -> Callable[[], Undoable]:
    """Add a part to the record ``parent_id``. Undo removes it; redo restores it under the same
    id, so that the steps above it on the stack still find it."""

    def job() -> Undoable:
        changes = add(db, parent_id, values)
        part_id = changes.id
        return Undoable(
            changes, undo=lambda: remove(db, part_id), redo=lambda: restore(db, part_id)
        )

    return job


def remove_parts_job(
    db: Database,
    remove: Callable[[Database, tuple[str, ...]], Changes],
    restore: Callable[[Database, tuple[str, ...]], Changes],
    part_ids: tuple[str, ...],
) -> Callable[[], Undoable]:
    """Remove parts in one service call (one transaction). Undo restores them under their ids (a
    service that cannot put one back as it was refuses, and the history is cleared); redo removes
    them again."""

    def job() -> Undoable:
        return Undoable(
            remove(db, part_ids),
            undo=lambda: restore(db, part_ids),
            redo=lambda: remove(db, part_ids),
        )

    return job


def remove_rows(
    ctx: AppContext,
    parent: QWidget | None,
    text: str,
    remove: Callable[[Database, tuple[str, ...]], Changes],
    restore: Callable[[Database, tuple[str, ...]], Changes],
    rows: Sequence[Any],
) -> ServiceOp:
    """Remove the parts shown in ``rows`` (each with its ``id``) as one undoable action."""
    ids = tuple(row.id for row in rows)
    return perform(ctx, parent, text, remove_parts_job(ctx.db, remove, restore, ids))


def simple_job(do: Callable[[], Changes], undo: Callable[[], Changes]) -> Callable[[], Undoable]:
    """An action whose undo is known before it runs (assign a shift, change a status back)."""

    def job() -> Undoable:
        return Undoable(do(), undo=undo, redo=do)

    return job
