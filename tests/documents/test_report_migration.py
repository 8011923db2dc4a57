"""Migration 0011_report_outcomes from the previous head, with data: events and exchanges
keep their values and read the new fields as not recorded; the new fields and the
exchange rates can then be written."""

from __future__ import annotations

from sqlalchemy import select

from sistercommittee.domain import Event, Exchange, ExchangeRate, Participant
from sistercommittee.services import events, exchanges, rates
from sistercommittee.services.organizations import create_organization
from sistercommittee.services.reports import annual_report
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database

STAMP = "2026-01-01T00:00:00.000000+00:00"


def test_upgrade_from_0010_keeps_the_rows_and_adds_the_fields(db_path, tmp_path):
    from sistercommittee.storage.engine import create_sqlite_engine

    assert "0011_report_outcomes" in migrate.known_revisions()
    engine = create_sqlite_engine(db_path)
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, "0010_photos_stories")
        connection.exec_driver_sql(
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO partnerships (id, city_name, country, kind, status, focus_areas, "
            f"created_at, updated_at) VALUES ('p1', 'Takayama', 'JP', 'sister_city', 'active', "
            f"'[]', '{STAMP}', '{STAMP}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO events (id, title, kind, starts_at, ends_at, time_zone, attendance, "
            "created_at, updated_at) VALUES ('e1', 'Festival', 'festival', "
            "'2025-05-10T16:00:00.000000+00:00', '2025-05-10T22:00:00.000000+00:00', "
            f"'America/Chicago', 1200, '{STAMP}', '{STAMP}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO exchanges (id, title, direction, program, partnership_id, starts_on, "
            "ends_on, created_at, updated_at) VALUES ('x1', 'Students', 'inbound', 'youth', "
            f"'p1', '2025-07-20', '2025-07-27', '{STAMP}', '{STAMP}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO exchange_participants (id, exchange_id, name, role, is_youth, "
            f"created_at, updated_at) VALUES ('v1', 'x1', 'Aiko Mori', 'student', 1, '{STAMP}', "
            f"'{STAMP}')"
        )
    engine.dispose()
    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        with db.read() as session:
            event = session.scalars(select(Event)).one()
            assert (event.title, event.attendance) == ("Festival", 1200)
            assert event.youth_attendance is None and event.trade_mission is False
            assert event.investment_minor is None and event.jobs_created is None
            exchange = session.scalars(select(Exchange)).one()
            assert exchange.title == "Students" and exchange.trade_mission is False
            assert exchange.travel_paid_by is None and exchange.stay_paid_by is None
            participant = session.scalars(select(Participant)).one()
            assert participant.name == "Aiko Mori" and participant.is_youth
            assert session.scalars(select(ExchangeRate)).all() == []
        create_organization(
            db,
            {
                "name": "Springfield",
                "city": "Springfield",
                "country": "US",
                "time_zone": "America/Chicago",
            },
        )
        events.edit_event(db, "e1", {"youth_attendance": "300", "trade_mission": "yes"})
        exchanges.edit_exchange(db, "x1", {"jobs_created": "4", "stay_paid_by": "host_families"})
        exchanges.edit_participant(db, "v1", {"notes": "Vegetarian"})
        rates.set_rate(db, {"year": 2025, "currency": "JPY", "usd_per_unit": "0.0067"})
        report = annual_report(db, 2025)
        assert report.events.youth_attendance == 300
        assert report.outcomes.trade_missions == 1 and report.outcomes.jobs_created == 4
        assert report.hosting.visitor_nights == 7
        assert [c.city_name for c in report.partner_cities] == ["Takayama"]
    finally:
        db.close()
