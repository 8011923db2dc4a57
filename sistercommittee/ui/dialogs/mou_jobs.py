"""The undoable writes of a MOU's texts and scans, as the MOU dialog runs them: a text set in a
language (undone to what it was, or removed), texts removed together, scans attached together.
(Signatories are sub-records with the usual add, edit and remove jobs of ui/undo.py.)"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sistercommittee.ui.undo import Undoable

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.storage.database import Database


def _together(changes: Sequence[Changes]) -> Changes:
    """The changes of several writes as one (there is at least one)."""
    assert changes
    result = changes[0]
    for more in changes[1:]:
        result = result | more
    return result


def set_text_job(
    db: Database, mou_id: str, language: str, body: str, before: dict[str, str]
) -> Callable[[], Undoable]:
    """Set the MOU's text in ``language``; undone to the text ``before`` held for that language,
    or removed when there was none."""
    from sistercommittee.services import mou_texts

    def job() -> Undoable:
        from sistercommittee.services.fields import language as parse_language

        changes = mou_texts.set_mou_text(db, mou_id, language, body)
        stored = parse_language(language, "Language")  # as the service stored it
        previous = before.get(stored)

        def undo() -> Changes:
            if previous is None:
                return mou_texts.delete_mou_text(db, mou_id, stored)
            return mou_texts.set_mou_text(db, mou_id, stored, previous)

        return Undoable(
            changes,
            undo=undo,
            redo=lambda: mou_texts.set_mou_text(db, mou_id, language, body),
        )

    return job


def remove_texts_job(
    db: Database, mou_id: str, saved: list[tuple[str, str]]
) -> Callable[[], Undoable]:
    """Remove the MOU's texts in the languages of ``saved`` ((language, text) pairs); undone by
    setting each text again."""
    from sistercommittee.services import mou_texts

    def do() -> Changes:
        return _together(
            [mou_texts.delete_mou_text(db, mou_id, language) for language, _text in saved]
        )

    def undo() -> Changes:
        return _together(
            [mou_texts.set_mou_text(db, mou_id, language, body) for language, body in saved]
        )

    return lambda: Undoable(do(), undo=undo, redo=do)


def attach_scans_job(db: Database, mou_id: str, paths: list[Path]) -> Callable[[], Undoable]:
    """Copy the files in as the MOU's scans (on a worker: scans can be large); undone by
    removing them, redone by restoring them."""
    from sistercommittee.services import mou_scans

    def job() -> Undoable:
        ids: list[str] = []
        attached = []
        for path in paths:
            changes = mou_scans.attach_scan(db, mou_id, path)
            ids.append(changes.id)
            attached.append(changes)

        def each(fn: Any) -> Changes:
            return _together([fn(db, scan_id) for scan_id in ids])

        return Undoable(
            _together(attached),
            undo=lambda: each(mou_scans.delete_scan),
            redo=lambda: each(mou_scans.restore_scan),
        )

    return job
