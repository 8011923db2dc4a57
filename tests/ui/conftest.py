"""Fixtures for the desktop app's tests: a context on the test's database, the main window, and
helpers that wait for the workers. Any Qt warning fails the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

UI_DIR = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if UI_DIR in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform's own notice, not a problem of the app.
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support"))


@pytest.fixture(scope="session", autouse=True)
def _gui_thread_collector(qapp: Any) -> Any:
    """Garbage collected on the GUI thread only, from a timer, as in the app (ui/collector.py): a
    collection in a worker or a test's HQ thread would destroy Qt objects off their thread."""
    from sistercommittee.ui import collector

    return collector.install(qapp)


@pytest.fixture(scope="session")
def translated_app(qapp: Any) -> Any:
    """The test QApplication with the app's English texts (plural forms come from there)."""
    from PySide6.QtCore import QLocale

    from sistercommittee.ui.app import install_translators

    QLocale.setDefault(QLocale("en_US"))
    install_translators(qapp, QLocale("en_US"))
    return qapp


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors that would have been shown in a dialog (the dialog would block the test)."""
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "sistercommittee.ui.errors.show_error", lambda parent, error: shown.append(error)
    )
    return shown


@pytest.fixture
def ctx(
    translated_app: Any, settings: Any, db: Any, shown_errors: list[BaseException]
) -> Iterator[Any]:
    """An AppContext on the test's database (with its organization)."""
    from sistercommittee.services.organizations import get_organization
    from sistercommittee.ui.context import AppContext

    context = AppContext(settings)
    context.set_database(db, get_organization(db))
    yield context
    context.runner.wait_done()
    context.undo_stack.clear()


@pytest.fixture
def wait_idle(qtbot: Any, ctx: Any) -> Callable[[], None]:
    """Wait until every worker job finished and its callback ran."""

    # A bound, not a guess: the wait ends as soon as the jobs are done. It is generous because a
    # loaded machine (CI beside other work) can hold a job back for many seconds.
    def wait(timeout: int = 60_000) -> None:
        qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=timeout)

    return wait


@pytest.fixture
def window(qtbot: Any, ctx: Any, wait_idle: Callable[[], None]) -> Iterator[Any]:
    from sistercommittee.ui.main_window import MainWindow

    main = MainWindow(ctx)

    def before_close(widget: Any) -> None:
        wait_idle()
        widget.save_state()

    qtbot.addWidget(main, before_close_func=before_close)
    main.show()
    qtbot.waitExposed(main)
    wait_idle()
    yield main


def open_dialog(qtbot: Any, trigger: Callable[[], None], kind: type) -> Any:
    """Run ``trigger`` and return the dialog of class ``kind`` it opened."""
    from PySide6.QtWidgets import QApplication

    trigger()
    found: list[Any] = []

    def has_dialog() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(has_dialog, timeout=10_000)
    dialog = found[-1]
    dialog.activateWindow()  # as a person's window manager does: keys and focus go there
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    return dialog
