"""The delegation planner and meeting times through the command line, in-process."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from tests.cli.test_cli_records import run  # noqa: F401  (the fixture)


def _exchange(run, direction: str = "outbound", starts: date | None = None) -> tuple[str, str]:  # noqa: F811
    pid = run.new_id(
        "partnership",
        "add",
        "--city-name",
        "Besançon",
        "--country",
        "FR",
        "--time-zone",
        "Europe/Paris",
    )
    first = starts or date.today() + timedelta(days=90)
    xid = run.new_id(
        "exchange",
        "add",
        "--title",
        "Youth ambassadors",
        "--direction",
        direction,
        "--program",
        "youth",
        "--partnership-id",
        pid,
        "--starts-on",
        first.isoformat(),
        "--ends-on",
        (first + timedelta(days=7)).isoformat(),
    )
    return pid, xid


def test_checklist_ticks_details_and_deadlines(run):  # noqa: F811
    _, xid = _exchange(run)
    student = run.done_id(
        "exchange",
        "participant-add",
        xid,
        "--name",
        "Noah White",
        "--role",
        "student",
        "--is-youth",
        "yes",
    )
    out = run("exchange", "checklist", xid)
    assert "0 of" in out and "Parental consent form signed for Noah White" in out
    assert "No personal data of minors is kept for this exchange." in out
    assert f"key: consent/{student}" in out
    run("exchange", "check", xid, f"consent/{student}", "--by", "Ana")
    items = {i["key"]: i for i in json.loads(run("exchange", "checklist", xid, "--json"))}
    assert items[f"consent/{student}"]["status"] == "done"
    assert items[f"consent/{student}"]["done_by"] == "Ana"
    assert items[f"visa/{student}"]["why"].startswith("France: apply 45 days")
    run("exchange", "details", student, "--passport-number", "X1234567", "--gender", "m")
    shown = json.loads(run("exchange", "details", student, "--json"))
    assert (shown["passport_number"], shown["gender"]) == ("X1234567", "male")
    bad = run("exchange", "details", student, "--gender", "perhaps", expect=2)
    assert "Gender: write female, male or other." in bad
    run("exchange", "visa-times", "set", "France", "--days", "60")
    assert "France: 45 days (default)" in run("exchange", "visa-times", "reset", "FR")
    table = run("exchange", "visa-times")
    assert "FR" in table and "default" in table
    due = json.loads(
        run(
            "exchange",
            "deadlines",
            "--until",
            (date.today() + timedelta(days=400)).isoformat(),
            "--json",
        )
    )
    assert {d["kind"] for d in due} >= {"visa", "passport", "insurance"}
    assert f"consent/{student}" not in {d["key"] for d in due}
    added = run(
        "exchange",
        "checklist-add",
        xid,
        "--title",
        "Book the bus",
        "--due",
        date.today().isoformat(),
    )
    assert added.startswith("Added custom/")


def test_homestays_emergency_sheet_and_purge(run, tmp_path):  # noqa: F811
    _, xid = _exchange(run, "outbound", date(2025, 5, 10))
    student = run.done_id(
        "exchange",
        "participant-add",
        xid,
        "--name",
        "Noah White",
        "--role",
        "student",
        "--is-youth",
        "yes",
    )
    host = run.done_id(
        "exchange",
        "host-add",
        xid,
        "--family-name",
        "Famille Dubois",
        "--capacity",
        "2",
        "--address",
        "3 rue Battant, Besançon",
    )
    run("exchange", "host-details", host, "--pets", "a cat", "--languages", "fr, en")
    out = run("exchange", "homestays", xid)
    assert "? Noah White: no family fits" in out
    assert "background check of Famille Dubois is not ticked" in out
    run("exchange", "check", xid, f"background/{host}")
    out = run("exchange", "homestays", xid)
    assert "+ Noah White -> Famille Dubois" in out
    run("exchange", "homestays", xid, "--accept", "all")
    assert "= Noah White stays with Famille Dubois" in run("exchange", "homestays", xid)
    sheet = tmp_path / "sheet.pdf"
    run("exchange", "emergency-sheet", xid, "--out", str(sheet))
    assert sheet.read_bytes().startswith(b"%PDF")
    run("exchange", "details", student, "--passport-number", "X1234567")
    due = run("exchange", "purge", "--due")
    assert "Youth ambassadors" in due
    done = run("exchange", "purge", xid, "--by", "Ana")
    assert "Purged the personal data of 1 minor" in done
    assert json.loads(run("exchange", "details", student, "--json"))["passport_number"] is None
    assert "No minors' data is waiting" in run("exchange", "purge", "--due")
    out = run("exchange", "privacy", "--days", "30")
    assert "purged 30 days after the trip" in out


def test_meeting_times_picture_and_event(run):  # noqa: F811
    pid, _ = _exchange(run)
    out = run("partnership", "meeting-times", pid, "--date", "2027-03-16")
    assert "Besançon is 6 hours ahead of Springfield" in out
    assert re.search(r"^  08:00 ## +Tue 14:00 ## +WW$", out, re.MULTILINE)
    assert re.search(r"^  Springfield \(CDT\) +Besançon \(CET\) +both$", out, re.MULTILINE)
    assert "Both at work 08:00–12:00 Tue in Springfield (CDT) = 14:00–18:00 Tue in Besançon" in out
    data = json.loads(run("partnership", "meeting-times", pid, "--date", "2027-03-16", "--json"))
    assert data["slots"][0]["quality"] == "work"
    made = run(
        "partnership",
        "meeting-times",
        pid,
        "--date",
        "2027-03-16",
        "--create",
        "09:00",
        "--minutes",
        "45",
    )
    assert made.startswith("Created the event")
    events = json.loads(run("event", "list", "--json"))
    assert events[0]["title"] == "Video call with Besançon"
    bad = run("partnership", "meeting-times", pid, "--date", "someday", expect=2)
    assert "'someday' is not a date" in bad
