"""The same server code on PostgreSQL: schema, feed guarantees, isolation, and a real sync."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sistercommittee.hq.models import HqBase
from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from tests.hq.fixtures import laptop, make_org, new_hq_db
from tests.hq.helpers import pull_all, push, sign_in, volunteer_change
from tests.hq.test_api import check_late_commit_is_not_skipped


@pytest.fixture
def pg_url(postgres):
    return postgres.create_database()


def test_migrations_match_the_models_on_postgres(pg_url):
    db = new_hq_db(pg_url)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": "hq_alembic_version"}
        )
        assert compare_metadata(context, HqBase.metadata) == []
    db.dispose()


def test_late_commit_is_not_skipped_on_postgres(pg_url):
    check_late_commit_is_not_skipped(pg_url)


def test_idempotent_push_and_isolation_on_postgres(pg_hq):
    a, b = make_org(pg_hq.db), make_org(pg_hq.db)
    a_headers, a_device = sign_in(pg_hq.url, a.emails["coordinator"])
    b_headers, b_device = sign_in(pg_hq.url, b.emails["coordinator"])
    changes = [volunteer_change(a_device, f"A{i}") for i in range(3)]
    assert push(pg_hq.url, a_headers, changes, "batch-pg-1").json()["accepted"] == 3
    assert push(pg_hq.url, a_headers, changes, "batch-pg-1").json()["replayed"] is True
    assert (
        push(pg_hq.url, b_headers, [volunteer_change(b_device, "B")], "batch-pg-1").json()[
            "accepted"
        ]
        == 1
    )
    a_reader, _ = sign_in(pg_hq.url, a.emails["volunteer"])
    assert [c["fields"]["given_name"] for c in pull_all(pg_hq.url, a_reader)] == ["A0", "A1", "A2"]


def test_two_laptops_sync_through_postgres(pg_hq, tmp_path):
    org = make_org(pg_hq.db)
    one = laptop(tmp_path / "one.sqlite", pg_hq.url, org.emails["coordinator"])
    two = laptop(tmp_path / "two.sqlite", pg_hq.url, org.emails["volunteer"])
    create_organization(one.db, {"name": "Springfield", "city": "Springfield", "country": "US"})
    vid = V.add_volunteer(one.db, {"given_name": "Ann"}).id
    service.sync_now(one.db, one.store)
    service.sync_now(two.db, two.store)
    V.edit_volunteer(two.db, vid, {"phone": "+12175550100"})
    service.sync_now(two.db, two.store)
    service.sync_now(one.db, one.store)
    assert V.get_volunteer(one.db, vid).phone == "+12175550100"


def test_invite_join_reset_and_remove_on_postgres(pg_hq):
    import httpx

    from sistercommittee.ids import new_id

    org = make_org(pg_hq.db)
    url = pg_hq.url
    coordinator, _ = sign_in(url, org.emails["coordinator"])
    code = httpx.post(
        f"{url}/v1/invitations",
        headers=coordinator,
        json={"email": "pg.new@example.org", "role": "volunteer"},
    ).json()["code"]
    joined = httpx.post(
        f"{url}/v1/join",
        json={"code": code, "password": "a password on postgres", "device_id": new_id()},
    )
    assert joined.status_code == 200 and joined.json()["user"]["role"] == "volunteer"
    again = httpx.post(
        f"{url}/v1/join", json={"code": code, "password": "another one here", "device_id": new_id()}
    )
    assert again.status_code == 409
    headers = {"Authorization": f"Bearer {joined.json()['token']}"}
    reset = httpx.post(
        f"{url}/v1/members/pg.new@example.org/password-reset", headers=coordinator
    ).json()["code"]
    done = httpx.post(
        f"{url}/v1/password-reset", json={"code": reset, "password": "the newest password"}
    )
    assert done.json() == {"email": "pg.new@example.org"}
    assert httpx.get(f"{url}/v1/session", headers=headers).status_code == 401
    removed = httpx.delete(f"{url}/v1/members/{org.emails['volunteer']}", headers=coordinator)
    assert removed.status_code == 200
    listed = httpx.get(f"{url}/v1/members", headers=coordinator).json()
    assert {m["email"] for m in listed["members"]} == {
        org.emails["coordinator"],
        org.emails["read_only"],
        "pg.new@example.org",
    }
