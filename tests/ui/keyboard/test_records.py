"""Each kind of record added and edited from the keyboard only: the dialog opened by its
shortcut or Alt+letter, every field typed in Tab order, saved with Enter, read back through the
service."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sistercommittee.services import events, partnerships, volunteers
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from tests.ui.conftest import open_dialog
from tests.ui.helpers import select
from tests.ui.keyboard.mnemonics import clashes_in_every_tab
from tests.ui.keyboard.typing import (
    SPACE,
    activate,
    alt,
    answer,
    focused,
    press,
    press_escape,
    question,
    save_with_enter,
    type_fields,
    type_into_focused,
)


def ctrl(qtbot: Any, key: Qt.Key) -> None:
    press(qtbot, key, Qt.KeyboardModifier.ControlModifier)


def open_new(qtbot: Any, window: Any, section: str, wait_idle: Any) -> Any:
    window.show_page(section)
    wait_idle()
    dialog = open_dialog(qtbot, lambda: ctrl(qtbot, Qt.Key.Key_N), RecordDialog)
    wait_idle()  # pick lists load on a worker
    assert clashes_in_every_tab(dialog) == {}
    return dialog


def open_edit(qtbot: Any, window: Any, section: str, wait_idle: Any) -> Any:
    page = window.show_page(section)
    wait_idle()
    select(page, lambda row: True)
    wait_idle()
    page.table.setFocus()
    dialog = open_dialog(qtbot, lambda: ctrl(qtbot, Qt.Key.Key_E), RecordDialog)
    wait_idle()
    assert clashes_in_every_tab(dialog) == {}
    return dialog


def open_part(qtbot: Any, window: Any, section: str, tab_letter: str, wait_idle: Any) -> Any:
    """Select the page's record, go to a detail tab by its Alt+letter, press Alt+A (Add)."""
    page = window.show_page(section)
    wait_idle()
    select(page, lambda row: True)
    wait_idle()
    page.table.setFocus()
    alt(qtbot, tab_letter)
    dialog = open_dialog(qtbot, lambda: alt(qtbot, "a"), RecordDialog)
    wait_idle()
    assert clashes_in_every_tab(dialog) == {}
    return dialog


def pick(text: str, editor_name: str, dialog: Any) -> Any:
    """Type a name into a record picker and wait for its matches (from a worker)."""

    def action(qtbot: Any) -> None:
        from PySide6.QtWidgets import QApplication

        type_into_focused(qtbot, text)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=10_000)
        press(qtbot, Qt.Key.Key_Down)  # the first match
        press(qtbot, Qt.Key.Key_Return)
        editor = dialog.form.editor(editor_name)
        qtbot.waitUntil(lambda: editor.value() not in (None, text), timeout=10_000)

    return action


@pytest.fixture
def takayama(db: Any) -> str:
    return partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP", "time_zone": "Asia/Tokyo"}
    ).id


@pytest.fixture
def ada(db: Any) -> str:
    return volunteers.add_volunteer(db, {"given_name": "Ada", "family_name": "Lovelace"}).id


# --- partnerships ------------------------------------------------------------------------------


def test_partnership_add_every_field(qtbot, window, db, wait_idle):
    dialog = open_new(qtbot, window, "partnerships", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "city_name": "Kyoto",
            "city_name_local": "京都市",
            "region": "Kyoto Prefecture",
            "country": "Japan",
            "language": "Japanese",
            "time_zone": "Asia/Tokyo",
            "signed_on": "5/31/1996",
            "focus_areas": SPACE,
            "committee": "Kyoto Friends",
            "notes": "Met at the 1995 fair.",
        },
    )
    changes = save_with_enter(qtbot, dialog, wait_idle)
    found = partnerships.get_partnership(db, changes.id)
    assert (found.city_name, found.city_name_local, found.region) == (
        "Kyoto",
        "京都市",
        "Kyoto Prefecture",
    )
    assert (found.country, found.language, found.time_zone) == ("JP", "ja", "Asia/Tokyo")
    assert found.signed_on == date(1996, 5, 31)
    assert len(found.focus_areas) == 1
    assert (found.committee, found.notes) == ("Kyoto Friends", "Met at the 1995 fair.")


def test_partnership_edit(qtbot, window, db, takayama, wait_idle, snap):
    dialog = open_edit(qtbot, window, "partnerships", wait_idle)
    type_fields(qtbot, dialog, {"region": "Gifu", "signed_on": "10/8/1996"})
    snap(dialog, "partnership-edit")
    save_with_enter(qtbot, dialog, wait_idle)
    found = partnerships.get_partnership(db, takayama)
    assert (found.region, found.signed_on, found.city_name) == (
        "Gifu",
        date(1996, 10, 8),
        "Takayama",
    )


def test_partnership_add_closed_with_changes(qtbot, window, db, wait_idle):
    dialog = open_new(qtbot, window, "partnerships", wait_idle)
    type_into_focused(qtbot, "Nowhere")
    press_escape(qtbot)
    answer(qtbot, question(qtbot), "d")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert partnerships.list_partnerships(db).total == 0


def test_contact_add(qtbot, window, db, takayama, wait_idle, snap):
    dialog = open_part(qtbot, window, "partnerships", "t", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "name": "Sato Ken",
            "title": "Director",
            "organization": "Takayama City Hall",
            "email": "ken@example.jp",
            "phone": "+81 577 32 3333",
            "language": "Japanese",
            "notes": "Prefers email.",
        },
    )
    snap(dialog, "contact")
    save_with_enter(qtbot, dialog, wait_idle)
    (contact,) = partnerships.get_partnership(db, takayama).contacts
    assert (contact.name, contact.title, contact.organization) == (
        "Sato Ken",
        "Director",
        "Takayama City Hall",
    )
    assert (contact.email, contact.phone, contact.language, contact.notes) == (
        "ken@example.jp",
        "+81577323333",
        "ja",
        "Prefers email.",
    )


# --- volunteers --------------------------------------------------------------------------------


def test_volunteer_add_every_field(qtbot, window, db, wait_idle, snap):
    dialog = open_new(qtbot, window, "volunteers", wait_idle)

    def add_language(qtbot: Any) -> None:
        press(qtbot, Qt.Key.Key_Space)  # "Add a language": a row, its language focused
        assert focused().isVisible()  # the row once stayed hidden and took the typing unseen
        type_into_focused(qtbot, "Japanese")

    type_fields(
        qtbot,
        dialog,
        {
            "given_name": "Grace",
            "family_name": "Hopper",
            "email": "grace@example.org",
            "phone": "+1 217 555 0100",
            "languages": add_language,
            "roles": SPACE,
            "skills": "Translation, Driving",
            "committees": "Events",
            "contact_consent": SPACE,
            "consent_date": "yesterday",
            "emergency_contact_name": "Walter Hopper",
            "emergency_contact_phone": "+1 217 555 0101",
            "notes": "Speaks at schools.",
        },
    )
    snap(dialog, "volunteer")
    changes = save_with_enter(qtbot, dialog, wait_idle)
    found = volunteers.get_volunteer(db, changes.id)
    assert (found.given_name, found.family_name, found.email) == (
        "Grace",
        "Hopper",
        "grace@example.org",
    )
    assert found.phone == "+12175550100"
    assert [
        (item.language, getattr(item.level, "value", item.level)) for item in found.languages
    ] == [("ja", "conversational")]
    assert "board" in found.roles  # the first box, ticked with Space
    assert list(found.skills) == ["Translation", "Driving"]
    assert list(found.committees) == ["Events"]
    assert found.contact_consent is True
    assert found.consent_date is not None and found.consent_date < date.today()
    assert (found.emergency_contact_name, found.emergency_contact_phone) == (
        "Walter Hopper",
        "+12175550101",
    )
    assert found.notes == "Speaks at schools."


def test_volunteer_edit(qtbot, window, db, ada, wait_idle):
    dialog = open_edit(qtbot, window, "volunteers", wait_idle)
    type_fields(qtbot, dialog, {"email": "ada@example.org", "skills": "Mathematics"})
    save_with_enter(qtbot, dialog, wait_idle)
    found = volunteers.get_volunteer(db, ada)
    assert (found.given_name, found.email, list(found.skills)) == (
        "Ada",
        "ada@example.org",
        ["Mathematics"],
    )


# --- events ------------------------------------------------------------------------------------


@pytest.fixture
def concert(db: Any, takayama: str) -> str:
    return events.add_event(
        db,
        {
            "title": "Winter concert",
            "starts_at": "2030-12-20 18:00",
            "time_zone": "America/Chicago",
            "partnerships": [takayama],
        },
    ).id


def test_event_add_every_field(qtbot, window, db, takayama, wait_idle):
    dialog = open_new(qtbot, window, "events", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "title": "Sister city picnic",
            "description": "Food from both cities.",
            "kind": "f",  # Festival, by its first letter
            "time_zone": "America/Chicago",
            "starts_at": "6/1/2030 11:00 AM",
            "ends_at": "6/1/2030 3:00 PM",
            "venue": "Washington Park",
            "attendance": "120",
            "outcome": "Twelve new volunteers.",
            "partnerships": SPACE,
        },
    )
    changes = save_with_enter(qtbot, dialog, wait_idle)
    found = events.get_event(db, changes.id)
    assert (found.title, found.description, found.kind.value) == (
        "Sister city picnic",
        "Food from both cities.",
        "festival",
    )
    assert found.local_starts_at.replace(tzinfo=None).isoformat() == "2030-06-01T11:00:00"
    assert found.local_ends_at.replace(tzinfo=None).isoformat() == "2030-06-01T15:00:00"
    assert (found.venue, found.attendance, found.outcome) == (
        "Washington Park",
        120,
        "Twelve new volunteers.",
    )
    assert [p.id for p in found.partnerships] == [takayama]


def test_event_edit(qtbot, window, db, concert, wait_idle, snap):
    dialog = open_edit(qtbot, window, "events", wait_idle)
    type_fields(qtbot, dialog, {"venue": "Sangamon Auditorium", "starts_at": "12/21/2030 7:30 PM"})
    snap(dialog, "event-edit")
    save_with_enter(qtbot, dialog, wait_idle)
    found = events.get_event(db, concert)
    assert found.venue == "Sangamon Auditorium"
    assert found.local_starts_at.replace(tzinfo=None).isoformat() == "2030-12-21T19:30:00"


def test_shift_add(qtbot, window, db, concert, ada, wait_idle, snap):
    dialog = open_part(qtbot, window, "events", "s", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "role": "Usher",
            "starts_at": "12/20/2030 5:00 PM",
            "ends_at": "12/20/2030 9:00 PM",
            "volunteer_id": pick("Ada", "volunteer_id", dialog),
        },
    )
    snap(dialog, "shift")
    save_with_enter(qtbot, dialog, wait_idle)
    (shift,) = events.get_event(db, concert).shifts
    assert (shift.role, shift.volunteer_id) == ("Usher", ada)
    assert shift.local_starts_at.replace(tzinfo=None).isoformat() == "2030-12-20T17:00:00"
    assert shift.local_ends_at.replace(tzinfo=None).isoformat() == "2030-12-20T21:00:00"


def test_budget_line_add(qtbot, window, db, concert, wait_idle, snap):
    dialog = open_part(qtbot, window, "events", "b", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "direction": "i",  # Income
            "description": "Ticket sales",
            "currency": "USD",
            "planned": "1,250",
            "actual": "1,180.50",
            "in_kind": None,
        },
    )
    snap(dialog, "budget-line")
    save_with_enter(qtbot, dialog, wait_idle)
    (line,) = events.get_event(db, concert).budget_lines
    assert (line.direction.value, line.description, line.currency) == (
        "income",
        "Ticket sales",
        "USD",
    )
    assert (line.planned_minor, line.actual_minor) == (125000, 118050)


# --- exchanges ---------------------------------------------------------------------------------


@pytest.fixture
def visit(db: Any, takayama: str) -> str:
    from sistercommittee.services import exchanges

    return exchanges.add_exchange(
        db,
        {
            "title": "Student visit",
            "direction": "inbound",
            "program": "youth",
            "partnership_id": takayama,
            "starts_on": "2030-07-01",
            "ends_on": "2030-07-05",
        },
    ).id


def test_exchange_add_every_field(qtbot, window, db, takayama, wait_idle, snap):
    from sistercommittee.services import exchanges

    dialog = open_new(qtbot, window, "exchanges", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "title": "Mayors' visit",
            "direction": "w",  # We travel
            "program": "m",  # Municipal
            "partnership_id": pick("Taka", "partnership_id", dialog),
            "starts_on": "9/10/2030",
            "ends_on": "9/14/2030",
            "description": "Five days in Takayama.",
            "notes": "Gifts from the mayor.",
        },
    )
    snap(dialog, "exchange")
    changes = save_with_enter(qtbot, dialog, wait_idle)
    found = exchanges.get_exchange(db, changes.id)
    assert (found.title, found.direction.value, found.program.value) == (
        "Mayors' visit",
        "outbound",
        "municipal",
    )
    assert (found.partnership_id, found.starts_on, found.ends_on) == (
        takayama,
        date(2030, 9, 10),
        date(2030, 9, 14),
    )
    assert (found.description, found.notes) == ("Five days in Takayama.", "Gifts from the mayor.")


def test_exchange_edit(qtbot, window, db, visit, wait_idle):
    from sistercommittee.services import exchanges

    dialog = open_edit(qtbot, window, "exchanges", wait_idle)
    type_fields(qtbot, dialog, {"title": "Student visit 2030", "ends_on": "7/6/2030"})
    save_with_enter(qtbot, dialog, wait_idle)
    found = exchanges.get_exchange(db, visit)
    assert (found.title, found.ends_on) == ("Student visit 2030", date(2030, 7, 6))


def test_participant_add(qtbot, window, db, visit, wait_idle, snap):
    from sistercommittee.services import exchanges

    dialog = open_part(qtbot, window, "exchanges", "p", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "name": "Yuki Tanaka",
            "role": "s",  # Student
            "is_youth": SPACE,
            "email": "yuki@example.jp",
            "phone": "+81 90 1234 5678",
            "notes": "Vegetarian.",
        },
    )
    snap(dialog, "participant")
    save_with_enter(qtbot, dialog, wait_idle)
    (person,) = exchanges.get_exchange(db, visit).participants
    assert (person.name, person.role.value, person.is_youth) == ("Yuki Tanaka", "student", True)
    assert (person.email, person.phone, person.notes) == (
        "yuki@example.jp",
        "+819012345678",
        "Vegetarian.",
    )


def test_host_family_add_and_a_stay(qtbot, window, db, visit, wait_idle, snap):
    from sistercommittee.services import exchanges

    exchanges.add_participant(db, visit, {"name": "Yuki Tanaka", "role": "student"})
    dialog = open_part(qtbot, window, "exchanges", "t", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "family_name": "Miller",
            "address": "12 Elm Street",
            "phone": "+1 217 555 0199",
            "email": "miller@example.org",
            "capacity": "2",
            "notes": "Has a dog.",
        },
    )
    snap(dialog, "host-family")
    save_with_enter(qtbot, dialog, wait_idle)
    (family,) = exchanges.get_exchange(db, visit).host_families
    assert (family.family_name, family.address, family.capacity) == ("Miller", "12 Elm Street", 2)
    assert (family.phone, family.email, family.notes) == (
        "+12175550199",
        "miller@example.org",
        "Has a dog.",
    )

    # the stay: "Place a &Guest…" on the same tab
    activate(qtbot, window)
    page = window.current_page()
    page.table.setFocus()
    stay = open_dialog(qtbot, lambda: alt(qtbot, "g"), RecordDialog)
    type_fields(qtbot, stay, {"from_date": "7/1/2030", "to_date": "7/5/2030"})
    snap(stay, "stay")
    save_with_enter(qtbot, stay, wait_idle)
    (family,) = exchanges.get_exchange(db, visit).host_families
    (placed,) = family.stays
    assert (placed.from_date, placed.to_date) == (date(2030, 7, 1), date(2030, 7, 5))


def test_itinerary_item_add(qtbot, window, db, visit, wait_idle, snap):
    from sistercommittee.services import exchanges

    dialog = open_part(qtbot, window, "exchanges", "i", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "time_zone": "America/Chicago",
            "title": "Capitol tour",
            "starts_at": "7/2/2030 10:00 AM",
            "ends_at": "7/2/2030 12:00 PM",
            "place": "Illinois State Capitol",
            "notes": "Bring passports.",
        },
    )
    snap(dialog, "itinerary")
    save_with_enter(qtbot, dialog, wait_idle)
    (item,) = exchanges.get_exchange(db, visit).itinerary
    assert (item.title, item.place, item.notes) == (
        "Capitol tour",
        "Illinois State Capitol",
        "Bring passports.",
    )
    assert item.time_zone == "America/Chicago"


def test_cost_add(qtbot, window, db, visit, wait_idle, snap):
    from sistercommittee.services import exchanges

    dialog = open_part(qtbot, window, "exchanges", "c", wait_idle)
    type_fields(
        qtbot,
        dialog,
        {
            "category": "f",  # Food
            "description": "Welcome dinner",
            "currency": "USD",
            "amount": "420.75",
            "in_kind": None,
        },
    )
    snap(dialog, "cost")
    save_with_enter(qtbot, dialog, wait_idle)
    (cost,) = exchanges.get_exchange(db, visit).costs
    assert (cost.category.value, cost.description, cost.currency, cost.amount_minor) == (
        "food",
        "Welcome dinner",
        "USD",
        42075,
    )


# --- hours -------------------------------------------------------------------------------------


def test_hours_edit_from_the_volunteers_list(qtbot, window, db, ada, wait_idle, snap):
    from sistercommittee.services import hours

    logged = hours.log_hours(
        db, {"volunteer_id": ada, "activity": "Letters", "worked_on": "2026-11-02", "hours": "1"}
    ).id
    page = window.show_page("volunteers")
    wait_idle()
    select(page, lambda row: True)
    wait_idle()
    qtbot.waitUntil(lambda: len(page.hours.model.rows) == 1, timeout=10_000)
    page.hours.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # onto the entry
    dialog = open_dialog(qtbot, lambda: press(qtbot, Qt.Key.Key_Return), RecordDialog)
    wait_idle()
    assert clashes_in_every_tab(dialog) == {}
    type_fields(qtbot, dialog, {"activity": "Translating letters", "hours": "1h45"})
    snap(dialog, "hours-edit")
    save_with_enter(qtbot, dialog, wait_idle)
    row = hours.get_hours(db, logged)
    assert (row.activity, row.minutes, row.worked_on) == (
        "Translating letters",
        105,
        date(2026, 11, 2),
    )


def test_hours_closed_with_changes_and_saved_from_the_question(qtbot, window, db, ada, wait_idle):
    from sistercommittee.services import hours

    page = window.show_page("volunteers")
    wait_idle()
    select(page, lambda row: True)
    wait_idle()
    page.table.setFocus()
    dialog = open_dialog(qtbot, lambda: alt(qtbot, "u"), RecordDialog)
    wait_idle()
    type_fields(
        qtbot, dialog, {"activity": "Phone calls", "worked_on": "yesterday", "hours": "0:45"}
    )
    press_escape(qtbot)
    answer(qtbot, question(qtbot), "s")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    row = hours.get_hours(db, dialog.changes.id)
    assert (row.activity, row.minutes) == ("Phone calls", 45)


# --- MOU signatories, texts, scans -----------------------------------------------------------


@pytest.fixture
def mou(db: Any, takayama: str) -> str:
    from sistercommittee.services import mous

    return mous.add_mou(db, {"partnership_id": takayama}).id


def open_mou_window(qtbot: Any, window: Any, wait_idle: Any) -> Any:
    from sistercommittee.ui.dialogs.mou_dialog import MouDialog
    from tests.ui.helpers import select_part

    page = window.show_page("partnerships")
    wait_idle()
    select(page, lambda row: True)
    wait_idle()
    page.table.setFocus()
    alt(qtbot, "m")
    select_part(page.mous, lambda row: True)
    dialog = open_dialog(qtbot, lambda: alt(qtbot, "p"), MouDialog)
    wait_idle()
    return dialog


def test_signatory_add(qtbot, window, db, mou, wait_idle, snap):
    from sistercommittee.services import mous

    mou_window = open_mou_window(qtbot, window, wait_idle)
    alt(qtbot, "g")  # the Signatories tab
    dialog = open_dialog(qtbot, lambda: alt(qtbot, "a"), RecordDialog)
    assert clashes_in_every_tab(dialog) == {}
    type_fields(
        qtbot,
        dialog,
        {
            "side": "p",  # Partner city
            "name": "Kunishima Yoshiaki",
            "name_local": "國島芳明",
            "title": "Mayor",
            "title_local": "市長",
            "position": "1",
        },
    )
    snap(dialog, "signatory")
    save_with_enter(qtbot, dialog, wait_idle)
    (person,) = mous.get_mou(db, mou).signatories
    assert (person.side.value, person.name, person.name_local) == (
        "partner",
        "Kunishima Yoshiaki",
        "國島芳明",
    )
    assert (person.title, person.title_local, person.position) == ("Mayor", "市長", 1)
    mou_window.reject()


def test_text_add(qtbot, window, db, mou, wait_idle, snap):
    from sistercommittee.services import mous

    mou_window = open_mou_window(qtbot, window, wait_idle)
    alt(qtbot, "x")  # the Texts tab
    dialog = open_dialog(qtbot, lambda: alt(qtbot, "a"), RecordDialog)
    assert clashes_in_every_tab(dialog) == {}
    type_fields(
        qtbot,
        dialog,
        {"language": "Japanese", "text": "両市は友好を誓う。"},
    )
    snap(dialog, "mou-text")
    save_with_enter(qtbot, dialog, wait_idle)
    (text,) = mous.get_mou(db, mou).texts
    assert (text.language, text.text) == ("ja", "両市は友好を誓う。")
    mou_window.reject()


@pytest.mark.parametrize("section", ["volunteers", "exchanges", "events"])
def test_new_record_closed_with_changes_asks_and_discard_leaves_nothing(
    qtbot, window, db, section, wait_idle
):
    from sistercommittee.services import events as event_svc
    from sistercommittee.services import exchanges

    count = {
        "volunteers": lambda: volunteers.list_volunteers(db).total,
        "exchanges": lambda: exchanges.list_exchanges(db).total,
        "events": lambda: event_svc.list_events(db, event_svc.EventQuery()).total,
    }[section]
    dialog = open_new(qtbot, window, section, wait_idle)
    type_into_focused(qtbot, "Typed, then closed")
    press_escape(qtbot)
    answer(qtbot, question(qtbot), "escape")  # Cancel: still there, as typed
    assert dialog.isVisible()
    assert "Typed, then closed" in str(next(iter(dialog.form.values().values())))
    dialog.close()  # the window's close button
    answer(qtbot, question(qtbot), "d")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert count() == 0


def test_contact_closed_with_changes_and_saved_from_the_question(
    qtbot, window, db, takayama, wait_idle
):
    dialog = open_part(qtbot, window, "partnerships", "t", wait_idle)
    type_into_focused(qtbot, "Sato Ken")
    press_escape(qtbot)
    answer(qtbot, question(qtbot), "s")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    assert [c.name for c in partnerships.get_partnership(db, takayama).contacts] == ["Sato Ken"]
