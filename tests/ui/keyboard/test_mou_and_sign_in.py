"""The MOU window and the sign-in, typed into: Close or Escape after changing the place asks,
Alt+C types no "c", languages by name, a refused sign-in keeps what was typed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt

from sistercommittee.services import mous, partnerships
from sistercommittee.ui.dialogs.mou_dialog import MouDialog
from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog
from tests.ui.conftest import open_dialog
from tests.ui.helpers import select, select_part
from tests.ui.keyboard.mnemonics import clashes_in_every_tab
from tests.ui.keyboard.typing import (
    activate,
    alt,
    answer,
    focused,
    focused_name,
    press_enter,
    press_escape,
    question,
    tab,
    type_into_focused,
)


@pytest.fixture
def mou(db: Any) -> str:
    partnership = partnerships.add_partnership(db, {"city_name": "Takayama", "country": "JP"}).id
    return mous.add_mou(db, {"partnership_id": partnership}).id


def open_mou(qtbot: Any, window: Any, wait_idle: Any) -> MouDialog:
    page = window.show_page("partnerships")
    wait_idle()
    select(page, lambda row: True)
    wait_idle()
    qtbot.keyClick(page.table, "m", Qt.KeyboardModifier.AltModifier)  # the MOUs tab
    select_part(page.mous, lambda row: True)
    dialog = open_dialog(
        qtbot, lambda: qtbot.keyClick(focused(), "p", Qt.KeyboardModifier.AltModifier), MouDialog
    )
    wait_idle()
    return dialog


def test_mou_details_typed_then_escape_asks_and_saves(qtbot, window, db, mou, wait_idle, snap):
    dialog = open_mou(qtbot, window, wait_idle)
    assert clashes_in_every_tab(dialog) == {}
    alt(qtbot, "i")  # S&igning date
    assert focused_name(dialog) == "signed_on"
    type_into_focused(qtbot, "10/8/1996")
    tab(qtbot)
    assert focused_name(dialog) == "signed_place"
    type_into_focused(qtbot, "Takayama")
    alt(qtbot, "c")  # Alt+C once added a "c" to the place
    assert dialog.form.editor("signed_place").value() == "Takayama"
    while focused_name(dialog) != "languages":
        tab(qtbot)
    type_into_focused(qtbot, "English, 日本語")
    tab(qtbot)
    languages = dialog.form.editor("languages")
    assert languages.value() == ["en", "ja"]
    assert languages.line.text() == "English, Japanese"
    snap(dialog, "mou")
    press_escape(qtbot)
    box = question(qtbot)
    answer(qtbot, box, "escape")  # Cancel: nothing lost
    assert dialog.isVisible() and dialog.form.editor("signed_place").value() == "Takayama"
    activate(qtbot, dialog)
    press_escape(qtbot)
    answer(qtbot, question(qtbot), "s")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    # the first signed MOU offers to make its partnership active: Make &Active
    from PySide6.QtWidgets import QApplication, QMessageBox

    offers: list[Any] = []

    def offered() -> bool:
        offers[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "activation_offer" and w.isVisible()
        ]
        return bool(offers)

    qtbot.waitUntil(offered, timeout=10_000)
    box = offers[0]
    activate(qtbot, box)
    alt(qtbot, "a")
    qtbot.waitUntil(lambda: not shiboken6.isValid(box) or not box.isVisible(), timeout=5_000)
    wait_idle()
    detail = mous.get_mou(db, mou)
    partnership = partnerships.get_partnership(db, detail.partnership_id)
    assert (partnership.status.value, partnership.signed_on) == ("active", date(1996, 10, 8))
    assert (detail.signed_on, detail.signed_place, detail.languages) == (
        date(1996, 10, 8),
        "Takayama",
        ("en", "ja"),
    )


def test_mou_close_button_after_a_change_asks_and_discard_keeps_the_old(
    qtbot, window, db, mou, wait_idle
):
    dialog = open_mou(qtbot, window, wait_idle)
    alt(qtbot, "p")
    type_into_focused(qtbot, "Springfield")
    close = dialog.findChild(type(dialog.save_button), "")  # any push button
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    answer(qtbot, question(qtbot), "d")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    assert mous.get_mou(db, mou).signed_place is None


def test_an_unknown_language_name_is_said_under_the_field(qtbot, window, db, mou, wait_idle):
    dialog = open_mou(qtbot, window, wait_idle)
    while focused_name(dialog) != "languages":
        tab(qtbot)
    type_into_focused(qtbot, "Japanese, Blorpian")
    tab(qtbot)
    assert "Blorpian" in dialog.form.error_text("languages")


def test_a_refused_sign_in_keeps_server_email_and_password(qtbot, ctx, wait_idle, snap):
    from PySide6.QtWidgets import QApplication, QMessageBox

    def job(server: str, email: str, password: str) -> Any:
        from sistercommittee.sync.credentials import MemoryStore
        from sistercommittee.sync.service import login

        return lambda: login(ctx.db, MemoryStore(), server, email, password)

    dialog = SignInDialog(ctx, job)
    qtbot.addWidget(dialog)
    dialog.open()
    activate(qtbot, dialog)
    assert focused() is dialog.server
    type_into_focused(qtbot, "hq.example.org")
    tab(qtbot)
    type_into_focused(qtbot, "ada@example.org")
    tab(qtbot)
    type_into_focused(qtbot, "correct horse")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.problem_text("server")), timeout=10_000)
    wait_idle()
    assert dialog.isVisible()
    assert "https://hq.example.org" in dialog.problem_text("server")
    assert (dialog.server.text(), dialog.email.text(), dialog.password.text()) == (
        "hq.example.org",
        "ada@example.org",
        "correct horse",
    )
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert focused() is dialog.server  # ready to be typed over
    snap(dialog, "sign-in")
