"""0010_photos_stories, from the previous head with data: the records stay, the new tables come
empty and take photos and stories."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from sistercommittee.domain import Event, Photo, Story
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database
from tests.services.story_helpers import make_jpeg

STAMP = "2026-01-01T00:00:00.000000+00:00"


def test_upgrade_from_0009_keeps_events_and_adds_photos_and_stories(db_path, tmp_path: Path):
    from sistercommittee.storage.engine import create_sqlite_engine

    assert "0010_photos_stories" in migrate.known_revisions()
    engine = create_sqlite_engine(db_path)
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, "0009_agenda_reviews")
        connection.exec_driver_sql(
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO events (id, title, kind, starts_at, ends_at, time_zone, attendance, "
            f"created_at, updated_at) VALUES ('e1', 'Festival', 'festival', '{STAMP}', "
            f"'{STAMP}', 'America/Chicago', 300, '{STAMP}', '{STAMP}')"
        )
    engine.dispose()
    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        with db.read() as session:
            assert session.scalars(select(Event.title)).all() == ["Festival"]
            assert session.scalars(select(Photo)).all() == []
            assert session.scalars(select(Story)).all() == []
        from sistercommittee.services import photos, stories
        from sistercommittee.services.organizations import create_organization

        create_organization(db, {"name": "Springfield SCA", "city": "Springfield", "country": "US"})
        photo = photos.add_photo(db, make_jpeg(tmp_path / "a.jpg"), event_id="e1").id
        draft = stories.draft_story(db, event_id="e1")
        assert "300 guests came" in draft.body
        story = stories.create_story(
            db, {"event_id": "e1", "title": draft.title, "body": draft.body, "photo_ids": [photo]}
        ).id
        assert stories.get_story(db, story).photo_ids == (photo,)
    finally:
        db.close()
