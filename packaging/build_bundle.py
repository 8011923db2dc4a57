"""Build the frozen app (PyInstaller, one folder) from packaging/sistercommittee.spec, check that
it holds what the app finds at run time, and smoke-test it.

    python packaging/build_bundle.py [--dist DIR] [--work DIR] [--no-smoke]

The bundle is DIR/sistercommittee (default: build/bundle/dist/sistercommittee), its program
DIR/sistercommittee/sistercommittee (sistercommittee.exe and sistercommittee-cli.exe on Windows;
on macOS also DIR/SisterCommittee.app). The same script runs on Linux, Windows and macOS.

The smoke test runs the frozen program as a user would, with its own empty data, settings and log
folders: it fills a database with the sample data, makes a Japanese certificate and reads it
back, then starts the desktop app offscreen on that database, which quits by itself once the data
shows (SISTERCOMMITTEE_QUIT_WHEN_READY). Every step must end with status 0 and print nothing on
stderr but the platform's own known notices: anything else fails the build.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "sistercommittee.spec"
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"

# What a platform prints on stderr by itself, about itself: nothing of the app.
KNOWN_STDERR = (
    re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),
    re.compile(r"^qt\.qpa\.fonts: Populating font family aliases took .*$"),  # a slow disk
)
SMOKE_TIMEOUT = 180  # seconds for one step: far above its length, there only to report a hang


class BuildError(Exception):
    """The bundle could not be built, or it is incomplete, or its smoke test failed."""


def render_icon(target: Path, size: int = 512) -> Path:
    """resources/icons/app.svg as a PNG (PyInstaller turns it into .ico or .icns)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):  # PNG, from the suffix
        raise BuildError(f"could not write the icon {target}")
    return target


def render_icons(targets: Sequence[tuple[Path, int]]) -> None:
    """Render the app icon at each (file, size), in a child process: Qt started for it does not
    stay in the caller (the tests go on to make their own QApplication)."""
    code = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "from build_bundle import render_icon; "
        "[render_icon(Path(p), int(s)) for p, s in zip(sys.argv[2::2], sys.argv[3::2])]"
    )
    arguments = [str(part) for target, size in targets for part in (target, size)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), *arguments],
        capture_output=True,
        text=True,
        env=env,
    )
    if result.returncode != 0:
        raise BuildError(f"the icons could not be rendered:\n{result.stderr[-2000:]}")


def windows_icon(png: Path, target: Path) -> Path:
    """The icon as .ico with the sizes Windows shows (Pillow comes with ReportLab)."""
    from PIL import Image

    with Image.open(png) as image:
        image.save(target, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    return target


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle's folder."""
    icon = work / "icon-512.png"
    render_icons([(icon, 512)])
    windows_icon(icon, work / "icon.ico")  # for the installer (packaging/windows)
    env = dict(os.environ, SISTERCOMMITTEE_ICON=str(icon))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed ({result.returncode}):\n{result.stderr[-4000:]}")
    bundle = dist / "sistercommittee"
    check_contents(bundle)
    return bundle


def program(bundle: Path, *, console: bool = True) -> Path:
    """The frozen program: on Windows the console twin for commands, the GUI one for the app."""
    if WINDOWS:
        return bundle / ("sistercommittee-cli.exe" if console else "sistercommittee.exe")
    return bundle / "sistercommittee"


def check_contents(bundle: Path) -> None:
    """What the app finds by name or by file at run time is in the bundle."""
    internal = bundle / "_internal"
    if not program(bundle).is_file():
        raise BuildError(f"the program {program(bundle)} is missing")
    platform_plugin = "qwindows" if WINDOWS else "qcocoa" if MACOS else "qxcb"
    wanted: dict[str, str | tuple[str, ...]] = {
        "the app's resources": "sistercommittee/_resources/certificates/ja.json",
        "the fonts' licenses": "sistercommittee/_resources/fonts/licenses/OFL-Noto.txt",
        "the icons' license": "sistercommittee/_resources/icons/LICENSE",
        "the translations": "sistercommittee/_resources/translations/sistercommittee_en.qm",
        "the database migrations": "sistercommittee/storage/migrations/env.py",
        "the tz database": "tzdata/zoneinfo/Asia/Tokyo",
        "babel's locale data": "babel/locale-data/ja.dat",
        "keyring's backends (entry points)": "keyring-*.dist-info/entry_points.txt",
        "Qt's screen plugin": f"PySide6/**/platforms/*{platform_plugin}*",
        "Qt's offscreen plugin": "PySide6/**/platforms/*qoffscreen*",
        "QtSvg (the binding)": "PySide6/QtSvg.*",
        "QtSvg (the library)": ("PySide6/**/*Qt6Svg*", "PySide6/**/QtSvg.framework"),
        "Qt's SVG icon engine": "PySide6/**/iconengines/*qsvgicon*",
        "Qt's SVG image format": "PySide6/**/imageformats/*qsvg*",
        "Qt's JPEG image format (logos)": "PySide6/**/imageformats/*qjpeg*",
    }
    missing = [
        what
        for what, patterns in wanted.items()
        if not any(
            any(internal.glob(pattern))
            for pattern in ((patterns,) if isinstance(patterns, str) else patterns)
        )
    ]
    modules = bundled_modules(program(bundle))
    keyring_backend = (
        "keyring.backends.Windows" if WINDOWS
        else "keyring.backends.macOS" if MACOS
        else "keyring.backends.SecretService"
    )
    wanted_modules = {
        "the system keyring's backend": keyring_backend,
        "the keyring backend chooser": "keyring.backends.chainer",
        "the commands found by name": "sistercommittee.cli.documents",
        "the pages found by name": "sistercommittee.ui.pages.volunteers",
        "Alembic's SQLite support": "alembic.ddl.sqlite",
    }
    missing += [what for what, name in wanted_modules.items() if name not in modules]
    if missing:
        raise BuildError("the bundle lacks " + "; ".join(missing))


def bundled_modules(executable: Path) -> set[str]:
    """The names of the Python modules in the program's archive."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable))
    (pyz,) = [name for name in archive.toc if name.endswith(".pyz")]
    return set(archive.open_embedded_archive(pyz).toc)


def unexpected_stderr(text: str) -> list[str]:
    return [
        line
        for line in text.splitlines()
        if line.strip() and not any(pattern.match(line.strip()) for pattern in KNOWN_STDERR)
    ]


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a first start: empty data, settings, cache and log folders."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.pop("VIRTUAL_ENV", None)
    env.pop("SISTERCOMMITTEE_RESOURCES", None)  # the bundle must carry its own
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        LANG="C.UTF-8",  # present on every Linux; en_US.UTF-8 may not be generated
    )
    return env


def run_step(
    what: str, command: Sequence[str | Path], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(
            [str(part) for part in command],
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=SMOKE_TIMEOUT,
        )
    except subprocess.TimeoutExpired as error:
        raise BuildError(f"smoke test: {what} did not finish in {SMOKE_TIMEOUT} s") from error
    if result.returncode != 0:
        raise BuildError(
            f"smoke test: {what} ended with status {result.returncode}:\n{result.stderr[-3000:]}"
        )
    noise = unexpected_stderr(result.stderr)
    if noise:
        raise BuildError(f"smoke test: {what} printed on stderr:\n" + "\n".join(noise[:40]))
    return result


def smoke_test(bundle: Path) -> dict[str, str]:
    """Run the frozen program as a user would; raises BuildError on any problem."""
    with tempfile.TemporaryDirectory(prefix="sc-smoke-") as temp:
        folder = Path(temp)
        env = isolated_env(folder / "home")
        db = folder / "committee.sqlite"
        cli = program(bundle, console=True)
        version = run_step("--version", [cli, "--version"], env, folder).stdout
        if not re.search(r"^Qt \d", version, re.MULTILINE):
            raise BuildError(f"smoke test: --version does not name Qt's version:\n{version}")
        run_step("the sample data", [cli, "--db", db, "demo"], env, folder)
        listing = run_step(
            "the partnership list",
            [cli, "--db", db, "partnership", "list", "--country", "JP", "--json"],
            env,
            folder,
        ).stdout
        partnerships = json.loads(listing)
        if not partnerships:
            raise BuildError("smoke test: the sample data has no Japanese partner city")
        pdf = folder / "certificate-ja.pdf"
        run_step(
            "the Japanese certificate",
            [cli, "--db", db, "certificate", partnerships[0]["id"], "--language", "ja",
             "--out", pdf],
            env,
            folder,
        )
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or b"BIZUDMincho" not in data:
            raise BuildError("smoke test: the certificate has no Japanese font embedded")
        app_env = dict(env, QT_QPA_PLATFORM="offscreen", SISTERCOMMITTEE_QUIT_WHEN_READY="1")
        run_step("the desktop app", [program(bundle, console=False), "--db", db], app_env, folder)
        logs = list((folder / "home").rglob("sistercommittee.log"))
        log_text = "".join(path.read_text("utf-8", "replace") for path in logs)
        if "the app closed with 0" not in log_text:
            raise BuildError("smoke test: the app's log does not show it closing with status 0")
        return {"version": version.strip(), "partner": partnerships[0]["city_name"]}


def folder_size(path: Path) -> int:
    """Bytes of the files under ``path``, each counted once (links are not followed)."""
    return sum(
        item.lstat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink()
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "bundle" / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle" / "work")
    parser.add_argument("--no-smoke", action="store_true", help="build without the smoke test")
    args = parser.parse_args(argv)
    try:
        bundle = build(args.dist.resolve(), args.work.resolve())
        print(f"Built {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
        if not args.no_smoke:
            outcome = smoke_test(bundle)
            print(f"Smoke test passed: {outcome['version'].splitlines()[0]}")
    except BuildError as error:
        sys.stderr.write(f"{error}\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
