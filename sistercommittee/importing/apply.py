"""Writing an import: all of it in one transaction, or nothing.

A file with a bad row imports nothing unless the user chose to skip bad rows. The database is
backed up first. The rows are planned again inside the write transaction, which holds the write
lock: a record another window saved since the preview is then merged, not added twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from sistercommittee.errors import SisterCommitteeError
from sistercommittee.importing.kinds import kind as get_kind
from sistercommittee.importing.preview import (
    Plan,
    Preview,
    Problem,
    RowAction,
    parse_rows,
    plan,
)
from sistercommittee.messages import join_messages, msg
from sistercommittee.services import organizations
from sistercommittee.services.backups import BackupInfo, make_backup
from sistercommittee.services.changes import Changes
from sistercommittee.storage.bulk import NewRows
from sistercommittee.storage.database import Database

FLUSH_EVERY = 500  # rows between progress reports (and checks for a cancel)

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool] | threading.Event


class ImportRefused(SisterCommitteeError):
    """The file has rows with problems and bad rows are not skipped: nothing was imported.

    Attributes:
        problems: every problem, by row.
    """

    def __init__(self, problems: tuple[Problem, ...], rows: int) -> None:
        self.problems = problems
        bad = len({problem.row for problem in problems})
        first = join_messages([str(problem) for problem in problems[:3]])
        if len(problems) > 3:
            first = msg("{problems} (and {count} more)", problems=first, count=len(problems) - 3)
        if bad == 1:
            text = msg(
                "Nothing was imported: {bad} of {rows} rows has problems. {first} Correct them "
                "in the file, or skip the bad rows.",
                bad=bad, rows=rows, first=first,
            )
        else:
            text = msg(
                "Nothing was imported: {bad} of {rows} rows have problems. {first} Correct them "
                "in the file, or skip the bad rows.",
                bad=bad, rows=rows, first=first,
            )
        super().__init__(text)


class ImportCancelled(SisterCommitteeError):
    def __init__(self) -> None:
        super().__init__(msg("The import was cancelled; nothing was imported."))


@dataclass(frozen=True)
class ImportResult:
    added: int
    merged: int  # rows that filled in records already saved or added by earlier rows
    unchanged: int  # duplicates that brought nothing new
    skipped_duplicates: int
    skipped_bad: tuple[int, ...]  # numbers of the bad rows left out
    changes: Changes
    backup: BackupInfo | None = None  # made before writing


def apply_import(
    db: Database,
    preview: Preview,
    *,
    skip_bad_rows: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    backup: bool = True,
) -> ImportResult:
    """Import what ``preview`` showed. Raises ImportRefused when a row has problems and
    ``skip_bad_rows`` is false, ImportCancelled when ``cancel`` says so; in both cases nothing is
    written. ``progress(done, total)`` is called as records are written."""
    import_kind = get_kind(preview.kind)
    if not preview.ok and not skip_bad_rows:
        raise ImportRefused(preview.problems, len(preview.rows))
    backup_info = None
    if backup and preview.writes:
        backup_info = make_backup(db, "before-import")
    with db.write() as session:
        org = organizations.defaults(session)
        parsed = preview.parsed
        if org != preview.org:  # the organization's country or zone changed since the preview
            parsed = tuple(parse_rows(import_kind, preview.table, preview.mapping, org))
        result: Plan = plan(import_kind, session, parsed, preview.duplicates_policy, org)
        problems = tuple(problem for row in result.rows for problem in row.problems)
        if problems and not skip_bad_rows:
            raise ImportRefused(problems, len(result.rows))
        total = len(result.new) + len(result.changed)
        done = 0
        ids: list[str] = []
        out = NewRows(session, batch_rows=FLUSH_EVERY * 4)
        for record in result.new:
            ids.append(import_kind.insert(out, record.values, org))
            done = _step(out, done, total, progress, cancel)
        out.flush()
        for record in result.changed:
            assert record.id is not None
            import_kind.update(session, record.id, record.updates)
            ids.append(record.id)
            done = _step(session, done, total, progress, cancel)
        session.flush()
        if progress is not None:
            progress(total, total)

    def count(action: RowAction) -> int:
        return sum(1 for row in result.rows if row.action == action)

    return ImportResult(
        added=count(RowAction.ADD),
        merged=count(RowAction.MERGE),
        unchanged=count(RowAction.SAME),
        skipped_duplicates=count(RowAction.SKIP),
        skipped_bad=tuple(row.number for row in result.rows if row.action == RowAction.BAD),
        changes=Changes.of(*import_kind.entities, ids=tuple(ids)) if ids else Changes.of(),
        backup=backup_info,
    )


def _step(
    writer: NewRows | Session,
    done: int,
    total: int,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> int:
    done += 1
    if done % FLUSH_EVERY == 0:
        writer.flush()
        if progress is not None:
            progress(done, total)
        if cancel is not None and (
            cancel.is_set() if isinstance(cancel, threading.Event) else cancel()
        ):
            raise ImportCancelled()
    return done
