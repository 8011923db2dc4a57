"""When to sync by itself: a small state machine with no Qt and no clock of its own.

The app drives it (ui/auto_sync.py): it tells the scheduler what happened (the database is open,
a local change was saved, a sync began or ended and how) and asks it when the next sync is due.
Every time is read from the ``now`` function it is given, in seconds, so tests run it on a fake
clock, without sleeping.

The rules:

- a first sync shortly after start;
- after a local change, a sync once edits have paused for ``debounce`` seconds, and at the latest
  ``max_delay`` seconds after the first change not yet synced (a long typing session still syncs);
- while online and idle, one every ``interval`` seconds, to fetch what others did;
- when HQ cannot be reached (or had a problem), the next try waits ``retry_first`` seconds, then
  twice as long each time, up to ``retry_cap``; a local change does not cut that wait short, but
  Sync Now does;
- never two syncs at once: Sync Now during a sync asks for another one right after it;
- nothing automatic while switched off, signed out, or told by HQ that this version is too old;
  Sync Now still works while switched off.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class SyncTiming:
    """Seconds."""

    start_delay: float = 3.0
    debounce: float = 10.0
    max_delay: float = 60.0
    interval: float = 300.0
    retry_first: float = 30.0
    retry_cap: float = 900.0
    quit_wait: float = 5.0  # at most this long at quit for the last changes to reach HQ


class Outcome(enum.Enum):
    """How a sync ended."""

    OK = "ok"
    UNREACHABLE = "unreachable"  # no answer from HQ (network, HQ down) or HQ had a problem
    REFUSED = "refused"  # HQ answered and refused (a sentence says why); tried again later
    SIGNED_OUT = "signed_out"  # no valid sign-in: nothing more until the user signs in
    OUTDATED = "outdated"  # HQ no longer serves this version: nothing more until an update


class Connection(enum.Enum):
    UNKNOWN = "unknown"  # no sync yet since start
    ONLINE = "online"
    OFFLINE = "offline"


class SyncScheduler:
    def __init__(
        self,
        now: Callable[[], float],
        timing: SyncTiming | None = None,
        *,
        enabled: bool = True,
        signed_in: bool = False,
    ) -> None:
        self._now = now
        self.timing = timing or SyncTiming()
        self.enabled = enabled
        self.signed_in = signed_in
        self.outdated = False
        self.connection = Connection.UNKNOWN
        self.running = False
        self.failures = 0  # syncs in a row that did not reach HQ or were refused
        self.last_success: float | None = None
        self._timer_at: float | None = None  # start, interval, retry or Sync Now
        self._change_at: float | None = None  # after local changes
        self._manual = False  # the next sync was asked for by the user
        self._follow_up = False  # Sync Now during a sync: another one right after
        self._first_unsynced: float | None = None  # the first local change not yet in a sync
        self._changed_while_running = False

    # --- what happened -----------------------------------------------------------------------

    def start(self) -> None:
        """The database is open and the records show."""
        soon = self._now() + self.timing.start_delay
        self._timer_at = soon if self._timer_at is None else min(self._timer_at, soon)

    def local_change(self) -> None:
        """A change was saved on this laptop."""
        now = self._now()
        if self.running:
            self._changed_while_running = True
            return
        if self._first_unsynced is None:
            self._first_unsynced = now
        latest = self._first_unsynced + self.timing.max_delay
        self._change_at = min(now + self.timing.debounce, latest)

    def request(self) -> None:
        """Sync Now: at once, or right after the sync under way."""
        if self.running:
            self._follow_up = True
            return
        self._manual = True
        self._timer_at = self._now()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if enabled and self._timer_at is None and not self.running:
            self.start()

    def set_signed_in(self, signed_in: bool) -> None:
        was = self.signed_in
        self.signed_in = signed_in
        if signed_in and not was:
            self.outdated = False
            self.failures = 0
            self.connection = Connection.UNKNOWN
            self.start()

    def begin(self) -> bool:
        """Claim the next sync; False when one runs already or none may run now."""
        if self.running or not self.may_run():
            return False
        self.running = True
        self._manual = False
        self._timer_at = self._change_at = None
        self._first_unsynced = None
        self._changed_while_running = False
        return True

    def finish(self, outcome: Outcome) -> None:
        now = self._now()
        self.running = False
        if outcome is Outcome.OK:
            self.failures = 0
            self.connection = Connection.ONLINE
            self.last_success = now
            self._timer_at = now + self.timing.interval
        elif outcome in (Outcome.UNREACHABLE, Outcome.REFUSED):
            self.failures += 1
            reached = outcome is Outcome.REFUSED
            self.connection = Connection.ONLINE if reached else Connection.OFFLINE
            self._timer_at = now + self.backoff()
        elif outcome is Outcome.SIGNED_OUT:
            self.signed_in = False
            self._timer_at = None
        else:
            self.outdated = True
            self._timer_at = None
        if outcome in (Outcome.SIGNED_OUT, Outcome.OUTDATED):
            self._follow_up = self._changed_while_running = False
            return
        if self._follow_up:
            self._follow_up = False
            self._manual = True
            self._timer_at = now
        elif self._changed_while_running:
            self._changed_while_running = False
            self.local_change()

    # --- what to do --------------------------------------------------------------------------

    def backoff(self) -> float:
        """How long to wait after the failures so far."""
        if self.failures == 0:
            return 0.0
        doubled = self.timing.retry_first * float(2 ** (self.failures - 1))
        return min(doubled, self.timing.retry_cap)

    def may_run(self) -> bool:
        if not self.signed_in or self.outdated:
            return False
        return self.enabled or self._manual

    def next_at(self) -> float | None:
        """When the next sync is due (on the scheduler's clock), or None."""
        if self.running or not self.may_run():
            return None
        if self._manual or self.failures or self._change_at is None:
            # After a failure, changes wait for the retry: HQ is not there for them either.
            return self._timer_at
        if self._timer_at is None:
            return self._change_at
        return min(self._timer_at, self._change_at)

    def delay(self) -> float | None:
        """Seconds until the next sync is due (0 when it is), or None when none is."""
        due = self.next_at()
        return None if due is None else max(due - self._now(), 0.0)

    def due(self) -> bool:
        return self.delay() == 0.0
