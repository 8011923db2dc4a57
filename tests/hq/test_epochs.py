"""HQ's epoch, checkpoints and snapshots from the server's side: the migration that brings them
(from 0001, with data), the commands that restore and renew, and what the routes answer."""

from __future__ import annotations

import io
import shutil

import httpx
from sqlalchemy import create_engine, text

from sistercommittee.hq import epoch
from sistercommittee.hq.cli import main
from sistercommittee.hq.database import HqDatabase, upgrade
from tests.hq.fixtures import make_org
from tests.hq.helpers import push, sign_in, volunteer_change


def _run(capsys, monkeypatch, *argv):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_migration_from_0001_keeps_the_feed_and_fills_the_checkpoints(tmp_path):
    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        upgrade(connection, "0001")
        connection.execute(
            text(
                "INSERT INTO organizations (id, name, created_at) VALUES ('o1', 'Springfield', "
                "'2026-01-01T00:00:00.000000+00:00')"
            )
        )
        connection.execute(text("INSERT INTO feed_counters VALUES ('o1', 3)"))
        for seq, (device, hlc) in enumerate(
            [
                ("d1", "1764000000000.000001"),
                ("d2", "1764000000000.000002"),
                ("d1", "1764000000000.000003"),
            ],
            start=1,
        ):
            connection.execute(
                text(
                    "INSERT INTO changes VALUES ('o1', :seq, 'volunteers', :row, :hlc, :device, "
                    "'{}', '{}', '2026-01-01T00:00:00.000000+00:00')"
                ),
                {"seq": seq, "row": f"r{seq}", "hlc": hlc, "device": device},
            )
    engine.dispose()
    db = HqDatabase(url)
    db.upgrade()
    assert db.is_current()
    assert epoch.checkpoint(db, "o1", "d1")["device_last_hlc"] == "1764000000000.000003"
    assert epoch.checkpoint(db, "o1", "d2")["device_last_seq"] == 2
    assert epoch.checkpoint(db, "o1", "d3")["device_last_hlc"] is None
    assert len(epoch.checkpoint(db, "o1", "d1")["epochs"]) == 1
    db.dispose()


def test_restore_and_renew_from_the_command_line(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    assert _run(capsys, monkeypatch, "org", "create", "Springfield", "--database-url", url)[0] == 0
    code, first, _ = _run(capsys, monkeypatch, "epoch", "show", "--database-url", url)
    assert code == 0
    for suffix in ("", "-wal"):  # a file copy of the database at rest, with its log
        if (tmp_path / f"hq.sqlite{suffix}").exists():
            shutil.copyfile(tmp_path / f"hq.sqlite{suffix}", tmp_path / f"backup.sqlite{suffix}")
    code, out, _ = _run(
        capsys, monkeypatch, "restore", str(tmp_path / "backup.sqlite"), "--database-url", url
    )
    assert code == 0 and "new epoch" in out
    code, second, _ = _run(capsys, monkeypatch, "epoch", "show", "--database-url", url)
    assert second != first
    code, out, _ = _run(capsys, monkeypatch, "epoch", "renew", "--database-url", url)
    assert code == 0 and "New epoch" in out
    code, out, err = _run(
        capsys, monkeypatch, "restore", str(tmp_path / "nothing.sqlite"), "--database-url", url
    )
    assert code == 2 and "no backup file" in err
    (tmp_path / "text.sqlite").write_text("not a database")
    code, out, err = _run(
        capsys, monkeypatch, "restore", str(tmp_path / "text.sqlite"), "--database-url", url
    )
    assert code == 2 and "cannot be read as an HQ database" in err
    code, out, _ = _run(capsys, monkeypatch, "snapshot", "build", "--database-url", url)
    assert code == 0 and "Springfield: snapshot at position 0" in out


def test_checkpoint_snapshot_and_check_routes(hq):
    org, other = make_org(hq.db), make_org(hq.db)
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    reader, _ = sign_in(hq.url, org.emails["volunteer"])
    outsider, _ = sign_in(hq.url, other.emails["coordinator"])
    assert httpx.get(f"{hq.url}/v1/snapshot", headers=reader).status_code == 404
    changes = [volunteer_change(device, f"V{i}") for i in range(3)]
    assert push(hq.url, headers, changes).status_code == 200

    answer = httpx.get(f"{hq.url}/v1/checkpoint", headers=headers).json()
    assert answer["high_water"] == 3 and answer["device_last_hlc"] == changes[-1]["hlc"]
    lines = httpx.get(f"{hq.url}/v1/snapshot", headers=reader).text.splitlines()
    assert '"position":3' in lines[0] and lines[-1] == '{"end":3}'
    assert sum('"V' in line for line in lines) == 3

    # Another organization's token sees only its own (empty) organization.
    assert httpx.get(f"{hq.url}/v1/snapshot", headers=outsider).status_code == 404
    assert httpx.get(f"{hq.url}/v1/checkpoint", headers=outsider).json()["high_water"] == 0

    agree = httpx.post(
        f"{hq.url}/v1/check", headers=reader, json={"position": 3, "counts": {"volunteers": 3}}
    ).json()
    assert agree["compared"] and agree["mismatches"] == {}
    differ = httpx.post(
        f"{hq.url}/v1/check", headers=reader, json={"position": 3, "counts": {"volunteers": 2}}
    ).json()
    assert differ["mismatches"] == {"volunteers": [2, 3]}
    ahead = httpx.post(
        f"{hq.url}/v1/check", headers=reader, json={"position": 9, "counts": {"volunteers": 3}}
    ).json()
    assert ahead["compared"] is False
    assert httpx.get(f"{hq.url}/v1/checkpoint").status_code == 401
