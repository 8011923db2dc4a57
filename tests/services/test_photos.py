"""Photos of events and exchanges: stored by hash beside the database, a thumbnail made once,
who is pictured and their consent (a minor's only through a guardian)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sistercommittee.errors import ValidationError
from sistercommittee.services import photos as P
from sistercommittee.services.stored_files import hash_file
from sistercommittee.storage.database import Database
from tests.services.story_helpers import festival, make_jpeg


def test_a_photo_is_stored_by_hash_with_one_thumbnail(db: Database, tmp_path: Path) -> None:
    event = festival(db)
    source = make_jpeg(tmp_path / "taiko.jpg")
    photo_id = P.add_photo(db, source, event_id=event, caption="Taiko on the main stage").id
    photo = P.get_photo(db, photo_id)
    assert (photo.width, photo.height, photo.media_type) == (1200, 800, "image/jpeg")
    stored = P.photo_path(db, photo.sha256)
    assert stored.parent.parent == db.files_dir and hash_file(stored) == photo.sha256
    thumb = P.thumbnail_path(db, photo.sha256)
    assert thumb.is_file()
    from PIL import Image

    with Image.open(thumb) as small:
        assert max(small.size) == P.THUMBNAIL_SIZE
    made = thumb.stat().st_mtime_ns
    assert P.ensure_thumbnail(db, photo.sha256) == thumb
    assert thumb.stat().st_mtime_ns == made  # made once, not again
    # the same photo twice on the same event is refused; the file is kept once
    with pytest.raises(ValidationError) as error:
        P.add_photo(db, source, event_id=event)
    assert "already there (as taiko.jpg)" in error.value.errors["source"]
    assert [p.id for p in P.list_photos(db, event_id=event)] == [photo_id]


def test_a_thumbnail_is_made_when_the_file_arrives_later(db: Database, tmp_path: Path) -> None:
    event = festival(db)
    photo = P.get_photo(db, P.add_photo(db, make_jpeg(tmp_path / "a.jpg"), event_id=event).id)
    thumb = P.thumbnail_path(db, photo.sha256)
    thumb.unlink()
    stored = P.photo_path(db, photo.sha256)
    kept = stored.read_bytes()
    stored.unlink()  # as on a laptop the row reached before the file
    assert P.ensure_thumbnail(db, photo.sha256) is None
    stored.write_bytes(kept)
    assert P.ensure_thumbnail(db, photo.sha256) == thumb and thumb.is_file()


def test_bad_files_are_named(db: Database, tmp_path: Path) -> None:
    event = festival(db)
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo", encoding="utf-8")
    with pytest.raises(ValidationError) as error:
        P.add_photo(db, text, event_id=event)
    assert "not a photo the app can read" in error.value.errors["source"]
    with pytest.raises(ValidationError) as error:
        P.add_photo(db, tmp_path / "missing.jpg", event_id=event)
    assert "does not exist" in error.value.errors["source"]
    with pytest.raises(ValidationError) as error:
        P.add_photo(db, make_jpeg(tmp_path / "b.jpg"))
    assert "one event or one exchange" in error.value.errors["event_id"]
    gif = tmp_path / "anim.gif"
    from PIL import Image

    Image.new("RGB", (10, 10)).save(gif, "GIF")
    with pytest.raises(ValidationError) as error:
        P.add_photo(db, gif, event_id=event)
    assert "save the photo as JPEG, PNG or WebP" in error.value.errors["source"]
    assert not db.files_dir.exists()  # nothing was stored for files refused


def test_consent_rules_and_what_may_be_published(db: Database, tmp_path: Path) -> None:
    event = festival(db)
    photo_id = P.add_photo(db, make_jpeg(tmp_path / "a.jpg"), event_id=event).id
    assert P.get_photo(db, photo_id).publishable  # nobody identifiable recorded
    P.add_person(db, photo_id, {"name": "Mei Tanaka", "consent": True})
    assert P.get_photo(db, photo_id).publishable
    with pytest.raises(ValidationError) as error:
        P.add_person(db, photo_id, {"name": "Aoi Sato", "is_minor": True, "consent": True})
    assert "guardian's consent" in error.value.errors["guardian_name"]
    assert "date the guardian agreed" in error.value.errors["consent_on"]
    minor = P.add_person(db, photo_id, {"name": "Aoi Sato", "is_minor": True}).id
    photo = P.get_photo(db, photo_id)
    assert not photo.publishable
    assert photo.withheld_because == "Aoi Sato: minor: no guardian's consent recorded"
    P.edit_person(
        db,
        minor,
        {"consent": True, "guardian_name": "Hiro Sato", "consent_on": "2026-04-02"},
    )
    photo = P.get_photo(db, photo_id)
    assert photo.publishable
    assert photo.people[1].consent_text == "guardian Hiro Sato agreed on 2026-04-02"
    with pytest.raises(ValidationError) as error:
        P.add_person(db, photo_id, {"name": " "})
    assert "name of the person" in error.value.errors["name"]
    with pytest.raises(ValidationError) as error:
        P.add_person(db, photo_id, {"name": "X", "consent": True, "consent_on": "2999-01-01"})
    assert "future" in error.value.errors["consent_on"]
    refusing = P.add_person(db, photo_id, {"name": "Sam Lee", "consent": False}).id
    assert P.get_photo(db, photo_id).withheld_because == "Sam Lee: did not agree"
    P.delete_person(db, refusing)
    assert P.get_photo(db, photo_id).publishable
