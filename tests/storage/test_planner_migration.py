"""The planner's migration, from the previous head with data: the rows stay, the new tables come
empty and take planning details at once."""

from __future__ import annotations

from sqlalchemy import select

from sistercommittee.domain import Exchange, ParticipantDetails
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database


def test_upgrade_from_0006_keeps_exchanges_and_adds_the_planner_tables(db_path, tmp_path):
    from sistercommittee.services import planner
    from sistercommittee.services.organizations import create_organization
    from sistercommittee.storage.engine import create_sqlite_engine

    assert "0007_delegation_planner" in migrate.known_revisions()
    engine = create_sqlite_engine(db_path)
    stamp = "2026-01-01T00:00:00.000000+00:00"
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, "0006_certificate_texts")
        connection.exec_driver_sql(
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO partnerships (id, city_name, country, time_zone, kind, status, "
            "focus_areas, created_at, updated_at) VALUES ('p1', 'Kyoto', 'JP', 'Asia/Tokyo', "
            f"'sister_city', 'active', '[]', '{stamp}', '{stamp}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO exchanges (id, title, direction, program, partnership_id, starts_on, "
            f"ends_on, created_at, updated_at) VALUES ('e1', 'Kyoto visit', 'inbound', 'youth', "
            f"'p1', '2027-05-10', '2027-05-17', '{stamp}', '{stamp}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO exchange_participants (id, exchange_id, name, role, is_youth, "
            f"created_at, updated_at) VALUES ('a1', 'e1', 'Aoi Sato', 'student', 1, "
            f"'{stamp}', '{stamp}')"
        )
    engine.dispose()
    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        create_organization(
            db,
            {
                "name": "Springfield",
                "city": "Springfield",
                "country": "US",
                "time_zone": "America/Chicago",
            },
        )
        with db.read() as session:
            assert session.scalars(select(Exchange)).one().title == "Kyoto visit"
            assert session.scalars(select(ParticipantDetails)).all() == []
        keys = {item.key for item in planner.checklist(db, "e1").items}
        assert {"passport/a1", "visa/a1", "consent/a1", "insurance"} <= keys
        planner.set_participant_details(db, "a1", {"passport_number": "TK1234567"})
        with db.read() as session:
            assert session.scalars(select(ParticipantDetails)).one().passport_number == "TK1234567"
    finally:
        db.close()
