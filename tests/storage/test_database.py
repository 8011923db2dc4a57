from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from sistercommittee.domain import Base, OutboxEntry, SyncState, Volunteer
from sistercommittee.errors import DatabaseFileError
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_new_file_is_ours_in_wal_with_schema_at_head(db_path):
    db = open_database(db_path, create=True)
    db.close()
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        migrate.head_revision()
    )
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(Base.metadata.tables) <= tables
    raw.close()


def test_connection_pragmas(empty_db):
    with empty_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_migrations_match_the_models(empty_db):
    """The migrations produce exactly the tables and columns the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with empty_db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_missing_file_is_not_created_without_asking(db_path):
    with pytest.raises(DatabaseFileError, match="There is no database"):
        open_database(db_path)
    assert not db_path.exists()


def test_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes")
    with pytest.raises(DatabaseFileError, match="not a SisterCommittee database"):
        open_database(path)
    assert path.read_text() == "these are my notes"
    assert not Path(f"{path}-wal").exists()


def test_other_sqlite_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    raw.commit()
    raw.close()
    before = _bytes(path)
    with pytest.raises(DatabaseFileError, match="not a SisterCommittee database"):
        open_database(path)
    assert _bytes(path) == before


def test_file_from_a_newer_version_is_refused_and_left_untouched(db_path):
    open_database(db_path, create=True).close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    before = _bytes(db_path)
    with pytest.raises(DatabaseFileError, match="newer version of SisterCommittee"):
        open_database(db_path)
    assert _bytes(db_path) == before


def test_truncated_file_is_refused(db_path):
    open_database(db_path, create=True).close()
    data = _bytes(db_path)
    db_path.write_bytes(data[:100])
    with pytest.raises(DatabaseFileError):
        open_database(db_path)


def _older_revisions() -> list[str]:
    return sorted(migrate.known_revisions() - {migrate.head_revision()})


@pytest.mark.parametrize("revision", _older_revisions())
def test_older_file_is_backed_up_then_migrated_keeping_its_data(revision, db_path, tmp_path):
    """A file left at an older revision, with data in it, upgrades to head after a backup."""
    from sistercommittee.storage.engine import create_sqlite_engine

    engine = create_sqlite_engine(db_path)
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, revision)
        # Columns present since the first revision.
        connection.exec_driver_sql(
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO volunteers (id, given_name, sort_name, roles, skills, committees, "
            "contact_consent, active, created_at, updated_at) VALUES ('v1', 'Ana', 'ana', "
            "'[]', '[]', '[]', 0, 1, '2026-01-01T00:00:00.000000+00:00', "
            "'2026-01-01T00:00:00.000000+00:00')"
        )
    engine.dispose()
    backups = tmp_path / "backups"
    reopened = open_database(db_path, backup_dir=backups)
    with reopened.read() as session:
        assert session.scalar(select(Volunteer.given_name)) == "Ana"
    with reopened.engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    reopened.close()
    assert version == migrate.head_revision()
    (backup,) = backups.glob("*.sqlite")
    assert sqlite3.connect(backup).execute("SELECT given_name FROM volunteers").fetchone() == (
        "Ana",
    )


def test_an_up_to_date_file_opens_without_a_backup(db_path, tmp_path):
    open_database(db_path, create=True).close()
    open_database(db_path, backup_dir=tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


def test_a_failed_write_leaves_nothing_behind(db):
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Volunteer(given_name="Half", sort_name="half"))
        session.flush()
        raise RuntimeError("power cut")
    with db.read() as session:
        assert session.scalars(select(Volunteer)).all() == []
        assert all(e.table_name != "volunteers" for e in session.scalars(select(OutboxEntry)))


def test_rows_are_never_deleted_outright(db):
    with db.write() as session:
        volunteer = Volunteer(given_name="Keep", sort_name="keep")
        session.add(volunteer)
    with pytest.raises(RuntimeError, match="never deleted outright"), db.write() as session:
        session.delete(session.get(Volunteer, volunteer.id))
        session.flush()


def test_outbox_entries_carry_the_device_and_increasing_clock(db):
    with db.write() as session:
        for index in range(5):
            session.add(Volunteer(given_name=f"V{index}", sort_name=f"v{index}"))
    with db.read() as session:
        device = session.get(SyncState, 1).device_id
        entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        last = session.get(SyncState, 1).last_hlc
    assert {entry.device_id for entry in entries} == {device}
    clocks = [entry.hlc for entry in entries]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)
    assert last == clocks[-1]


def test_every_synced_table_has_the_sync_columns():
    from sistercommittee.domain import SYNCED_MODELS

    for model in SYNCED_MODELS:
        columns = {column.key for column in inspect(model).columns}
        assert {"id", "created_at", "updated_at", "deleted_at"} <= columns, model


def test_revisions_read_from_the_files_agree_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
