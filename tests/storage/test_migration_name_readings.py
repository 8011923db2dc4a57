"""0015_name_readings, from the previous head with data: volunteers and host families keep what
they had, gain an empty reading, and the volunteers get their sort keys in the language the app
opens the file in; a name changed later with plain SQL (as the merge writes) is sorted again."""

from __future__ import annotations

from pathlib import Path

from sistercommittee.services import exchanges
from sistercommittee.services import volunteers as svc
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database

STAMP = "2026-01-01T00:00:00.000000+00:00"


def _insert_volunteer(connection, row_id: str, given: str, family: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO volunteers (id, given_name, family_name, sort_name, roles, skills, "
        "committees, contact_consent, active, created_at, updated_at) "
        f"VALUES (?, ?, ?, ?, '[]', '[]', '[]', 0, 1, '{STAMP}', '{STAMP}')",
        (row_id, given, family, f"{given} {family}".lower()),
    )


def test_upgrade_from_0014_keeps_names_and_sorts_them(db_path, tmp_path: Path):
    from sistercommittee.storage.engine import create_sqlite_engine

    assert "0015_name_readings" in migrate.known_revisions()
    engine = create_sqlite_engine(db_path)
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, "0014_sync_membership")
        connection.exec_driver_sql(
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)"
        )
        _insert_volunteer(connection, "v1", "Zoe", "Adams")
        _insert_volunteer(connection, "v2", "Ángela", "Núñez")
        _insert_volunteer(connection, "v3", "芽衣", "田中")
        connection.exec_driver_sql(
            "INSERT INTO partnerships (id, city_name, country, kind, status, focus_areas, "
            "time_zone, created_at, updated_at) VALUES ('p1', 'Takayama', 'JP', 'sister_city', "
            f"'active', '[]', 'Asia/Tokyo', '{STAMP}', '{STAMP}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO exchanges (id, partnership_id, title, direction, program, starts_on, "
            "ends_on, created_at, updated_at) VALUES ('x1', 'p1', 'Homestay', 'inbound', "
            f"'youth', '2026-07-01', '2026-07-08', '{STAMP}', '{STAMP}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO exchange_host_families (id, exchange_id, family_name, capacity, "
            f"created_at, updated_at) VALUES ('h1', 'x1', '青木', 2, '{STAMP}', '{STAMP}')"
        )
    engine.dispose()

    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        from sistercommittee.services.organizations import create_organization

        create_organization(db, {"name": "Springfield SCA", "city": "Springfield", "country": "US"})
        svc.sort_names_in(db, "ja_JP")  # what opening the file in the app does
        assert [r.name for r in svc.list_volunteers(db).items] == [
            "Ángela Núñez",
            "Zoe Adams",
            "田中芽衣",
        ]
        detail = svc.get_volunteer(db, "v3")
        assert detail.name_reading is None and detail.family_name == "田中"
        (family,) = exchanges.get_exchange(db, "x1").host_families
        assert (family.family_name, family.name_reading, family.capacity) == ("青木", None, 2)

        # The reading, set the way the app sets it, puts 田中 among the kana.
        svc.edit_volunteer(db, "v3", {"name_reading": "たなか めい"})
        # A name changed with plain SQL (as the merge of another laptop's change writes) has
        # its keys emptied by the trigger, and made again by the next write's commit.
        with db.write() as session:
            session.connection().exec_driver_sql(
                "UPDATE volunteers SET given_name = 'Aaron' WHERE id = 'v1'"
            )
        assert [r.name for r in svc.list_volunteers(db).items] == [
            "Aaron Adams",
            "Ángela Núñez",
            "田中芽衣",
        ]
        with db.read() as session:
            missing = session.connection().exec_driver_sql(
                "SELECT count(*) FROM volunteers WHERE name_key IS NULL"
            ).scalar()
        assert missing == 0
    finally:
        db.close()


def test_downgrade_to_0013_takes_the_readings_away(db_path):
    from alembic import command

    from sistercommittee.storage.engine import create_sqlite_engine

    engine = create_sqlite_engine(db_path)
    with engine.connect() as connection, connection.begin():
        migrate.upgrade(connection, "0015_name_readings")
        _insert_volunteer(connection, "v1", "Zoe", "Adams")
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0014_sync_membership")
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(volunteers)")}
        assert "name_reading" not in columns and "name_key" not in columns
        assert connection.exec_driver_sql("SELECT given_name FROM volunteers").scalar() == "Zoe"
    engine.dispose()
