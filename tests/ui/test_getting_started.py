"""Getting Started, after the organization is made on a new file: each step does its thing when
chosen from the keyboard; the guide closes with Esc and comes back from the Help menu; steps done
are marked."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from sistercommittee.services import partnerships
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.ui.dialogs.import_wizard import ImportWizard
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from sistercommittee.ui.getting_started import GettingStartedDialog
from tests.ui.conftest import open_dialog


@pytest.fixture
def bare(translated_app: Any, settings: Any, shown_errors: Any, qtbot: Any) -> Any:
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow

    ctx = AppContext(settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield ctx, window
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    ctx.close()


def _visible(kind: type) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _create_organization(qtbot: Any, ctx: Any, window: Any, tmp_path: Any) -> GettingStartedDialog:
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog
    from sistercommittee.ui.startup import start

    start(ctx, window, tmp_path / "committee.sqlite")
    qtbot.waitUntil(lambda: bool(_visible(WelcomeDialog)))
    welcome = _visible(WelcomeDialog)[0]
    welcome.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is welcome)
    typed = {
        "name": "Springfield Sister Cities",
        "city": "Springfield",
        "region": "Illinois",
        "country": "United States",
    }
    for name, text in typed.items():
        welcome.form.editor(name).setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    welcome.create_button.setFocus()
    qtbot.keyClick(welcome.create_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ctx.ready, timeout=10_000)
    qtbot.waitUntil(lambda: bool(_visible(GettingStartedDialog)), timeout=10_000)
    guide = _visible(GettingStartedDialog)[0]
    qtbot.waitUntil(lambda: guide.stats is not None)
    return guide


def _press(qtbot: Any, guide: GettingStartedDialog, key: str) -> None:
    """Tab to the step's button as a person would, then Space."""
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    target = guide.buttons[key]
    for _ in range(20):
        if QApplication.focusWidget() is target:
            break
        qtbot.keyClick(QApplication.focusWidget() or guide, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, key
    qtbot.keyClick(target, Qt.Key.Key_Space)


def test_the_guide_follows_a_new_organization_and_each_step_does_its_thing(
    qtbot: Any, bare: Any, tmp_path: Any
) -> None:
    ctx, window = bare
    guide = _create_organization(qtbot, ctx, window, tmp_path)
    assert not guide.isModal()
    assert not guide.is_done("partner")
    assert not guide.buttons["invite"].isVisibleTo(guide)  # no HQ yet
    assert not guide.buttons["certificate"].isEnabled()  # no partnership yet

    # Add your first partner city: the New Partnership dialog on the Partnerships page.
    _press(qtbot, guide, "partner")
    dialog = open_dialog(qtbot, lambda: None, RecordDialog)
    assert window.current_page().key == "partnerships"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # …or import a roster: the import wizard, for volunteers.
    _press(qtbot, guide, "roster")
    wizard = open_dialog(qtbot, lambda: None, ImportWizard)
    assert window.current_page().key == "volunteers"
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.isVisible())

    # A partnership added meanwhile marks the step done and allows the certificate.
    partnerships.add_partnership(ctx.db, {"city_name": "Takayama", "country": "JP"})
    ctx.notify(Changes.of(Entity.PARTNERSHIPS), initiator=None)  # as every save does
    qtbot.waitUntil(lambda: guide.is_done("partner"), timeout=10_000)
    assert guide.buttons["partner"].description() == "Done: 1 partnership."
    assert guide.buttons["certificate"].isEnabled()

    # Esc dismisses it; Help > Getting Started brings it back.
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())
    assert not ctx.settings.value("guide/pending", False, type=bool)
    window.getting_started_action.trigger()
    qtbot.waitUntil(guide.isVisible)


def test_invite_a_colleague_once_sync_is_set_up(qtbot: Any, window: Any, ctx: Any, db: Any) -> None:
    from sqlalchemy import update

    from sistercommittee.domain import SyncState

    with db.write() as session:  # as a sign-in leaves it
        session.execute(update(SyncState).values(server_url="https://hq.example.org"))
    window.getting_started_action.trigger()
    guide = open_dialog(qtbot, lambda: None, GettingStartedDialog)
    qtbot.waitUntil(lambda: guide.stats is not None and guide.stats.sync_server is not None)
    assert guide.buttons["invite"].isVisibleTo(guide)
    assert guide.is_done("sync")
    _press(qtbot, guide, "invite")
    qtbot.waitUntil(
        lambda: bool([b for b in _visible(QMessageBox) if b.objectName() == "invitation"])
    )
    box = next(b for b in _visible(QMessageBox) if b.objectName() == "invitation")
    copied = QApplication.clipboard().text()
    assert "https://hq.example.org" in copied and "Springfield Sister Cities" in copied
    assert copied == box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert isinstance(guide, QDialog)
