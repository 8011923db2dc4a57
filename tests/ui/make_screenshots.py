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


def view_menu(app: QApplication, ctx: object, window: QWidget, suffix: str) -> None:
    """The View menu as Alt+V opens it: every section with its letter and key."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMenu

    window.show_page("events")  # type: ignore[attr-defined]
    wait(app, ctx, 1.0)
    window.activateWindow()
    wait(app, ctx, 0.3)
    QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    wait(app, ctx, 0.8)
    menu = QApplication.activePopupWidget()
    if isinstance(menu, QMenu):
        grab(window, f"view-menu{suffix}")  # the screen under the window, the menu on it
        menu.close()
        wait(app, ctx, 0.3)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--only", default="")
    parser.add_argument("--welcome", action="store_true")
    args = parser.parse_args()
    if args.welcome:
        return welcome_main()

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
    if not ctx.ready:
        for widget in app.topLevelWidgets():
            if widget.isVisible() and widget is not window:
                print("blocked by", widget, getattr(widget, "text", lambda: "")())
        return 1
    suffix = "-dark" if args.dark else ""
    for section in window.sections:
        if args.only and section.key not in args.only.split(","):
            continue
        page = window.show_page(section.key)
        wait(app, ctx, 1.0)
        if page.key == "documents":
            page.make_certificate()
            wait(app, ctx, 1.5)
        if page.key == "stories" and page.stories.count():
            page.stories.setCurrentRow(0)
            wait(app, ctx, 1.0)
        if page.key == "finder":
            page.city_edit.setText("Fort Lauderdale")
            page.search()
            wait(app, ctx, 1.0)
            page.results.setCurrentItem(page.results.topLevelItem(0).child(3))
            wait(app, ctx, 0.3)
        if hasattr(page, "table") and page.model.rowCount():
            page.table.selectRow(0)
            wait(app, ctx, 0.8)
        grab(window, f"{page.key}{suffix}")
        if page.key == "documents":
            page.tabs.setCurrentWidget(page.letters)
            wait(app, ctx, 1.0)
            page.letters.signer.setText("Laura Chen")
            page.letters.signer_title.setText("Exchange Coordinator")
            page.letters.make_letter()
            wait(app, ctx, 2.5)
            grab(window, f"documents-letters{suffix}")
            from sistercommittee.ui.dialogs.rates_dialog import RatesDialog

            rates = RatesDialog(ctx, window)  # type: ignore[arg-type]
            rates.move(window.x() + 200, window.y() + 80)
            rates.show()
            wait(app, ctx, 1.0)
            grab(rates, f"rates-dialog{suffix}")
            rates.close()
    if not args.only or "view-menu" in args.only.split(","):
        view_menu(app, ctx, window, suffix)
    if not args.only or "dialog" in args.only.split(","):
        from sistercommittee.ui.dialogs.volunteer_dialog import new_volunteer_dialog

        window.show_page("volunteers")
        wait(app, ctx)
        dialog = new_volunteer_dialog(ctx, window)
        dialog.show()
        dialog.form.editor("given_name").line.setText("Ayşe")
        dialog.form.editor("family_name").line.setText("Yılmaz")
        dialog.form.editor("email").line.setText("ayse.yilmaz@example")
        dialog.form.editor("languages").set_value([("tr", "native"), ("de", "fluent")])
        dialog._on_save_clicked()
        wait(app, ctx, 1.0)
        grab(dialog, f"volunteer-dialog{suffix}")
        dialog.reject()
    QTimer.singleShot(0, window.close)
    ctx.runner.wait_done()
    return 0


def welcome_main() -> int:
    from sistercommittee.ui.app import create_application
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog

    app = create_application([sys.argv[0]])
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(settings)
    dialog = WelcomeDialog(ctx, folder / "committee.sqlite", None)
    dialog.move(200, 60)
    dialog.show()
    dialog.form.editor("name").line.setText("Friends of Takayama")
    dialog.form.editor("city").line.setText("Denver")
    wait(app, ctx, 1.0)
    grab(dialog, "welcome")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
