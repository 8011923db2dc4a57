"""The partnerships page: add (with the error beside the field), edit, status change, filters,
contacts, MOUs with signatories, delete, and undo of each."""

from __future__ import annotations

from typing import Any

import pytest

from sistercommittee.services import mous
from sistercommittee.services import partnerships as svc
from sistercommittee.ui.dialogs.mou_dialog import MouDialog
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from tests.ui.conftest import open_dialog
from tests.ui.helpers import save, save_expecting_errors, select, select_part


@pytest.fixture
def page(window: Any, wait_idle: Any) -> Any:
    page = window.show_page("partnerships")
    wait_idle()
    return page


def _cities(page: Any) -> list[str]:
    return [page.model.row_at(r).city_name for r in range(page.model.rowCount())]


def _add(db: Any, city: str, country: str, **values: Any) -> str:
    return svc.add_partnership(db, {"city_name": city, "country": country, **values}).id


def test_add_with_a_bad_field_then_fix_and_undo(qtbot, window, page, db, wait_idle):
    dialog = open_dialog(qtbot, window.new_action.trigger, RecordDialog)
    form = dialog.form
    qtbot.keyClicks(form.editor("city_name").line, "Takayama")
    form.editor("city_name_local").line.insert("高山市")
    form.editor("country").combo.setEditText("Narnia")
    message = save_expecting_errors(qtbot, dialog, "country")
    assert "not a country" in message
    assert form.editor("city_name").value() == "Takayama"
    form.editor("country").set_value("JP")
    save(qtbot, dialog, wait_idle)
    assert _cities(page) == ["Takayama"]
    detail = svc.get_partnership(db, page.model.id_at(0))
    assert detail.time_zone == "Asia/Tokyo" and detail.city_name_local == "高山市"
    window.undo_action.trigger()
    wait_idle()
    assert _cities(page) == []
    window.redo_action.trigger()
    wait_idle()
    assert _cities(page) == ["Takayama"]


def test_edit_change_status_and_undo(qtbot, window, page, db, wait_idle):
    pid = _add(db, "Poltava", "UA", status="exploring")
    page.refresh()
    wait_idle()
    select(page, lambda r: r.id == pid)
    dialog = open_dialog(qtbot, window.edit_action.trigger, RecordDialog)
    dialog.form.editor("region").set_value("Poltava Oblast")
    save(qtbot, dialog, wait_idle)
    assert svc.get_partnership(db, pid).region == "Poltava Oblast"

    dialog = open_dialog(qtbot, page.change_status, RecordDialog)
    dialog.form.editor("to_status").set_value("proposed")
    save(qtbot, dialog, wait_idle)
    assert svc.get_partnership(db, pid).status.value == "proposed"
    window.undo_action.trigger()
    wait_idle()
    assert svc.get_partnership(db, pid).status.value == "exploring"
    window.undo_action.trigger()
    wait_idle()
    assert svc.get_partnership(db, pid).region is None


def test_filters(qtbot, page, db, wait_idle):
    _add(db, "Takayama", "JP", status="exploring")
    _add(db, "Kyiv", "UA", kind="friendship_city")
    _add(db, "Besançon", "FR", focus_areas="culture")
    page.refresh()
    wait_idle()
    assert _cities(page) == ["Besançon", "Kyiv", "Takayama"]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("friendship_city"))
    wait_idle()
    assert _cities(page) == ["Kyiv"]
    page.clear_filters()
    page.country_filter.setCurrentIndex(page.country_filter.findData("JP"))
    wait_idle()
    assert _cities(page) == ["Takayama"]
    page.clear_filters()
    page.focus_filter.setCurrentIndex(page.focus_filter.findData("culture"))
    wait_idle()
    assert _cities(page) == ["Besançon"]
    page.clear_filters()
    qtbot.keyClicks(page.search, "besan")
    qtbot.waitUntil(lambda: _cities(page) == ["Besançon"])


def test_contacts_and_mou_signatories(qtbot, window, page, db, wait_idle):
    pid = _add(db, "Takayama", "JP", signed_on="2001-05-01")
    page.refresh()
    wait_idle()
    select(page, lambda r: r.id == pid)
    qtbot.waitUntil(lambda: page._detail is not None)
    dialog = open_dialog(qtbot, page.contacts.add_button.click, RecordDialog)
    dialog.form.editor("name").line.insert("田中 花子")
    dialog.form.editor("phone").set_value("0577-32-3333")
    save(qtbot, dialog, wait_idle)
    qtbot.waitUntil(lambda: len(page.contacts.model.rows) == 1)
    assert page.contacts.model.rows[0].phone == "+81577323333"  # read as a Japanese number
    window.undo_action.trigger()
    wait_idle()
    qtbot.waitUntil(lambda: len(page.contacts.model.rows) == 0)

    dialog = open_dialog(qtbot, page.mous.add_button.click, RecordDialog)
    save(qtbot, dialog, wait_idle)
    mou = open_dialog(qtbot, lambda: None, MouDialog)
    qtbot.waitUntil(lambda: mou.detail is not None)
    sign = open_dialog(qtbot, mou.signatories.add_button.click, RecordDialog)
    sign.form.editor("side").set_value("partner")
    qtbot.keyClicks(sign.form.editor("name").line, "Mayor Kunishima")
    sign.form.editor("name_local").line.insert("國島芳明")
    save(qtbot, sign, wait_idle)
    qtbot.waitUntil(lambda: len(mou.signatories.model.rows) == 1)
    detail = mous.get_mou(db, mou.mou_id)
    assert detail.signatories[0].name_local == "國島芳明"
    select_part(mou.signatories, lambda s: True)
    mou.signatories.remove_button.click()
    wait_idle()
    qtbot.waitUntil(lambda: len(mou.signatories.model.rows) == 0)
    window.undo_action.trigger()
    wait_idle()
    qtbot.waitUntil(lambda: len(mou.signatories.model.rows) == 1)
    mou.close()


def test_delete_and_undo(qtbot, window, page, db, wait_idle, monkeypatch):
    _add(db, "Takayama", "JP")
    _add(db, "Kyiv", "UA")
    page.refresh()
    wait_idle()
    select(page, lambda r: r.city_name == "Kyiv")
    monkeypatch.setattr(page, "confirm", lambda question, detail: True)
    window.delete_action.trigger()
    wait_idle()
    assert _cities(page) == ["Takayama"]
    window.undo_action.trigger()
    wait_idle()
    assert _cities(page) == ["Kyiv", "Takayama"]


def test_status_changes_undo_and_redo_even_where_the_lifecycle_has_no_way_back(
    qtbot, window, page, db, wait_idle, shown_errors
):
    from sqlalchemy import select as sql_select

    from sistercommittee.domain import StatusChange

    def steps() -> list[str]:
        with db.read() as session:
            return list(
                session.scalars(
                    sql_select(StatusChange.id)
                    .where(StatusChange.partnership_id == pid, StatusChange.deleted_at.is_(None))
                    .order_by(StatusChange.created_at)
                )
            )

    def shown_status() -> str:
        return page.model.row_at(0).status.value

    pid = _add(db, "Poltava", "UA", status="exploring", signed_on="2020-05-01")
    page.refresh()
    wait_idle()
    select(page, lambda r: r.id == pid)
    for status in ("proposed", "active"):
        dialog = open_dialog(qtbot, page.change_status, RecordDialog)
        dialog.form.editor("to_status").set_value(status)
        save(qtbot, dialog, wait_idle)
        qtbot.waitUntil(lambda status=status: shown_status() == status)
    recorded = steps()
    assert len(recorded) == 3

    # Active cannot become proposed again in the lifecycle, but the change can be undone: its
    # step leaves the history instead of a new step being added.
    for expected, history in (("proposed", recorded[:2]), ("exploring", recorded[:1])):
        window.undo_action.trigger()
        wait_idle()
        qtbot.waitUntil(lambda expected=expected: shown_status() == expected)
        assert steps() == history
        row = f"Status</b>&nbsp;&nbsp;</td><td>{expected.capitalize()}</td>"
        qtbot.waitUntil(lambda row=row: row in page.overview_label.text())
    assert "Undone" not in page.overview_label.text()
    assert not window.undo_action.isEnabled()

    # Redo puts the same steps back.
    for expected, history in (("proposed", recorded[:2]), ("active", recorded)):
        window.redo_action.trigger()
        wait_idle()
        qtbot.waitUntil(lambda expected=expected: shown_status() == expected)
        assert steps() == history
    assert svc.get_partnership(db, pid).status.value == "active"
    window.undo_action.trigger()
    wait_idle()
    qtbot.waitUntil(lambda: shown_status() == "proposed")
    assert shown_errors == []
