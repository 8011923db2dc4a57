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
