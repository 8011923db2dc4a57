"""Work-arounds for bugs of the Qt binding, each checked at run time so it turns itself off once
the binding is fixed.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so
every emit from Python code lowers the reference count of ``True`` by one, and after a few
thousand emits Python aborts ("bool_dealloc: deallocating True or False"). All signals the app
emits go through ``emit()`` below, which gives the reference back when the binding drops it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_drops_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    dropped = before - sys.getrefcount(True)
    if dropped > 0:  # give back what the probe itself cost
        for _ in range(dropped):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return dropped >= 8


EMIT_DROPS_REFERENCE = _emit_drops_reference()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe from the binding's reference bug."""
    result = signal.emit(*args)
    if EMIT_DROPS_REFERENCE and result is not None:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


# PySide6 6.12.0: a Python callable run by ``QThreadPool.start(callable)`` loses one reference to
# what it returns (``None``) each time: the same abort, after a few thousand jobs.


def _pool_drops_reference() -> bool:
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(1)

    def job() -> None:
        return None

    pool.start(job)  # the thread starts first: its own references would blur the count
    pool.waitForDone()
    before = sys.getrefcount(None)
    for _ in range(64):
        pool.start(job)
    pool.waitForDone()
    dropped = before - sys.getrefcount(None)
    for _ in range(max(dropped, 0) + 1):  # and the one of the warm-up job
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return dropped >= 48


POOL_DROPS_REFERENCE = _pool_drops_reference()


def start(pool: Any, job: Any) -> None:
    """``pool.start(job)`` for a Python callable that returns nothing, safe from the bug above."""
    if not POOL_DROPS_REFERENCE:
        pool.start(job)
        return

    def run() -> None:
        try:
            job()
        finally:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))  # the reference the pool drops

    pool.start(run)
