"""Photo files travel between laptops through a real HQ: sent once by the laptop that added the
photo, fetched by the other, checked against their hash; HQ keeps each organization's apart."""

from __future__ import annotations

import hashlib

import httpx

from sistercommittee.hq import files as hq_files
from sistercommittee.services import photos as P
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from sistercommittee.sync.service import _token
from tests.hq.fixtures import laptop, make_org
from tests.services.story_helpers import festival, make_jpeg

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def test_a_photo_added_on_one_laptop_shows_on_the_other(hq, tmp_path):
    org = make_org(hq.db)
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    event = festival(a.db)
    source = make_jpeg(tmp_path / "taiko.jpg")
    photo = P.get_photo(a.db, P.add_photo(a.db, source, event_id=event).id)
    service.sync_now(a.db, a.store)

    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    service.sync_now(b.db, b.store)
    (arrived,) = P.list_photos(b.db, event_id=event)
    stored = P.photo_path(b.db, arrived.sha256)
    assert stored.read_bytes() == source.read_bytes()
    assert P.ensure_thumbnail(b.db, arrived.sha256) is not None
    # sent once: syncing again moves nothing
    with httpx.Client(base_url=hq.url) as plain:
        _, server, token = _token(a.db, a.store)
        headers = {"Authorization": f"Bearer {token}"}
        asked = plain.post("/v1/files/missing", json={"sha256": [photo.sha256]}, headers=headers)
        assert asked.json() == {"missing": []}
        # HQ refuses content that is not what its name says
        wrong = plain.put(f"/v1/files/{'0' * 64}", content=b"not it", headers=headers)
        assert wrong.status_code == 409 and "does not match" in wrong.json()["detail"]

    # another organization cannot fetch it
    other = make_org(hq.db)
    c = laptop(tmp_path / "c.sqlite", hq.url, other.emails["coordinator"])
    _, server, token = _token(c.db, c.store)
    answer = httpx.get(
        f"{server}/v1/files/{photo.sha256}", headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 404
    assert hashlib.sha256(source.read_bytes()).hexdigest() == photo.sha256
    assert hq_files.MAX_FILE_BYTES >= P.MAX_PHOTO_BYTES
