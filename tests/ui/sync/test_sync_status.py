"""What the status bar says for each state of the automatic sync."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sistercommittee.domain.base import utcnow
from sistercommittee.ui import auto_sync
from sistercommittee.ui.auto_sync import SyncView


@pytest.fixture
def button(qtbot, translated_app):
    from sistercommittee.ui.widgets.sync_status import SyncStatusButton

    widget = SyncStatusButton()
    qtbot.addWidget(widget)
    return widget


def test_each_state_reads_as_a_short_text_with_the_story_in_the_tooltip(button):
    from sistercommittee.ui.formatting import fmt_time

    now = utcnow()
    when = fmt_time(now)
    cases = [
        (SyncView(auto_sync.ONLINE, last_synced_at=now), f"Synced {when}"),
        (
            SyncView(auto_sync.OFFLINE, last_synced_at=now, retry_at=now + timedelta(minutes=1)),
            f"Offline · last synced {when}",
        ),
        (SyncView(auto_sync.SYNCING, progress=("receiving", 1200, 5000)), "Syncing: receiving"),
        (SyncView(auto_sync.SIGNED_OUT), "Not signed in to HQ"),
        (SyncView(auto_sync.OUTDATED, problem="too old"), "Update the app to sync"),
        (SyncView(auto_sync.OFF), "Automatic sync off · never synced"),
        (SyncView(auto_sync.PROBLEM, problem="HQ refused."), "Sync problem · never synced"),
    ]
    for view, text in cases:
        button.set_view(view)
        assert button.text().startswith(text), (view.state, button.text())
        assert button.toolTip()
    button.set_view(cases[1][0])
    assert "Trying again at" in button.toolTip()
    button.set_view(cases[2][0])
    assert button.text() == "Syncing: receiving 1,200 of 5,000…"


def test_changes_waiting_and_conflicts_to_review_are_counted_in_words(button):
    button.set_view(SyncView(auto_sync.ONLINE, last_synced_at=utcnow(), open_conflicts=1))
    button.set_pending(2)
    assert button.text().endswith(" · 2 changes not yet sent · 1 conflict to review")


def test_a_read_only_account_says_why_its_changes_stay_here(button):
    button.set_view(
        SyncView(auto_sync.ONLINE, not_sent="Your HQ account is read-only, so changes stay.")
    )
    assert "read-only" in button.toolTip()
