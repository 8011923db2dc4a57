from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sistercommittee.storage.clock import HybridClock, Timestamp


def test_encoding_sorts_like_the_timestamp():
    stamps = [Timestamp(5, 0), Timestamp(5, 12), Timestamp(40, 3), Timestamp(1_800_000_000_000, 0)]
    assert sorted(s.encode() for s in stamps) == [s.encode() for s in sorted(stamps)]
    assert all(Timestamp.decode(s.encode()) == s for s in stamps)


def test_tick_never_goes_back_when_the_wall_clock_does():
    now = iter([1000, 999, 999, 500, 1001])
    clock = HybridClock(now_ms=lambda: next(now))
    stamps = [clock.tick() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5


def test_observe_moves_past_a_remote_clock_that_is_ahead():
    clock = HybridClock(now_ms=lambda: 1000)
    remote = Timestamp(5000, 7)
    seen = clock.observe(remote)
    assert seen > remote
    assert clock.tick() > seen


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("tick"), st.integers(0, 10_000)),
            st.tuples(st.just("observe"), st.integers(0, 10_000), st.integers(0, 50)),
        ),
        max_size=60,
    )
)
def test_timestamps_strictly_increase_whatever_happens(operations):
    wall = [0]
    clock = HybridClock(now_ms=lambda: wall[0])
    previous = clock.last
    for operation in operations:
        wall[0] = operation[1]
        if operation[0] == "tick":
            stamp = clock.tick()
        else:
            remote = Timestamp(operation[1], operation[2])
            stamp = clock.observe(remote)
            assert stamp > remote
        assert stamp > previous
        previous = stamp
