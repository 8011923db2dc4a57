"""The Debian package made from the bundle: its desktop file and AppStream metadata validate, it
holds the icons at every size, and it installs with dpkg, runs under an X server, makes a
certificate from the command line and is removed without a trace."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.documents.conftest import pdf_text
from tests.packaging.conftest import PACKAGING, ROOT, clean_env

APP_ID = "org.sistercommittee.SisterCommittee"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: scripts/run-tests.sh installs it")
    return path


def test_desktop_file_and_metainfo_validate():
    desktop = subprocess.run(
        [_tool("desktop-file-validate"), str(PACKAGING / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert desktop.returncode == 0 and desktop.stdout == "", desktop.stdout
    metainfo = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(PACKAGING / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert metainfo.returncode == 0, metainfo.stdout
    assert not re.search(r"^[EW]:", metainfo.stdout, re.MULTILINE), metainfo.stdout


def test_the_metainfo_shows_real_screenshots():
    text = (PACKAGING / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    images = re.findall(r"<image[^>]*>[^<]*/([^/<]+)</image>", text)
    assert len(images) >= 4
    for name in images:
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name
        assert name.startswith("app-")


def test_the_package_holds_the_app_launcher_icons_and_metadata(deb: Path):
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    paths = {line.split()[-1].removeprefix(".") for line in listing.splitlines()}
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in paths
    for path in (
        f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        "/usr/share/doc/sistercommittee/copyright",
        "/usr/bin/sistercommittee",
        "/opt/sistercommittee/sistercommittee",
    ):
        assert path in paths, path
    assert " root/root " in listing
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: sistercommittee" in fields and "libxcb-cursor0" in fields


def _installed_files() -> list[str]:
    listing = subprocess.run(["dpkg", "-L", "sistercommittee"], capture_output=True, text=True)
    return [line for line in listing.stdout.splitlines() if line.startswith("/")]


def test_install_run_and_remove(deb: Path, tmp_path: Path, x_display: str):
    if os.geteuid() != 0:
        pytest.skip("dpkg -i needs root (the test command runs as root in CI)")
    already = subprocess.run(["dpkg-query", "-W", "sistercommittee"], capture_output=True)
    if already.returncode == 0:
        pytest.skip("a sistercommittee package is installed on this machine: not touching it")
    install = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    try:
        files = _installed_files()
        home = tmp_path / "home"
        env = clean_env(home)
        db = tmp_path / "committee.sqlite"

        def run(*args: str | Path, **extra: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                ["sistercommittee", *map(str, args)],
                cwd=tmp_path,
                env=dict(env, PATH="/usr/bin:/bin", **extra),
                capture_output=True,
                text=True,
                timeout=180,
            )

        assert run("demo").returncode == 0  # the default database, in the user's data folder
        made = run("--db", db, "demo")
        assert made.returncode == 0, made.stderr
        partner = json.loads(run("--db", db, "partnership", "list", "--country", "JP",
                                 "--json").stdout)[0]
        pdf = tmp_path / "certificate.pdf"
        certificate = run("--db", db, "certificate", partner["id"], "--language", "ja",
                          "--out", pdf)
        assert certificate.returncode == 0 and certificate.stderr == "", certificate.stderr
        assert "姉妹都市" in pdf_text(pdf.read_bytes(), tmp_path)

        # The desktop app on an X server, as the menu entry starts it (Exec=sistercommittee).
        desktop = (Path("/usr/share/applications") / f"{APP_ID}.desktop").read_text("utf-8")
        command = re.search(r"^Exec=(.+)$", desktop, re.MULTILINE).group(1).split()
        app = subprocess.run(
            [*command, "--db", str(db)],
            cwd=tmp_path,
            env=dict(env, PATH="/usr/bin:/bin", DISPLAY=x_display,
                     SISTERCOMMITTEE_QUIT_WHEN_READY="1"),
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert app.returncode == 0, app.stderr
        assert app.stderr == "", app.stderr
        log = "".join(path.read_text("utf-8") for path in home.rglob("sistercommittee.log"))
        assert "the app closed with 0" in log
    finally:
        remove = subprocess.run(["dpkg", "-r", "sistercommittee"], capture_output=True, text=True)
    assert remove.returncode == 0, remove.stderr
    left = [path for path in files if os.path.lexists(path) and not os.path.isdir(path)]
    assert left == []
    assert not Path("/opt/sistercommittee").exists()
    assert not Path("/usr/bin/sistercommittee").exists()
    # The package has no configuration files: after removal dpkg only remembers its postrm,
    # which purging runs and forgets.
    status = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", "sistercommittee"],
                            capture_output=True, text=True).stdout
    assert status.endswith("config-files")
    subprocess.run(["dpkg", "--purge", "sistercommittee"], capture_output=True, check=True)
    assert subprocess.run(["dpkg-query", "-W", "sistercommittee"],
                          capture_output=True).returncode != 0
