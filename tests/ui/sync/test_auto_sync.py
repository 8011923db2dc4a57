"""Automatic sync in the app, against a real HQ on 127.0.0.1: an edit reaches another laptop with
no one pressing Sync Now, HQ going away and coming back shows in the status bar with a growing
wait between tries, quitting sends what is left, and nothing ever opens a dialog."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox
from sqlalchemy import select

from sistercommittee.hq import admin
from sistercommittee.hq.models import FeedChange
from sistercommittee.hq.versions import SchemaRange
from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization, get_organization
from sistercommittee.sync import service, wire
from sistercommittee.sync.credentials import MemoryStore
from sistercommittee.ui import auto_sync
from sistercommittee.ui.sync_scheduler import SyncTiming
from tests.hq.fixtures import PASSWORD, laptop, running_hq
from tests.ui.conftest import open_dialog

FAST = SyncTiming(
    start_delay=0.05,
    debounce=0.2,
    max_delay=1.0,
    interval=0.5,
    retry_first=0.2,
    retry_cap=0.8,
    quit_wait=20.0,
)
ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


@pytest.fixture
def first_laptop(hq, org, tmp_path):
    lap = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(lap.db, ORG)
    service.sync_now(lap.db, lap.store)
    yield lap
    lap.db.close()


@pytest.fixture
def open_window(qtbot: Any, translated_app: Any, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow

    contexts = []

    def make(db: Any, store: Any, timing: SyncTiming = FAST, name: str = "a") -> Any:
        settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(settings)
        ctx.secret_store = store
        ctx.set_database(db, get_organization(db))
        window = MainWindow(ctx)
        window.auto_sync.set_timing(timing)

        def before_close(widget: Any) -> None:
            qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
            # A sync the test started is left to end: quitting mid-sync has tests of its own.
            qtbot.waitUntil(lambda: not widget.auto_sync._busy(), timeout=30_000)

        qtbot.addWidget(window, before_close_func=before_close)
        window.show()
        qtbot.waitExposed(window)
        contexts.append(ctx)
        return window

    yield make
    for ctx in contexts:
        ctx.runner.wait_done()
        ctx.undo_stack.clear()


def _add_volunteer_by_typing(qtbot: Any, window: Any, given: str, family: str) -> None:
    from sistercommittee.ui.dialogs.record_dialog import RecordDialog

    window.show_page("volunteers")
    dialog = open_dialog(qtbot, window.new_action.trigger, RecordDialog)
    qtbot.keyClicks(dialog.form.editor("given_name").line, given)
    qtbot.keyClicks(dialog.form.editor("family_name").line, family)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def _given_names(db: Any) -> list[str]:
    return [row.name for row in V.list_volunteers(db).items]


def _state(window: Any) -> str:
    return window.auto_sync.view.state


def test_an_edit_on_one_laptop_reaches_another_without_sync_now(
    qtbot, hq, org, first_laptop, open_window, tmp_path, shown_errors
):
    joined, _, _ = service.join(
        tmp_path / "b.sqlite", store_b := MemoryStore(), hq.url, org.emails["volunteer"], PASSWORD
    )
    try:
        # A waits longer than its status bar takes to count the change as waiting.
        slower = dataclasses.replace(FAST, debounce=1.0, max_delay=2.0)
        window_a = open_window(first_laptop.db, first_laptop.store, slower, name="a")
        window_b = open_window(joined, store_b, name="b")
        qtbot.waitUntil(lambda: _state(window_b) == auto_sync.ONLINE, timeout=20_000)
        _add_volunteer_by_typing(qtbot, window_a, "Misaki", "Tanaka")
        qtbot.waitUntil(lambda: "Misaki Tanaka" in _given_names(joined), timeout=30_000)
        # B's list shows it too: the sync announced what it changed.
        page = window_b.show_page("volunteers")
        qtbot.waitUntil(
            lambda: any(
                page.model.row_at(row).name == "Misaki Tanaka"
                for row in range(page.model.rowCount())
            ),
            timeout=10_000,
        )
        qtbot.waitUntil(lambda: window_b.sync_status.text().startswith("Synced"), timeout=10_000)
        # A's status bar no longer counts the change as waiting once it is on HQ.
        qtbot.waitUntil(
            lambda: (
                window_a.sync_status.text().startswith("Synced")
                and "not yet sent" not in window_a.sync_status.text()
            ),
            timeout=10_000,
        )
        assert shown_errors == []
    finally:
        window_b.close()
        joined.close()


def test_hq_going_away_shows_offline_with_growing_waits_and_online_when_back(
    qtbot, hq, first_laptop, open_window, shown_errors
):
    window = open_window(first_laptop.db, first_laptop.store)
    scheduler = window.auto_sync.scheduler
    qtbot.waitUntil(lambda: _state(window) == auto_sync.ONLINE, timeout=20_000)
    hq.stop()
    qtbot.waitUntil(lambda: _state(window) == auto_sync.OFFLINE, timeout=20_000)
    assert window.sync_status.text().startswith("Offline")
    assert "cannot be reached" in window.sync_status.toolTip()
    waits = [scheduler.backoff()]
    for _ in range(2):
        failures = scheduler.failures
        qtbot.waitUntil(lambda failures=failures: scheduler.failures > failures, timeout=20_000)
        waits.append(scheduler.backoff())
    assert waits[0] < waits[1] < waits[2] <= FAST.retry_cap
    assert shown_errors == []

    with running_hq(hq.db, port=hq.port):
        qtbot.waitUntil(lambda: _state(window) == auto_sync.ONLINE, timeout=20_000)
        assert scheduler.failures == 0
        assert window.sync_status.text().startswith("Synced")


def test_quitting_sends_the_changes_left_within_the_wait(
    qtbot, hq, first_laptop, open_window, shown_errors
):
    slow = SyncTiming(start_delay=0.05, debounce=3600, max_delay=3600, interval=3600)
    window = open_window(first_laptop.db, first_laptop.store, slow)
    qtbot.waitUntil(lambda: _state(window) == auto_sync.ONLINE, timeout=20_000)
    _add_volunteer_by_typing(qtbot, window, "Quentin", "Late")
    qtbot.waitUntil(lambda: window.ctx.runner.pending == 0, timeout=10_000)
    # The debounce is an hour away: only the quit can send it.
    assert service.sync_status(first_laptop.db, first_laptop.store).pending_changes > 0
    window.close()
    with hq.db.read() as connection:
        sent = [
            fields
            for fields in connection.scalars(
                select(FeedChange.fields).where(
                    FeedChange.device_id == first_laptop.device_id_cached
                )
            )
            if "Quentin" in fields
        ]
    assert len(sent) == 1
    assert service.sync_status(first_laptop.db, first_laptop.store).pending_changes == 0
    assert shown_errors == []


def test_a_signed_out_device_shows_in_the_status_bar_and_on_the_sync_page(
    qtbot, hq, first_laptop, open_window, shown_errors
):
    window = open_window(first_laptop.db, first_laptop.store)
    qtbot.waitUntil(lambda: _state(window) == auto_sync.ONLINE, timeout=20_000)
    admin.revoke_device(hq.db, first_laptop.device_id_cached)
    page = window.show_page("sync")
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(window) == auto_sync.SIGNED_OUT, timeout=20_000)
    assert window.sync_status.text() == "Not signed in to HQ"
    assert "no longer valid" in window.sync_status.toolTip()
    assert shown_errors == []
    # Nothing more is tried until someone signs in again.
    assert window.auto_sync.scheduler.delay() is None


def test_an_hq_that_no_longer_serves_this_version_says_update_the_app(
    qtbot, hq, first_laptop, open_window, shown_errors
):
    window = open_window(first_laptop.db, first_laptop.store)
    qtbot.waitUntil(lambda: _state(window) == auto_sync.ONLINE, timeout=20_000)
    hq.stop()
    with running_hq(hq.db, port=hq.port, schemas=SchemaRange(oldest=wire.schema_version() + 1)):
        page = window.show_page("sync")
        window.auto_sync.sync_now()
        qtbot.waitUntil(lambda: _state(window) == auto_sync.OUTDATED, timeout=20_000)
        assert window.sync_status.text() == "Update the app to sync"
        qtbot.waitUntil(lambda: "update the app" in page.state.text(), timeout=10_000)
        assert "too old for HQ" in page.state.text()
        assert shown_errors == []


def test_the_status_bar_opens_the_sync_page(qtbot, first_laptop, open_window):
    window = open_window(first_laptop.db, first_laptop.store)
    window.show_page("dashboard")
    qtbot.mouseClick(window.sync_status, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "sync"


def test_automatic_sync_can_be_switched_off_in_preferences(
    qtbot, hq, first_laptop, open_window, shown_errors
):
    from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog

    window = open_window(first_laptop.db, first_laptop.store)
    qtbot.waitUntil(lambda: _state(window) == auto_sync.ONLINE, timeout=20_000)
    dialog = open_dialog(qtbot, window.preferences_action.trigger, PreferencesDialog)
    box = dialog.findChild(QCheckBox, "auto_sync")
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.ctx.settings.value(auto_sync.SETTING) in (False, "false")
    assert _state(window) == auto_sync.OFF
    assert window.sync_status.text().startswith("Automatic sync off")
    _add_volunteer_by_typing(qtbot, window, "Nobody", "Sends")
    qtbot.waitUntil(lambda: window.ctx.runner.pending == 0, timeout=10_000)
    assert window.auto_sync.scheduler.delay() is None  # nothing is due: it waits for Sync Now
    window.auto_sync.sync_now()
    qtbot.waitUntil(
        lambda: service.sync_status(first_laptop.db, first_laptop.store).pending_changes == 0,
        timeout=20_000,
    )


def test_a_demotion_switches_the_actions_off_at_the_next_sync_and_a_promotion_on(
    qtbot, hq, org, first_laptop, open_window, tmp_path, shown_errors
):
    """The coordinator makes a volunteer read-only from the coordinator's own laptop; the
    volunteer's next sync (Sync Now, typed) says so, and New, Edit and Delete switch off with the
    reason, without signing in again; made a volunteer again, the next sync switches them on."""
    from sistercommittee.sync import members
    from sistercommittee.sync.credentials import token_key
    from tests.ui.keyboard.typing import activate, alt

    joined, _, _ = service.join(
        tmp_path / "b.sqlite", store := MemoryStore(), hq.url, org.emails["volunteer"], PASSWORD
    )
    token = store.get(token_key(_device(joined)))
    by_hand = dataclasses.replace(FAST, debounce=3600.0, max_delay=3600.0, interval=3600.0)
    window = open_window(joined, store, by_hand, name="b")
    try:
        qtbot.waitUntil(lambda: _state(window) == auto_sync.ONLINE, timeout=20_000)
        assert window.auto_sync.role == "volunteer"
        window.show_page("volunteers")
        qtbot.waitUntil(lambda: window.new_action.isEnabled(), timeout=10_000)

        def sync_by_keyboard() -> int:
            done = len(synced)
            window.show_page("sync")
            activate(qtbot, window)
            # As a person does: wait until the button is offered again after the last sync.
            qtbot.waitUntil(window.page("sync").sync_button.isEnabled, timeout=10_000)
            alt(qtbot, "y")  # S&ync Now
            qtbot.waitUntil(lambda: len(synced) > done, timeout=30_000)
            return len(synced)

        synced: list[object] = []
        window.auto_sync.synced.connect(synced.append)
        members.set_role(
            first_laptop.db, first_laptop.store, org.emails["volunteer"], "read-only"
        )
        sync_by_keyboard()
        assert window.auto_sync.role == "read_only"
        window.show_page("volunteers")
        for action in (window.new_action, window.edit_action, window.delete_action):
            assert not action.isEnabled()
            assert "read-only" in action.toolTip() and "Members page" in action.toolTip()
        assert not window.page("volunteers").new_button.isVisible()

        members.set_role(
            first_laptop.db, first_laptop.store, org.emails["volunteer"], "volunteer"
        )
        sync_by_keyboard()
        assert window.auto_sync.role == "volunteer"
        window.show_page("volunteers")
        assert window.new_action.isEnabled() and "read-only" not in window.new_action.toolTip()
        assert window.page("volunteers").new_button.isVisible()
        # No sign-in happened: the laptop kept its token all along, and no dialog opened.
        assert store.get(token_key(_device(joined))) == token
        assert shown_errors == []
    finally:
        window.close()
        joined.close()


def _device(db: Any) -> str:
    from sistercommittee.domain import SyncState

    with db.read() as session:
        return str(session.scalar(select(SyncState.device_id)))
