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
from tests.hq.fixtures import PASSWORD, make_org
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


def test_the_status_bar_says_in_spanish_why_hq_keeps_the_changes_out(
    qtbot, hq, spanish
) -> None:
    """HQ's real refusal of a read-only account's push, as the sync keeps it (``not_sent``),
    in the status bar's tooltip in Spanish."""
    from sistercommittee.sync.client import HqClient
    from sistercommittee.sync.errors import RefusedError
    from sistercommittee.ui import auto_sync
    from sistercommittee.ui.auto_sync import SyncView
    from sistercommittee.ui.widgets.sync_status import SyncStatusButton

    org = make_org(hq.db)
    device = "0f0e0d0c-0b0a-4908-8706-050403020102"
    with HqClient(hq.url) as client:
        token = client.login(org.emails["read_only"], PASSWORD, device, "laptop")["token"]
    with HqClient(hq.url, token) as client, pytest.raises(RefusedError) as refused:
        client.push("0f0e0d0c-0b0a-4908-8706-050403020103", [])
    button = SyncStatusButton()
    qtbot.addWidget(button)
    button.set_view(SyncView(auto_sync.ONLINE, not_sent=refused.value.message))
    assert button.toolTip().endswith(
        "Su cuenta de la sede es de solo lectura, así que los cambios de esta computadora no "
        "se envían."
    )
