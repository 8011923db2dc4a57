"""An organization's members on a real HQ: roles checked on every route, invitations, password
resets, removal, and every action kept inside one organization."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import select, text, update

from sistercommittee.domain.base import utcnow
from sistercommittee.hq import admin, members
from sistercommittee.hq.models import Invitation
from sistercommittee.ids import new_id
from tests.hq.fixtures import PASSWORD, make_org
from tests.hq.helpers import push, sign_in, volunteer_change

NEW_PASSWORD = "a brand new password"


def _join(url, code, password=NEW_PASSWORD, device_id=None):
    return httpx.post(
        f"{url}/v1/join",
        json={"code": code, "password": password, "device_id": device_id or new_id()},
    )


def _invite(url, headers, email, role="volunteer"):
    return httpx.post(f"{url}/v1/invitations", headers=headers, json={"email": email, "role": role})


# --- roles ------------------------------------------------------------------------------------

EXPECTED = {
    ("POST", "/v1/push"): "write",
    ("PUT", "/v1/reports/{year}/{file_name}"): "write",
    ("PUT", "/v1/files/{sha256}"): "write",
    ("GET", "/v1/members"): "read",
    ("POST", "/v1/invitations"): "members",
    ("DELETE", "/v1/invitations/{invitation_id}"): "members",
    ("PUT", "/v1/members/{email}/role"): "members",
    ("DELETE", "/v1/members/{email}"): "members",
    ("POST", "/v1/members/{email}/password-reset"): "members",
}
OPEN = {
    ("GET", "/v1/health"),
    ("POST", "/v1/login"),
    ("POST", "/v1/join"),
    ("POST", "/v1/password-reset/request"),
    ("POST", "/v1/password-reset"),
}


def test_every_route_names_the_permission_it_needs(hq_app):
    """No route takes a token without a role check: each asks for read, write or members."""
    seen = {}
    for route in hq_app.routes:
        if not isinstance(route, APIRoute):
            continue
        needs = set()
        pending = list(route.dependant.dependencies)
        while pending:
            dependency = pending.pop()
            pending.extend(dependency.dependencies)
            if hasattr(dependency.call, "permission"):
                needs.add(dependency.call.permission)
        for method in route.methods:
            if (method, route.path) in OPEN:
                assert not needs
                continue
            assert len(needs) == 1, (method, route.path)
            seen[(method, route.path)] = needs.pop()
    for key, permission in seen.items():
        assert permission == EXPECTED.get(key, "read"), key


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("coordinator", {"read", "write", "members"}),
        ("volunteer", {"read", "write"}),
        ("read_only", {"read"}),
    ],
)
def test_each_role_is_refused_what_it_may_not_do(hq, org, role, allowed):
    headers, device = sign_in(hq.url, org.emails[role])
    answers = {
        "write": push(hq.url, headers, [volunteer_change(device)]),
        "members": _invite(hq.url, headers, f"new.{role}@example.org"),
        "read": httpx.get(f"{hq.url}/v1/members", headers=headers),
    }
    for permission, answer in answers.items():
        if permission in allowed:
            assert answer.status_code < 400, (role, permission, answer.text)
        else:
            assert answer.status_code == 403, (role, permission, answer.text)
            assert answer.json()["detail"].endswith(".")
    for path, method in (
        ("/v1/members/{}/role", "PUT"),
        ("/v1/members/{}", "DELETE"),
        ("/v1/members/{}/password-reset", "POST"),
    ):
        answer = httpx.request(
            method,
            f"{hq.url}{path.format(org.emails['read_only'])}",
            headers=headers,
            json={"role": "volunteer"} if method == "PUT" else None,
        )
        assert (answer.status_code < 400) == ("members" in allowed), (path, answer.text)
        if "members" not in allowed:
            assert "coordinators" in answer.json()["detail"]
        if method == "DELETE" and "members" in allowed:
            break  # the read-only member is gone: nothing left to reset


def test_the_members_list_shows_roles_devices_and_invitations(hq, org):
    coordinator, _ = sign_in(hq.url, org.emails["coordinator"])
    sign_in(hq.url, org.emails["volunteer"])
    assert _invite(hq.url, coordinator, "Zoe@Example.org", "read-only").status_code == 201
    seen, _ = sign_in(hq.url, org.emails["read_only"])
    listed = httpx.get(f"{hq.url}/v1/members", headers=seen).json()
    assert listed["you"] == org.emails["read_only"] and listed["your_role"] == "read_only"
    by_email = {m["email"]: m for m in listed["members"]}
    assert {by_email[e]["role"] for e in org.emails.values()} == set(org.emails)
    volunteer = by_email[org.emails["volunteer"]]
    assert len(volunteer["devices"]) == 1 and volunteer["devices"][0]["signed_in"]
    assert volunteer["last_sync_at"] is not None
    assert [(i["email"], i["role"]) for i in listed["invitations"]] == [
        ("zoe@example.org", "read_only")
    ]


# --- invitations ------------------------------------------------------------------------------


def test_an_invitation_makes_the_account_once(hq, org):
    coordinator, _ = sign_in(hq.url, org.emails["coordinator"])
    issued = _invite(hq.url, coordinator, "new@example.org").json()
    assert not issued["emailed"]
    assert len(issued["code"]) == 19 and issued["code"].count("-") == 3
    expires = issued["expires_at"]
    assert expires.startswith((utcnow() + timedelta(days=14)).date().isoformat())
    # Typed as a person might: lower case, spaces, O for zero.
    typed = issued["code"].lower().replace("-", " ").replace("0", "o")
    short = _join(hq.url, typed, password="short")
    assert short.status_code == 422 and "password" in short.json()["detail"]
    joined = _join(hq.url, typed)
    assert joined.status_code == 200, joined.text
    body = joined.json()
    assert body["user"] == {"email": "new@example.org", "role": "volunteer"}
    assert body["organization"]["id"] == org.id
    headers = {"Authorization": f"Bearer {body['token']}"}
    assert httpx.get(f"{hq.url}/v1/session", headers=headers).status_code == 200
    again = _join(hq.url, issued["code"])
    assert again.status_code == 409 and "used already" in again.json()["detail"]
    # The password chosen is the account's.
    login = httpx.post(
        f"{hq.url}/v1/login",
        json={"email": "new@example.org", "password": NEW_PASSWORD, "device_id": new_id()},
    )
    assert login.status_code == 200


def test_codes_are_stored_only_hashed(hq, org):
    coordinator, _ = sign_in(hq.url, org.emails["coordinator"])
    code = _invite(hq.url, coordinator, "new@example.org").json()["code"]
    reset = httpx.post(
        f"{hq.url}/v1/members/{org.emails['volunteer']}/password-reset", headers=coordinator
    ).json()["code"]
    with hq.db.read() as connection:
        for table in ("invitations", "password_resets"):
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                for value in row:
                    for secret in (code, reset, code.replace("-", ""), reset.replace("-", "")):
                        assert secret not in str(value)


def test_an_expired_replaced_or_unknown_invitation_is_refused_with_what_to_do(hq, org):
    coordinator, _ = sign_in(hq.url, org.emails["coordinator"])
    first = _invite(hq.url, coordinator, "late@example.org").json()["code"]
    second = _invite(hq.url, coordinator, "late@example.org").json()["code"]
    replaced = _join(hq.url, first)
    assert replaced.status_code == 409 and "replaced" in replaced.json()["detail"]
    with hq.db.write() as connection:
        connection.execute(
            update(Invitation)
            .where(Invitation.email == "late@example.org", Invitation.cancelled_at.is_(None))
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    expired = _join(hq.url, second)
    assert expired.status_code == 409 and "expired" in expired.json()["detail"]
    unknown = _join(hq.url, "ABCD-EFGH-JKMN-PQRS")
    assert unknown.status_code == 409 and "not known" in unknown.json()["detail"]
    # The list no longer offers either.
    assert httpx.get(f"{hq.url}/v1/members", headers=coordinator).json()["invitations"] == []
    existing = _invite(hq.url, coordinator, org.emails["volunteer"])
    assert existing.status_code == 409 and "already an HQ account" in existing.json()["detail"]


def test_guessing_codes_is_rate_limited(hq, org):
    for _ in range(5):
        assert _join(hq.url, "ZZZZ-ZZZZ-ZZZZ-ZZZZ").status_code == 409
    limited = _join(hq.url, "ZZZZ-ZZZZ-ZZZZ-ZZZZ")
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0


def test_a_cancelled_invitation_no_longer_works(hq, org):
    coordinator, _ = sign_in(hq.url, org.emails["coordinator"])
    code = _invite(hq.url, coordinator, "maybe@example.org").json()["code"]
    pending = httpx.get(f"{hq.url}/v1/members", headers=coordinator).json()["invitations"]
    gone = httpx.delete(f"{hq.url}/v1/invitations/{pending[0]['id']}", headers=coordinator)
    assert gone.status_code == 204
    assert _join(hq.url, code).status_code == 409


# --- roles, removal, resets -------------------------------------------------------------------


def test_a_role_change_and_the_last_coordinator(hq, org):
    coordinator, _ = sign_in(hq.url, org.emails["coordinator"])
    email = org.emails["read_only"]
    changed = httpx.put(
        f"{hq.url}/v1/members/{email}/role", headers=coordinator, json={"role": "volunteer"}
    )
    assert changed.status_code == 200 and changed.json()["role"] == "volunteer"
    # A volunteer now: its pushes go through.
    headers, device = sign_in(hq.url, email)
    assert push(hq.url, headers, [volunteer_change(device)]).status_code == 200
    alone = httpx.put(
        f"{hq.url}/v1/members/{org.emails['coordinator']}/role",
        headers=coordinator,
        json={"role": "volunteer"},
    )
    assert alone.status_code == 409 and "only coordinator" in alone.json()["detail"]
    myself = httpx.delete(f"{hq.url}/v1/members/{org.emails['coordinator']}", headers=coordinator)
    assert myself.status_code == 409 and "yourself" in myself.json()["detail"]


def test_removing_a_member_signs_out_their_laptops(hq, org):
    coordinator, _ = sign_in(hq.url, org.emails["coordinator"])
    email = org.emails["volunteer"]
    laptops = [sign_in(hq.url, email)[0] for _ in range(2)]
    removed = httpx.delete(f"{hq.url}/v1/members/{email}", headers=coordinator)
    assert removed.json() == {"email": email, "signed_out": 2}
    for headers in laptops:
        answer = httpx.get(f"{hq.url}/v1/session", headers=headers)
        assert answer.status_code == 401 and "no longer valid" in answer.json()["detail"]
    listed = httpx.get(f"{hq.url}/v1/members", headers=coordinator).json()
    assert email not in {m["email"] for m in listed["members"]}


def test_a_reset_sets_the_password_and_signs_out_every_laptop(hq, org):
    coordinator, _ = sign_in(hq.url, org.emails["coordinator"])
    email = org.emails["volunteer"]
    old_laptop, _ = sign_in(hq.url, email)
    first = httpx.post(f"{hq.url}/v1/members/{email}/password-reset", headers=coordinator)
    issued = httpx.post(f"{hq.url}/v1/members/{email}/password-reset", headers=coordinator)
    assert issued.status_code == 201 and issued.json()["email"] == email
    replaced = httpx.post(
        f"{hq.url}/v1/password-reset",
        json={"code": first.json()["code"], "password": NEW_PASSWORD},
    )
    assert replaced.status_code == 409 and "newer one" in replaced.json()["detail"]
    # Until it is used, the old password still works: a reset code alone changes nothing.
    assert httpx.get(f"{hq.url}/v1/session", headers=old_laptop).status_code == 200
    done = httpx.post(
        f"{hq.url}/v1/password-reset",
        json={"code": issued.json()["code"], "password": NEW_PASSWORD},
    )
    assert done.status_code == 200 and done.json() == {"email": email}
    assert httpx.get(f"{hq.url}/v1/session", headers=old_laptop).status_code == 401
    old = httpx.post(
        f"{hq.url}/v1/login", json={"email": email, "password": PASSWORD, "device_id": new_id()}
    )
    assert old.status_code == 401
    new = httpx.post(
        f"{hq.url}/v1/login", json={"email": email, "password": NEW_PASSWORD, "device_id": new_id()}
    )
    assert new.status_code == 200
    used = httpx.post(
        f"{hq.url}/v1/password-reset", json={"code": issued.json()["code"], "password": "x" * 12}
    )
    assert used.status_code == 409


def test_without_mail_a_forgotten_password_is_sent_to_the_coordinator(hq, org):
    assert httpx.get(f"{hq.url}/v1/health").json()["mail"] is False
    answer = httpx.post(
        f"{hq.url}/v1/password-reset/request", json={"email": org.emails["volunteer"]}
    )
    assert answer.status_code == 202 and answer.json()["mail"] is False
    assert "coordinator" in answer.json()["detail"]


# --- one organization at a time -----------------------------------------------------------------


def test_two_organizations_sharing_a_laptop_id_are_revoked_apart(hq, capsys, monkeypatch):
    """A database copied to another committee's laptop keeps its device id: revoking it in one
    organization leaves the other's sign-in alone."""
    from sistercommittee.hq.cli import main

    a, b = make_org(hq.db, "Org A"), make_org(hq.db, "Org B")
    shared = new_id()
    a_headers, _ = sign_in(hq.url, a.emails["volunteer"], shared)
    b_headers, _ = sign_in(hq.url, b.emails["volunteer"], shared)
    url = str(hq.db.engine.url)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(""))
    assert main(["device", "revoke", shared, "--database-url", url]) == 2
    err = capsys.readouterr().err
    assert "more than one organization (Org A, Org B)" in err and "--org" in err
    assert httpx.get(f"{hq.url}/v1/session", headers=a_headers).status_code == 200
    assert main(["device", "revoke", shared, "--org", "Org A", "--database-url", url]) == 0
    assert "of Org A is signed out" in capsys.readouterr().out
    assert httpx.get(f"{hq.url}/v1/session", headers=a_headers).status_code == 401
    assert httpx.get(f"{hq.url}/v1/session", headers=b_headers).status_code == 200
    # The member actions of one organization never reach the other's accounts or devices.
    with pytest.raises(Exception, match="not a member"):
        members.remove_member(hq.db, a.id, b.emails["volunteer"])
    with pytest.raises(Exception, match="not a member"):
        members.issue_reset(hq.db, a.id, b.emails["volunteer"])
    with pytest.raises(Exception, match="no signed-in device"):
        members.revoke_device(hq.db, a.id, shared)  # A's is revoked; B's is not A's to revoke
    assert httpx.get(f"{hq.url}/v1/session", headers=b_headers).status_code == 200
    with pytest.raises(Exception, match="no user"):
        admin.remove_user(hq.db, b.emails["volunteer"], "Org A")
    # One device id left in one organization: no --org needed.
    admin.revoke_device(hq.db, shared)
    assert httpx.get(f"{hq.url}/v1/session", headers=b_headers).status_code == 401


def test_staff_invite_an_organizations_first_coordinator(hq, capsys, monkeypatch):
    """The service the console calls, and the command behind it: the first coordinator joins."""
    from sistercommittee.hq.cli import main

    org_id = admin.create_organization(hq.db, "Brand New Committee")
    issued = members.create_invitation(hq.db, org_id, "first@example.org", "coordinator")
    assert issued.organization == "Brand New Committee"
    joined = _join(hq.url, issued.code).json()
    assert joined["user"]["role"] == "coordinator"
    url = str(hq.db.engine.url)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(""))
    argv = ["user", "invite", "--org", "Brand New Committee", "--email", "second@example.org"]
    assert main([*argv, "--role", "volunteer", "--database-url", url]) == 0
    captured = capsys.readouterr()
    code = captured.out.strip()
    assert "Invited second@example.org to Brand New Committee as volunteer" in captured.err
    with hq.db.read() as connection:
        stored = connection.scalar(
            select(Invitation.code_hash).where(Invitation.email == "second@example.org")
        )
    assert stored == members.code_hash(code)
