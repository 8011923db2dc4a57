"""Every Alt+letter in a window has one owner: the main window on each page (menus, page
buttons, detail tabs) and every dialog."""

from __future__ import annotations

from typing import Any

from tests.ui.keyboard.mnemonics import clashes_in_every_tab


def test_the_main_window_has_no_clash_on_any_page(qtbot, window, wait_idle):
    found = {}
    for section in window.sections:
        window.show_page(section.key)
        wait_idle()
        for key, texts in clashes_in_every_tab(window).items():
            found[f"{section.key}:{key}"] = texts
    assert found == {}


def _shown(qtbot: Any, dialog: Any) -> Any:
    from tests.ui.keyboard.typing import activate

    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


def test_preferences_sign_in_status_and_new_mou_have_no_clash(qtbot, window, ctx, db, wait_idle):
    from sistercommittee.services import partnerships
    from sistercommittee.ui.dialogs.mou_dialog import new_mou
    from sistercommittee.ui.dialogs.partnership_dialog import change_status
    from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog
    from sistercommittee.ui.dialogs.record_dialog import RecordDialog
    from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog
    from tests.ui.conftest import open_dialog

    for dialog in (
        PreferencesDialog(ctx, window),
        SignInDialog(ctx, lambda *typed: lambda: None, window),
    ):
        assert clashes_in_every_tab(_shown(qtbot, dialog)) == {}, dialog.windowTitle()
        dialog.done(0)
    partnership = partnerships.add_partnership(db, {"city_name": "Takayama", "country": "JP"}).id
    detail = partnerships.get_partnership(db, partnership)
    status = open_dialog(qtbot, lambda: change_status(ctx, window, detail), RecordDialog)
    assert clashes_in_every_tab(status) == {}
    status.done(0)
    mou = open_dialog(qtbot, lambda: new_mou(ctx, window, partnership, "Takayama"), RecordDialog)
    assert clashes_in_every_tab(mou) == {}
    # no field of a new MOU is required, so it does not say "Fields marked * are required"
    assert mou.findChild(type(mou.form.banner), "required_note") is None
    mou.done(0)
    wait_idle()


def test_required_fields_are_marked_where_the_dialog_says_so(qtbot, window, wait_idle):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from sistercommittee.ui.dialogs.record_dialog import RecordDialog
    from tests.ui.conftest import open_dialog
    from tests.ui.keyboard.typing import press

    window.show_page("partnerships")
    wait_idle()
    dialog = open_dialog(
        qtbot, lambda: press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), RecordDialog
    )
    assert dialog.findChild(QLabel, "required_note") is not None
    labels = [label.text().replace("&", "") for label in dialog.form._labels.values()]
    assert "City name *:" in labels and "Country *:" in labels
    assert "Region:" in labels
    dialog.done(0)
