"""The organization's listing in HQ's directory, set in Preferences with the keyboard: the box to
tick and the public contact it needs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sistercommittee.services import organizations
from tests.ui.conftest import open_dialog
from tests.ui.keyboard.typing import focused_name, press, press_enter, tab, type_into_focused


def _tab_to(qtbot, dialog, name: str) -> None:
    for _ in range(40):
        if focused_name(dialog) == name:
            return
        tab(qtbot)
    raise AssertionError(f"Tab never reached {name}")


def test_a_committee_opts_in_to_the_directory_with_a_public_contact(
    qtbot, window, db, wait_idle, snap
):
    from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog

    assert organizations.get_organization(db).directory_listed is False
    dialog = open_dialog(qtbot, window.preferences_action.trigger, PreferencesDialog)
    _tab_to(qtbot, dialog, "directory_listed")
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.form.editor("directory_listed").value() is True
    press_enter(qtbot)
    # Listed without a way to be reached: the contact field says what is missing.
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("public_contact")), timeout=10_000)
    assert dialog.form.error_text("public_contact") == (
        "Give a public contact to be listed in HQ's directory."
    )
    assert focused_name(dialog) == "public_contact"
    type_into_focused(qtbot, "hello@springfield.example.org")
    snap(dialog, "preferences-directory")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    org = organizations.get_organization(db)
    assert org.directory_listed is True
    assert org.public_contact == "hello@springfield.example.org"
