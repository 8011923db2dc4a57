"""Help > About shows the versions and the log folder (with a button that opens it); Help > Check
for Updates, and the one check after the database opens while signed in, ask a real HQ on
127.0.0.1 which release is current and only tell the user."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from sistercommittee import __version__
from sistercommittee.sync.updates import UpdateCheck, version_key
from tests.hq.fixtures import (  # noqa: F401 - fixtures
    PASSWORD,
    _cheap_password_hashing,
    hq,
    hq_db,
    make_org,
)


def activate(qtbot: Any, widget: Any) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def choose_from_help_menu(qtbot: Any, window: Any, mnemonic: Qt.Key) -> None:
    """Alt+H opens the Help menu, the item's underlined letter chooses it."""
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert "About" in " ".join(action.text() for action in menu.actions())
    QTest.keyClick(menu, mnemonic)


def test_about_shows_the_versions_and_opens_the_log_folder(qtbot, window, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        "sistercommittee.ui.dialogs.about_dialog.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    choose_from_help_menu(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: getattr(window.dialogs, "about_dialog", None) is not None
                    and window.dialogs.about_dialog.isVisible())
    dialog = window.dialogs.about_dialog
    activate(qtbot, dialog)
    shown = {name: label.text() for name, label in dialog.value_labels.items()}
    assert shown["Version"] == __version__
    assert shown["SQLite"] == sqlite3.sqlite_version
    assert shown["Qt"].startswith("6.") and "PySide6" in shown["Qt"]
    from sistercommittee.logs import log_file

    assert shown["Log folder"] == str(log_file().parent)
    finder = shown["Partner finder"]  # the twinnings' source, licence and date
    assert "Wikidata" in finder and "CC0" in finder and "2016-09-10" in finder
    # A button's shortcut clicks it as the mouse would, a moment later.
    QTest.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: opened == [str(log_file().parent)])
    QApplication.clipboard().clear()
    QTest.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() != "")
    assert QApplication.clipboard().text().splitlines()[0] == f"SisterCommittee {__version__}"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize(
    ("older", "newer"),
    [("0.2.0", "0.10.0"), ("0.2", "0.2.1"), ("1.0rc1", "1.0"), ("1.0.dev3", "1.0a1"),
     ("1.0", "1.0.post1")],
)
def test_versions_compare_as_releases(older: str, newer: str):
    assert version_key(older) < version_key(newer)
    assert UpdateCheck(older, newer, "x").newer_available
    assert not UpdateCheck(newer, older, "x").newer_available
    assert version_key("0.2.0") == version_key("0.2")
    assert version_key("latest") is None


@pytest.fixture
def signed_in(ctx, hq):  # noqa: F811 - the fixture
    """The test's database signed in to a real HQ, with its token in a memory store."""
    from sistercommittee.sync.credentials import MemoryStore
    from sistercommittee.sync.service import login

    org = make_org(hq.db)
    ctx.secret_store = MemoryStore()
    login(ctx.db, ctx.secret_store, hq.url, org.emails["coordinator"], PASSWORD)
    return hq


def _answer(qtbot, window) -> str:
    checker = window.update_checker
    qtbot.waitUntil(lambda: checker.message_box is not None and checker.message_box.isVisible(),
                    timeout=20_000)
    box = checker.message_box
    activate(qtbot, box)
    text = box.text()
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    checker.message_box = None
    return text


def test_check_for_updates_tells_of_a_newer_release_and_of_none(qtbot, window, signed_in,
                                                                 wait_idle):
    signed_in.app.state.current_app_version = "9.0.0"
    choose_from_help_menu(qtbot, window, Qt.Key.Key_U)
    text = _answer(qtbot, window)
    assert text.startswith(f"SisterCommittee 9.0.0 is available; this is {__version__}.")
    assert "9.0.0 is available" in window.statusBar().currentMessage()
    wait_idle()

    signed_in.app.state.current_app_version = __version__
    choose_from_help_menu(qtbot, window, Qt.Key.Key_U)
    assert _answer(qtbot, window) == f"SisterCommittee {__version__} is the current release."


def test_check_for_updates_when_not_signed_in_or_hq_is_down(
    qtbot, window, ctx, hq, wait_idle  # noqa: F811 - the fixture
):
    from sistercommittee.sync.credentials import MemoryStore
    from sistercommittee.sync.service import login

    ctx.secret_store = MemoryStore()
    choose_from_help_menu(qtbot, window, Qt.Key.Key_U)
    assert "once it is signed in" in _answer(qtbot, window)
    wait_idle()

    login(ctx.db, ctx.secret_store, hq.url, make_org(hq.db).emails["volunteer"], PASSWORD)
    hq.stop()
    choose_from_help_menu(qtbot, window, Qt.Key.Key_U)
    text = _answer(qtbot, window)
    assert text.startswith("The check for updates did not reach HQ: HQ at http://127.0.0.1:")
    assert "cannot be reached" in text


def test_the_app_asks_once_after_opening_when_signed_in(qtbot, translated_app, settings, db,
                                                        hq, monkeypatch):  # noqa: F811
    """As at start-up: the window first, then the database opens and the check runs by itself;
    only a newer release is mentioned, in the status bar, and nothing is downloaded."""
    from sistercommittee.services.organizations import get_organization
    from sistercommittee.sync.credentials import MemoryStore
    from sistercommittee.sync.service import login
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow

    store = MemoryStore()
    login(db, store, hq.url, make_org(hq.db).emails["read_only"], PASSWORD)
    hq.app.state.current_app_version = "0.99.1"
    from sistercommittee.sync.client import HqClient

    requests: list[tuple[str, str]] = []
    send = HqClient._send

    def recording(self: HqClient, method: str, path: str, **kwargs: Any) -> Any:
        requests.append((method, path))
        return send(self, method, path, **kwargs)

    monkeypatch.setattr(HqClient, "_send", recording)
    context = AppContext(settings)
    context.secret_store = store
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    checks: list[Any] = []
    main.update_checker.checked.connect(checks.append)
    context.set_database(db, get_organization(db))
    qtbot.waitUntil(lambda: len(checks) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: context.runner.pending == 0)
    assert checks[0].current == "0.99.1" and checks[0].newer_available
    assert main.statusBar().currentMessage().startswith("SisterCommittee 0.99.1 is available")
    assert main.update_checker.message_box is None  # told in passing, no dialog in the way
    assert requests == [("GET", "/v1/health")]  # one question, nothing fetched
    context.runner.wait_done()
