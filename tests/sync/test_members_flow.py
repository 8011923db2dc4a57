"""The committee runs its own members, end to end on a real HQ on 127.0.0.1 with mail through a
local SMTP server, all from the laptops' command line (no shell on HQ): a coordinator on a fresh
laptop invites two volunteers, both join with their codes and sync, one resets a forgotten
password, and a removed member's laptop is signed out at its next sync."""

from __future__ import annotations

import json

from sistercommittee.hq import members as hq_members
from tests.hq.mail_server import code_in
from tests.sync.cli_run import run

COORDINATOR_PASSWORD = "coordinator's own password"
ANN_PASSWORD = "ann chose this one"
BO_PASSWORD = "bo chose another"
BO_NEW_PASSWORD = "bo remembers this now"


def test_a_committee_invites_joins_resets_and_removes(
    mailing_hq, smtp, tmp_path, capsys, monkeypatch, memory_keyring
):
    hq = mailing_hq
    server = hq.url

    def cli(*argv: str, stdin: str = "", ok: bool = True) -> tuple[int, str, str]:
        answer = run(capsys, monkeypatch, *argv, stdin=stdin)
        if ok:
            assert answer[0] == 0, answer
        return answer

    # HQ's staff made the organization and its first coordinator's invitation (the console's
    # service); the code reaches the coordinator by mail.
    org_id = hq_members_org(hq)
    first = hq_members.create_invitation(hq.db, org_id, "cora@example.org", "coordinator")

    # The coordinator's fresh laptop: the committee's database, signed in with the invitation.
    cora = str(tmp_path / "cora.sqlite")
    cli("--db", cora, "init", "--org", "Springfield", "--city", "Springfield", "--country", "US")
    cli("--db", cora, "volunteer", "add", "--given-name", "Hana", "--family-name", "Mori")
    code, out, _ = cli(
        "--db",
        cora,
        "sync",
        "login",
        "--server",
        server,
        "--invitation",
        first.code.lower(),
        stdin=COORDINATOR_PASSWORD + "\n",
    )
    assert "Signed in to Springfield Sister Cities" in out and "cora@example.org" in out
    cli("--db", cora, "sync")

    # Two volunteers invited from the coordinator's laptop: the codes print, and HQ mails them.
    code, ann_code, err = cli(
        "--db", cora, "members", "invite", "--email", "ann@example.org", "--role", "volunteer"
    )
    ann_code = ann_code.strip()
    assert "Invited ann@example.org as volunteer" in err and "mailed" in err
    code, out, _ = cli(
        "--db",
        cora,
        "members",
        "invite",
        "--email",
        "Bo@Example.org",
        "--role",
        "volunteer",
        "--json",
    )
    bo_code = json.loads(out)["code"]
    assert code_in(smtp.to("bo@example.org")[0]) == bo_code
    assert code_in(smtp.to("ann@example.org")[0]) == ann_code

    # Both join on their own laptops with their codes, and their first sync brings the records.
    ann, bo = str(tmp_path / "ann.sqlite"), str(tmp_path / "bo.sqlite")
    for path, invitation, password in ((ann, ann_code, ANN_PASSWORD), (bo, bo_code, BO_PASSWORD)):
        code, out, _ = cli(
            "sync",
            "join",
            "--server",
            server,
            "--invitation",
            invitation,
            "--db",
            path,
            stdin=password + "\n",
        )
        assert "for Springfield Sister Cities" in out
        code, out, _ = cli("--db", path, "volunteer", "list", "--json")
        assert [v["given_name"] for v in json.loads(out)] == ["Hana"]
    cli("--db", ann, "volunteer", "add", "--given-name", "Ann's", "--family-name", "Friend")
    cli("--db", ann, "sync")
    cli("--db", bo, "sync")
    code, out, _ = cli("--db", bo, "volunteer", "list", "--json")
    assert sorted(v["given_name"] for v in json.loads(out)) == ["Ann's", "Hana"]
    # A code works once.
    code, _, err = cli(
        "sync",
        "join",
        "--server",
        server,
        "--invitation",
        ann_code,
        "--db",
        str(tmp_path / "again.sqlite"),
        stdin="somebody else's password\n",
        ok=False,
    )
    assert code == 2 and "used already" in err

    # The members as the coordinator sees them: roles, last sync, laptops.
    code, out, _ = cli("--db", cora, "members", "list", "--json")
    listed = json.loads(out)
    assert listed["your_role"] == "coordinator"
    assert {m["email"]: m["role"] for m in listed["members"]} == {
        "cora@example.org": "coordinator",
        "ann@example.org": "volunteer",
        "bo@example.org": "volunteer",
    }
    assert all(len(m["devices"]) == 1 and m["last_sync_at"] for m in listed["members"])
    code, out, _ = cli("--db", ann, "members", "list")
    assert "bo@example.org" in out and "only coordinators change members" in out
    code, _, err = cli(
        "--db",
        ann,
        "members",
        "invite",
        "--email",
        "x@example.org",
        "--role",
        "volunteer",
        ok=False,
    )
    assert code == 1 and "Only the organization's coordinators" in err

    # Bo forgot the password: HQ mails a reset code; setting the new password signs out Bo's
    # other laptop, and this one signs in again with it.
    bo_tablet = str(tmp_path / "bo-tablet.sqlite")
    cli("sync", "join", "--server", server, "--email", "bo@example.org", "--db", bo_tablet,
        stdin=BO_PASSWORD + "\n")  # fmt: skip
    code, out, _ = cli(
        "--db", bo, "sync", "reset-password", "--server", server, "--email", "bo@example.org"
    )
    assert "a reset code is on its way" in out
    reset_code = code_in(smtp.to("bo@example.org")[-1])
    code, out, _ = cli(
        "--db",
        bo,
        "sync",
        "reset-password",
        "--server",
        server,
        "--code",
        reset_code,
        stdin=BO_NEW_PASSWORD + "\n",
    )
    assert "The password of bo@example.org is changed" in out and "signed in again" in out
    cli("--db", bo, "sync")
    code, _, err = cli("--db", bo_tablet, "sync", ok=False)
    assert code == 1 and "no longer valid" in err

    # The coordinator removes Ann: her laptop learns it at its next sync.
    code, out, _ = cli("--db", cora, "members", "remove", "ann@example.org")
    assert "1 laptop(s)" in out
    code, _, err = cli("--db", ann, "sync", ok=False)
    assert code == 1 and "no longer valid" in err and "Sign in again" in err
    # A role change, and the coordinator's own reset code for a member.
    code, out, _ = cli("--db", cora, "members", "role", "bo@example.org", "--to", "read-only")
    assert "bo@example.org is now read-only" in out
    code, out, err = cli("--db", cora, "members", "reset-password", "bo@example.org")
    assert hq_members.normalize_code(out.strip()) == out.strip() and "signs out" in err
    code, out, _ = cli("--db", cora, "members", "list", "--json")
    assert {m["email"]: m["role"] for m in json.loads(out)["members"]} == {
        "cora@example.org": "coordinator",
        "bo@example.org": "read_only",
    }


def hq_members_org(hq) -> str:
    from sistercommittee.hq import admin

    return admin.create_organization(hq.db, "Springfield Sister Cities")


def test_new_passwords_and_codes_are_checked_before_hq_is_asked(
    hq, tmp_path, capsys, monkeypatch, memory_keyring
):
    code, _, err = run(
        capsys,
        monkeypatch,
        "sync",
        "join",
        "--server",
        hq.url,
        "--invitation",
        "ABCD-EFGH-JKMN-PQRS",
        "--db",
        str(tmp_path / "new.sqlite"),
        stdin="short\n",
    )
    assert code == 2 and "at least 10 characters" in err
    assert not (tmp_path / "new.sqlite").exists()
    code, _, err = run(
        capsys,
        monkeypatch,
        "sync",
        "join",
        "--server",
        hq.url,
        "--invitation",
        "ABCD-EFGH",
        "--db",
        str(tmp_path / "new.sqlite"),
        stdin="long enough password\n",
    )
    assert code == 2 and "whole invitation code" in err
    code, out, err = run(
        capsys,
        monkeypatch,
        "sync",
        "reset-password",
        "--server",
        hq.url,
        "--email",
        "ann@example.org",
    )
    assert code == 1 and "sends no mail" in out and "coordinator" in out
