"""The Windows and macOS builds cannot run here (packaging/README.md); what can be checked here
is that the workflow and the installer script fit the rest of the packaging: the same spec and
build script, the paths they name exist, and signing waits for its secrets."""

from __future__ import annotations

import re

import yaml

from tests.packaging.conftest import PACKAGING, ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_every_platform_builds_and_smoke_tests_the_same_spec():
    jobs = yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]
    assert set(jobs) == {"linux", "windows", "macos"}
    for name, job in jobs.items():
        assert "python packaging/build_bundle.py" in _runs(job), name
        assert "uv sync --frozen --extra packaging" in _runs(job), name
    assert "packaging\\windows\\sistercommittee.iss" in _runs(jobs["windows"])
    assert "hdiutil create" in _runs(jobs["macos"]) and "notarytool submit" in _runs(jobs["macos"])


def test_signing_and_notarization_wait_for_their_secrets():
    jobs = yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]
    for job in (jobs["windows"], jobs["macos"]):
        signing = [step for step in job["steps"]
                   if re.search(r"codesign|signtool sign|notarytool", step.get("run", ""))
                   and "Installer" not in step.get("name", "")]
        assert signing
        for step in signing:
            assert step.get("if", "").startswith("env.HAS_"), step["name"]
            assert re.search(r"\$\{\{ secrets\.", str(step.get("env", ""))), step["name"]


def test_the_installer_script_names_files_that_exist():
    script = (PACKAGING / "windows" / "sistercommittee.iss").read_text("utf-8")
    assert re.search(r"^\s*#error Give the version", script, re.MULTILINE)
    base = PACKAGING / "windows"
    license_file = re.search(r"^LicenseFile=(.+)$", script, re.MULTILINE).group(1)
    assert (base / license_file.replace("\\", "/")).resolve() == ROOT / "LICENSE"
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.MULTILINE).group(1)
    # build_bundle.py writes the icon there (build/bundle/work/icon.ico) on every build.
    assert icon.replace("\\", "/").endswith("build/bundle/work/icon.ico")
    assert "{app}\\sistercommittee.exe" in script
