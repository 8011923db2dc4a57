"""Join from HQ on the welcome, typed like a person against a real HQ on 127.0.0.1: the join
dialog is window-modal and opened (the welcome's click returns at once, no nested event loop
while the records come from HQ), and the welcome goes on from its answer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from sistercommittee.sync.credentials import MemoryStore
from tests.hq.fixtures import PASSWORD, laptop, make_org
from tests.ui.keyboard.typing import (
    activate,
    alt,
    focused_name,
    press_enter,
    tab,
    type_into_focused,
)
from tests.ui.sync.test_members_page import _dialog, _welcome


def _join(qtbot, welcome, hq_url: str, email: str):
    from sistercommittee.ui.dialogs.join_dialog import JoinDialog

    alt(qtbot, "j")  # Join from HQ…: the click returns, the dialog is shown over the welcome
    dialog = _dialog(qtbot, JoinDialog)
    assert dialog.parentWidget() is welcome
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    for text in (hq_url, email, PASSWORD):
        type_into_focused(qtbot, text)
        tab(qtbot)
    press_enter(qtbot)
    return dialog


def test_joining_from_hq_on_the_welcome_opens_the_organization(
    qtbot, ctx, hq, tmp_path, wait_idle
):
    org = make_org(hq.db)
    first = laptop(tmp_path / "first.sqlite", hq.url, org.emails["coordinator"])
    create_organization(first.db, {"name": "Springfield", "city": "Springfield", "country": "US"})
    service.sync_now(first.db, first.store)
    first.db.close()
    ctx.secret_store = MemoryStore()
    path = tmp_path / "joined.sqlite"
    welcome = _welcome(qtbot, ctx, path)
    dialog = _join(qtbot, welcome, hq.url, org.emails["volunteer"])
    qtbot.waitUntil(lambda: not welcome.isVisible(), timeout=60_000)
    wait_idle()
    assert not dialog.isVisible()
    assert welcome.opened is not None and welcome.opened.org.name == "Springfield"
    status = service.sync_status(welcome.opened.db, ctx.secret_store)
    assert status.signed_in and status.email == org.emails["volunteer"]
    assert status.role == "volunteer"
    welcome.opened.db.close()


def test_joining_the_first_laptop_from_hq_goes_on_to_create_it(
    qtbot, ctx, hq, tmp_path, wait_idle
):
    org = make_org(hq.db, "Riverside Twinning")  # HQ holds none of its records yet
    ctx.secret_store = MemoryStore()
    welcome = _welcome(qtbot, ctx, tmp_path / "first.sqlite")
    dialog = _join(qtbot, welcome, hq.url, org.emails["coordinator"])
    qtbot.waitUntil(lambda: welcome.joined_note.isVisibleTo(welcome), timeout=60_000)
    wait_idle()
    assert not dialog.isVisible() and welcome.isVisible()
    assert "You joined Riverside Twinning on HQ as coordinator" in welcome.joined_note.text()
    assert not welcome.join_button.isVisible()
    activate(qtbot, welcome)
    assert welcome.form.editor("name").value() == "Riverside Twinning"
    assert focused_name(welcome) == "name"
    welcome.db.close()
