"""HQ's refusal shown in the interface's language: a real HQ on 127.0.0.1 refuses a sign-in typed
into the dialog in Spanish, and the dialog says HQ's sentence in Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sistercommittee.ui.app import translations_dir
from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog
from tests.hq.fixtures import make_org
from tests.ui.keyboard.typing import activate, focused, press_enter, tab, type_into_focused


@pytest.fixture
def spanish(translated_app: Any) -> Iterator[None]:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("sistercommittee_es", str(translations_dir()))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("es_MX"))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_a_wrong_password_is_said_in_spanish(qtbot, ctx, wait_idle, hq, spanish) -> None:
    org = make_org(hq.db)

    def job(server: str, email: str, password: str) -> Any:
        from sistercommittee.sync.credentials import MemoryStore
        from sistercommittee.sync.service import login

        return lambda: login(ctx.db, MemoryStore(), server, email, password)

    dialog = SignInDialog(ctx, job)
    qtbot.addWidget(dialog)
    dialog.open()
    activate(qtbot, dialog)
    assert focused() is dialog.server
    type_into_focused(qtbot, hq.url)
    tab(qtbot)
    type_into_focused(qtbot, org.emails["volunteer"])
    tab(qtbot)
    QTest.keyClicks(focused(), "not the password")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.problem_text("")), timeout=20_000)
    wait_idle()
    assert dialog.problem_text("") == "El correo electrónico o la contraseña no son correctos."
    assert dialog.isVisible()
    assert QApplication.activeModalWidget() in (dialog, None)
