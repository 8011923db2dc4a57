"""Screenshots of every page for docs/screenshots (run under a real X server, e.g. Xvfb):

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 .venv/bin/python -m tests.ui.make_screenshots --db demo.sqlite [--dark]

Drives the real app: opens the database as run_app does, shows each section, waits for its
workers, and grabs the window from the screen (so window decorations aside, it is what a user
sees). Also a dialog with a validation message, and the welcome dialog on a new file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def wait(app: QApplication, ctx: object, seconds: float = 0.6) -> None:
    end = time.monotonic() + 30
    while time.monotonic() < end:
        app.processEvents()
        if ctx.runner.pending == 0:  # type: ignore[attr-defined]
            break
        time.sleep(0.02)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def grab(widget: QWidget, name: str) -> Path:
    screen = widget.screen()
    geometry = widget.frameGeometry()
    pixmap = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
    path = OUT / f"app-{name}.png"
    pixmap.save(str(path))
    print("saved", path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--only", default="")
    args = parser.parse_args()

    from sistercommittee.ui import theme
    from sistercommittee.ui.app import create_application
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow
    from sistercommittee.ui.startup import start

    app = create_application([sys.argv[0]])
    if args.dark:
        theme.apply(app, theme.DARK)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    window.resize(1366, 740)
    window.move(0, 0)
    window.show()
    start(ctx, window, args.db)
    end = time.monotonic() + 60
    while not ctx.ready and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    suffix = "-dark" if args.dark else ""
    for page in window.pages:
        if args.only and page.key not in args.only.split(","):
            continue
        window.show_page(page.key)
        wait(app, ctx, 1.0)
        if page.key == "documents":
            page.make_certificate()
            wait(app, ctx, 1.5)
        if hasattr(page, "table") and page.model.rowCount():
            page.table.selectRow(0)
            wait(app, ctx, 0.8)
        grab(window, f"{page.key}{suffix}")
    QTimer.singleShot(0, window.close)
    ctx.runner.wait_done()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
