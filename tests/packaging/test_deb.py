"""The Debian package made from the bundle: its desktop file and AppStream metadata validate, it
holds the icons at every size, and, installed with dpkg on a machine with no checkout, it makes
every certificate of the sample data, signs in and syncs through the desktop's keyring, starts
from its menu entry under an X server and quits cleanly 50 times out of 50, and is removed without
a trace."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import FeedChange
from tests.documents.conftest import pdf_text
from tests.hq.fixtures import PASSWORD, ServerThread, make_org
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


def _is_installed() -> bool:
    """Installed now (a package removed with ``dpkg -r`` is still listed, as "deinstall")."""
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "sistercommittee"], capture_output=True, text=True
    )
    return status.returncode == 0 and status.stdout.endswith(" installed")


@dataclass
class Installed:
    """The package installed with dpkg, and a user of it: own home, data and log folders."""

    files: list[str]
    home: Path
    env: dict[str, str]
    folder: Path

    def run(
        self, *args: str | Path, stdin: str | None = None, wrap: Sequence[str] = (), **extra: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*wrap, "sistercommittee", *map(str, args)],
            cwd=self.folder,
            env=dict(self.env, PATH="/usr/bin:/bin", **extra),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
        )


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    if os.geteuid() != 0:
        pytest.skip("dpkg -i needs root (the test command runs as root in CI)")
    if _is_installed():
        pytest.skip("a sistercommittee package is installed on this machine: not touching it")
    install = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    folder = tmp_path_factory.mktemp("installed")
    home = folder / "home"
    try:
        yield Installed(_installed_files(), home, clean_env(home), folder)
    finally:  # removed by the last test; here only when a test before it stopped the module
        if _is_installed():
            subprocess.run(["dpkg", "-r", "sistercommittee"], capture_output=True)


@pytest.fixture(scope="module")
def demo_db(installed: Installed) -> Path:
    assert installed.run("demo").returncode == 0  # the default database, in the user's data folder
    db = installed.folder / "committee.sqlite"
    made = installed.run("--db", db, "demo")
    assert made.returncode == 0, made.stderr
    return db


def test_the_installed_app_makes_every_certificate(installed: Installed, demo_db: Path):
    partnerships = json.loads(installed.run("--db", demo_db, "partnership", "list", "--json").stdout)
    assert len(partnerships) >= 10
    made = []
    for partner in partnerships:
        pdf = installed.folder / f"certificate-{partner['country']}-{partner['status']}.pdf"
        result = installed.run("--db", demo_db, "certificate", partner["id"], "--out", pdf)
        assert (result.returncode, result.stderr) == (0, ""), (partner, result.stderr)
        text = pdf_text(pdf.read_bytes(), installed.folder)
        assert partner["city_name"] in text, partner
        made.append(partner["country"])
    japan = next(p for p in partnerships if p["country"] == "JP")
    pdf = installed.folder / "certificate-ja.pdf"
    result = installed.run("--db", demo_db, "certificate", japan["id"], "--language", "ja",
                           "--out", pdf)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert "姉妹都市" in pdf_text(pdf.read_bytes(), installed.folder)
    assert len(made) == len(partnerships)


def test_the_installed_app_syncs_through_the_system_keyring(installed: Installed, demo_db: Path):
    """Signed in with the password on standard input, the token kept by the desktop's Secret
    Service (gnome-keyring in a D-Bus session of its own), the demo data sent to HQ."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        _tool(tool)
    hq_db = HqDatabase(f"sqlite:///{installed.folder / 'hq.sqlite'}")
    hq_db.upgrade()
    server = ServerThread(hq_db).start()
    try:
        org = make_org(hq_db)
        script = installed.folder / "sync.sh"
        script.write_text(
            "set -e\n"
            "printf unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1\n"
            f"printf '%s\\n' '{PASSWORD}' | sistercommittee --db '{demo_db}' sync login "
            f"--server {server.url} --email {org.emails['coordinator']}\n"
            f"sistercommittee --db '{demo_db}' sync\n"
            f"sistercommittee --db '{demo_db}' sync status --json\n",
            "utf-8",
        )
        result = subprocess.run(
            ["dbus-run-session", "--", "bash", str(script)],
            cwd=installed.folder,
            env=dict(installed.env, PATH="/usr/bin:/bin"),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"Signed in to {org.name}" in result.stdout
        status = json.loads(result.stdout[result.stdout.index("{"):])
        assert status["signed_in"] and status["pending_changes"] == 0, status
        assert not list(installed.home.rglob("*token*")), "the token is only in the keyring"
        with hq_db.read() as connection:
            received = connection.scalar(
                select(func.count()).select_from(FeedChange).where(FeedChange.organization_id == org.id)
            )
        assert received and received > 1000
    finally:
        server.stop()
        hq_db.dispose()


@pytest.fixture(scope="module")
def committee_db(installed: Installed) -> Path:
    """A committee's own database, new and small."""
    db = installed.folder / "springfield.sqlite"
    made = installed.run("--db", db, "init", "--org", "Springfield Sister Cities", "--city",
                         "Springfield", "--country", "US", "--time-zone", "America/Chicago")
    assert made.returncode == 0, made.stderr
    return db


def test_the_installed_app_starts_from_the_menu_and_quits_cleanly_50_times(
    installed: Installed, demo_db: Path, committee_db: Path, x_display: str
):
    # As the menu entry starts it (Exec=sistercommittee), on an X server. A few start at once, as
    # in tests/ui/test_start_quit.py, each as a user of its own (own copy of the data, own
    # folders), so that the 50 cycles cost what 13 in a row would; as there, every third cycle
    # opens the sample data (a second more each) and the others a committee's new database.
    desktop = (Path("/usr/share/applications") / f"{APP_ID}.desktop").read_text("utf-8")
    command = re.search(r"^Exec=(.+)$", desktop, re.MULTILINE).group(1).split()
    assert command[0] == "sistercommittee"

    def cycle(number: int) -> tuple[int, int, str]:
        folder = installed.home / f"cycle-{number:02d}"
        folder.mkdir(parents=True)
        source = demo_db if number % 3 == 0 else committee_db
        db = folder / source.name
        shutil.copyfile(source, db)
        app = installed.run(*command[1:], "--db", db, DISPLAY=x_display,
                            SISTERCOMMITTEE_QUIT_WHEN_READY="1",
                            **{f"XDG_{kind}_HOME": str(folder / kind.lower())
                               for kind in ("DATA", "STATE", "CONFIG", "CACHE")})
        return number, app.returncode, app.stderr

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(cycle, range(50)))
    failures = [(n, code, err[-500:]) for n, code, err in outcomes if code != 0 or err != ""]
    assert failures == []
    logs = [path.read_text("utf-8") for path in installed.home.glob("cycle-*/state/**/sistercommittee.log")]
    assert len(logs) == 50
    assert all("the app closed with 0" in log for log in logs)


def test_the_package_is_removed_without_a_trace(installed: Installed):
    remove = subprocess.run(["dpkg", "-r", "sistercommittee"], capture_output=True, text=True)
    assert remove.returncode == 0, remove.stderr
    left = [path for path in installed.files if os.path.lexists(path) and not os.path.isdir(path)]
    assert left == []
