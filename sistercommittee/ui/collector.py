"""Garbage collection on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a generation's
threshold is crossed. In the app that is often a worker (the sync thread, the database runner's
pool): a collection there that frees a cycle holding a Qt object destroys that object off the
GUI thread, while the GUI thread may be painting it, and the process ends in a segmentation
fault. So the app turns automatic collection off and collects here instead, from a timer on the
GUI thread, between events: the same generational schedule Python would follow (a young
collection when enough objects were allocated, an older one every so many young ones), only at a
moment when no Qt code is on the stack.

Reference counting still frees everything that is not in a cycle at once; only cycles wait for
the next tick (a fraction of a second).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

# Often enough that cycles never pile up (a young collection takes well under a millisecond),
# rarely enough to cost nothing while the app is idle.
INTERVAL_MS = 500


# A full collection walks every object of the process: with a big database open it can take a
# good part of a second. The interpreter does one only when the objects that survived since the
# last have grown by a quarter (a count Python does not expose); here, the same purpose by time:
# a full collection waits at least this many times as long as the last one took, so full
# collections never cost more than 2% of the time, however big the heap.
FULL_SPACING = 50


class FullPace:
    """When the last full collection ended and how long it took (seconds, on ``clock``)."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.clock = clock
        self.ended = -float("inf")
        self.took = 0.0

    def allowed(self) -> bool:
        return self.clock() - self.ended >= FULL_SPACING * self.took

    def collect_full(self) -> None:
        started = self.clock()
        gc.collect(2)
        self.ended = self.clock()
        self.took = self.ended - started


def collect_due(pace: FullPace | None = None) -> int:
    """Collect as the interpreter would at this moment: nothing until more objects were allocated
    than the youngest generation's threshold, then the oldest generation whose count has crossed
    its threshold (with every younger one, in one pass); a full one only when ``pace`` allows it,
    else the middle one. Returns the generation collected, or -1."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return -1
    if counts[2] > thresholds[2] and (pace is None or pace.allowed()):
        if pace is None:
            gc.collect(2)
        else:
            pace.collect_full()
        return 2
    generation = 1 if counts[1] > thresholds[1] or counts[2] > thresholds[2] else 0
    gc.collect(generation)
    return generation


class GuiThreadCollector(QObject):
    """Owns the timer; created once, on the GUI thread, with the application as its parent."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()  # for the process's life: the app ends when its window closes
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._pace = FullPace()
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def tick(self) -> None:
        started = time.perf_counter()
        generation = collect_due(self._pace)
        took = (time.perf_counter() - started) * 1000
        if generation == 2 and took > 50:
            log.info("a full garbage collection took %.0f ms", took)


def install(app: QObject) -> GuiThreadCollector:
    """The application's collector, made on the first call (the app is made once per process,
    but tests ask for it many times)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
