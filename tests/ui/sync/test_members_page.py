"""The Members page and the dialogs of invitations and password resets, typed into like a
person does, against a real HQ on 127.0.0.1 (with a local SMTP server where mail is needed)."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from sistercommittee.hq import admin
from sistercommittee.hq import members as hq_members
from sistercommittee.hq.models import HqDevice, HqUser, Invitation
from sistercommittee.services import volunteers as V
from sistercommittee.sync import service
from sistercommittee.sync.credentials import MemoryStore
from tests.hq.fixtures import PASSWORD, laptop, make_org
from tests.hq.mail_server import code_in
from tests.ui.helpers import select as select_rows
from tests.ui.keyboard.mnemonics import clashes_in_every_tab
from tests.ui.keyboard.typing import (
    activate,
    alt,
    close_popup,
    focused,
    focused_name,
    press,
    press_enter,
    press_escape,
    tab,
    type_fields,
    type_into_focused,
)

NEW_PASSWORD = "a password of my own"


@pytest.fixture
def signed_in(ctx, hq, org):
    """The test's database, signed in to HQ as the organization's coordinator."""
    store = MemoryStore()
    ctx.secret_store = store
    service.login(ctx.db, store, hq.url, org.emails["coordinator"], PASSWORD)
    service.sync_now(ctx.db, store)
    return store


def _members_page(qtbot, window, wait_idle):
    page = window.show_page("members")
    qtbot.waitUntil(
        lambda: page.members is not None or page.sign_in_button.isVisible(), timeout=10_000
    )
    wait_idle()
    return page


def _rows(page) -> list[str]:
    return [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]


def _roles(page) -> list[str]:
    return [page.tree.topLevelItem(i).text(1) for i in range(page.tree.topLevelItemCount())]


def _dialog(qtbot, kind):
    found: list[Any] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, kind) and shiboken6.isValid(w) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=30_000)
    activate(qtbot, found[-1])
    return found[-1]


def _pdf_printer(path: Path):
    """Prints to a PDF file instead of asking for a printer (the real layout, read back)."""
    from PySide6.QtPrintSupport import QPrinter

    from sistercommittee.ui.printing import render, set_up_printer

    def print_to_file(parent, printable, title) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        set_up_printer(printer, printable)
        render(printer, printable)
        return True

    return print_to_file


def _select_by_typing(qtbot, page, text: str) -> None:
    activate(qtbot, page.window())
    page.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree, timeout=5_000)
    type_into_focused(qtbot, text)
    qtbot.waitUntil(lambda: page.selected() is not None, timeout=5_000)


def test_a_coordinator_invites_and_copies_and_prints_the_code(
    qtbot, window, hq, org, signed_in, wait_idle, tmp_path, snap
):
    from pypdf import PdfReader

    from sistercommittee.ui.dialogs.member_dialogs import CodeDialog, InviteDialog

    page = _members_page(qtbot, window, wait_idle)
    assert sorted(_rows(page)) == sorted(
        e + (" (you)" if role == "coordinator" else "") for role, e in org.emails.items()
    )
    assert page.invite_button.isVisible() and "As a coordinator" in page.state.text()
    assert clashes_in_every_tab(window) == {}
    page.printer = _pdf_printer(tmp_path / "code.pdf")
    snap(window, "members-page")
    activate(qtbot, window)
    page.tree.setFocus()
    alt(qtbot, "i")
    invite = _dialog(qtbot, InviteDialog)
    assert clashes_in_every_tab(invite) == {}
    assert focused() is invite.email
    type_into_focused(qtbot, "not an email")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: bool(invite.problem_text("email")), timeout=30_000)
    assert "name@example.org" in invite.problem_text("email")
    assert focused() is invite.email and invite.email.text() == "not an email"
    type_into_focused(qtbot, "kenji@example.org")  # over the selected text
    tab(qtbot)
    assert focused() is invite.role
    type_into_focused(qtbot, "C")  # the combo box finds Coordinator by its first letter
    assert invite.role.currentData() == "coordinator"
    assert "manage the organization's members" in invite.role_note.text()
    snap(invite, "invite")
    press_enter(qtbot)
    shown = _dialog(qtbot, CodeDialog)
    assert clashes_in_every_tab(shown) == {}
    code = shown.code.text()
    with hq.db.read() as connection:
        stored = connection.execute(
            select(Invitation.email, Invitation.role, Invitation.code_hash)
        ).one()
    assert stored == ("kenji@example.org", "coordinator", hq_members.code_hash(code))
    assert "HQ sends no mail" in shown.details.text() and hq.url in shown.details.text()
    QApplication.clipboard().clear()
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == code
    QApplication.clipboard().clear()
    alt(qtbot, "c")  # the button, clicked a moment later
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == code, timeout=5_000)
    alt(qtbot, "p")
    qtbot.waitUntil(lambda: (tmp_path / "code.pdf").exists(), timeout=30_000)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "code.pdf").pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # tabs and ligatures as read
    assert code in text and "Invitation to Springfield Sister Cities" in text
    assert hq.url in text and "Join with an Invitation" in text
    snap(shown, "invitation-code")
    press_escape(qtbot)
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: "kenji@example.org" in _rows(page), timeout=30_000)
    wait_idle()


def test_a_role_change_a_reset_and_a_removal_from_the_keyboard(
    qtbot, window, hq, org, signed_in, wait_idle, tmp_path
):
    from sistercommittee.ui.dialogs.member_dialogs import CodeDialog, RoleDialog

    volunteer = org.emails["volunteer"]
    other = laptop(tmp_path / "v.sqlite", hq.url, volunteer)
    page = _members_page(qtbot, window, wait_idle)
    activate(qtbot, window)
    _select_by_typing(qtbot, page, "volunteer.")
    assert page.selected()[1] == volunteer
    alt(qtbot, "r")
    dialog = _dialog(qtbot, RoleDialog)
    assert clashes_in_every_tab(dialog) == {}
    assert focused() is dialog.role and dialog.role.currentData() == "volunteer"
    type_into_focused(qtbot, "R")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    with hq.db.read() as connection:
        assert connection.scalar(select(HqUser.role).where(HqUser.email == volunteer)) == (
            "read_only"
        )
    qtbot.waitUntil(lambda: "Read-only" in _roles(page), timeout=30_000)
    wait_idle()
    # A reset code for the member: asked first, then shown once.
    _select_by_typing(qtbot, page, "volunteer.")
    alt(qtbot, "w")
    box = _dialog(qtbot, QMessageBox)
    press_enter(qtbot)  # Issue Code, the default
    shown = _dialog(qtbot, CodeDialog)
    assert "Setting the new password signs out" in shown.findChildren(type(shown.code))[0].text()
    done = hq_members.reset_password(hq.db, shown.code.text(), NEW_PASSWORD)
    assert done.email == volunteer
    press_escape(qtbot)
    qtbot.waitUntil(lambda: not shown.isVisible() and not box.isVisible(), timeout=5_000)
    wait_idle()
    # Removing: Delete asks, Enter removes; the member's laptop is signed out at once.
    service.login(other.db, other.store, hq.url, volunteer, NEW_PASSWORD)
    page.refresh()
    wait_idle()
    _select_by_typing(qtbot, page, "volunteer.")
    press(qtbot, Qt.Key.Key_Delete)
    box = _dialog(qtbot, QMessageBox)
    assert (
        "Remove " + volunteer in box.text()
        and "Laptops signed in as them: 1." in box.informativeText()
    )
    press_enter(qtbot)
    qtbot.waitUntil(lambda: volunteer not in _rows(page), timeout=30_000)
    wait_idle()
    with hq.db.read() as connection:
        assert connection.scalar(select(HqUser.id).where(HqUser.email == volunteer)) is None
        assert (
            connection.scalar(
                select(HqDevice.id).where(HqDevice.client_device_id == other.device_id_cached)
            )
            is None
        )
    from sistercommittee.sync.errors import NotSignedInError

    with pytest.raises(NotSignedInError, match="no longer valid"):
        service.sync_now(other.db, other.store)
    other.db.close()


def test_a_volunteer_sees_the_members_and_why_nothing_can_be_changed(
    qtbot, window, ctx, hq, org, wait_idle, snap
):
    store = MemoryStore()
    ctx.secret_store = store
    # The coordinator's laptop sent the organization first; this one is a volunteer's.
    service.login(ctx.db, store, hq.url, org.emails["volunteer"], PASSWORD)
    page = _members_page(qtbot, window, wait_idle)
    assert len(_rows(page)) == 3
    for button in (page.invite_button, page.role_button, page.reset_button, page.remove_button):
        assert not button.isVisible()
    assert "Only coordinators invite" in page.state.text()
    assert "Volunteers add and change records" in page.state.text()
    assert not window.new_action.isEnabled()
    snap(window, "members-read-only")
    # Asked anyway (Alt+I is no button here): the page says why.
    page.invite()
    box = _dialog(qtbot, QMessageBox)
    assert "Only the organization's coordinators" in box.text() and "volunteer" in box.text()
    press_enter(qtbot)
    wait_idle()


def test_not_signed_in_the_page_offers_to_sign_in(qtbot, window, ctx, wait_idle):
    ctx.secret_store = MemoryStore()
    page = _members_page(qtbot, window, wait_idle)
    assert page.sign_in_button.isVisible() and "not signed in" in page.state.text()
    assert not page.invite_button.isVisible()


# --- the welcome: join with an invitation --------------------------------------------------------


def _welcome(qtbot, ctx, path):
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog

    welcome = WelcomeDialog(ctx, path, None)
    qtbot.addWidget(welcome)
    welcome.open()
    activate(qtbot, welcome)
    return welcome


def test_joining_with_an_invitation_from_the_welcome(
    qtbot, ctx, hq, org, tmp_path, wait_idle, snap
):
    from sistercommittee.services.organizations import create_organization
    from sistercommittee.ui.dialogs.invitation_dialogs import InvitationJoinDialog

    first = laptop(tmp_path / "first.sqlite", hq.url, org.emails["coordinator"])
    create_organization(first.db, {"name": "Springfield", "city": "Springfield", "country": "US"})
    service.sync_now(first.db, first.store)
    first.db.close()
    issued = hq_members.create_invitation(hq.db, org.id, "newcomer@example.org", "volunteer")
    ctx.secret_store = MemoryStore()
    path = tmp_path / "joined.sqlite"
    welcome = _welcome(qtbot, ctx, path)
    assert "i" not in clashes_in_every_tab(welcome)  # Alt+I: Join with an Invitation
    alt(qtbot, "i")
    dialog = _dialog(qtbot, InvitationJoinDialog)
    assert clashes_in_every_tab(dialog) == {}
    # A code mistyped: said under the code, nothing made, everything typed kept.
    for text in (hq.url, "WRNG-WRNG-WRNG-WRNG", NEW_PASSWORD, NEW_PASSWORD):
        type_into_focused(qtbot, text)
        tab(qtbot)
    snap(dialog, "join-with-invitation")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.problem_text("code")), timeout=30_000)
    wait_idle()
    assert "not known to this HQ" in dialog.problem_text("code")
    assert dialog.password.text() == NEW_PASSWORD and not path.exists()
    # The fields come back from the attempt, and the focus to the code, right after the message.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code, timeout=5_000)
    type_into_focused(qtbot, issued.code.lower())
    press_enter(qtbot)
    qtbot.waitUntil(lambda: not welcome.isVisible(), timeout=30_000)
    wait_idle()
    assert welcome.opened is not None and welcome.opened.org.name == "Springfield"
    assert path.exists()
    status = service.sync_status(welcome.opened.db, ctx.secret_store)
    assert status.signed_in and status.email == "newcomer@example.org"
    assert status.role == "volunteer" and status.last_synced_at is not None
    welcome.opened.db.close()


def test_the_first_coordinator_joins_then_creates_the_organization(
    qtbot, ctx, hq, tmp_path, wait_idle
):
    from sistercommittee.ui.dialogs.invitation_dialogs import InvitationJoinDialog

    org_id = admin.create_organization(hq.db, "Riverside Twinning")
    issued = hq_members.create_invitation(hq.db, org_id, "first@example.org", "coordinator")
    ctx.secret_store = MemoryStore()
    path = tmp_path / "first.sqlite"
    welcome = _welcome(qtbot, ctx, path)
    alt(qtbot, "i")
    dialog = _dialog(qtbot, InvitationJoinDialog)
    for text in (hq.url, issued.code, NEW_PASSWORD, "a different one"):
        type_into_focused(qtbot, text)
        tab(qtbot)
    press_enter(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.problem_text("again")), timeout=5_000)
    assert "differ" in dialog.problem_text("again")
    assert focused() is dialog.again
    type_into_focused(qtbot, NEW_PASSWORD)
    press_enter(qtbot)
    qtbot.waitUntil(lambda: welcome.joined_note.isVisibleTo(welcome), timeout=30_000)
    wait_idle()
    assert "You joined Riverside Twinning on HQ as coordinator" in welcome.joined_note.text()
    assert welcome.isVisible() and not welcome.invitation_button.isVisible()
    activate(qtbot, welcome)
    assert welcome.form.editor("name").value() == "Riverside Twinning"
    assert focused_name(welcome) == "name"
    type_fields(qtbot, welcome, {"city": "Riverside", "country": "United States"})
    close_popup(qtbot)
    for _ in range(30):
        if focused() is welcome.create_button:
            break
        tab(qtbot)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not welcome.isVisible(), timeout=30_000)
    wait_idle()
    db = welcome.opened.db
    assert welcome.opened.org.name == "Riverside Twinning"
    result = service.sync_now(db, ctx.secret_store)
    assert result.sent > 0
    with hq.db.read() as connection:
        from sistercommittee.hq.models import HqOrganization

        assert (
            connection.scalar(select(HqOrganization.org_row_id).where(HqOrganization.id == org_id))
            == welcome.opened.org.id
        )
    db.close()


# --- sign-in: a forgotten password -------------------------------------------------------------


def test_forgot_password_mails_a_code_and_signs_in_with_the_new_password(
    qtbot, ctx, mailing_hq, smtp, tmp_path, wait_idle, snap
):
    from sistercommittee.ui.dialogs.invitation_dialogs import ForgotPasswordDialog
    from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog

    hq = mailing_hq
    org = make_org(hq.db)
    email = org.emails["volunteer"]
    elsewhere = laptop(tmp_path / "elsewhere.sqlite", hq.url, email)
    store = MemoryStore()
    ctx.secret_store = store
    db = ctx.db

    def job(server: str, typed_email: str, password: str) -> Any:
        return lambda: service.login(db, store, server, typed_email, password)

    sign_in = SignInDialog(ctx, job)
    qtbot.addWidget(sign_in)
    sign_in.open()
    activate(qtbot, sign_in)
    type_into_focused(qtbot, hq.url)
    tab(qtbot)
    type_into_focused(qtbot, email)
    tab(qtbot)
    assert clashes_in_every_tab(sign_in) == {}
    alt(qtbot, "f")
    forgot = _dialog(qtbot, ForgotPasswordDialog)
    assert clashes_in_every_tab(forgot) == {}
    assert (forgot.server.text(), forgot.email.text()) == (hq.url, email)
    assert focused() is forgot.code
    alt(qtbot, "m")
    qtbot.waitUntil(lambda: "on its way" in forgot.note.text(), timeout=30_000)
    wait_idle()
    assert focused() is forgot.code
    code = code_in(smtp.to(email)[-1])
    for text in (code, NEW_PASSWORD, NEW_PASSWORD):
        type_into_focused(qtbot, text)
        tab(qtbot)
    snap(forgot, "forgot-password")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: not sign_in.isVisible(), timeout=30_000)
    wait_idle()
    status = service.sync_status(db, store)
    assert status.signed_in and status.email == email
    from sistercommittee.sync.errors import NotSignedInError

    with pytest.raises(NotSignedInError):
        service.sync_now(elsewhere.db, elsewhere.store)
    elsewhere.db.close()


def test_without_mail_forgot_password_says_to_ask_a_coordinator(qtbot, ctx, hq, org, wait_idle):
    from sistercommittee.ui.dialogs.invitation_dialogs import ForgotPasswordDialog

    dialog = ForgotPasswordDialog(ctx, hq.url, org.emails["volunteer"])
    qtbot.addWidget(dialog)
    dialog.open()
    activate(qtbot, dialog)
    alt(qtbot, "m")
    qtbot.waitUntil(lambda: "coordinator" in dialog.note.text() and "no mail" in dialog.note.text(),
                    timeout=30_000)  # fmt: skip
    wait_idle()
    # A wrong code is said beside the code, and the passwords stay typed.
    for text in ("ABCD-EFGH-JKMN-PQRS", NEW_PASSWORD, NEW_PASSWORD):
        type_into_focused(qtbot, text)
        tab(qtbot)
    press_enter(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.problem_text("code")), timeout=30_000)
    wait_idle()
    assert "not known" in dialog.problem_text("code") and dialog.password.text() == NEW_PASSWORD


def test_a_read_only_account_cannot_make_records_and_is_told_why(
    qtbot, window, ctx, hq, org, wait_idle
):
    store = MemoryStore()
    ctx.secret_store = store
    service.login(ctx.db, store, hq.url, org.emails["read_only"], PASSWORD)
    _members_page(qtbot, window, wait_idle)
    qtbot.waitUntil(lambda: window.auto_sync.role == "read_only", timeout=30_000)
    wait_idle()
    window.show_page("volunteers")
    wait_idle()
    for action in (window.new_action, window.edit_action, window.delete_action):
        assert not action.isEnabled()
        assert "read-only" in action.toolTip() and "Members page" in action.toolTip()
    volunteers = window.page("volunteers")
    assert not volunteers.new_button.isVisible() and not volunteers.hours_button.isVisible()
    # Enter on a row (as a double-click) says why instead of opening the edit dialog.
    V.add_volunteer(ctx.db, {"given_name": "Rosa", "family_name": "Marsh"})
    volunteers.refresh()
    qtbot.waitUntil(lambda: volunteers.model.rowCount() > 0, timeout=10_000)
    wait_idle()
    volunteers.table.setFocus()
    select_rows(volunteers, lambda row: True)
    volunteers.table.setCurrentIndex(volunteers.model.index(0, 0))
    assert volunteers.current_id() is not None
    QTest.keyClick(volunteers.table, Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() is None
    assert "read-only" in window.statusBar().currentMessage()
    # A coordinator makes the account a volunteer: the window follows when HQ next tells it.
    hq_members.set_role(hq.db, org.id, org.emails["read_only"], "volunteer")
    page = window.show_page("members")
    page.refresh()
    qtbot.waitUntil(lambda: window.auto_sync.role == "volunteer", timeout=30_000)
    wait_idle()
    window.show_page("volunteers")
    wait_idle()
    assert window.new_action.isEnabled() and "read-only" not in window.new_action.toolTip()
    assert volunteers.new_button.isVisible()


def test_joining_from_hq_with_a_password_forgot_it_and_reset_it(
    qtbot, ctx, hq, org, tmp_path, wait_idle
):
    """Join from HQ on the welcome has Forgot Password? too: a coordinator's reset code and a
    new password, and the join goes on with it (HQ holds no records yet: no organization)."""
    from sistercommittee.ui.dialogs.invitation_dialogs import ForgotPasswordDialog
    from sistercommittee.ui.dialogs.join_dialog import JoinDialog

    ctx.secret_store = MemoryStore()
    email = org.emails["volunteer"]
    code = hq_members.issue_reset(hq.db, org.id, email).code
    path = tmp_path / "joined.sqlite"
    dialog = JoinDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.open()
    activate(qtbot, dialog)
    type_into_focused(qtbot, hq.url)
    tab(qtbot)
    type_into_focused(qtbot, email)
    alt(qtbot, "f")
    forgot = _dialog(qtbot, ForgotPasswordDialog)
    assert focused() is forgot.code  # server and email came from the sign-in
    for text in (code, NEW_PASSWORD, NEW_PASSWORD):
        type_into_focused(qtbot, text)
        tab(qtbot)
    press_enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    wait_idle()
    assert dialog.opened is not None and dialog.opened.org is None
    assert (dialog.organization, dialog.role) == (org.name, "volunteer")
    assert service.sync_status(dialog.opened.db, ctx.secret_store).email == email
    dialog.opened.db.close()
