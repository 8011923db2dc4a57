"""Run the app on a real X display with a system tray (test_tray_host.py starts Xvfb and a tray
host, then this in a process of its own): open the main window on a database, wait for the
"due today" notification, and report what happened as JSON, with a screenshot of the screen.

    python tests/ui/tray_probe.py DATABASE REPORT.json SCREEN.png

Nothing is faked: the tray icon is the app's own QSystemTrayIcon docked in the tray host, and
the balloon is the one Qt shows for it. The only addition is a record of the showMessage calls.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

TRAY_WAIT_MS = 20_000  # the tray host takes the tray's selection soon after it starts
MESSAGE_WAIT_MS = 60_000


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main(db_path: Path, report_path: Path, screen_path: Path) -> int:
    from sistercommittee.ui import tray
    from sistercommittee.ui.app import create_application

    shown: list[dict[str, Any]] = []

    class RecordingTrayIcon(QSystemTrayIcon):
        def showMessage(self, title: str, text: str, *args: Any) -> None:
            shown.append({"title": title, "text": text})
            super().showMessage(title, text, *args)

    tray.QSystemTrayIcon = RecordingTrayIcon  # type: ignore[misc]
    app = create_application([sys.argv[0]])
    report: dict[str, Any] = {"platform": QGuiApplication.platformName()}
    clock = QElapsedTimer()
    clock.start()

    def finish(problem: str | None = None) -> None:
        report["problem"] = problem
        report_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
        app.quit()

    def wait_for_tray() -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            report["tray_available"] = True
            open_window()
        elif clock.elapsed() > TRAY_WAIT_MS:
            report["tray_available"] = False
            finish("no system tray appeared on the display")
        else:
            QTimer.singleShot(100, wait_for_tray)

    state: dict[str, Any] = {}

    def open_window() -> None:
        from sistercommittee.ui.context import AppContext
        from sistercommittee.ui.main_window import MainWindow
        from sistercommittee.ui.startup import start

        ctx = AppContext()
        window = MainWindow(ctx)
        state.update(ctx=ctx, window=window)
        window.resize(900, 600)
        window.move(0, 120)
        window.show()
        window.notifier.notified.connect(lambda title, text: QTimer.singleShot(0, balloon))
        QTimer.singleShot(0, lambda: start(ctx, window, db_path))
        QTimer.singleShot(MESSAGE_WAIT_MS, lambda: finish("no notification within a minute"))

    def balloon() -> None:
        tips = [
            w for w in QApplication.topLevelWidgets()
            if w.metaObject().className() == "QBalloonTip" and w.isVisible()
        ]
        if not tips:  # shown on the next turns of the event loop
            if clock.elapsed() > MESSAGE_WAIT_MS:
                finish("the message was given but no balloon appeared")
            else:
                QTimer.singleShot(50, balloon)
            return
        QTimer.singleShot(300, lambda: grab(tips[0]))  # its fade-in done, painted

    def grab(tip: Any) -> None:
        icon = state["window"].notifier.tray
        screen = QGuiApplication.primaryScreen()
        picture = screen.grabWindow(0)
        picture.save(str(screen_path), "PNG")
        geometry = icon.geometry()
        image = picture.toImage()
        colours = {
            image.pixel(x, y)
            for x in range(geometry.x(), geometry.x() + geometry.width())
            for y in range(geometry.y(), geometry.y() + geometry.height())
            if image.valid(x, y)
        }
        report.update(
            icon_visible=icon.isVisible(),
            icon_geometry=_rect(geometry),
            icon_colours=len(colours),  # a drawn icon has many; an empty slot one or two
            screen=_rect(screen.geometry()),
            messages=shown,
            supports_messages=QSystemTrayIcon.supportsMessages(),
            balloon_geometry=_rect(tip.geometry()),
            balloon_text=[label.text() for label in tip.findChildren(_label_class())],
        )
        state["window"].notifier.close()
        finish()

    QTimer.singleShot(0, wait_for_tray)
    app.exec()
    if "ctx" in state:
        state["ctx"].close()
    return 0 if report.get("problem") is None else 1


def _label_class() -> Any:
    from PySide6.QtWidgets import QLabel

    return QLabel


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
