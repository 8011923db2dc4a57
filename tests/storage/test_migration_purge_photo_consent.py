"""0012_purge_photo_consent, from the previous head with data: a photo with a minor in it and a
purge recorded before keep what they hold; the photo counts no purged minors, the old purge no
kinds; a purge after the upgrade covers the minor's photo consent."""

from __future__ import annotations

from datetime import date

from sistercommittee.domain import MinorDataPurge, Photo, PhotoPerson
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database

STAMP = "2026-01-01T00:00:00.000000+00:00"


def test_upgrade_from_0011_keeps_photos_and_purges_then_covers_photo_consent(db_path, tmp_path):
    from sistercommittee.services import photos, planner
    from sistercommittee.services.organizations import create_organization
    from sistercommittee.storage.engine import create_sqlite_engine

    assert "0012_purge_photo_consent" in migrate.known_revisions()
    engine = create_sqlite_engine(db_path)
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, "0011_report_outcomes")
        for sql in (
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)",
            "INSERT INTO partnerships (id, city_name, country, time_zone, kind, status, "
            "focus_areas, created_at, updated_at) VALUES ('p1', 'Kyoto', 'JP', 'Asia/Tokyo', "
            f"'sister_city', 'active', '[]', '{STAMP}', '{STAMP}')",
            "INSERT INTO exchanges (id, title, direction, program, partnership_id, starts_on, "
            "ends_on, trade_mission, created_at, updated_at) VALUES ('e1', 'Kyoto visit', "
            f"'inbound', 'youth', 'p1', '2026-05-10', '2026-05-17', 0, '{STAMP}', '{STAMP}')",
            "INSERT INTO exchange_participants (id, exchange_id, name, role, is_youth, "
            f"created_at, updated_at) VALUES ('a1', 'e1', 'Aoi Sato', 'student', 1, '{STAMP}', "
            f"'{STAMP}')",
            "INSERT INTO photos (id, exchange_id, file_name, sha256, media_type, size_bytes, "
            f"width, height, created_at, updated_at) VALUES ('f1', 'e1', 'group.jpg', '{'0' * 64}'"
            f", 'image/jpeg', 100, 640, 420, '{STAMP}', '{STAMP}')",
            "INSERT INTO photo_people (id, photo_id, name, is_minor, consent, guardian_name, "
            "consent_on, created_at, updated_at) VALUES ('pp1', 'f1', 'Aoi Sato', 1, 1, "
            f"'Yuko Sato', '2026-04-01', '{STAMP}', '{STAMP}')",
            "INSERT INTO minor_data_purges (id, exchange_id, purged_at, minors, fields_cleared, "
            f"records_removed, due_on, created_at, updated_at) VALUES ('m1', 'e1', '{STAMP}', 1, "
            f"4, 1, '2025-12-01', '{STAMP}', '{STAMP}')",
        ):
            connection.exec_driver_sql(sql)
    engine.dispose()
    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        create_organization(db, {"name": "Springfield", "city": "Springfield", "country": "US"})
        with db.read() as session:
            assert session.get(Photo, "f1").minors_purged == 0
            assert session.get(PhotoPerson, "pp1").guardian_name == "Yuko Sato"
            old = session.get(MinorDataPurge, "m1")
            assert (old.fields_cleared, old.photo_consents, old.photos_withheld) == (4, None, None)
        assert photos.get_photo(db, "f1").publishable
        status = planner.purge_status(db, "e1")
        assert status.pending and status.records[0].removed_text == ""
        result = planner.purge_minors_data(db, "e1", today=date(2026, 11, 30))
        assert result.removed == {"photo_consents": 1, "photos_withheld": 1}
        assert not photos.get_photo(db, "f1").publishable
    finally:
        db.close()
