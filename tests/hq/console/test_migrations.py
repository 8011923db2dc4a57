"""The console's migrations, from the previous heads with data: HQ's 0004 to 0005 (new tables
only), and the laptop's 0007 to 0008 (the organization's directory listing, off)."""

from __future__ import annotations

from sqlalchemy import select, text

from sistercommittee.domain import Organization
from sistercommittee.hq import admin
from sistercommittee.hq.console import members
from sistercommittee.hq.console.records import MemberRecordsCache
from sistercommittee.hq.database import HqDatabase, upgrade
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database
from tests.hq.fixtures import PASSWORD


def test_hq_upgrades_from_0004_keeping_its_organizations(tmp_path):
    db = HqDatabase(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    with db.engine.begin() as connection:
        upgrade(connection, "0004_hq_members")
        assert "staff_users" not in db.engine.dialect.get_table_names(connection)
    # Rows made by the code of 0004's day (the same tables; the console's are not there yet).
    org_id = admin.create_organization(db, "Springfield SCA")
    admin.add_user(db, org_id, "ann@springfield.example.org", "coordinator", PASSWORD)
    db.upgrade()
    assert db.is_current()
    with db.read() as connection:
        tables = set(db.engine.dialect.get_table_names(connection))
        assert connection.execute(text("SELECT count(*) FROM member_profiles")).scalar() == 0
    assert {
        "staff_users",
        "staff_sessions",
        "audit_log",
        "member_profiles",
        "console_settings",
    } <= tables
    (row,) = members.list_members(db, MemberRecordsCache(db))
    assert (row.name, row.accounts, row.standing) == ("Springfield SCA", 1, members.NONE)
    db.dispose()


def test_a_laptop_upgrades_from_0007_and_is_not_listed(db_path, tmp_path):
    from sistercommittee.storage.engine import create_sqlite_engine

    engine = create_sqlite_engine(db_path)
    stamp = "2026-01-01T00:00:00.000000+00:00"
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, "0007_delegation_planner")
        connection.exec_driver_sql(
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO organizations (id, name, city, country, language, currency, time_zone, "
            f"created_at, updated_at) VALUES ('o1', 'Springfield SCA', 'Springfield', 'US', "
            f"'en', 'USD', 'America/Chicago', '{stamp}', '{stamp}')"
        )
    engine.dispose()
    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        with db.read() as session:
            org = session.scalars(select(Organization)).one()
            assert org.name == "Springfield SCA"
            assert org.directory_listed is False and org.public_contact is None
    finally:
        db.close()
