"""The versions that matter when someone reports a problem: the app's, Python's, Qt's (the library
and its binding) and SQLite's. ``sistercommittee --version`` prints them, Help > About shows them.

Qt's version is read without starting Qt; a command-line-only install without PySide6 says so.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from dataclasses import dataclass

from sistercommittee import APP_NAME, __version__


@dataclass(frozen=True)
class Versions:
    app: str
    python: str
    qt: str | None  # None: PySide6 is not installed
    pyside: str | None
    sqlite: str
    platform: str
    frozen: bool  # a bundle made with PyInstaller rather than a Python environment

    def lines(self) -> list[str]:
        qt = f"{self.qt} (PySide6 {self.pyside})" if self.qt else "not installed"
        return [
            f"{APP_NAME} {self.app}" + (" (bundle)" if self.frozen else ""),
            f"Python {self.python}",
            f"Qt {qt}",
            f"SQLite {self.sqlite}",
            f"System {self.platform}",
        ]


def versions() -> Versions:
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt: str | None = qVersion()
        pyside: str | None = PySide6.__version__
    except ImportError:
        qt = pyside = None
    return Versions(
        app=__version__,
        python=platform.python_version(),
        qt=qt,
        pyside=pyside,
        sqlite=sqlite3.sqlite_version,
        platform=platform.platform(terse=True),
        frozen=bool(getattr(sys, "frozen", False)),
    )


def version_text() -> str:
    return "\n".join(versions().lines())
