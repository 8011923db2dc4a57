"""HQ's API on a real server: sign-in, the feed's guarantees, reports, and who may do what."""

from __future__ import annotations

import hashlib
import threading
import time
from contextlib import contextmanager

import httpx
from fastapi.routing import APIRoute
from sqlalchemy import func, select

from sistercommittee.hq import admin, feed
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import FeedChange, HqDevice
from sistercommittee.ids import new_id
from tests.hq.fixtures import PASSWORD, ServerThread, make_org
from tests.hq.helpers import pull_all, push, sign_in, volunteer_change


def test_health_needs_no_token(hq):
    answer = httpx.get(f"{hq.url}/v1/health")
    assert answer.status_code == 200 and answer.json()["status"] == "ok"


def test_openapi_is_served(hq):
    spec = httpx.get(f"{hq.url}/openapi.json").json()
    assert "/v1/push" in spec["paths"] and "/v1/changes" in spec["paths"]


def _routes(app):
    return sorted(
        (method, route.path)
        for route in app.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    )


OPEN_ROUTES = {
    ("GET", "/v1/health"),
    ("POST", "/v1/login"),
    ("POST", "/v1/join"),
    ("POST", "/v1/password-reset/request"),
    ("POST", "/v1/password-reset"),
}


def _call(url, method, path, headers):
    path = path.replace("{year}", "2026").replace("{file_name}", "a.pdf")
    path = path.replace("{report_id}", new_id())
    path = path.replace("{email}", "someone@example.org").replace("{invitation_id}", new_id())
    extra = {}
    if method == "PUT":
        extra = {"content": b"%PDF", "headers": {**headers, "Content-Type": "application/pdf"}}
    else:
        extra = {"headers": headers}
    if method == "POST" and path == "/v1/push":
        extra["json"] = {"batch_id": "batch-0001", "changes": [volunteer_change(new_id())]}
    return httpx.request(method, f"{url}{path}", **extra)


def test_every_route_but_health_and_login_needs_a_valid_token(hq, org):
    headers, _ = sign_in(hq.url, org.emails["coordinator"])
    httpx.post(f"{hq.url}/v1/logout", headers=headers)
    for method, path in _routes(hq.app):
        if (method, path) in OPEN_ROUTES:
            continue
        for bad in (
            {},
            {"Authorization": "Bearer scd_nonsense"},
            headers,
            {"Authorization": "Basic eDp5"},
        ):
            answer = _call(hq.url, method, path, bad)
            assert answer.status_code == 401, (method, path, bad, answer.text)
            assert answer.headers["www-authenticate"] == "Bearer"


def test_login_is_rate_limited_per_account(hq, org):
    email = org.emails["volunteer"]
    for _ in range(5):
        wrong = httpx.post(
            f"{hq.url}/v1/login", json={"email": email, "password": "wrong!", "device_id": new_id()}
        )
        assert wrong.status_code == 401
    limited = httpx.post(
        f"{hq.url}/v1/login", json={"email": email, "password": PASSWORD, "device_id": new_id()}
    )
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
    # Another account from the same address is not locked out by these five.
    sign_in(hq.url, org.emails["coordinator"])


def test_unknown_email_and_wrong_password_answer_alike(hq, org):
    answers = [
        httpx.post(
            f"{hq.url}/v1/login", json={"email": email, "password": "x" * 12, "device_id": new_id()}
        )
        for email in (org.emails["coordinator"], "nobody@example.org")
    ]
    assert [a.status_code for a in answers] == [401, 401]
    assert answers[0].json() == answers[1].json()


def test_tokens_are_stored_hashed(hq, org):
    headers, device_id = sign_in(hq.url, org.emails["coordinator"])
    token = headers["Authorization"].split()[1]
    with hq.db.read() as connection:
        stored = connection.scalar(
            select(HqDevice.token_hash).where(HqDevice.client_device_id == device_id)
        )
    assert stored and token not in stored and len(stored) == 64


def test_a_repeated_batch_is_applied_once(hq, org):
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    changes = [volunteer_change(device, f"V{i}") for i in range(3)]
    first = push(hq.url, headers, changes, "batch-same-key")
    again = push(hq.url, headers, changes, "batch-same-key")
    assert first.json() == {
        "accepted": 3,
        "duplicates": 0,
        "high_water": 3,
        "replayed": False,
        "account": {"role": "coordinator", "membership": {"standing": "none", "dues_paid_through": None}},
    }
    assert again.json() == {**first.json(), "replayed": True}
    # Even under a new key, changes HQ already has are not stored twice.
    third = push(hq.url, headers, [*changes, volunteer_change(device)], "batch-other-key")
    assert third.json()["accepted"] == 1 and third.json()["duplicates"] == 3
    other, _ = sign_in(hq.url, org.emails["volunteer"])
    assert len(pull_all(hq.url, other)) == 4


def test_pull_pages_in_order_and_leaves_out_the_callers_own_changes(hq, org):
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    for start in range(0, 25, 5):
        assert (
            push(
                hq.url,
                headers,
                [volunteer_change(device, f"V{i}") for i in range(start, start + 5)],
            ).status_code
            == 200
        )
    other, _ = sign_in(hq.url, org.emails["volunteer"])
    changes = pull_all(hq.url, other, limit=7)
    assert [c["seq"] for c in changes] == list(range(1, 26))
    assert [c["fields"]["given_name"] for c in changes] == [f"V{i}" for i in range(25)]
    assert pull_all(hq.url, headers) == []


def test_a_cursor_beyond_the_feed_is_not_found(hq, org):
    headers, _ = sign_in(hq.url, org.emails["coordinator"])
    answer = httpx.get(f"{hq.url}/v1/changes", headers=headers, params={"after": 5})
    assert answer.status_code == 404


def test_read_only_users_cannot_push_or_upload(hq, org):
    headers, device = sign_in(hq.url, org.emails["read_only"])
    assert push(hq.url, headers, [volunteer_change(device)]).status_code == 403
    upload = httpx.put(
        f"{hq.url}/v1/reports/2026/a.pdf",
        headers={**headers, "Content-Type": "application/pdf"},
        content=b"%PDF",
    )
    assert upload.status_code == 403
    assert httpx.get(f"{hq.url}/v1/changes", headers=headers).status_code == 200


def test_a_device_may_only_send_its_own_changes(hq, org):
    headers, _ = sign_in(hq.url, org.emails["coordinator"])
    answer = push(hq.url, headers, [volunteer_change(new_id())])
    assert answer.status_code == 403 and "own changes" in answer.json()["detail"]


def test_changes_hq_could_not_apply_are_refused(hq, org):
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    bad = [
        {**volunteer_change(device), "table": "sync_state"},
        {**volunteer_change(device), "fields": {"given_name": 42}},
        {**volunteer_change(device), "table": "outbox"},
        {**volunteer_change(device), "table": "Volunteers; drop"},
        {**volunteer_change(device), "fields": {"No Such Field": "x"}},
        {**volunteer_change(device), "fields": {"active": None}},
        {**volunteer_change(device), "base": {"given_name": "yesterday"}},
    ]
    for change in bad:
        answer = push(hq.url, headers, [change])
        assert answer.status_code == 422, change
    with hq.db.read() as connection:
        assert connection.scalar(select(func.count()).select_from(FeedChange)) == 0


def test_a_clock_far_ahead_is_refused_with_a_plain_reason(hq, org):
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    change = volunteer_change(device)
    change["hlc"] = f"{time.time_ns() // 1_000_000 + 3 * 3600_000:013d}.000000"
    answer = push(hq.url, headers, [change])
    assert answer.status_code == 422 and "clock of this computer" in answer.json()["detail"]


def test_revoking_a_device_stops_its_token_at_once(hq, org):
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    assert httpx.get(f"{hq.url}/v1/session", headers=headers).status_code == 200
    admin.revoke_device(hq.db, device)
    assert httpx.get(f"{hq.url}/v1/session", headers=headers).status_code == 401


def test_removing_a_user_signs_out_their_devices(hq, org):
    headers, _ = sign_in(hq.url, org.emails["volunteer"])
    admin.remove_user(hq.db, org.emails["volunteer"])
    assert httpx.get(f"{hq.url}/v1/session", headers=headers).status_code == 401


def test_reports_are_kept_per_organization_and_year(hq, org):
    headers, _ = sign_in(hq.url, org.emails["coordinator"])
    pdf = {**headers, "Content-Type": "application/pdf"}
    made = httpx.put(
        f"{hq.url}/v1/reports/2025/annual.pdf",
        params={"kind": "annual_report"},
        headers=pdf,
        content=b"%PDF-1 old",
    )
    assert made.status_code == 201
    replaced = httpx.put(
        f"{hq.url}/v1/reports/2025/annual.pdf",
        params={"kind": "annual_report"},
        headers=pdf,
        content=b"%PDF-1 new",
    )
    assert replaced.status_code == 200 and replaced.json()["id"] == made.json()["id"]
    httpx.put(
        f"{hq.url}/v1/reports/2026/annual.pdf",
        params={"kind": "annual_report"},
        headers=pdf,
        content=b"%PDF-1 next",
    )
    listed = httpx.get(f"{hq.url}/v1/reports", headers=headers, params={"year": 2025}).json()
    assert [(r["year"], r["file_name"], r["size"]) for r in listed] == [(2025, "annual.pdf", 10)]
    body = httpx.get(f"{hq.url}/v1/reports/{made.json()['id']}", headers=headers)
    assert body.content == b"%PDF-1 new" and body.headers["content-type"] == "application/pdf"


def test_reports_refuse_odd_names_types_and_sizes(hq, org, monkeypatch):
    headers, _ = sign_in(hq.url, org.emails["coordinator"])
    pdf = {**headers, "Content-Type": "application/pdf"}
    assert (
        httpx.put(f"{hq.url}/v1/reports/2025/..evil", headers=pdf, content=b"x").status_code == 422
    )
    assert (
        httpx.put(
            f"{hq.url}/v1/reports/2025/a.exe",
            headers={**headers, "Content-Type": "application/x-msdownload"},
            content=b"x",
        ).status_code
        == 415
    )
    assert httpx.put(f"{hq.url}/v1/reports/2025/a.pdf", headers=pdf, content=b"").status_code == 422
    monkeypatch.setattr(feed, "MAX_REPORT_BYTES", 10)
    assert (
        httpx.put(f"{hq.url}/v1/reports/2025/a.pdf", headers=pdf, content=b"x" * 11).status_code
        == 413
    )


# --- one organization never reaches another's data ------------------------------------------


def test_no_route_lets_one_organization_reach_anothers_data(hq):
    a, b = make_org(hq.db, "Org A"), make_org(hq.db, "Org B")
    a_headers, a_device = sign_in(hq.url, a.emails["coordinator"])
    b_headers, b_device = sign_in(hq.url, b.emails["coordinator"])
    b_changes = [volunteer_change(b_device, f"Secret{i}") for i in range(5)]
    assert push(hq.url, b_headers, b_changes, "batch-of-org-b").status_code == 200
    b_report = httpx.put(
        f"{hq.url}/v1/reports/2026/secret.pdf",
        headers={**b_headers, "Content-Type": "application/pdf"},
        content=b"%PDF secret",
    )
    b_report_id = b_report.json()["id"]
    seen = []
    covered = set()

    def call(method, path, **kwargs):
        covered.add((method, path))
        answer = httpx.request(
            method, f"{hq.url}{path.format(**kwargs.pop('path_params', {}))}", **kwargs
        )
        seen.append(answer)
        return answer

    # Reading B's feed by cursor: A's token only ever sees A's feed (empty), never B's.
    for after in (0, 1, 3, 5):
        answer = call("GET", "/v1/changes", headers=a_headers, params={"after": after})
        assert answer.status_code in (200, 404)
        if answer.status_code == 200:
            assert answer.json()["changes"] == []
    # Reading B's report by id.
    assert (
        call(
            "GET",
            "/v1/reports/{report_id}",
            headers=a_headers,
            path_params={"report_id": b_report_id},
        ).status_code
        == 404
    )
    assert call("GET", "/v1/reports", headers=a_headers).json() == []
    assert call("GET", "/v1/stories", headers=a_headers).json() == []  # B's are B's
    # HQ's directory lists only committees that opted in (B has not), never the caller's own.
    assert call("GET", "/v1/directory", headers=a_headers).json()["committees"] == []
    # B's photo file: A neither sees it held nor fetches it; A's own copy stays apart
    b_file = b"\xff\xd8\xff B's photo"
    b_sha = hashlib.sha256(b_file).hexdigest()
    assert (
        httpx.put(f"{hq.url}/v1/files/{b_sha}", content=b_file, headers=b_headers).status_code
        == 201
    )
    asked = call("POST", "/v1/files/missing", headers=a_headers, json={"sha256": [b_sha]})
    assert asked.json() == {"missing": [b_sha]}
    assert (
        call(
            "GET", "/v1/files/{sha256}", headers=a_headers, path_params={"sha256": b_sha}
        ).status_code
        == 404
    )
    assert (
        call(
            "PUT",
            "/v1/files/{sha256}",
            headers={**a_headers, "Content-Type": "application/octet-stream"},
            content=b_file,
            path_params={"sha256": b_sha},
        ).status_code
        == 201  # A's own copy, not "already held"
    )
    # Replacing B's report by its year and name makes A's own report; B's stays as it was.
    mine = call(
        "PUT",
        "/v1/reports/{year}/{file_name}",
        headers={**a_headers, "Content-Type": "application/pdf"},
        content=b"%PDF mine",
        path_params={"year": 2026, "file_name": "secret.pdf"},
    )
    assert mine.status_code == 201 and mine.json()["id"] != b_report_id
    assert (
        httpx.get(f"{hq.url}/v1/reports/{b_report_id}", headers=b_headers).content == b"%PDF secret"
    )
    # Pushing as B's device, or with B's batch key, or B's row ids.
    assert (
        call(
            "POST",
            "/v1/push",
            headers=a_headers,
            json={"batch_id": "batch-x1", "changes": [volunteer_change(b_device)]},
        ).status_code
        == 403
    )
    replay = call(
        "POST",
        "/v1/push",
        headers=a_headers,
        json={"batch_id": "batch-of-org-b", "changes": [volunteer_change(a_device)]},
    )
    assert replay.status_code == 200 and replay.json()["replayed"] is False
    overwrite = volunteer_change(a_device, "Overwritten", row_id=b_changes[0]["row_id"])
    assert (
        call(
            "POST",
            "/v1/push",
            headers=a_headers,
            json={"batch_id": "batch-x2", "changes": [overwrite]},
        ).status_code
        == 200
    )
    # Checkpoint, snapshot and check know only A's feed: its two changes, its two volunteers.
    checkpoint = call("GET", "/v1/checkpoint", headers=a_headers).json()
    assert checkpoint["high_water"] == 2
    snapshot = call("GET", "/v1/snapshot", headers=a_headers)
    assert snapshot.status_code == 200 and b"Overwritten" in snapshot.content
    check = call(
        "POST", "/v1/check", headers=a_headers, json={"position": 2, "counts": {"volunteers": 2}}
    ).json()
    assert check["compared"] and check["counts"] == {"volunteers": 2}
    # B's feed is at position 5: A cannot have its counts compared there.
    beyond = call(
        "POST", "/v1/check", headers=a_headers, json={"position": 5, "counts": {"volunteers": 5}}
    )
    assert beyond.status_code == 200 and beyond.json()["compared"] is False
    # Members: A's coordinator sees A's accounts only, and cannot touch B's.
    b_invite = httpx.post(
        f"{hq.url}/v1/invitations",
        headers=b_headers,
        json={"email": "b.invitee@example.org", "role": "volunteer"},
    ).json()
    listed = call("GET", "/v1/members", headers=a_headers).json()
    assert {m["email"] for m in listed["members"]} == set(a.emails.values())
    assert listed["invitations"] == []
    b_member = b.emails["volunteer"]
    for method, path, body in (
        ("PUT", "/v1/members/{email}/role", {"json": {"role": "read_only"}}),
        ("DELETE", "/v1/members/{email}", {}),
        ("POST", "/v1/members/{email}/password-reset", {}),
    ):
        refused = call(method, path, headers=a_headers, path_params={"email": b_member}, **body)
        assert refused.status_code == 404, (method, path, refused.text)
    gone = call(
        "DELETE",
        "/v1/invitations/{invitation_id}",
        headers=a_headers,
        path_params={"invitation_id": b_invite_id(hq, b)},
    )
    assert gone.status_code == 404 and b_invite["code"]
    invitation_ids = [
        i["email"]
        for i in httpx.get(f"{hq.url}/v1/members", headers=b_headers).json()["invitations"]
    ]
    assert invitation_ids == ["b.invitee@example.org"]
    assert (
        call(
            "POST",
            "/v1/invitations",
            headers=a_headers,
            json={"email": "a.invitee@example.org", "role": "volunteer"},
        ).status_code
        == 201
    )
    # Session and sign-out act on A only.
    assert call("GET", "/v1/session", headers=a_headers).json()["organization"]["name"] == "Org A"
    assert call("POST", "/v1/logout", headers=a_headers).status_code == 204
    assert httpx.get(f"{hq.url}/v1/session", headers=b_headers).status_code == 200
    covered |= OPEN_ROUTES  # they take no token, so there is no organization to cross
    assert covered == set(_routes(hq.app))
    # Nothing A was given mentions B's data, and B's feed holds only B's changes.
    for answer in seen:
        assert b"Secret" not in answer.content and b"%PDF secret" not in answer.content
    b_feed = pull_all(hq.url, sign_in(hq.url, b.emails["volunteer"])[0])
    assert [c["fields"]["given_name"] for c in b_feed] == [f"Secret{i}" for i in range(5)]


def b_invite_id(hq, org):
    from sistercommittee.hq import members

    return members.list_invitations(hq.db, org.id)[0].id


# --- a change that commits late is never skipped --------------------------------------------


class SlowCommit(HqDatabase):
    """Holds the commit of writes made on the thread named "slow" until ``release`` is set;
    ``holding`` says it holds, ``fast_writing`` that the thread named "fast" began its write."""

    release = threading.Event()
    holding = threading.Event()
    fast_writing = threading.Event()

    @contextmanager
    def write(self):
        if threading.current_thread().name == "fast":
            self.fast_writing.set()  # from here it waits for the counter the slow push holds
        with super().write() as connection:
            yield connection
            if threading.current_thread().name == "slow":
                self.holding.set()
                self.release.wait(10)


def check_late_commit_is_not_skipped(url: str) -> None:
    db = SlowCommit(url)
    db.upgrade()
    db.release, db.holding, db.fast_writing = (
        threading.Event(),
        threading.Event(),
        threading.Event(),
    )
    org = make_org(db)
    server = ServerThread(db).start()
    try:
        writer_headers, writer = sign_in(server.url, org.emails["coordinator"])
        reader_headers, _ = sign_in(server.url, org.emails["volunteer"])
        from sistercommittee.hq.feed import authenticate

        caller = authenticate(db, writer_headers["Authorization"].split()[1])
        slow = threading.Thread(
            name="slow",
            target=feed.push,
            args=(db, caller, "batch-slow", [volunteer_change(writer, "First")]),
        )
        fast = threading.Thread(
            name="fast",
            target=feed.push,
            args=(db, caller, "batch-fast", [volunteer_change(writer, "Second")]),
        )
        slow.start()
        assert db.holding.wait(30)  # the slow push holds the counter
        fast.start()
        assert db.fast_writing.wait(30)
        page = httpx.get(
            f"{server.url}/v1/changes", headers=reader_headers, params={"after": 0}
        ).json()
        assert page["changes"] == [] and page["next_cursor"] == 0
        db.release.set()
        slow.join(10)
        fast.join(10)
        changes = pull_all(server.url, reader_headers)
        assert [(c["seq"], c["fields"]["given_name"]) for c in changes] == [
            (1, "First"),
            (2, "Second"),
        ]
    finally:
        db.release.set()
        server.stop()
        db.dispose()


def test_late_commit_is_not_skipped_on_sqlite(tmp_path):
    check_late_commit_is_not_skipped(f"sqlite:///{tmp_path / 'hq.sqlite'}")


def test_feed_positions_are_consecutive(hq, org):
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    threads = [
        threading.Thread(
            target=push,
            args=(hq.url, headers, [volunteer_change(device, f"T{i}-{j}") for j in range(3)]),
        )
        for i in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other, _ = sign_in(hq.url, org.emails["volunteer"])
    assert [c["seq"] for c in pull_all(hq.url, other)] == list(range(1, 19))


def test_the_server_logs_neither_passwords_nor_tokens(hq, org, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    token = headers["Authorization"].split()[1]
    httpx.post(
        f"{hq.url}/v1/login",
        json={
            "email": org.emails["coordinator"],
            "password": "wrong password!",
            "device_id": device,
        },
    )
    push(hq.url, headers, [volunteer_change(device)])
    httpx.get(f"{hq.url}/v1/changes", headers=headers)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (PASSWORD, "wrong password!", token):
        assert secret not in logged
