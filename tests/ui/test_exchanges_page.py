"""The exchanges page: add (partner city picked by name), participants, host families, placing a
guest, itinerary and costs, filters, delete, undo."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sistercommittee.services import exchanges as svc
from sistercommittee.services import partnerships
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from tests.ui.conftest import open_dialog
from tests.ui.helpers import save, save_expecting_errors, select, select_part


@pytest.fixture
def partner(db: Any) -> str:
    return partnerships.add_partnership(
        db, {"city_name": "Poltava", "city_name_local": "Полтава", "country": "UA"}
    ).id


@pytest.fixture
def page(window: Any, wait_idle: Any, partner: str) -> Any:
    page = window.show_page("exchanges")
    wait_idle()
    return page


def _titles(page: Any) -> list[str]:
    return [page.model.row_at(r).title for r in range(page.model.rowCount())]


def _add(db: Any, partner: str, title: str, start: date, end: date, **values: Any) -> str:
    return svc.add_exchange(
        db,
        {
            "title": title,
            "partnership_id": partner,
            "starts_on": start,
            "ends_on": end,
            "direction": "inbound",
            "program": "youth",
            **values,
        },
    ).id


def test_add_exchange_picking_the_city_and_undo(qtbot, window, page, db, partner, wait_idle):
    dialog = open_dialog(qtbot, window.new_action.trigger, RecordDialog)
    form = dialog.form
    qtbot.keyClicks(form.editor("title").line, "Youth soccer tour")
    picker = form.editor("partnership_id")
    qtbot.waitUntil(lambda: picker.combo.count() > 0)
    form.editor("starts_on").set_value(date(2031, 7, 10))
    form.editor("ends_on").set_value(date(2031, 7, 1))
    assert save_expecting_errors(qtbot, dialog, "partnership_id")
    picker.combo.setCurrentIndex(picker.combo.findData(partner))
    message = save_expecting_errors(qtbot, dialog, "ends_on")
    assert "before" in message or "after" in message
    form.editor("ends_on").set_value(date(2031, 7, 20))
    save(qtbot, dialog, wait_idle)
    assert _titles(page) == ["Youth soccer tour"]
    window.undo_action.trigger()
    wait_idle()
    assert _titles(page) == []


def test_people_hosting_itinerary_costs(qtbot, window, page, db, partner, wait_idle):
    exchange_id = _add(db, partner, "Poltava youth visit", date(2031, 5, 1), date(2031, 5, 5))
    page.refresh()
    wait_idle()
    select(page, lambda r: r.id == exchange_id)
    qtbot.waitUntil(lambda: page._detail is not None)

    dialog = open_dialog(qtbot, page.participants.add_button.click, RecordDialog)
    dialog.form.editor("name").line.insert("Олена Шевченко")
    dialog.form.editor("role").set_value("student")
    dialog.form.editor("is_youth").set_value(True)
    save(qtbot, dialog, wait_idle)
    qtbot.waitUntil(lambda: len(page.participants.model.rows) == 1)

    dialog = open_dialog(qtbot, page.hosts.add_button.click, RecordDialog)
    qtbot.keyClicks(dialog.form.editor("family_name").line, "Miller")
    dialog.form.editor("capacity").set_value("2")
    save(qtbot, dialog, wait_idle)
    qtbot.waitUntil(lambda: len(page.hosts.model.rows) == 1)
    assert "Олена Шевченко has no host" in page.unplaced_label.text()

    assert page.place_button.isEnabled()
    dialog = open_dialog(qtbot, page.place_button.click, RecordDialog)
    save(qtbot, dialog, wait_idle)
    qtbot.waitUntil(lambda: len(page.stays.model.rows) == 1)
    assert page.unplaced_label.text() == ""
    window.undo_action.trigger()
    wait_idle()
    qtbot.waitUntil(lambda: len(page.stays.model.rows) == 0)

    # Removing a participant is undone by adding them again.
    select_part(page.participants, lambda p: True)
    page.participants.remove_button.click()
    wait_idle()
    qtbot.waitUntil(lambda: len(page.participants.model.rows) == 0)
    window.undo_action.trigger()
    wait_idle()
    qtbot.waitUntil(lambda: len(page.participants.model.rows) == 1)
    assert page.participants.model.rows[0].name == "Олена Шевченко"
    assert page.participants.model.rows[0].is_youth

    dialog = open_dialog(qtbot, page.itinerary.add_button.click, RecordDialog)
    qtbot.keyClicks(dialog.form.editor("title").line, "Welcome dinner")
    save(qtbot, dialog, wait_idle)
    qtbot.waitUntil(lambda: len(page.itinerary.model.rows) == 1)

    dialog = open_dialog(qtbot, page.costs.add_button.click, RecordDialog)
    dialog.form.editor("amount").set_value("480")
    save(qtbot, dialog, wait_idle)
    qtbot.waitUntil(lambda: len(page.costs.model.rows) == 1)
    assert "$480.00" in page.cost_totals.text()


def test_filters_and_delete_undo(qtbot, window, page, db, partner, wait_idle, monkeypatch):
    _add(db, partner, "Culture week", date(2024, 5, 1), date(2024, 5, 5), program="culture")
    _add(db, partner, "Youth camp", date(2025, 7, 1), date(2025, 7, 9), direction="outbound")
    page.refresh()
    wait_idle()
    assert _titles(page) == ["Youth camp", "Culture week"]
    page.direction_filter.setCurrentIndex(page.direction_filter.findData("outbound"))
    wait_idle()
    assert _titles(page) == ["Youth camp"]
    page.clear_filters()
    page.year_filter.setCurrentIndex(page.year_filter.findData(2024))
    wait_idle()
    assert _titles(page) == ["Culture week"]
    page.clear_filters()
    wait_idle()
    select(page, lambda r: r.title == "Youth camp")
    monkeypatch.setattr(page, "confirm", lambda question, detail: True)
    window.delete_action.trigger()
    wait_idle()
    assert _titles(page) == ["Culture week"]
    window.undo_action.trigger()
    wait_idle()
    assert _titles(page) == ["Youth camp", "Culture week"]


def _parts(page: Any) -> dict[str, list[Any]]:
    """What the exchange's lists show, by id (and the participants' roles, to see an edit)."""
    return {
        "participants": [(p.id, p.role.value) for p in page.participants.model.rows],
        "hosts": [h.id for h in page.hosts.model.rows],
        "stays": [(s.id, s.participant_id, s.host_family_id) for s in page.stays.model.rows],
        "itinerary": [i.id for i in page.itinerary.model.rows],
        "costs": [c.id for c in page.costs.model.rows],
    }


def test_every_part_is_undone_and_redone_under_its_own_id(
    qtbot, window, page, db, partner, wait_idle, shown_errors
):
    exchange_id = _add(db, partner, "Poltava choir visit", date(2031, 5, 1), date(2031, 5, 5))
    page.refresh()
    wait_idle()
    select(page, lambda r: r.id == exchange_id)
    qtbot.waitUntil(lambda: page._detail is not None)
    states = [_parts(page)]

    def step(action: Any, check: Any) -> None:
        action()
        wait_idle()
        qtbot.waitUntil(lambda: check(_parts(page)))
        states.append(_parts(page))

    def add_in_dialog(button: Any, fill: Any, part: str) -> None:
        def action() -> None:
            dialog = open_dialog(qtbot, button.click, RecordDialog)
            fill(dialog.form)
            save(qtbot, dialog, wait_idle)

        step(action, lambda now: len(now[part]) == 1)

    def remove(part: Any, name: str) -> None:
        def action() -> None:
            select_part(part, lambda row: True)
            part.remove_button.click()

        step(action, lambda now: now[name] == [])

    def student(form: Any) -> None:
        form.editor("name").line.insert("Олена Шевченко")
        form.editor("role").set_value("student")

    def family(form: Any) -> None:
        qtbot.keyClicks(form.editor("family_name").line, "Miller")

    add_in_dialog(page.participants.add_button, student, "participants")
    add_in_dialog(page.hosts.add_button, family, "hosts")
    add_in_dialog(page.place_button, lambda form: None, "stays")
    add_in_dialog(
        page.itinerary.add_button,
        lambda form: qtbot.keyClicks(form.editor("title").line, "Welcome concert"),
        "itinerary",
    )
    add_in_dialog(
        page.costs.add_button, lambda form: form.editor("amount").set_value("120"), "costs"
    )

    def edit_role() -> None:
        select_part(page.participants, lambda row: True)
        dialog = open_dialog(qtbot, page.participants.edit_button.click, RecordDialog)
        dialog.form.editor("role").set_value("chaperone")
        save(qtbot, dialog, wait_idle)

    step(edit_role, lambda now: now["participants"][0][1] == "chaperone")

    # A stay removed on its own comes back under its id, and goes again on redo.
    remove(page.stays, "stays")
    for expected in (states[-2], states[-1], states[-2]):
        trigger = window.undo_action if expected is states[-2] else window.redo_action
        trigger.trigger()
        wait_idle()
        qtbot.waitUntil(lambda expected=expected: _parts(page) == expected)
    states.pop()  # undone; the next action drops it from the history

    # Removing the participant takes their stay along; the undo brings both back.
    remove(page.participants, "participants")
    assert states[-1]["stays"] == []
    remove(page.hosts, "hosts")
    remove(page.itinerary, "itinerary")
    remove(page.costs, "costs")
    assert states[-1] == states[0]

    # Undo all the way back to the empty exchange, redo all of it, and undo again: every step
    # finds its records under the ids they were given first.
    for expected in reversed(states[:-1]):
        window.undo_action.trigger()
        wait_idle()
        qtbot.waitUntil(lambda expected=expected: _parts(page) == expected)
    assert not window.undo_action.isEnabled()
    for expected in states[1:]:
        window.redo_action.trigger()
        wait_idle()
        qtbot.waitUntil(lambda expected=expected: _parts(page) == expected)
    for expected in reversed(states[-5:-1]):
        window.undo_action.trigger()
        wait_idle()
        qtbot.waitUntil(lambda expected=expected: _parts(page) == expected)
    assert _parts(page) == states[6]
    assert len(_parts(page)["stays"]) == 1
    assert shown_errors == []
