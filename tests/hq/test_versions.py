"""Version negotiation at HQ: the schema travels both ways, a laptop too old is told to update in
a sentence (426, not 422), and fields and tables of a newer schema are stored as they came."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from sistercommittee.hq.models import FeedChange
from sistercommittee.hq.versions import SchemaRange
from sistercommittee.ids import new_id
from sistercommittee.sync import wire
from tests.hq.fixtures import PASSWORD, running_hq
from tests.hq.helpers import pull_all, push, sign_in, volunteer_change


def test_health_and_every_answer_carry_hq_schema_and_the_range_it_accepts(hq, org):
    health = httpx.get(f"{hq.url}/v1/health")
    assert health.json()["schema"] == {
        "schema": wire.schema_version(),
        "oldest": wire.OLDEST_ACCEPTED_SCHEMA,
        "newest": None,
    }
    headers, _ = sign_in(hq.url, org.emails["coordinator"])
    session = httpx.get(f"{hq.url}/v1/session", headers=headers)
    assert session.headers[wire.SCHEMA_HEADER] == str(wire.schema_version())
    assert session.headers[wire.ACCEPTS_HEADER] == f"{wire.OLDEST_ACCEPTED_SCHEMA}-"
    assert session.json()["schema"]["schema"] == wire.schema_version()


def test_a_laptop_too_old_is_told_to_update_the_app_before_anything_runs(hq, org):
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    old = {**headers, wire.SCHEMA_HEADER: str(wire.OLDEST_ACCEPTED_SCHEMA - 1)}
    answer = push(hq.url, old, [volunteer_change(device)])
    assert answer.status_code == 426
    assert answer.json()["detail"].startswith(
        "This version of SisterCommittee is too old for HQ; update the app."
    )
    login = httpx.post(
        f"{hq.url}/v1/login",
        headers={wire.SCHEMA_HEADER: "1"},
        json={"email": org.emails["volunteer"], "password": PASSWORD, "device_id": device},
    )
    assert login.status_code == 426
    # Health still answers, so the laptop can tell HQ is there and what it accepts.
    assert httpx.get(f"{hq.url}/v1/health", headers={wire.SCHEMA_HEADER: "1"}).status_code == 200
    with hq.db.read() as connection:
        assert connection.scalar(select(FeedChange.seq)) is None


def test_a_laptop_that_sends_no_schema_is_taken_for_the_last_one_without_the_header(hq_db):
    with running_hq(hq_db, schemas=SchemaRange(oldest=wire.SCHEMA_WITHOUT_HEADER + 1)) as server:
        answer = httpx.post(
            f"{server.url}/v1/login",
            json={"email": "a@example.org", "password": "x", "device_id": new_id()},
        )
        assert answer.status_code == 426 and "update the app" in answer.json()["detail"]


def test_a_schema_that_is_no_number_is_refused(hq):
    answer = httpx.get(f"{hq.url}/v1/session", headers={wire.SCHEMA_HEADER: "four"})
    assert answer.status_code == 422 and wire.SCHEMA_HEADER in answer.json()["detail"]


def test_fields_and_tables_of_a_newer_schema_are_stored_and_handed_on(hq, org):
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    newer = {**headers, wire.SCHEMA_HEADER: str(wire.schema_version() + 1)}
    change = volunteer_change(device)
    change["fields"] = {**change["fields"], "pronouns": {"any": ["json", 1]}}
    new_table = {
        **volunteer_change(device),
        "table": "volunteer_badges",
        "fields": {"volunteer_id": change["row_id"], "badge": "gold"},
    }
    answer = push(hq.url, newer, [change, new_table])
    assert answer.status_code == 200, answer.text
    other, _ = sign_in(hq.url, org.emails["volunteer"])
    pulled = pull_all(hq.url, other)
    assert [item["fields"] for item in pulled] == [change["fields"], new_table["fields"]]
    assert pulled[1]["table"] == "volunteer_badges"
    # Fields HQ knows are still checked, whatever the laptop's version.
    wrong = {**volunteer_change(device), "fields": {"given_name": 42, "pronouns": "she/her"}}
    assert push(hq.url, newer, [wrong]).status_code == 422
