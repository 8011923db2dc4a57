"""0014_sync_membership, from the previous head with data: the signed-in account stays, with
its role, and gains an empty membership standing until HQ next says it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from sistercommittee.domain import SyncAccount
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database
from sistercommittee.sync import account_state

STAMP = "2026-01-01T00:00:00.000000+00:00"


def test_upgrade_from_0013_keeps_the_account_and_its_role(db_path, tmp_path: Path):
    from sistercommittee.storage.engine import create_sqlite_engine

    assert "0014_sync_membership" in migrate.known_revisions()
    engine = create_sqlite_engine(db_path)
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, "0013_organization_industries")
        connection.exec_driver_sql(
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO sync_account (id, organization_id, organization_name, email, role, "
            f"signed_in_at) VALUES (1, 'org', 'Springfield SCA', 'ana@example.org', "
            f"'volunteer', '{STAMP}')"
        )
    engine.dispose()
    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        with db.read() as session:
            account = session.scalars(select(SyncAccount)).one()
            assert (account.email, account.role) == ("ana@example.org", "volunteer")
            assert (account.membership, account.dues_paid_through) == (None, None)
            assert account.role_learned_at is None
        account_state.remember(
            db,
            {"role": "read_only",
             "membership": {"standing": "lapsed", "dues_paid_through": "2025-12-31"}},
        )
        with db.read() as session:
            account = session.scalars(select(SyncAccount)).one()
            assert (account.role, account.membership) == ("read_only", "lapsed")
            assert account.dues_paid_through is not None
            assert account.dues_paid_through.isoformat() == "2025-12-31"
            assert account.role_learned_at is not None
    finally:
        db.close()
