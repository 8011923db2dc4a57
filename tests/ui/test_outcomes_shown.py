"""An event's and an exchange's outcomes, youth attendance and who pays, entered through the
services, shown in their overview."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sistercommittee.services import events, exchanges, partnerships
from tests.ui.helpers import select


def test_the_overviews_show_the_new_fields(
    qtbot: Any, window: Any, db: Any, wait_idle: Any
) -> None:
    start = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%d 10:00")
    event_id = events.add_event(
        db,
        {
            "title": "Trade fair",
            "starts_at": start,
            "attendance": "200",
            "youth_attendance": "35",
            "trade_mission": "yes",
            "agreements_signed": "3",
            "investment": "250000",
            "jobs_created": "12",
        },
    ).id
    page = window.show_page("events")
    wait_idle()
    select(page, lambda r: r.id == event_id)
    qtbot.waitUntil(lambda: page._detail is not None)
    text = page.overview_label.text()
    for expected in ("Youth attending", "35", "Trade mission", "Agreements signed", "$250,000.00"):
        assert expected in text, expected
    assert "Jobs created" in text

    partner = partnerships.add_partnership(db, {"city_name": "Kyoto", "country": "JP"}).id
    exchange_id = exchanges.add_exchange(
        db,
        {
            "title": "Students from Kyoto",
            "direction": "inbound",
            "program": "youth",
            "partnership_id": partner,
            "starts_on": "2030-07-01",
            "ends_on": "2030-07-08",
            "travel_paid_by": "participant",
            "stay_paid_by": "host_families",
        },
    ).id
    page = window.show_page("exchanges")
    wait_idle()
    select(page, lambda r: r.id == exchange_id)
    qtbot.waitUntil(lambda: page._detail is not None)
    text = page.overview_label.text()
    assert "Travel paid by" in text and "The participant" in text
    assert "Stay paid by" in text and "The host families" in text
    assert "Trade mission" not in text  # nothing recorded, nothing shown
