"""What every page and dialog is given: the open database, the organization, the undo stack, the
worker pools, and the one signal that says what a user action changed.

Passed explicitly (no module globals), so tests build one per test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from sistercommittee.ui.ops import Runner, ServiceOp

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.organizations import OrganizationInfo
    from sistercommittee.storage.database import Database


class AppSignals(QObject):
    """Signals:
    operation_finished(Changes, object): a write finished; the object is who started it.
    database_ready(): the database is open and the organization known.
    """

    operation_finished = Signal(object, object)
    database_ready = Signal()


class AppContext(QObject):
    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = AppSignals(self)
        self.runner = Runner(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.settings = settings or QSettings()
        self._db: Database | None = None
        self.database_path: Path | None = None
        self.org: OrganizationInfo | None = None
        # Where the HQ device token is kept: None for the system keyring (tests give another).
        self.secret_store: object | None = None
        # Every sync of the app goes through it (ui/auto_sync.py); set by the main window.
        self.auto_sync: Any = None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the database is not open yet")
        return self._db

    @property
    def ready(self) -> bool:
        return self._db is not None and self.org is not None

    def set_database(self, db: Database, org: OrganizationInfo) -> None:
        self._db = db
        self.org = org
        self.signals.database_ready.emit()
        self._sort_names_in_the_language()

    def _sort_names_in_the_language(self) -> None:
        """Names in the alphabetical order of the interface language (a database just made, or
        one opened before: then nothing is left to do but one look)."""
        from PySide6.QtCore import QLocale

        from sistercommittee.services.volunteers import sort_names_in

        db, locale_name = self.db, QLocale().name()
        self.write(None, lambda: sort_names_in(db, locale_name)).run()

    def close(self) -> None:
        self.runner.wait_done()
        if self._db is not None:
            self._db.close()
            self._db = None

    # --- running service calls -------------------------------------------------------------

    def read(self, parent: QObject | None, fn: Callable[..., Any]) -> ServiceOp:
        """A query on the reader pool (call .on_success(...).run())."""
        return ServiceOp(parent, fn, runner=self.runner)

    def write(
        self,
        parent: QObject | None,
        fn: Callable[..., Any],
        *,
        initiator: object = None,
    ) -> ServiceOp:
        """A write on the writer thread. When it returns Changes (or a tuple ending with them),
        operation_finished is emitted before the op's own success callback runs."""
        signals = self.signals

        def announce(result: Any) -> None:
            changes = _changes_of(result)
            if changes is not None:
                signals.operation_finished.emit(changes, initiator)

        return ServiceOp(parent, fn, runner=self.runner, write=True, notify=announce)

    def notify(self, changes: Changes, initiator: object = None) -> None:
        self.signals.operation_finished.emit(changes, initiator)


def _changes_of(result: Any) -> Changes | None:
    from sistercommittee.services.changes import Changes

    if isinstance(result, Changes):
        return result
    if isinstance(getattr(result, "changes", None), Changes):
        return result.changes  # an Undoable
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    return None
