"""Every kind of record through the command line, in-process (the subprocess tests in
test_cli_basics.py cover start-up, exit codes and the absence of tracebacks)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sistercommittee.cli.main import main


class InProcess:
    def __init__(self, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db_path = db_path
        self.capsys = capsys

    def __call__(self, *args: str, expect: int = 0) -> str:
        code = main(["--db", str(self.db_path), *args])
        captured = self.capsys.readouterr()
        assert code == expect, captured.err
        assert "Traceback" not in captured.err
        return captured.out if expect == 0 else captured.err

    def new_id(self, *args: str) -> str:
        return json.loads(self(*args, "--json"))["id"]

    def done_id(self, *args: str) -> str:
        match = re.search(r"\(([0-9a-f-]{36})\)", self(*args))
        assert match, "no id printed"
        return match[1]


@pytest.fixture
def run(db_path: Path, capsys: pytest.CaptureFixture[str]) -> InProcess:
    runner = InProcess(db_path, capsys)
    runner("init", "--org", "Springfield Sister Cities", "--city", "Springfield", "--country",
           "US", "--time-zone", "America/Chicago")
    return runner


def test_partnership_lifecycle_contacts_and_mou(run, tmp_path):
    pid = run.new_id("partnership", "add", "--city-name", "Takayama", "--city-name-local", "高山市",
                     "--country", "JP", "--status", "active", "--signed-on", "2019-05-03",
                     "--focus-areas", "culture, education_youth")
    rows = json.loads(run("partnership", "list", "--json", "--country", "JP"))
    assert [(r["id"], r["city_name_local"], r["country"]) for r in rows] == [(pid, "高山市", "JP")]

    run("partnership", "edit", pid, "--region", "Gifu")
    run("partnership", "status", pid, "--to", "dormant", "--note", "no visits since 2020")
    detail = json.loads(run("partnership", "show", pid, "--json"))
    assert detail["region"] == "Gifu" and detail["status"] == "dormant"
    assert [step["to_status"] for step in detail["history"]] == ["active", "dormant"]
    refused = run("partnership", "status", pid, "--to", "proposed", expect=2)
    assert "active" in refused  # names the statuses that may follow

    contact = run.done_id("partnership", "contact-add", pid, "--name", "佐藤 健", "--email",
                          "sato@example.jp", "--phone", "0577-32-3333")
    detail = json.loads(run("partnership", "show", pid, "--json"))
    assert detail["contacts"][0]["phone"] == "+81577323333"  # read as a Japanese number
    run("partnership", "contact-delete", contact)

    mou = run.new_id("mou", "add", "--partnership-id", pid, "--signed-on", "2019-05-03",
                     "--signed-place", "Takayama City Hall")
    run("mou", "signatory-add", mou, "--side", "partner", "--name", "Michihiro Kunishima",
        "--name-local", "國島芳明", "--title", "Mayor", "--title-local", "市長")
    run("mou", "text-set", mou, "ja", "--text", "両市は友好と交流を誓います。")
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n% signed copy\n")
    run("mou", "scan-add", mou, str(scan))
    detail = json.loads(run("mou", "show", mou, "--json"))
    assert detail["signatories"][0]["title_local"] == "市長"
    assert [t["language"] for t in detail["texts"]] == ["ja"]
    assert detail["scans"][0]["file_name"] == "signed.pdf"

    run("partnership", "delete", pid, expect=0)
    assert json.loads(run("partnership", "list", "--json")) == []


def test_event_with_staffing_budget_and_hours(run):
    pid = run.new_id("partnership", "add", "--city-name", "Poltava", "--city-name-local",
                     "Полтава", "--country", "UA")
    vid = run.new_id("volunteer", "add", "--given-name", "Aiko", "--family-name", "Sato")
    eid = run.new_id("event", "add", "--title", "Harvest Festival", "--kind", "festival",
                     "--starts-at", "2025-09-20 10:00", "--ends-at", "2025-09-20 16:00",
                     "--partnerships", pid, "--venue", "Washington Park")
    shift = run.done_id("event", "shift-add", eid, "--role", "Ticket desk",
                        "--starts-at", "2025-09-20 10:00", "--ends-at", "2025-09-20 14:00")
    run("event", "shift-assign", shift, vid)
    run("event", "budget-add", eid, "--direction", "income", "--category", "tickets",
        "--actual", "1,250.50")
    run("event", "edit", eid, "--attendance", "850", "--outcome", "Sold out")
    detail = json.loads(run("event", "show", eid, "--json"))
    assert detail["starts_at"] == "2025-09-20T15:00:00+00:00"  # 10:00 in Chicago, in UTC
    assert detail["shifts"][0]["volunteer_name"] == "Aiko Sato"
    assert detail["budget_lines"][0]["actual_minor"] == 125050
    assert detail["partnerships"][0]["city_name_local"] == "Полтава"

    out = run("event", "log-staff-hours", eid)
    assert "Logged 4 hours for 1 volunteers" in out
    hours = json.loads(run("hours", "list", "--json", "--volunteer-id", vid))
    assert [(h["minutes"], h["event_title"]) for h in hours] == [(240, "Harvest Festival")]
    run("hours", "log", "--volunteer-id", vid, "--activity", "Translating letters",
        "--worked-on", "2025-10-01", "--hours", "1:30", "--kind", "translation")
    assert json.loads(run("volunteer", "show", vid, "--json"))["minutes_total"] == 330

    events = json.loads(run("event", "list", "--json", "--date-from", "2025-09-01",
                            "--date-to", "2025-09-30"))
    assert [e["id"] for e in events] == [eid]
    bad = run("event", "add", "--title", "Backwards", "--starts-at", "2025-09-20 16:00",
              "--ends-at", "2025-09-20 10:00", expect=2)
    assert "before the start" in bad


def test_exchange_with_participants_hosts_stays_itinerary_and_costs(run):
    pid = run.new_id("partnership", "add", "--city-name", "Luxor", "--city-name-local", "الأقصر",
                     "--country", "EG")
    xid = run.new_id("exchange", "add", "--title", "Youth delegation", "--direction", "inbound",
                     "--program", "youth", "--partnership-id", pid, "--starts-on", "2026-07-01",
                     "--ends-on", "2026-07-10")
    student = run.done_id("exchange", "participant-add", xid, "--name", "Omar Hassan",
                          "--role", "student", "--is-youth", "yes")
    host = run.done_id("exchange", "host-add", xid, "--family-name", "Miller", "--capacity", "1")
    run("exchange", "stay-add", xid, student, host, "2026-07-01", "2026-07-10")
    second = run.done_id("exchange", "participant-add", xid, "--name", "Laila Nabil",
                         "--role", "student", "--is-youth", "yes")
    full = run("exchange", "stay-add", xid, second, host, "2026-07-03", "2026-07-05", expect=2)
    assert "Miller" in full
    run("exchange", "itinerary-add", xid, "--title", "Welcome at City Hall",
        "--starts-at", "2026-07-02 10:00")
    run("exchange", "cost-add", xid, "--category", "travel", "--amount", "450")
    detail = json.loads(run("exchange", "show", xid, "--json"))
    assert len(detail["participants"]) == 2
    assert detail["host_families"][0]["stays"][0]["participant_name"] == "Omar Hassan"
    assert detail["costs"][0]["amount_minor"] == 45000
    rows = json.loads(run("exchange", "list", "--json", "--program", "youth"))
    assert rows[0]["youth"] == 2
    run("exchange", "delete", xid)
    assert json.loads(run("exchange", "list", "--json")) == []


def test_stats_counts_what_was_added(run):
    run("volunteer", "add", "--given-name", "A")
    run("volunteer", "add", "--given-name", "B", "--active", "no")
    stats = json.loads(run("stats", "--json"))
    assert stats["volunteers"] == 2 and stats["active_volunteers"] == 1
    assert stats["pending_changes"] >= 3  # the organization and both volunteers wait for sync
