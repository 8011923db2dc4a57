"""The automatic sync's schedule, on a fake clock: no Qt, no sleeping."""

from __future__ import annotations

import pytest

from sistercommittee.ui.sync_scheduler import Connection, Outcome, SyncScheduler, SyncTiming

TIMING = SyncTiming(
    start_delay=3, debounce=10, max_delay=60, interval=300, retry_first=30, retry_cap=240
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def scheduler(clock: FakeClock) -> SyncScheduler:
    return SyncScheduler(clock, TIMING, signed_in=True)


def run(scheduler: SyncScheduler, outcome: Outcome = Outcome.OK) -> None:
    assert scheduler.begin()
    scheduler.finish(outcome)


def test_a_first_sync_shortly_after_start_then_one_every_interval(scheduler, clock):
    scheduler.start()
    assert scheduler.delay() == 3 and not scheduler.due()
    clock.advance(3)
    assert scheduler.due()
    run(scheduler)
    assert scheduler.connection is Connection.ONLINE and scheduler.last_success == clock.now
    assert scheduler.delay() == 300


def test_a_local_change_syncs_once_edits_pause(scheduler, clock):
    scheduler.start()
    clock.advance(3)
    run(scheduler)
    scheduler.local_change()
    assert scheduler.delay() == 10
    clock.advance(6)
    scheduler.local_change()  # still typing: the sync waits for the pause
    assert scheduler.delay() == 10
    clock.advance(10)
    assert scheduler.due()
    run(scheduler)
    assert scheduler.delay() == 300


def test_a_stream_of_changes_still_syncs_within_the_longest_delay(scheduler, clock):
    scheduler.start()
    clock.advance(3)
    run(scheduler)
    scheduler.local_change()
    for _ in range(11):
        clock.advance(5)
        scheduler.local_change()
    assert clock.now - 1003 == 55 and scheduler.delay() == 5  # 60 s after the first change
    clock.advance(5)
    assert scheduler.due()


def test_backoff_doubles_while_hq_cannot_be_reached_up_to_the_cap(scheduler, clock):
    scheduler.start()
    clock.advance(3)
    waits = []
    for _ in range(6):
        assert scheduler.due()
        run(scheduler, Outcome.UNREACHABLE)
        waits.append(scheduler.delay())
        clock.advance(scheduler.delay() or 0)
    assert waits == [30, 60, 120, 240, 240, 240]
    assert scheduler.connection is Connection.OFFLINE
    run(scheduler, Outcome.OK)
    assert scheduler.connection is Connection.ONLINE and scheduler.failures == 0
    assert scheduler.delay() == 300


def test_local_changes_wait_for_the_retry_while_offline_but_sync_now_does_not(scheduler, clock):
    scheduler.start()
    clock.advance(3)
    run(scheduler, Outcome.UNREACHABLE)
    scheduler.local_change()
    assert scheduler.delay() == 30
    scheduler.request()
    assert scheduler.due()


def test_never_two_syncs_at_once_and_sync_now_during_one_runs_right_after(scheduler, clock):
    scheduler.request()
    assert scheduler.begin()
    assert not scheduler.begin()
    assert scheduler.delay() is None  # nothing is due while one runs
    scheduler.request()
    scheduler.local_change()
    clock.advance(2)
    scheduler.finish(Outcome.OK)
    assert scheduler.due()


def test_a_change_saved_during_a_sync_gets_a_sync_of_its_own(scheduler, clock):
    scheduler.request()
    assert scheduler.begin()
    scheduler.local_change()
    clock.advance(1)
    scheduler.finish(Outcome.OK)
    assert scheduler.delay() == 10


def test_nothing_automatic_while_switched_off_but_sync_now_works(clock):
    scheduler = SyncScheduler(clock, TIMING, enabled=False, signed_in=True)
    scheduler.start()
    scheduler.local_change()
    clock.advance(1000)
    assert scheduler.delay() is None and not scheduler.begin()
    scheduler.request()
    assert scheduler.due()
    run(scheduler)
    assert scheduler.delay() is None
    scheduler.set_enabled(True)
    assert scheduler.delay() == 300


def test_nothing_while_signed_out_and_a_first_sync_soon_after_signing_in(clock):
    scheduler = SyncScheduler(clock, TIMING, signed_in=False)
    scheduler.start()
    scheduler.request()
    assert scheduler.delay() is None and not scheduler.begin()
    scheduler.set_signed_in(True)
    assert scheduler.due()  # the Sync Now asked for still stands


def test_signed_out_by_hq_stops_until_signed_in_again(scheduler, clock):
    scheduler.request()
    run(scheduler, Outcome.SIGNED_OUT)
    scheduler.local_change()
    clock.advance(1000)
    assert not scheduler.signed_in and scheduler.delay() is None
    scheduler.set_signed_in(True)
    assert scheduler.due()  # the change saved meanwhile waited long enough


def test_signing_in_again_without_changes_syncs_shortly(scheduler, clock):
    scheduler.request()
    run(scheduler, Outcome.SIGNED_OUT)
    clock.advance(1000)
    scheduler.set_signed_in(True)
    assert scheduler.delay() == 3


def test_too_old_for_hq_stops_for_good(scheduler, clock):
    scheduler.request()
    run(scheduler, Outcome.OUTDATED)
    scheduler.request()
    assert scheduler.outdated and scheduler.delay() is None and not scheduler.begin()


def test_a_refusal_retries_later_and_counts_as_reaching_hq(scheduler, clock):
    scheduler.request()
    run(scheduler, Outcome.REFUSED)
    assert scheduler.connection is Connection.ONLINE
    assert scheduler.delay() == 30
