"""The import, export-list, backup and restore commands, run for real in a subprocess.

Each run of the command costs a second or more of start-up, so each test walks through several
steps of one story.
"""

from __future__ import annotations

import csv
from pathlib import Path

from tests.data_safety.conftest import ROSTER, count, write_csv


def test_import_refused_then_mapped_then_done_then_again(cli_org, tmp_path):
    rows = [["Who", "Mail", "Shoe"], *[[f"{r[0]} {r[1]}", r[2]] for r in ROSTER[1:]],
            ["Bob", "bob@", "44"]]
    path = write_csv(tmp_path / "roster.csv", rows, encoding="cp1252", delimiter=";")
    refused = cli_org("import", "volunteers", str(path), "--map", "Who=name")
    assert refused.code == 2
    assert "Read roster.csv (CSV, Windows-1252, separated by semicolons): 4 rows." in refused.out
    assert "  Mail → Email" in refused.out
    assert "  Shoe → (not imported)" in refused.out
    assert "Row 5, column 'Mail': Email 'bob@' is not an email address." in refused.out
    assert "Nothing was imported: 1 row of 4 has problems" in refused.err
    assert "--skip-bad-rows to import the other 3" in refused.err
    assert count(cli_org.db_path, "volunteers") == 0

    done = cli_org("import", "volunteers", str(path), "--map", "Who=name", "--skip-bad-rows")
    assert done.code == 0, done.err
    assert "Imported: added 3 volunteers, left out 1 bad row (5)." in done.out
    assert "The database as it was before is backed up in" in done.out

    again = cli_org("import", "volunteers", str(path), "--map", "Who=name", "--skip-bad-rows",
                    "--json")
    assert again.code == 0, again.err
    assert again.json() == {"added": 0, "merged": 0, "unchanged": 3, "skipped_duplicates": 0,
                            "skipped_bad_rows": [5], "backup": None}
    assert count(cli_org.db_path, "volunteers") == 3


def test_unmapped_file_and_not_a_table(cli_org, tmp_path):
    path = write_csv(tmp_path / "roster.csv", [["Who", "Mail"], ["Jane", "j@example.org"]])
    unmapped = cli_org("import", "volunteers", str(path), "--dry-run")
    assert unmapped.code == 2
    assert "No column is mapped to Given name or Full name" in unmapped.err
    photo = tmp_path / "photo.csv"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = cli_org("import", "volunteers", str(photo))
    assert result.code != 0
    assert "is not a text file" in result.err


def test_export_backup_restore(cli_org, tmp_path):
    backup = tmp_path / "before.sqlite"
    assert cli_org("backup", "--out", str(backup)).code == 0
    rows = [["Name", "Email"], ["=cmd|' /C calc'!A0", "x@example.org"]]
    assert cli_org("import", "volunteers", str(write_csv(tmp_path / "r.csv", rows))).code == 0

    out = tmp_path / "volunteers.csv"
    result = cli_org("export-list", "volunteers", "--format", "csv", "--out", str(out))
    assert result.code == 0, result.err
    assert f"Exported 1 row of volunteers to {out}" in result.out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["Name"] == "'=cmd|' /C calc'!A0"

    listing = cli_org("backup", "--list")
    assert "Before an import" in listing.out

    restored = cli_org("restore", str(backup))  # stdin is not a terminal: no question
    assert restored.code == 0, restored.err
    assert "The database as it was before is backed up in" in restored.out
    assert count(cli_org.db_path, "volunteers") == 0

    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    refused = cli_org("restore", str(bad), "--yes")
    assert refused.code == 2
    assert "not a SisterCommittee database" in refused.err


def test_backup_list_as_json_names_every_backup(cli_org, tmp_path):
    import json
    from datetime import datetime

    for _ in range(3):
        made = cli_org("backup")
        assert made.code == 0, made.err
    listing = cli_org("backup", "--list", "--json")
    assert listing.code == 0, listing.err
    backups = json.loads(listing.out)  # the whole list, valid JSON
    assert len(backups) >= 3  # and the day's first backup, made when the command opened it
    assert all(Path(item["path"]).is_file() for item in backups)
    assert {item["reason"] for item in backups} >= {"manual"}
    for item in backups:
        assert item["database"] == cli_org.db_path.stem
        assert datetime.fromisoformat(item["made_at"]).tzinfo is not None
        assert item["size"] == Path(item["path"]).stat().st_size
        assert item["description"]
    times = [item["made_at"] for item in backups]
    assert times == sorted(times, reverse=True)  # newest first
