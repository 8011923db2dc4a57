"""The wheel is the whole app: installed into a fresh environment, from a folder with no
checkout, it prints its versions, fills a database with sample data and makes a Japanese
certificate with the fonts it carries."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from sistercommittee import __version__
from tests.documents.conftest import pdf_text
from tests.packaging.conftest import ROOT, Installed, clean_env, uv


def test_the_wheel_carries_the_resources_and_their_licenses(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = ROOT / "resources"
    shipped = {
        path.relative_to(resources).as_posix()
        for path in resources.rglob("*")
        if path.is_file() and not (path.parent.name == "translations" and path.suffix != ".qm")
    }
    inside = {name.removeprefix("sistercommittee/_resources/") for name in names
              if name.startswith("sistercommittee/_resources/")}
    sys.path.insert(0, str(ROOT / "packaging"))
    from guide_files import guide_files

    guide = {relative for _path, relative in guide_files(ROOT)}
    assert "docs/user-guide.md" in guide and any(name.endswith(".png") for name in guide)
    assert inside == shipped | guide
    for license_file in ("fonts/licenses/OFL-Noto.txt", "fonts/licenses/Apache-2.0.txt",
                         "fonts/licenses/OFL-BIZUDMincho.txt", "fonts/licenses/OFL-Nanum.txt",
                         "icons/LICENSE", "fonts/README.md"):
        assert f"sistercommittee/_resources/{license_file}" in names
    assert f"sistercommittee-{__version__}.dist-info/licenses/LICENSE" in names
    assert "sistercommittee/storage/migrations/script.py.mako" in names
    assert any(name.startswith("sistercommittee/hq/migrations/versions/") for name in names)
    assert not any("__pycache__" in name or name.endswith(".ts") for name in names)


def test_the_version_is_written_in_one_place():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    # The newest release's entry (what is not released yet gathers under "Unreleased" above it).
    releases = [v for v in re.findall(r"^## (\S+)", changelog, re.MULTILINE) if v != "Unreleased"]
    assert releases[0] == __version__
    metainfo = (ROOT / "packaging" / "org.sistercommittee.SisterCommittee.metainfo.xml").read_text(
        "utf-8"
    )
    assert re.search(r'<release version="([^"]+)"', metainfo).group(1) == __version__


def test_the_installed_wheel_is_a_working_app(installed_wheel: Installed, tmp_path: Path):
    app = installed_wheel.bin("sistercommittee")
    where = installed_wheel.run(
        installed_wheel.bin("python"),
        "-c",
        "import sistercommittee, sistercommittee.resources as r; "
        "from sistercommittee.ui.guide_window import guide_file; "
        "print(sistercommittee.__file__); print(r.resources_dir()); print(guide_file())",
    )
    assert where.returncode == 0, where.stderr
    module, resources, guide = where.stdout.splitlines()
    assert Path(module).is_relative_to(installed_wheel.venv)
    assert Path(resources) == Path(module).parent / "_resources"
    # Help > User Guide: the guide and its pictures came with the app.
    assert Path(guide) == Path(resources) / "docs" / "user-guide.md"
    assert (Path(resources) / "docs" / "screenshots" / "app-welcome.png").is_file()

    version = installed_wheel.run(app, "--version")
    assert version.returncode == 0, version.stderr
    lines = version.stdout.splitlines()
    assert lines[0] == f"SisterCommittee {__version__}"
    assert re.fullmatch(r"Python 3\.\d+\.\d+", lines[1])
    assert re.fullmatch(r"Qt 6\.\d+\.\d+ \(PySide6 6\.\d+\.\d+\)", lines[2])
    assert lines[3] == f"SQLite {sqlite3.sqlite_version}"

    db = tmp_path / "committee.sqlite"
    demo = installed_wheel.run(app, "--db", db, "demo")
    assert demo.returncode == 0, demo.stderr
    listing = installed_wheel.run(app, "--db", db, "partnership", "list", "--country", "JP",
                                  "--json")
    partner = json.loads(listing.stdout)[0]
    pdf = tmp_path / "certificate.pdf"
    made = installed_wheel.run(app, "--db", db, "certificate", partner["id"], "--language", "ja",
                               "--out", pdf)
    assert made.returncode == 0 and made.stderr == "", made.stderr
    text = pdf_text(pdf.read_bytes(), tmp_path)
    assert "姉妹都市提携証書" in text
    assert partner["city_name_local"] in text


def test_uv_tool_install_gives_the_app_and_hq_says_what_it_lacks(wheel: Path, tmp_path: Path):
    """`uv tool install` of the wheel (as pipx does) puts both commands on the PATH; without
    the hq extra, the HQ command names the extra instead of a traceback."""
    constraints = tmp_path / "constraints.txt"
    subprocess.run(
        [uv(), "export", "--frozen", "--no-hashes", "--no-emit-project", "--project", str(ROOT),
         "--output-file", str(constraints)],
        check=True,
        capture_output=True,
    )
    home = tmp_path / "home"
    env = dict(clean_env(home), UV_TOOL_DIR=str(tmp_path / "tools"),
               UV_TOOL_BIN_DIR=str(tmp_path / "bin"))
    # The uv cache stays the user's own (the packages are not downloaded again).
    env["UV_CACHE_DIR"] = os.environ.get("UV_CACHE_DIR", str(Path.home() / ".cache" / "uv"))
    subprocess.run(
        [uv(), "tool", "install", "--quiet", "--python", sys.executable, "--constraints",
         str(constraints), str(wheel)],
        check=True,
        capture_output=True,
        env=env,
        cwd=tmp_path,
    )
    version = subprocess.run([str(tmp_path / "bin" / "sistercommittee"), "--version"],
                             capture_output=True, text=True, env=env, cwd=tmp_path)
    assert version.stdout.splitlines()[0] == f"SisterCommittee {__version__}"
    hq = subprocess.run(
        [str(tmp_path / "bin" / "sistercommittee-hq"), "serve", "--database-url",
         f"sqlite:///{tmp_path / 'hq.sqlite'}"],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )
    assert hq.returncode == 1
    assert "install it with its hq extra, pip install 'sistercommittee[hq]'" in hq.stderr
    assert "Traceback" not in hq.stderr
