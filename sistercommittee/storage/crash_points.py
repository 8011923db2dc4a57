"""Named points inside the writes where the crash tests stop a process to kill it.

``hook`` is None in the app, so ``reached`` costs a global lookup and nothing else. The crash
tests set it, in a child process, to a callable that is given each point's name as it passes
and that blocks at the one the test wants, until the test kills the process there: every kill
then lands at a known point of the action instead of after a guessed delay.

The points:

- ``write.flushed``: a write session's changes are all in the database file's transaction, not
  yet committed (storage.database).
- ``write.committed``: that transaction has just committed.
- ``backup.started``: the ``.partial`` file of a backup is open, nothing copied yet.
- ``backup.copying``: part of the pages are copied into the ``.partial`` file (storage.backup; a
  backup copies in one step unless ``BACKUP_STEP_PAGES`` says otherwise).
- ``backup.copied``: the ``.partial`` file is whole, not yet renamed to the backup's name.
- ``restore.staged``: the checked copy of the backup lies beside the database, hidden.
- ``restore.replaced``: the live database's tables are replaced, not yet committed.
- ``restore.committed``: the restore has committed, the staged copy is not yet removed.
"""

from __future__ import annotations

from collections.abc import Callable

hook: Callable[[str], None] | None = None


def reached(name: str) -> None:
    if hook is not None:
        hook(name)
