"""Work off the UI thread: `ServiceOp(parent, fn).on_success(cb).with_progress(text).run()`.

Database writes run one at a time on a single writer thread (so an edit and its undo can never
overtake each other); reads, imports and exports run on a small pool. Each job opens its own
database session through the services; callbacks always run on the GUI thread. A progress dialog
appears only when a job takes longer than half a second, and its Cancel button asks the job to
stop at its next `progress.check()`.
"""

from __future__ import annotations

import inspect
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500

_PENDING_IDS = itertools.count(1)


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Progress:
    """Handed to a job that takes a ``progress`` argument: report how far it got, and check
    whether the user cancelled."""

    def __init__(self, relay: _Relay, job_id: int) -> None:
        self._relay = relay
        self._job_id = job_id
        self._cancel = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        self._relay.progressed.emit(self._job_id, done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Relay(QObject):
    """The one object workers emit through. It lives as long as the Runner, on the GUI thread,
    so no Qt object is ever created, touched or deleted on a worker.

    Signals:
        finished(int, object): job id, the job's return value.
        failed(int, object): job id, the exception it raised.
        progressed(int, int, int, str): job id, done, total, text.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int, str)


class Runner(QObject):
    """The app's two worker pools, and the jobs still under way.

    Signals:
        busy_changed(bool): True when the first job starts, False when the last one ends.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self.writer.setExpiryTimeout(-1)
        self.reader = QThreadPool(self)
        self.reader.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progressed)
        self._ops: dict[int, ServiceOp] = {}

    @property
    def pending(self) -> int:
        return len(self._ops)

    def submit(self, op: ServiceOp, fn: Callable[[], Any], *, write: bool, job_id: int) -> None:
        self._ops[job_id] = op
        if len(self._ops) == 1:
            self.busy_changed.emit(True)
        relay = self._relay

        def run() -> None:
            try:
                result = fn()
            except BaseException as error:  # reported on the GUI thread, never lost here
                relay.failed.emit(job_id, error)
            else:
                relay.finished.emit(job_id, result)

        (self.writer if write else self.reader).start(run)

    def progress_for(self, job_id: int) -> Progress:
        return Progress(self._relay, job_id)

    def _end(self, job_id: int) -> ServiceOp | None:
        op = self._ops.pop(job_id, None)
        if not self._ops:
            self.busy_changed.emit(False)
        return op

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: Any) -> None:
        op = self._ops.get(job_id)
        try:
            if op is not None:
                op._finish(result)
        finally:
            self._end(job_id)

    @Slot(int, object)
    def _on_failed(self, job_id: int, error: BaseException) -> None:
        op = self._ops.get(job_id)
        try:
            if op is not None:
                op._fail(error)
        finally:
            self._end(job_id)

    @Slot(int, int, int, str)
    def _on_progressed(self, job_id: int, done: int, total: int, text: str) -> None:
        op = self._ops.get(job_id)
        if op is not None:
            op._progressed(done, total, text)

    def wait_done(self, msecs: int = 30_000) -> bool:
        """Block until the pools are empty (for shutdown and tests; never from a slot)."""
        return self.writer.waitForDone(msecs) and self.reader.waitForDone(msecs)


class ServiceOp(QObject):
    """One job: a service call (or several) run on a worker, results back on the GUI thread.

    ``fn`` takes no arguments, or a ``progress`` keyword argument (a Progress). A failure goes to
    ``on_failure`` when one is given, otherwise to ui.errors.show_error. ``notify`` sees every
    result first, even when the parent widget is gone (the context announces changes with it).
    """

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[..., Any],
        *,
        runner: Runner,
        write: bool = False,
        notify: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(None)
        self._notify = notify
        self._parent = parent
        self._fn = fn
        self._runner = runner
        self._write = write
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress_text: str | None = None
        self._cancellable = True
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._progress: Progress | None = None
        self._last: tuple[int, int, str] = (0, 0, "")

    def on_success(self, callback: Callable[[Any], None]) -> ServiceOp:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> ServiceOp:
        self._failure = callback
        return self

    def with_progress(self, text: str, *, cancellable: bool = True) -> ServiceOp:
        self._progress_text = text
        self._cancellable = cancellable
        return self

    def run(self) -> ServiceOp:
        fn = self._fn
        job_id = next(_PENDING_IDS)
        progress = self._runner.progress_for(job_id)
        self._progress = progress
        if _takes_progress(fn):

            def call() -> Any:
                return fn(progress=progress)
        else:
            call = fn
        if self._progress_text is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(PROGRESS_DELAY_MS)
        self._runner.submit(self, call, write=self._write, job_id=job_id)
        return self

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    # --- on the GUI thread ------------------------------------------------------------------

    @Slot()
    def _show_dialog(self) -> None:
        parent = self._parent if _alive(self._parent) else None
        if not isinstance(parent, QWidget):
            parent = None
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setLabelText(self._progress_text or "")
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        done, total, text = self._last
        dialog.setRange(0, total)  # 0..0: a busy indicator until the job reports a total
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)
        dialog.setAccessibleName(self._progress_text or "")
        dialog.show()
        self._dialog = dialog

    def _progressed(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self._dialog is not None:
            self._dialog.setRange(0, max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if text:
                self._dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            was_active = self._dialog.isActiveWindow()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
            # The progress window took the activation; not every platform gives it back to the
            # window that was working (offscreen and some X11 window managers leave none
            # active), and then the keyboard reaches nothing until the user clicks.
            parent = self._parent if _alive(self._parent) else None
            if was_active and isinstance(parent, QWidget) and parent.isVisible():
                parent.window().activateWindow()

    def _finish(self, result: Any) -> None:
        self._close_dialog()
        if self._notify is not None:
            self._notify(result)
        if self._success is not None and _alive(self._parent):
            self._success(result)

    def _fail(self, error: BaseException) -> None:
        self._close_dialog()
        if isinstance(error, Cancelled):
            log.info("cancelled: %s", self._progress_text or self._fn)
            return
        if self._failure is not None:
            if _alive(self._parent):
                self._failure(error)
            return
        from sistercommittee.ui.errors import show_error

        parent = self._parent if _alive(self._parent) else None
        show_error(parent if isinstance(parent, QWidget) else None, error)


def _alive(widget: QObject | None) -> bool:
    return widget is None or shiboken6.isValid(widget)


def _takes_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
