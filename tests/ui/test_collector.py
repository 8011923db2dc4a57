"""Garbage is collected on the GUI thread only, on the interpreter's own schedule."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject

from sistercommittee.ui import collector
from sistercommittee.ui.app import create_application


@pytest.fixture
def collections() -> Iterator[list[tuple[str, int]]]:
    """(thread name, generation) of every collection while the test runs."""
    seen: list[tuple[str, int]] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append((threading.current_thread().name, int(info["generation"])))

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


class _Holder(QObject):
    """A Qt object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def _make_garbage(count: int) -> None:
    for _ in range(count):
        _Holder()
        a: list[Any] = []
        a.append(a)


def test_the_app_collects_on_its_gui_thread_and_never_in_a_worker(
    qtbot: Any, collections: list[tuple[str, int]]
) -> None:
    app = create_application()
    assert app.findChild(collector.GuiThreadCollector) is not None
    assert not gc.isenabled()

    worker = threading.Thread(target=_make_garbage, args=(20_000,), name="worker")
    worker.start()
    worker.join()
    assert [name for name, _ in collections if name == "worker"] == []
    assert gc.get_count()[0] > gc.get_threshold()[0]  # due, and waiting for the GUI thread

    qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=5_000)
    assert collections, "the timer collected"
    assert {name for name, _ in collections} == {threading.main_thread().name}


def test_collect_due_follows_the_interpreters_generations(
    qapp: Any, collections: list[tuple[str, int]]
) -> None:
    collector.install(qapp)
    gc.collect()
    collections.clear()
    threshold0, threshold1, threshold2 = gc.get_threshold()
    assert collector.collect_due() == -1  # nothing allocated since: nothing to do

    generations: list[int] = []
    while 2 not in generations and len(generations) < 2 * (threshold1 + 1) * (threshold2 + 1):
        _make_garbage(threshold0)
        generations.append(collector.collect_due())
    assert generations.count(0) > generations.count(1) > generations.count(2) >= 1
    assert [generation for _, generation in collections] == [g for g in generations if g >= 0]


def test_a_full_collection_waits_fifty_times_as_long_as_the_last_one_took(
    qapp: Any, collections: list[tuple[str, int]]
) -> None:
    """A full collection of a big heap is slow; the timer must not do one every few seconds."""
    collector.install(qapp)
    now = [1000.0]
    pace = collector.FullPace(clock=lambda: now[0])
    gc.collect()
    threshold0, threshold1, threshold2 = gc.get_threshold()

    def due_full() -> int:
        # Allocate until the interpreter's counts say a full collection is due.
        for _ in range(2 * (threshold1 + 1) * (threshold2 + 1)):
            _make_garbage(threshold0)
            if gc.get_count()[2] > threshold2 and gc.get_count()[0] > threshold0:
                return collector.collect_due(pace)
            collector.collect_due(pace)
        raise AssertionError("no full collection became due")

    assert due_full() == 2
    pace.took = 0.2  # as if that one had taken 200 ms
    now[0] += 9.9  # less than 50 x 0.2 s later: the middle generation instead
    collections.clear()
    assert due_full() == 1
    assert 2 not in [generation for _, generation in collections]
    now[0] += 0.2  # 10.1 s after it: a full one again
    assert due_full() == 2
