"""Automatic sync in the app: the scheduler (ui/sync_scheduler.py) driven by one QTimer.

Every sync of the app, Sync Now's included, goes through ``AutoSync``: it runs on a thread of its
own (a long first pull must not hold up the writer thread that saves edits), never two at once,
and only while signed in. Nothing here opens a dialog: how the last sync went is in ``view``
(shown in the status bar and on the Sync page), and ``changed`` says when it moved.

At quit, ``finish`` gives the last local changes up to ``SyncTiming.quit_wait`` seconds to reach
HQ; the window closes anyway. A sync still under way then is told to stop at its next step, and
what it had not committed is simply sent again at the next start (pushes are idempotent).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from sistercommittee.domain.base import utcnow
from sistercommittee.ui.shown import shown_error
from sistercommittee.ui.sync_scheduler import Connection, Outcome, SyncScheduler, SyncTiming

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.sync.service import SyncProgress, SyncResult, SyncStatus
    from sistercommittee.ui.context import AppContext

log = logging.getLogger(__name__)

SETTING = "sync/automatic"

# What the status bar and the Sync page show.
OFF = "off"  # automatic sync switched off in Preferences
SIGNED_OUT = "signed_out"
SYNCING = "syncing"
ONLINE = "online"
OFFLINE = "offline"
PROBLEM = "problem"  # HQ answered and refused, or something else went wrong
OUTDATED = "outdated"  # HQ no longer serves this version
WAITING = "waiting"  # signed in, first sync not yet done


@dataclass(frozen=True)
class SyncView:
    state: str
    last_synced_at: datetime | None = None
    problem: str | None = None  # the sentence of the last failure or refusal
    retry_at: datetime | None = None  # when HQ is tried again (offline or after a problem)
    progress: tuple[str, int, int] | None = None  # phase, done, total of the sync under way
    open_conflicts: int = 0
    not_sent: str | None = None  # why HQ kept this laptop's changes out (a read-only account)


class _Cancelled(Exception):
    """Raised in a sync's progress callback when the app is closing."""


class _Relay(QObject):
    """Signals from the sync thread, delivered on the GUI thread.

    It has no Qt parent: the sync thread holds it, so it outlives a window that closes while a
    sync is still under way (a sync left running at quit). Once ``close()`` has been called it
    emits nothing more, so that no queued call reaches an AutoSync being destroyed.
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(str, int, int)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._open = True

    def send(self, signal_name: str, *args: Any) -> None:
        """Emit ``signal_name`` unless closed; called on the sync thread."""
        with self._lock:
            if self._open:
                getattr(self, signal_name).emit(*args)

    def close(self) -> None:
        """On the GUI thread: from now on nothing is emitted (waits for an emit under way)."""
        with self._lock:
            self._open = False


# The relays of syncs under way or lately ended, dropped only on the GUI thread (in _launch). A
# sync thread that held the last reference would otherwise destroy its relay on itself, while Qt
# deletes an object only on its own thread: the process crashed, at random, at teardown.
_KEPT: list[tuple[threading.Thread, _Relay]] = []


def enabled_in(settings: Any) -> bool:
    value = settings.value(SETTING, True)
    return value if isinstance(value, bool) else str(value).lower() not in ("false", "0")


def classify(error: BaseException) -> tuple[Outcome, str]:
    """What a failed sync means for the schedule, and the sentence to show."""
    import httpx

    from sistercommittee.errors import SisterCommitteeError
    from sistercommittee.sync.errors import (
        NoSecureStoreError,
        NotSignedInError,
        OutdatedError,
        RefusedError,
        SyncError,
    )

    message = shown_error(error)
    if isinstance(error, OutdatedError):
        return Outcome.OUTDATED, message
    if isinstance(error, NotSignedInError | NoSecureStoreError):
        return Outcome.SIGNED_OUT, message
    if isinstance(error, RefusedError):
        return Outcome.REFUSED, message
    if isinstance(error, SyncError):
        if isinstance(error.__cause__, httpx.TransportError):
            return Outcome.UNREACHABLE, message
        if (error.status or 0) >= 500:
            return Outcome.UNREACHABLE, message
        return Outcome.REFUSED, message
    if isinstance(error, SisterCommitteeError):
        return Outcome.REFUSED, message
    return Outcome.REFUSED, QCoreApplication.translate(
        "AutoSync", "The sync stopped on an unexpected error ({kind})."
    ).format(kind=type(error).__name__)


class AutoSync(QObject):
    """Signals:
    changed(): ``view`` changed.
    synced(object): a sync finished well (its SyncResult).
    """

    changed = Signal()
    synced = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        timing: SyncTiming | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.scheduler = SyncScheduler(clock, timing, enabled=enabled_in(ctx.settings))
        self.view = SyncView(OFF if not self.scheduler.enabled else SIGNED_OUT)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._arm)
        self._relay: _Relay | None = None  # the one of the sync under way (a new one each time)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._started = False
        self._closing = False
        ctx.signals.operation_finished.connect(self._on_operation_finished)
        ctx.signals.database_ready.connect(self.start)

    # --- what the app tells it ---------------------------------------------------------------

    def set_timing(self, timing: SyncTiming) -> None:
        self.scheduler.timing = timing
        self._arm()

    @Slot()
    def start(self) -> None:
        """The database is open: look whether it is signed in, then sync shortly."""
        if self.ctx.ready:
            self._read_status(start=True)

    #: The HQ account's role (coordinator, volunteer, read_only), None when not signed in.
    role: str | None = None

    def refresh_state(self) -> None:
        """Read the sign-in and the counts again (the user signed in or out, or resolved
        conflicts on the Sync page)."""
        self._read_status(start=False)

    def set_enabled(self, enabled: bool) -> None:
        self.ctx.settings.setValue(SETTING, enabled)
        self.scheduler.set_enabled(enabled)
        self._publish()
        self._arm()

    def sync_now(self) -> None:
        """Sync Now: at once, or right after the sync under way."""
        self.scheduler.request()
        self._arm()

    @property
    def running(self) -> bool:
        return self.scheduler.running

    @Slot(object, object)
    def _on_operation_finished(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not (changes.entities or changes.ids):
            return
        self.scheduler.local_change()
        self._arm()

    def _read_status(self, *, start: bool) -> None:
        from sistercommittee.ui.secret_store import secret_store

        db, store = self.ctx.db, secret_store(self.ctx)

        def job() -> SyncStatus:
            from sistercommittee.sync.service import sync_status

            return sync_status(db, store)

        def done(status: SyncStatus) -> None:
            self.scheduler.set_signed_in(status.signed_in)
            self.role = status.role if status.signed_in else None
            if start and not self._started:
                self._started = True
                self.scheduler.start()
            self.view = replace(
                self.view,
                last_synced_at=status.last_synced_at,
                open_conflicts=status.open_conflicts,
                problem=status.problem if not status.signed_in else self.view.problem,
            )
            self._publish()
            self._arm()

        self.ctx.read(self, job).on_success(done).on_failure(
            lambda error: log.warning("sync state could not be read: %s", error)
        ).run()

    # --- running a sync ----------------------------------------------------------------------

    @Slot()
    def _arm(self) -> None:
        self._timer.stop()
        if self._closing:
            return
        if self.scheduler.due():
            self._launch()
            return
        delay = self.scheduler.delay()
        if delay is not None:
            self._timer.start(min(math.ceil(delay * 1000), 2**31 - 1))
        self._publish()

    def _launch(self) -> bool:
        if not self.ctx.ready or not self.scheduler.begin():
            return False
        from sistercommittee.ui.secret_store import secret_store

        db, store = self.ctx.db, secret_store(self.ctx)
        relay, stop = _Relay(), self._stop
        relay.finished.connect(self._on_finished)
        relay.failed.connect(self._on_failed)
        relay.progressed.connect(self._on_progressed)
        self._relay = relay

        def report(step: SyncProgress) -> None:
            if stop.is_set():
                raise _Cancelled
            relay.send("progressed", step.phase, step.done, step.total)

        def work() -> None:
            from sistercommittee.sync.service import sync_now

            try:
                result = sync_now(db, store, report)
            except _Cancelled:
                log.info("sync stopped: the app is closing")
            except BaseException as error:  # shown in the status bar, never lost here
                if not isinstance(error, Exception) or not hasattr(error, "message"):
                    log.exception("sync failed")
                relay.send("failed", error)
            else:
                relay.send("finished", result)

        _KEPT[:] = [(thread, kept) for thread, kept in _KEPT if thread.is_alive()]
        self._thread = threading.Thread(target=work, name="sync", daemon=True)
        _KEPT.append((self._thread, relay))
        self._thread.start()
        self.view = replace(self.view, progress=("", 0, 0))
        self._publish()
        return True

    @Slot(str, int, int)
    def _on_progressed(self, phase: str, done: int, total: int) -> None:
        self.view = replace(self.view, progress=(phase, done, total))
        self._publish()

    @Slot(object)
    def _on_finished(self, result: SyncResult) -> None:
        self.scheduler.finish(Outcome.OK)
        if result.role is not None:  # HQ says the role in every sync: the guard follows at once
            self.role = result.role
        self.view = replace(
            self.view,
            last_synced_at=result.finished_at,
            problem=None,
            not_sent=result.not_sent,
            open_conflicts=self.view.open_conflicts + result.new_conflicts,
            progress=None,
        )
        if result.changes.entities:
            self.ctx.notify(result.changes, self)
        self.synced.emit(result)
        self._arm()
        if not self._closing:
            self._read_status(start=False)  # the counts as they are now

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        outcome, message = classify(error)
        log.info("sync did not complete (%s): %s", outcome.value, message)
        self.scheduler.finish(outcome)
        self.view = replace(self.view, problem=message, progress=None)
        self._arm()

    # --- state -------------------------------------------------------------------------------

    def _publish(self) -> None:
        scheduler = self.scheduler
        if scheduler.outdated:
            state = OUTDATED
        elif not scheduler.signed_in:
            state = SIGNED_OUT
        elif scheduler.running:
            state = SYNCING
        elif scheduler.connection is Connection.OFFLINE:
            state = OFFLINE
        elif scheduler.failures:
            state = PROBLEM
        elif not scheduler.enabled:
            state = OFF
        elif scheduler.connection is Connection.ONLINE:
            state = ONLINE
        else:
            state = WAITING
        retry_at = None
        delay = scheduler.delay()
        if state in (OFFLINE, PROBLEM) and delay is not None:
            retry_at = utcnow() + timedelta(seconds=delay)
        view = replace(self.view, state=state, retry_at=retry_at)
        if state != SYNCING:
            view = replace(view, progress=None)
        if view != self.view or state == SYNCING:
            self.view = view
            self.changed.emit()

    # --- quitting ----------------------------------------------------------------------------

    def finish(self, on_wait: Callable[[], None] | None = None) -> bool:
        """At quit: wait up to ``quit_wait`` seconds for the sync under way, or for one that sends
        the changes not yet on HQ (``on_wait`` is called first, when there is something to wait
        for). Returns whether nothing is left under way."""
        self._closing = True
        self._timer.stop()
        scheduler = self.scheduler
        wait = scheduler.timing.quit_wait
        try:
            if not self._busy() and scheduler.enabled and self._has_unsent():
                scheduler.request()
                self._launch()
            if self._busy():
                if on_wait is not None:
                    on_wait()
                assert self._thread is not None
                self._thread.join(wait)
            return not self._busy()
        finally:
            self._stop.set()
            if self._relay is not None:
                self._relay.close()

    def _busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _has_unsent(self) -> bool:
        if not self.ctx.ready or not self.scheduler.signed_in or self.scheduler.outdated:
            return False
        from sistercommittee.sync import outbox

        try:
            with self.ctx.db.read() as session:
                return outbox.pending_count(session) > 0
        except Exception as error:
            log.warning("could not count the changes not yet sent: %s", error)
            return False

