"""The dashboard reads its counts and trends on a worker and paints real charts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sistercommittee.services import events, hours, partnerships, volunteers


def test_dashboard_counts_charts_and_timeline(qtbot, window, db, wait_idle):
    from zoneinfo import ZoneInfo

    today = datetime.now(ZoneInfo("America/Chicago")).date()  # the organization's calendar
    takayama = partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP", "signed_on": "1994-05-01"}
    ).id
    partnerships.change_status(db, takayama, "active")
    partnerships.add_partnership(db, {"city_name": "Kyiv", "country": "UA"})
    ana = volunteers.add_volunteer(db, {"given_name": "Ana"}).id
    hours.log_hours(
        db,
        {
            "volunteer_id": ana,
            "worked_on": today,
            "hours": "2.5",
            "activity": "Translation",
            "kind": "translation",
        },
    )
    events.add_event(
        db,
        {
            "title": "Lantern festival",
            "starts_at": datetime.now(UTC) + timedelta(days=5),
            "partnerships": [takayama],
        },
    )
    page = window.show_page("dashboard")
    wait_idle()
    page.data = None
    window.refresh_action.trigger()  # F5: the records above were written behind its back
    qtbot.waitUntil(lambda: page.data is not None)
    assert page.active_card.number.text() == "1"
    assert page.hours_card.number.text() == "2.5"
    assert page.events_card.number.text() == "1"
    assert [bar.label for bar in page.hours_chart.bars][-1] == str(today.year)
    assert "Takayama" in page.timeline.accessibleDescription()
    assert "Lantern festival" in page.upcoming_label.text()
    assert "Kyiv" in page.quiet_label.text()
    image = page.grab()  # paints every chart without errors
    assert not image.isNull()


def test_an_empty_database_does_not_praise_partnerships_it_does_not_have(
    qtbot, window, wait_idle
):
    page = window.show_page("dashboard")
    wait_idle()
    qtbot.waitUntil(lambda: page.data is not None)
    assert "Every partnership" not in page.quiet_label.text()
    assert "No partnerships yet" in page.quiet_label.text()
