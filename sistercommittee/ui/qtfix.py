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
