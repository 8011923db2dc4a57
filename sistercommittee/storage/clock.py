"""Hybrid logical clock (Kulkarni et al. 2014): wall-clock milliseconds plus a counter.

Timestamps from one laptop always increase, and a laptop that has seen a remote timestamp never
stamps a later change with an earlier one, even when its own wall clock is behind. Ties between two
laptops are broken by the device id, so every laptop orders any two changes the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_COUNTER_LIMIT = 1_000_000


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    wall_ms: int
    counter: int = 0

    def encode(self) -> str:
        """Fixed-width text that sorts like the timestamp itself."""
        return f"{self.wall_ms:013d}.{self.counter:06d}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, _, counter = text.partition(".")
        if not wall.isdigit() or not counter.isdigit():
            raise ValueError(f"not a clock timestamp: {text!r}")
        return cls(int(wall), int(counter))


ZERO = Timestamp(0, 0)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, last: Timestamp = ZERO, now_ms: Callable[[], int] = _wall_ms) -> None:
        self.last = last
        self._now_ms = now_ms

    def tick(self) -> Timestamp:
        """A timestamp for a change made here."""
        now = self._now_ms()
        if now > self.last.wall_ms:
            self.last = Timestamp(now, 0)
        else:
            self.last = self._bump(self.last.wall_ms, self.last.counter + 1)
        return self.last

    def ticks(self, count: int) -> list[str]:
        """``count`` timestamps for changes made here in one action, encoded, in increasing
        order: what ``count`` calls of ``tick`` within one millisecond give, at a fraction of the
        cost (one reading of the wall clock, then the counter)."""
        if count <= 0:
            return []
        first = self.tick()
        wall, counter = first.wall_ms, first.counter
        stamps = [first.encode()]
        for _ in range(count - 1):
            counter += 1
            if counter >= _COUNTER_LIMIT:
                wall, counter = wall + 1, 0
            stamps.append(f"{wall:013d}.{counter:06d}")
        self.last = Timestamp(wall, counter)
        return stamps

    def observe(self, remote: Timestamp) -> Timestamp:
        """Move past a timestamp received from another laptop."""
        now = self._now_ms()
        wall = max(now, self.last.wall_ms, remote.wall_ms)
        if wall == self.last.wall_ms == remote.wall_ms:
            counter = max(self.last.counter, remote.counter) + 1
        elif wall == self.last.wall_ms:
            counter = self.last.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self.last = self._bump(wall, counter)
        return self.last

    @staticmethod
    def _bump(wall: int, counter: int) -> Timestamp:
        if counter >= _COUNTER_LIMIT:  # a million changes in one millisecond: move the wall on
            return Timestamp(wall + 1, 0)
        return Timestamp(wall, counter)
