from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sistercommittee.storage.database import open_database
from tests.documents.conftest import pdf_text
from tests.documents.factories import add_partnership


def run(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "sistercommittee", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def org_db(db_path: Path) -> Path:
    result = run(
        db_path,
        "init",
        "--org",
        "Springfield Sister Cities",
        "--city",
        "Springfield",
        "--region",
        "Illinois",
        "--country",
        "US",
        "--time-zone",
        "America/Chicago",
    )
    assert result.returncode == 0, result.stderr
    return db_path


def _partnership(db_path: Path, key: str, **kwargs: object) -> str:
    db = open_database(db_path)
    try:
        return add_partnership(db, key, **kwargs)  # type: ignore[arg-type]
    finally:
        db.close()


def test_certificate_command_writes_pdf(org_db, tmp_path):
    pid = _partnership(org_db, "ja")
    out = tmp_path / "takayama.pdf"
    result = run(org_db, "certificate", pid, "--out", str(out), "--paper", "A4")
    assert result.returncode == 0, result.stderr
    assert "takayama.pdf" in result.stdout
    assert "高山市" in pdf_text(out.read_bytes(), tmp_path)


def test_certificate_command_language_option(org_db, tmp_path):
    pid = _partnership(org_db, "ja")
    out = tmp_path / "c.pdf"
    assert run(org_db, "certificate", pid, "--out", str(out), "--language", "ko").returncode == 0
    assert "자매도시 결연 증서" in pdf_text(out.read_bytes(), tmp_path)


def test_certificate_command_user_errors(org_db, tmp_path):
    out = tmp_path / "c.pdf"
    missing = run(org_db, "certificate", "nope", "--out", str(out))
    assert missing.returncode == 2 and "no partnership" in missing.stderr
    pid = _partnership(org_db, "es", city_name_local="თბილისი")
    uncovered = run(org_db, "certificate", pid, "--out", str(out))
    assert uncovered.returncode == 1 and "Georgian" in uncovered.stderr
    bad_language = run(org_db, "certificate", pid, "--out", str(out), "--language", "xx")
    assert bad_language.returncode == 1 and "Choose one of" in bad_language.stderr
    assert not out.exists()
    good = _partnership(org_db, "fr")
    no_folder = run(org_db, "certificate", good, "--out", str(tmp_path / "none" / "c.pdf"))
    assert no_folder.returncode == 1 and "does not exist" in no_folder.stderr


def _report_data(db_path: Path):
    from tests.documents import report_data

    db = open_database(db_path)
    try:
        return report_data.build(db)
    finally:
        db.close()


def test_export_commands(org_db, tmp_path):
    ids = _report_data(org_db)
    summary = tmp_path / "summary.csv"
    result = run(
        org_db,
        "export",
        "event-summary",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--out",
        str(summary),
    )
    assert result.returncode == 0, result.stderr
    assert "3 events" in result.stdout
    assert summary.read_bytes().startswith(b"\xef\xbb\xbfschema_version,")
    one = tmp_path / "one.pdf"
    assert (
        run(
            org_db,
            "export",
            "event-summary",
            "--event",
            ids.festival,
            "--format",
            "pdf",
            "--out",
            str(one),
        ).returncode
        == 0
    )
    assert "Japan Festival" in pdf_text(one.read_bytes(), tmp_path)
    report = tmp_path / "report.json"
    result = run(
        org_db,
        "export",
        "annual-report",
        "--year",
        "2025",
        "--highlight",
        "Choir tour",
        "--highlight-event",
        ids.festival,
        "--format",
        "json",
        "--out",
        str(report),
    )
    assert result.returncode == 0, result.stderr
    assert '"Choir tour"' in report.read_text(encoding="utf-8")
    ics = tmp_path / "events.ics"
    result = run(org_db, "export", "calendar", "--out", str(ics))
    assert result.returncode == 0 and "Wrote 4 events" in result.stdout


def test_export_command_errors(org_db, tmp_path):
    _report_data(org_db)
    out = tmp_path / "x.data"
    no_format = run(org_db, "export", "annual-report", "--year", "2025", "--out", str(out))
    assert no_format.returncode == 2 and "--format" in no_format.stderr
    half_range = run(
        org_db,
        "export",
        "event-summary",
        "--from",
        "2025-01-01",
        "--format",
        "csv",
        "--out",
        str(out),
    )
    assert half_range.returncode == 2 and "--to" in half_range.stderr
    bad_date = run(
        org_db,
        "export",
        "calendar",
        "--from",
        "2025-13-01",
        "--to",
        "2025-12-31",
        "--out",
        str(out),
    )
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr
    unknown = run(
        org_db, "export", "event-summary", "--event", "nope", "--format", "json", "--out", str(out)
    )
    assert unknown.returncode == 2 and "no event" in unknown.stderr
    assert not out.exists()


def test_certificate_command_says_which_document_and_its_notes(org_db, tmp_path):
    pid = _partnership(org_db, "zh")  # a simplified MOU text; asked for in traditional
    out = tmp_path / "c.pdf"
    result = run(org_db, "certificate", pid, "--out", str(out), "--language", "zh-Hant")
    assert result.returncode == 0, result.stderr
    assert "Wrote the certificate (1 page)" in result.stdout
    assert "Note: The MOU text is stored in zh-CN only" in result.stdout
    assert "--convert-chinese" in result.stdout
    converted = run(
        org_db,
        "certificate",
        pid,
        "--out",
        str(out),
        "--language",
        "zh-Hant",
        "--convert-chinese",
    )
    assert "converted by OpenCC" in converted.stdout
    assert "杭州市與" in pdf_text(out.read_bytes(), tmp_path)


def test_certificate_command_renewal_out_of_an_anniversary_is_a_sentence(org_db, tmp_path):
    pid = _partnership(org_db, "ja")  # signed in 2024
    result = run(org_db, "certificate", pid, "--out", str(tmp_path / "r.pdf"), "--renewal")
    assert result.returncode == 1
    assert "not an anniversary" in result.stderr and "10th anniversary, in 2034" in result.stderr
