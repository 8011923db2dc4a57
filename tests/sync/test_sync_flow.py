"""Sign-in, sync, join and status against a real HQ on 127.0.0.1."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from sistercommittee.domain import Organization, OutboxEntry, Volunteer
from sistercommittee.errors import ValidationError
from sistercommittee.services import volunteers as V
from sistercommittee.services.changes import Entity
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from sistercommittee.sync.credentials import MemoryStore, token_key
from sistercommittee.sync.errors import NotSignedInError, SyncError
from tests.hq.fixtures import PASSWORD, laptop

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def _volunteers(db):
    with db.read() as session:
        return sorted(
            (v.id, v.given_name, v.family_name, v.phone, v.deleted_at is not None)
            for v in session.scalars(select(Volunteer))
        )


def test_first_laptop_sends_everything_and_a_second_joins(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    ids = [
        V.add_volunteer(a.db, {"given_name": f"Vol{i}", "family_name": "Lee"}).id for i in range(5)
    ]

    first = service.sync_now(a.db, a.store)
    assert first.sent == 6 and first.received == 0
    assert service.sync_status(a.db, a.store).pending_changes == 0

    seen = []
    db, sign_in, joined = service.join(
        tmp_path / "b.sqlite", MemoryStore(), hq.url, org.emails["volunteer"], PASSWORD, seen.append
    )
    try:
        assert sign_in.organization == org.name and not sign_in.first_laptop
        assert joined.received == 6 and joined.has_organization
        assert Entity.VOLUNTEERS in joined.changes.entities
        assert seen and seen[-1].phase == "receiving" and seen[-1].done == seen[-1].total
        assert _volunteers(db) == _volunteers(a.db)
        assert {row[0] for row in _volunteers(db)} == set(ids)
    finally:
        db.close()


def test_sync_prints_nothing_new_when_up_to_date(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    service.sync_now(a.db, a.store)
    again = service.sync_now(a.db, a.store)
    assert (again.sent, again.received, again.applied) == (0, 0, 0)


def test_token_is_only_in_the_store_never_in_the_database(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    token = a.store.get(token_key(a.device_id))
    assert token and token.startswith("scd_")
    a.db.close()
    for path in tmp_path.glob("a.sqlite*"):
        assert token.encode() not in path.read_bytes()
    hq_file = hq.db.engine.url.database or ""
    from pathlib import Path

    assert token.encode() not in Path(hq_file).read_bytes()


def test_status_reports_pending_last_sync_and_server(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    status = service.sync_status(a.db, a.store)
    assert status.pending_changes == 1 and status.last_synced_at is None
    assert status.server_url == hq.url and status.signed_in and status.organization == org.name
    service.sync_now(a.db, a.store)
    status = service.sync_status(a.db, a.store)
    assert status.pending_changes == 0 and status.last_synced_at is not None


def test_logout_revokes_the_token_on_hq_and_keeps_pending_changes(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    token = a.store.get(token_key(a.device_id))
    assert service.logout(a.db, a.store) is True
    assert a.store.get(token_key(a.device_id)) is None
    with pytest.raises(NotSignedInError):
        service.sync_now(a.db, a.store)
    a.store.set(token_key(a.device_id), token)  # the old token no longer works
    with pytest.raises(NotSignedInError, match="no longer valid"):
        service.sync_now(a.db, a.store)
    with a.db.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1


def test_wrong_password_is_refused_plainly(hq, org, tmp_path):
    db = laptop(tmp_path / "a.sqlite", hq.url, None).db
    with pytest.raises(SyncError, match="email or password is not right"):
        service.login(db, MemoryStore(), hq.url, org.emails["coordinator"], "not the password")


def test_plain_http_only_to_this_computer(tmp_path):
    db = laptop(tmp_path / "a.sqlite", "", None).db
    with pytest.raises(ValidationError, match="https"):
        service.login(db, MemoryStore(), "http://hq.example.org", "a@example.org", "x" * 12)


def test_a_database_of_another_organization_copy_cannot_sign_in(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    service.sync_now(a.db, a.store)
    other = laptop(tmp_path / "c.sqlite", hq.url, None)
    create_organization(other.db, ORG)  # made with `init` separately
    with pytest.raises(SyncError, match="sync join"):
        service.login(other.db, other.store, hq.url, org.emails["volunteer"], PASSWORD)
    assert other.store.get(token_key(other.device_id)) is None


def test_two_separately_made_databases_cannot_both_push_their_organization(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    create_organization(a.db, ORG)
    create_organization(b.db, ORG)
    service.sync_now(a.db, a.store)
    with pytest.raises(SyncError, match="another organization"):
        service.sync_now(b.db, b.store)


def test_read_only_user_receives_but_cannot_send(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    service.sync_now(a.db, a.store)
    r = laptop(tmp_path / "r.sqlite", hq.url, org.emails["read_only"])
    assert service.sync_now(r.db, r.store).received == 1
    with r.db.read() as session:
        assert session.scalar(select(Organization.name)) == ORG["name"]
    V.add_volunteer(r.db, {"given_name": "Local"})
    V.add_volunteer(a.db, {"given_name": "From the coordinator"})
    service.sync_now(a.db, a.store)
    result = service.sync_now(r.db, r.store)
    assert result.not_sent and "read-only" in result.not_sent
    assert result.sent == 0 and result.received == 1  # still gets everyone else's changes
    assert service.sync_status(r.db, r.store).pending_changes == 1


def test_join_refuses_an_existing_file(hq, org, tmp_path):
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"something")
    with pytest.raises(ValidationError, match="already exists"):
        service.join(path, MemoryStore(), hq.url, org.emails["coordinator"], PASSWORD)
    assert path.read_bytes() == b"something"


def test_failed_join_leaves_no_file(hq, org, tmp_path):
    path = tmp_path / "x.sqlite"
    with pytest.raises(SyncError):
        service.join(path, MemoryStore(), hq.url, org.emails["coordinator"], "wrong password!")
    assert not path.exists()
