"""Every sync answer carries the caller's role and the organization's membership standing, and
the laptop keeps them: a coordinator's demotion or promotion reaches a volunteer's laptop at its
next sync, without a sign-in (a real HQ on 127.0.0.1)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx
from sqlalchemy import select

from sistercommittee.domain import SyncAccount
from sistercommittee.hq.console import members as console_members
from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import members, service
from sistercommittee.sync.client import HqClient
from sistercommittee.sync.credentials import token_key
from tests.hq.fixtures import laptop, make_org

ORGANIZATION = {"name": "Springfield SCA", "city": "Springfield", "country": "US"}


def _kept(db) -> SyncAccount:
    with db.read() as session:
        account = session.scalars(select(SyncAccount)).one()
        session.expunge(account)
        return account


def test_a_demotion_and_a_promotion_reach_the_laptop_at_its_next_sync(hq, tmp_path):
    org = make_org(hq.db)
    coordinator = laptop(tmp_path / "c.sqlite", hq.url, org.emails["coordinator"])
    volunteer = laptop(tmp_path / "v.sqlite", hq.url, org.emails["volunteer"])
    create_organization(coordinator.db, ORGANIZATION)
    V.add_volunteer(coordinator.db, {"given_name": "Ana", "family_name": "Ruiz"})
    service.sync_now(coordinator.db, coordinator.store)
    first = service.sync_now(volunteer.db, volunteer.store)
    assert first.role == "volunteer" and first.membership == "none"
    assert service.sync_status(volunteer.db, volunteer.store).role == "volunteer"

    # The coordinator, on its own laptop, makes the volunteer read-only.
    members.set_role(coordinator.db, coordinator.store, org.emails["volunteer"], "read-only")
    V.add_volunteer(volunteer.db, {"given_name": "Bo", "family_name": "Lind"})
    demoted = service.sync_now(volunteer.db, volunteer.store)
    assert demoted.role == "read_only"
    assert demoted.not_sent is not None and "read-only" in demoted.not_sent
    assert _kept(volunteer.db).role == "read_only"
    assert _kept(volunteer.db).role_learned_at is not None
    status = service.sync_status(volunteer.db, volunteer.store)
    assert status.role == "read_only" and status.pending_changes == 1  # kept, not lost

    # Promoted again: the next sync says so, and the change kept in the outbox goes out.
    members.set_role(coordinator.db, coordinator.store, org.emails["volunteer"], "volunteer")
    promoted = service.sync_now(volunteer.db, volunteer.store)
    assert promoted.role == "volunteer" and promoted.not_sent is None and promoted.sent == 1
    assert service.sync_status(volunteer.db, volunteer.store).role == "volunteer"


def test_the_membership_standing_follows_the_dues_hq_records(hq, tmp_path):
    org = make_org(hq.db)
    lap = laptop(tmp_path / "a.sqlite", hq.url, org.emails["volunteer"])
    today = datetime.now(UTC).date()
    paid = today + timedelta(days=200)
    console_members.update_profile(
        hq.db, "staff@hq.example.org", org.id, city="Springfield", country="US",
        dues_paid_through=paid.isoformat(),
    )
    result = service.sync_now(lap.db, lap.store)
    assert result.membership == "good"
    status = service.sync_status(lap.db, lap.store)
    assert (status.membership, status.dues_paid_through) == ("good", paid)

    console_members.update_profile(
        hq.db, "staff@hq.example.org", org.id, city="Springfield", country="US",
        dues_paid_through=date(2020, 12, 31).isoformat(),
    )
    assert service.sync_now(lap.db, lap.store).membership == "lapsed"
    status = service.sync_status(lap.db, lap.store)
    assert (status.membership, status.dues_paid_through) == ("lapsed", date(2020, 12, 31))


def test_checkpoint_push_and_pull_answers_each_carry_the_role_now(hq, tmp_path):
    org = make_org(hq.db)
    lap = laptop(tmp_path / "a.sqlite", hq.url, org.emails["volunteer"])
    token = lap.store.get(token_key(lap.device_id))
    with HqClient(hq.url, token) as client:
        checkpoint = client.checkpoint()
        assert checkpoint["account"] == {
            "role": "volunteer",
            "membership": {"standing": "none", "dues_paid_through": None},
        }
        create_organization(lap.db, ORGANIZATION)
        service.sync_now(lap.db, lap.store)  # sends the laptop's organization row
        V.add_volunteer(lap.db, {"given_name": "Ana", "family_name": "Ruiz"})
        from sistercommittee.sync import outbox

        with lap.db.write() as session:
            outbox.fold_outbox(session, limit=10)
            batch = outbox.pending_changes(session, 10)
        pushed = client.push_body(outbox.push_body(outbox.batch_key(lap.device_id, batch), batch))
        assert pushed["account"]["role"] == "volunteer"
        # Sent again (the answer lost): the stored answer, with the role as it is now.
        from sistercommittee.hq import members as hq_members

        hq_members.set_role(hq.db, org.id, org.emails["volunteer"], "coordinator")
        replayed = client.push_body(outbox.push_body(outbox.batch_key(lap.device_id, batch), batch))
        assert replayed["replayed"] is True and replayed["account"]["role"] == "coordinator"
        page = client.pull(0, 10)
        assert page["account"]["role"] == "coordinator" and "changes" in page
        assert client.account == page["account"]


def test_an_hq_that_does_not_say_the_role_leaves_the_kept_one(hq, tmp_path):
    """An older HQ's answers have no ``account``: the role kept at sign-in stays."""
    org = make_org(hq.db)
    lap = laptop(tmp_path / "a.sqlite", hq.url, org.emails["volunteer"])

    def without_account(request: httpx.Request) -> httpx.Response:
        with httpx.Client(base_url=hq.url) as real:
            answer = real.send(real.build_request(
                request.method, str(request.url), headers=request.headers, content=request.read()
            ))
        body = answer.content
        if answer.headers.get("content-type", "").startswith("application/json"):
            import json

            data = json.loads(body)
            if isinstance(data, dict):
                data.pop("account", None)
                body = json.dumps(data).encode()
        headers = {k: v for k, v in answer.headers.items() if k.lower() != "content-length"}
        headers.pop("content-encoding", None)
        return httpx.Response(answer.status_code, headers=headers, content=body)

    from sistercommittee.hq import members as hq_members

    hq_members.set_role(hq.db, org.id, org.emails["volunteer"], "read_only")
    result = service.sync_now(lap.db, lap.store, transport=httpx.MockTransport(without_account))
    assert result.role is None and result.membership is None
    assert _kept(lap.db).role == "volunteer" and _kept(lap.db).membership is None
