"""Make the Debian package from the frozen bundle (packaging/build_bundle.py builds it).

    python packaging/build_deb.py BUNDLE_DIR [--out DIR]

The package installs the bundle under /opt/sistercommittee, a launcher /usr/bin/sistercommittee,
the desktop file, the application icon at 16 to 512 px and scalable in the hicolor theme, and the
AppStream metainfo (with the screenshots and the release notes); the copyright file names the
licenses of the app and of the fonts it ships. Built with dpkg-deb as root:root, no other tool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "org.sistercommittee.SisterCommittee"
PACKAGE = "sistercommittee"
PREFIX = Path("opt") / PACKAGE
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

# What the bundled Qt and Python load from the system rather than from the bundle: the graphics
# stack, fonts, the X11/Wayland client libraries and D-Bus (the keyring's Secret Service).
DEPENDS = (
    "libc6 (>= 2.36)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
)
RECOMMENDS = ("fonts-noto-core", "gnome-keyring | kwalletmanager | keepassxc")

POSTINST = """#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
    fi
fi
"""
POSTRM = """#!/bin/sh
set -e
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
    fi
fi
"""
LAUNCHER = f"""#!/bin/sh
# SisterCommittee: the desktop app, or a command (sistercommittee --help).
exec /{PREFIX.as_posix()}/{PACKAGE} "$@"
"""


class DebError(Exception):
    """The package could not be made."""


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def render_icons(target: Path) -> None:
    """The app icon as PNGs of every hicolor size, and the SVG as the scalable one."""
    sys.path.insert(0, str(PACKAGING))
    from build_bundle import render_icons

    render_icons([(target / f"{size}x{size}" / "apps" / f"{APP_ID}.png", size)
                  for size in ICON_SIZES])
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PACKAGING / f"{APP_ID}.svg", scalable / f"{APP_ID}.svg")


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _copyright() -> str:
    licenses = "\n".join(
        f"  {path.name}" for path in sorted((ROOT / "resources" / "fonts" / "licenses").iterdir())
    )
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: SisterCommittee\n\n"
        "Files: *\nCopyright: 2026 The SisterCommittee authors\nLicense: MIT\n"
        + "".join(f" {line}\n" if line else " .\n" for line in
                  (ROOT / "LICENSE").read_text("utf-8").splitlines()[2:])
        + "\nFiles: opt/sistercommittee/_internal/sistercommittee/_resources/fonts/*\n"
        "Copyright: see fonts/README.md beside the fonts\n"
        "License: OFL-1.1 or Apache-2.0, each font as its README says\n"
        f" The license texts are installed beside the fonts, in licenses/:\n{licenses}\n"
        "\nFiles: opt/sistercommittee/_internal/*\n"
        "Copyright: the authors of Python, Qt (LGPL-3.0), PySide6 (LGPL-3.0) and the other\n"
        " libraries bundled by PyInstaller; their licenses are in the *.dist-info folders.\n"
        "License: various\n"
    )


def control(version: str, installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture()}\n"
        "Maintainer: The SisterCommittee authors <sistercommittee@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: records of a sister city committee\n"
        " Partnerships with their memoranda of understanding, volunteers and their hours,\n"
        " events and exchanges of a town's sister city committee, kept on the volunteers'\n"
        " own computers; bilingual certificates in the partner's script; optional sync\n"
        " through the national headquarters' server.\n"
    )


def stage(bundle: Path, root: Path, version: str) -> None:
    """Lay the package's files out under ``root``, as they will be installed."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    usr = root / "usr"
    _write(usr / "bin" / PACKAGE, LAUNCHER, 0o755)
    share = usr / "share"
    for name, folder in ((f"{APP_ID}.desktop", "applications"),
                         (f"{APP_ID}.metainfo.xml", "metainfo")):
        (share / folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PACKAGING / name, share / folder / name)
    render_icons(share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    _write(doc / "copyright", _copyright())
    shutil.copyfile(ROOT / "CHANGELOG.md", doc / "CHANGELOG.md")
    for path in root.rglob("*"):  # what dpkg installs is readable by everyone
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        path.chmod((mode | 0o444 | (0o111 if mode & 0o111 or path.is_dir() else 0)) & 0o755)
    installed = sum(
        item.lstat().st_size for item in root.rglob("*") if item.is_file() or item.is_symlink()
    )
    debian = root / "DEBIAN"
    _write(debian / "control", control(version, installed // 1024 + 1))
    _write(debian / "postinst", POSTINST, 0o755)
    _write(debian / "postrm", POSTRM, 0o755)


def _dpkg_knows_zstd() -> bool:
    """dpkg 1.21.18 and later (Debian 12, Ubuntu 21.10) read zstd-compressed packages: faster to
    make and to install than xz, smaller than gzip."""
    usage = subprocess.run(["dpkg-deb", "--help"], capture_output=True, text=True).stdout
    return "zstd" in usage


def build_deb(bundle: Path, out: Path, work: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from sistercommittee import __version__

    root = work / "deb-root"
    stage(bundle, root, __version__)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{__version__}_{architecture()}.deb"
    compression = ["-Zzstd", "-z6"] if _dpkg_knows_zstd() else ["-Zgzip", "-z6"]
    result = subprocess.run(
        ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(target)],
        capture_output=True,
        text=True,
        env=dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1764547200")),
    )
    if result.returncode != 0:
        raise DebError(f"dpkg-deb failed:\n{result.stderr}")
    shutil.rmtree(root)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/sistercommittee)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "deb")
    args = parser.parse_args(argv)
    try:
        target = build_deb(args.bundle.resolve(), args.out.resolve(), args.out.resolve())
    except DebError as error:
        sys.stderr.write(f"{error}\n")
        return 1
    print(f"Built {target} ({target.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
