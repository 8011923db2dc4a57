"""`sistercommittee-hq`: administration from the command line."""

from __future__ import annotations

import io

import pytest

from sistercommittee.hq.cli import main
from tests.hq.helpers import sign_in


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'hq.sqlite'}"


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_organizations_users_and_devices(url, capsys, monkeypatch):
    assert run(capsys, monkeypatch, "org", "create", "Springfield", "--database-url", url)[0] == 0
    code, out, err = run(capsys, monkeypatch, "org", "create", "Springfield", "--database-url", url)
    assert code == 2 and "already an organization" in err
    code, out, err = run(
        capsys,
        monkeypatch,
        "user",
        "add",
        "--org",
        "Springfield",
        "--email",
        "Ann@Example.org",
        "--role",
        "read-only",
        "--database-url",
        url,
        stdin="a long enough password\n",
    )
    assert code == 0 and "Added ann@example.org as read-only" in out
    code, out, err = run(
        capsys,
        monkeypatch,
        "user",
        "add",
        "--org",
        "Springfield",
        "--email",
        "bo@example.org",
        "--role",
        "boss",
        "--database-url",
        url,
        stdin="a long enough password\n",
    )
    assert code == 2 and "role must be one of" in err
    code, out, err = run(
        capsys,
        monkeypatch,
        "user",
        "add",
        "--org",
        "Springfield",
        "--email",
        "bo@example.org",
        "--role",
        "volunteer",
        "--database-url",
        url,
        stdin="short\n",
    )
    assert code == 2 and "at least 10 characters" in err
    assert (
        "ann@example.org"
        in run(capsys, monkeypatch, "user", "list", "--org", "Springfield", "--database-url", url)[
            1
        ]
    )
    assert (
        run(
            capsys,
            monkeypatch,
            "user",
            "role",
            "--email",
            "ann@example.org",
            "--role",
            "coordinator",
            "--database-url",
            url,
        )[0]
        == 0
    )
    assert (
        "coordinator"
        in run(capsys, monkeypatch, "user", "list", "--org", "Springfield", "--database-url", url)[
            1
        ]
    )
    code, out, err = run(
        capsys,
        monkeypatch,
        "user",
        "reset-password",
        "--email",
        "ann@example.org",
        "--sign-out",
        "--database-url",
        url,
        stdin="another long password\n",
    )
    assert code == 0
    code, out, err = run(
        capsys,
        monkeypatch,
        "user",
        "remove",
        "--email",
        "nobody@example.org",
        "--database-url",
        url,
    )
    assert code == 2 and "no user" in err
    assert (
        run(
            capsys,
            monkeypatch,
            "user",
            "remove",
            "--email",
            "ann@example.org",
            "--database-url",
            url,
        )[0]
        == 0
    )
    assert "Springfield" in run(capsys, monkeypatch, "org", "list", "--database-url", url)[1]
    code, out, err = run(
        capsys,
        monkeypatch,
        "device",
        "revoke",
        "0193aaaa-0000-7000-8000-000000000000",
        "--database-url",
        url,
    )
    assert code == 2 and "no signed-in device" in err


def test_the_database_comes_from_the_environment(url, capsys, monkeypatch):
    monkeypatch.setenv("SISTERCOMMITTEE_HQ_DATABASE_URL", url)
    assert run(capsys, monkeypatch, "migrate")[1].startswith("The database schema is up to date")
    monkeypatch.delenv("SISTERCOMMITTEE_HQ_DATABASE_URL")
    code, _out, err = run(capsys, monkeypatch, "org", "list")
    assert code == 2 and "--database-url" in err


def test_devices_are_listed_and_revoked(hq, capsys, monkeypatch):
    url = str(hq.db.engine.url)
    run(capsys, monkeypatch, "org", "create", "Shelbyville", "--database-url", url)
    run(
        capsys,
        monkeypatch,
        "user",
        "add",
        "--org",
        "Shelbyville",
        "--email",
        "cy@example.org",
        "--role",
        "volunteer",
        "--database-url",
        url,
        stdin="a long enough password\n",
    )
    monkeypatch.setattr("tests.hq.helpers.PASSWORD", "a long enough password")
    headers, device = sign_in(hq.url, "cy@example.org")
    listed = run(
        capsys, monkeypatch, "device", "list", "--org", "Shelbyville", "--database-url", url
    )[1]
    assert device in listed and "cy@example.org" in listed
    assert run(capsys, monkeypatch, "device", "revoke", device, "--database-url", url)[0] == 0
    import httpx

    assert httpx.get(f"{hq.url}/v1/session", headers=headers).status_code == 401


def test_an_unexpected_error_gives_a_sentence_not_a_traceback(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a-folder.db").mkdir()  # a database "file" that is a folder
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "sistercommittee.hq.cli",
            "--database-url",
            f"sqlite:///{tmp_path / 'a-folder.db'}",
            "org",
            "list",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode != 0
    assert "Traceback" not in completed.stderr
    assert "--debug" in completed.stderr or "HQ" in completed.stderr
