from __future__ import annotations

import os
import sqlite3
import subprocess
import sys


def _outbox_count(path) -> int:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT count(*) FROM outbox").fetchone()[0]


def test_init_creates_the_organization_and_refuses_a_second(cli):
    first = cli(
        "init", "--org", "Kyiv Friends", "--city", "Springfield", "--region", "Illinois",
        "--country", "us",
    )  # fmt: skip
    assert first.code == 0, first.err
    stats = cli("stats", "--json").json()
    assert stats["organization"] == "Kyiv Friends"
    second = cli("init", "--org", "Other", "--city", "X", "--country", "US")
    assert second.code == 2
    assert "already belongs to an organization" in second.err


def test_init_with_a_bad_country_creates_no_file(cli):
    result = cli("init", "--org", "X", "--city", "Y", "--country", "Atlantis")
    assert result.code == 2
    assert "Country 'Atlantis' is not a country" in result.err
    assert not cli.db_path.exists()


def test_volunteer_round_trip(cli_org):
    added = cli_org("volunteer", "add", "--given-name", "Olena", "--family-name", "Коваль",
                    "--email", "olena@example.org", "--phone", "+380 44 123 4567",
                    "--languages", "uk:native, en:fluent", "--skills", "translation", "--json")
    assert added.code == 0, added.err
    volunteer_id = added.json()["id"]

    listed = cli_org("volunteer", "list", "--json", "--language", "uk")
    assert [row["id"] for row in listed.json()] == [volunteer_id]
    assert listed.json()[0]["family_name"] == "Коваль"

    edited = cli_org("volunteer", "edit", volunteer_id, "--email", "o.koval@example.org",
                     "--active", "no")
    assert edited.code == 0, edited.err
    shown = cli_org("volunteer", "show", volunteer_id, "--json").json()
    assert shown["id"] == volunteer_id
    assert shown["email"] == "o.koval@example.org"
    assert shown["active"] is False
    assert shown["phone"] == "+380441234567"

    table = cli_org("volunteer", "list")
    assert "Olena Коваль" in table.out

    deleted = cli_org("volunteer", "delete", volunteer_id)
    assert deleted.code == 0
    assert cli_org("volunteer", "list", "--json").json() == []
    gone = cli_org("volunteer", "show", volunteer_id)
    assert gone.code == 2 and "no volunteer with id" in gone.err


def test_bad_input_names_each_field_exits_2_and_writes_nothing(cli_org):
    before = _outbox_count(cli_org.db_path)
    result = cli_org("volunteer", "add", "--given-name", "", "--email", "nope",
                     "--consent-date", "31/31/2026")
    assert result.code == 2
    assert "Given name is required." in result.err
    assert "Email 'nope' is not an email address" in result.err
    assert "Consent date '31/31/2026' is not a date" in result.err
    assert _outbox_count(cli_org.db_path) == before


def test_edit_with_nothing_to_change_is_refused(cli_org):
    volunteer_id = cli_org("volunteer", "add", "--given-name", "A", "--json").json()["id"]
    result = cli_org("volunteer", "edit", volunteer_id)
    assert result.code == 2
    assert "Nothing to change" in result.err


def test_dates_in_the_users_locale(cli_org):
    volunteer_id = cli_org("volunteer", "add", "--given-name", "Hans", "--contact-consent", "yes",
                           "--consent-date", "24.11.2026", "--json",
                           ).json()["id"] if False else None
    german = cli_org("volunteer", "add", "--given-name", "Hans", "--contact-consent", "yes",
                     "--consent-date", "24.11.2026", "--json", env={"LANG": "de_DE.UTF-8"})
    assert german.code == 0, german.err
    american = cli_org("volunteer", "add", "--given-name", "Bob", "--contact-consent", "yes",
                       "--consent-date", "11/24/2026", "--json", env={"LANG": "en_US.UTF-8"})
    assert american.code == 0, american.err
    for result in (german, american):
        shown = cli_org("volunteer", "show", result.json()["id"], "--json").json()
        assert shown["consent_date"] == "2026-11-24"
    assert volunteer_id is None


def test_missing_database_and_foreign_file(cli, tmp_path):
    result = cli("volunteer", "list")
    assert result.code == 2 and "There is no database" in result.err
    assert not cli.db_path.exists()
    cli.db_path.write_text("a shopping list")
    result = cli("volunteer", "list")
    assert result.code == 2 and "not a SisterCommittee database" in result.err
    assert cli.db_path.read_text() == "a shopping list"


def test_no_display_gives_a_sentence_not_a_crash(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    completed = subprocess.run(
        [sys.executable, "-m", "sistercommittee", "--db", str(tmp_path / "x.sqlite")],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert completed.returncode == 2
    assert "no screen" in completed.stderr
    assert "Traceback" not in completed.stderr


def test_unknown_option_exits_2_with_usage(cli_org):
    result = cli_org("volunteer", "add", "--shoe-size", "42")
    assert result.code == 2
    assert "unrecognized arguments: --shoe-size" in result.err


def test_first_command_of_the_day_keeps_a_backup(cli_org):
    from sistercommittee.services.backups import backups_dir, list_backups

    assert cli_org("volunteer", "list").code == 0
    assert cli_org("stats").code == 0
    daily = [b for b in list_backups(cli_org.db_path, backups_dir()) if b.reason == "daily"]
    assert len(daily) == 1
