"""Fixtures of the packaging tests: the wheel installed in a fresh environment outside the
checkout, the frozen bundle and the Debian package.

The bundle and the package take minutes to build, so each is built once per source state: under
build/packaging-tests/<hash of the sources that go into it>/, reused by later test sessions while
the sources are the same (a clean checkout, as in CI, builds them within its test run). The test
command runs files in parallel (pytest-xdist): a worker builds while holding the folder's lock, and
one that needs the same build meanwhile waits for it and reuses it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hq.fixtures import postgres  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build" / "packaging-tests"
sys.path.insert(0, str(PACKAGING))

# What goes into the bundle and the package: a change to any of these builds them anew.
SOURCES = ("sistercommittee", "resources", "packaging", "pyproject.toml", "uv.lock",
           "hatch_build.py", "CHANGELOG.md", "LICENSE")


def uv() -> str:
    found = ROOT / ".tools" / "bin" / "uv"
    if found.is_file():
        return str(found)
    on_path = shutil.which("uv")
    if on_path is None:
        pytest.fail("uv is missing: scripts/setup.sh installs it into .tools")
    return on_path


def source_hash() -> str:
    digest = hashlib.sha256()
    for name in SOURCES:
        top = ROOT / name
        paths = [top] if top.is_file() else sorted(top.rglob("*"))
        for path in paths:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user with no checkout: own home, data and log folders."""
    from build_bundle import isolated_env

    env = isolated_env(home)
    env.pop("QT_QPA_PLATFORM", None)
    return env


@contextlib.contextmanager
def building(folder: Path) -> Iterator[None]:
    """Held while a build in ``folder`` is made or checked: one test process at a time."""
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def build_dir() -> Path:
    """This source state's build folder; those of other states are removed."""
    folder = BUILD / source_hash()
    if BUILD.is_dir():
        for other in BUILD.iterdir():
            if other != folder:
                shutil.rmtree(other, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [uv(), "build", "--wheel", "--out-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("sistercommittee-*.whl")
    return found


@dataclass(frozen=True)
class Installed:
    venv: Path
    home: Path  # a folder with no checkout, the current directory of the commands

    def bin(self, name: str) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin") / name

    def run(self, *args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(arg) for arg in args],
            cwd=self.home,
            env=env or clean_env(self.home),
            capture_output=True,
            text=True,
            timeout=300,
        )


@pytest.fixture(scope="session")
def installed_wheel(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The wheel with its [hq] extra in a new virtual environment, dependencies at the versions
    of uv.lock, as an IT volunteer installs it."""
    folder = tmp_path_factory.mktemp("installed")
    constraints = folder / "constraints.txt"
    subprocess.run(
        [uv(), "export", "--frozen", "--no-hashes", "--no-emit-project", "--extra", "hq",
         "--project", str(ROOT), "--output-file", str(constraints)],
        check=True,
        capture_output=True,
    )
    venv = folder / "venv"
    subprocess.run(
        [uv(), "venv", "--quiet", "--python", sys.executable, str(venv)],
        check=True,
        capture_output=True,
    )
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [uv(), "pip", "install", "--quiet", "--python", str(python), "--constraint",
         str(constraints), f"sistercommittee[hq] @ {wheel.as_uri()}"],
        check=True,
        capture_output=True,
    )
    home = folder / "home"
    home.mkdir()
    return Installed(venv, home)


@pytest.fixture(scope="session")
def smoke_tested_bundle(build_dir: Path) -> tuple[Path, dict[str, str]]:
    """The frozen app, built and smoke-tested by packaging/build_bundle.py as a release build
    is (a failed smoke test fails every test that needs the bundle), with what the smoke test
    saw. Kept in build_dir with that outcome for later sessions on the same sources."""
    from build_bundle import build, smoke_test

    done = build_dir / "bundle-smoke-test.json"
    folder = build_dir / "bundle" / "dist" / "sistercommittee"
    with building(build_dir):
        if not done.exists():
            shutil.rmtree(build_dir / "bundle", ignore_errors=True)
            folder = build(build_dir / "bundle" / "dist", build_dir / "bundle" / "work")
            outcome = smoke_test(folder)
            shutil.rmtree(build_dir / "bundle" / "work", ignore_errors=True)
            done.write_text(json.dumps(outcome))
    return folder, json.loads(done.read_text())


@pytest.fixture(scope="session")
def bundle(smoke_tested_bundle: tuple[Path, dict[str, str]]) -> Path:
    return smoke_tested_bundle[0]


@pytest.fixture(scope="session")
def deb(bundle: Path, build_dir: Path) -> Path:
    from build_deb import build_deb

    with building(build_dir):
        found = sorted((build_dir / "deb").glob("sistercommittee_*.deb"))
        if found:
            return found[-1]
        return build_deb(bundle, build_dir / "deb", build_dir / "deb-work")


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """An Xvfb server on a display number it picks itself."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: install xvfb (scripts/run-tests.sh does)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
