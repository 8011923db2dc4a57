"""`sistercommittee sync …` on the command line, with an in-memory keyring."""

from __future__ import annotations

import json

import keyring
from keyring.backends import fail

from sistercommittee.logs import log_file
from sistercommittee.sync.credentials import SERVICE_NAME
from tests.hq.fixtures import PASSWORD
from tests.sync.cli_run import init_committee, run


def test_login_sync_status_and_logout(hq, org, tmp_path, capsys, monkeypatch, memory_keyring):
    db = str(tmp_path / "a.sqlite")
    init_committee(capsys, monkeypatch, db)
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        db,
        "sync",
        "login",
        "--server",
        hq.url,
        "--email",
        org.emails["coordinator"],
        stdin=PASSWORD + "\n",
    )
    assert code == 0, err
    assert f"Signed in to {org.name}" in out
    ((service, _), token) = next(iter(memory_keyring.secrets.items()))
    assert service == SERVICE_NAME and token.startswith("scd_")

    code, out, err = run(capsys, monkeypatch, "--db", db, "sync", "status", "--json")
    status = json.loads(out)
    assert (status["pending_changes"], status["server_url"], status["signed_in"]) == (
        1,
        hq.url,
        True,
    )
    assert status["last_synced_at"] is None

    code, out, err = run(capsys, monkeypatch, "--db", db, "sync")
    assert code == 0 and "Sent 1 change(s)" in out
    code, out, err = run(capsys, monkeypatch, "--db", db, "sync")
    assert "Up to date" in out
    status = json.loads(run(capsys, monkeypatch, "--db", db, "sync", "status", "--json")[1])
    assert status["pending_changes"] == 0 and status["last_synced_at"]

    assert run(capsys, monkeypatch, "--db", db, "sync", "logout")[1].startswith("Signed out of HQ")
    assert memory_keyring.secrets == {}
    code, out, err = run(capsys, monkeypatch, "--db", db, "sync")
    assert code == 1 and "sync login" in err
    # The token never reached the log file.
    assert token not in log_file().read_text(encoding="utf-8")


def test_join_makes_a_new_database_from_hq(hq, org, tmp_path, capsys, monkeypatch, memory_keyring):
    first = str(tmp_path / "first.sqlite")
    init_committee(capsys, monkeypatch, first)
    run(capsys, monkeypatch, "--db", first, "volunteer", "add", "--given-name", "Olena")
    run(
        capsys,
        monkeypatch,
        "--db",
        first,
        "sync",
        "login",
        "--server",
        hq.url,
        "--email",
        org.emails["coordinator"],
        stdin=PASSWORD,
    )
    run(capsys, monkeypatch, "--db", first, "sync")
    joined = str(tmp_path / "joined.sqlite")
    code, out, err = run(
        capsys,
        monkeypatch,
        "sync",
        "join",
        "--server",
        hq.url,
        "--email",
        org.emails["volunteer"],
        "--db",
        joined,
        stdin=PASSWORD,
    )
    assert code == 0, err
    assert f"Made {joined} for {org.name} with 2 change(s)" in out
    listed = run(capsys, monkeypatch, "--db", joined, "volunteer", "list", "--json")[1]
    assert [row["given_name"] for row in json.loads(listed)] == ["Olena"]
    code, out, err = run(
        capsys,
        monkeypatch,
        "sync",
        "join",
        "--server",
        hq.url,
        "--email",
        org.emails["volunteer"],
        "--db",
        joined,
        stdin=PASSWORD,
    )
    assert code == 2 and "already exists" in err


def test_login_on_a_missing_database_points_to_join(
    hq, org, tmp_path, capsys, monkeypatch, memory_keyring
):
    code, _out, err = run(
        capsys,
        monkeypatch,
        "--db",
        str(tmp_path / "none.sqlite"),
        "sync",
        "login",
        "--server",
        hq.url,
        "--email",
        "a@example.org",
    )
    assert code == 2 and "sync join" in err


def test_without_a_secure_store_nothing_is_kept_and_the_user_is_told(
    hq, org, tmp_path, capsys, monkeypatch
):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        db = str(tmp_path / "a.sqlite")
        init_committee(capsys, monkeypatch, db)
        code, _out, err = run(
            capsys,
            monkeypatch,
            "--db",
            db,
            "sync",
            "login",
            "--server",
            hq.url,
            "--email",
            org.emails["coordinator"],
            stdin=PASSWORD,
        )
        assert code == 1
        assert "no secure password store" in err and "never keeps it in a plain file" in err
        status = json.loads(run(capsys, monkeypatch, "--db", db, "sync", "status", "--json")[1])
        assert status["signed_in"] is False and status["server_url"] is None
    finally:
        keyring.set_keyring(previous)


def test_conflicts_restore_and_dismiss(hq, org, tmp_path, capsys, monkeypatch, memory_keyring):
    a, b = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    init_committee(capsys, monkeypatch, a)
    volunteer = json.loads(
        run(capsys, monkeypatch, "--db", a, "volunteer", "add", "--given-name", "Ann", "--json")[1]
    )["id"]
    run(
        capsys,
        monkeypatch,
        "--db",
        a,
        "sync",
        "login",
        "--server",
        hq.url,
        "--email",
        org.emails["coordinator"],
        stdin=PASSWORD,
    )
    run(capsys, monkeypatch, "--db", a, "sync")
    run(
        capsys,
        monkeypatch,
        "sync",
        "join",
        "--server",
        hq.url,
        "--email",
        org.emails["volunteer"],
        "--db",
        b,
        stdin=PASSWORD,
    )
    run(capsys, monkeypatch, "--db", a, "volunteer", "edit", volunteer, "--notes", "from a")
    run(capsys, monkeypatch, "--db", b, "volunteer", "edit", volunteer, "--notes", "from b")
    run(capsys, monkeypatch, "--db", a, "sync")
    _code, out, _err = run(capsys, monkeypatch, "--db", b, "sync")
    assert "changed by two people" in out
    listed = json.loads(run(capsys, monkeypatch, "--db", b, "sync", "conflicts", "--json")[1])
    (conflict,) = listed["items"]
    assert (conflict["field"], conflict["losing_value"], conflict["current_value"]) == (
        "notes",
        "from a",
        "from b",
    )
    table = run(capsys, monkeypatch, "--db", b, "sync", "conflicts")[1]
    assert "from a" in table and "volunteer" in table
    code, out, _err = run(capsys, monkeypatch, "--db", b, "sync", "restore", str(conflict["id"]))
    assert code == 0 and "Restored the notes of volunteer Ann" in out
    assert "No values changed" in run(capsys, monkeypatch, "--db", b, "sync", "conflicts")[1]
    code, out, _err = run(capsys, monkeypatch, "--db", b, "sync", "dismiss", "999")
    assert code == 2


def test_upload_report(hq, org, tmp_path, capsys, monkeypatch, memory_keyring):
    db = str(tmp_path / "a.sqlite")
    init_committee(capsys, monkeypatch, db)
    run(
        capsys,
        monkeypatch,
        "--db",
        db,
        "sync",
        "login",
        "--server",
        hq.url,
        "--email",
        org.emails["coordinator"],
        stdin=PASSWORD,
    )
    report = tmp_path / "annual-report-2026.pdf"
    report.write_bytes(b"%PDF-1.4 annual")
    code, out, err = run(
        capsys, monkeypatch, "--db", db, "sync", "upload-report", str(report), "--year", "2026"
    )
    assert code == 0, err
    assert "Sent annual-report-2026.pdf to HQ as the 2026 annual report" in out
    from sistercommittee.storage.database import open_database
    from sistercommittee.sync.credentials import KeyringStore
    from sistercommittee.sync.service import list_reports

    opened = open_database(tmp_path / "a.sqlite")
    try:
        (stored,) = list_reports(opened, KeyringStore(), 2026)
        assert (stored["file_name"], stored["kind"], stored["size"]) == (
            "annual-report-2026.pdf",
            "annual_report",
            15,
        )
    finally:
        opened.close()
