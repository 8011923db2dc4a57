"""The import wizard's pages whose Next waits for a worker (reading the file, the preview, the
import itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard, QWizardPage

from sistercommittee.ui import errors
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.importing import ImportResult, Preview, Table
    from sistercommittee.ui.context import AppContext


class ImportSteps(Protocol):
    """What a page takes from the wizard it is a step of (ImportWizard): the app's context,
    the file as read, its preview, the import's outcome, what the file holds, and moving on."""

    ctx: AppContext
    table: Table | None
    preview: Preview | None
    outcome: ImportResult | None

    @property
    def kind(self) -> str: ...

    def next(self) -> None: ...


class WorkerPage(QWizardPage):
    """A page whose Next waits for a worker: ``validatePage`` starts the job and says no; when
    the job is done the page moves the wizard on itself."""

    w: ImportSteps

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.w = cast("ImportSteps", wizard)  # the import wizard, whose steps these pages are
        self.busy = False
        self.ready = False  # the job finished: the next validatePage lets the wizard on
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def isComplete(self) -> bool:
        return not self.busy and super().isComplete()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        if self.ready:
            self.ready = False
            return True
        if not self.busy and self.isComplete():  # next() comes here even when Next is off
            self.message.clear()
            self.set_busy(True)
            self.start()
        return False

    def start(self) -> None:
        raise NotImplementedError

    def done_then_next(self) -> None:
        self.set_busy(False)
        self.ready = True
        self.w.next()

    def failed(self, error: BaseException) -> None:
        self.set_busy(False)
        from sistercommittee.errors import SisterCommitteeError

        if isinstance(error, SisterCommitteeError):
            self.message.setText(shown(error.message))
        else:
            errors.show_error(self, error)
