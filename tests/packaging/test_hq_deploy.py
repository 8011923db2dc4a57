"""HQ as an IT volunteer installs it: the wheel's [hq] extra gives ``sistercommittee-hq``, and the
command lines of the container recipe (ENTRYPOINT + CMD) and of the systemd unit (ExecStart),
read from those files, start a server that answers /v1/health, on SQLite and on PostgreSQL.

No container engine or systemd runs here: the tests run the very command each would run, with
the installed wheel's program and a free port instead of 8080.
"""

from __future__ import annotations

import json
import re
import shlex
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from sistercommittee import __version__
from tests.packaging.conftest import PACKAGING, Installed, clean_env

HQ = PACKAGING / "hq"


def containerfile_command() -> tuple[list[str], dict[str, str]]:
    """ENTRYPOINT + CMD (exec form) and the ENV of packaging/hq/Containerfile."""
    text = (HQ / "Containerfile").read_text("utf-8")
    entry = json.loads(re.search(r"^ENTRYPOINT (\[.*\])$", text, re.MULTILINE).group(1))
    cmd = json.loads(re.search(r"^CMD (\[.*\])$", text, re.MULTILINE).group(1))
    env = dict(re.findall(r"^ENV (\w+)=(\S+)$", text, re.MULTILINE))
    return [*entry, *cmd], env


def unit_command() -> tuple[list[str], dict[str, str]]:
    """ExecStart and the [Service] settings of packaging/hq/sistercommittee-hq.service."""
    service: dict[str, str] = {}
    section = ""
    for line in (HQ / "sistercommittee-hq.service").read_text("utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            service[key] = value
    return shlex.split(service["ExecStart"]), service


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _on_port(command: list[str], port: int) -> list[str]:
    """The command with its --port value replaced (the real one, 8080, may be taken here)."""
    at = command.index("--port")
    return [*command[: at + 1], str(port), *command[at + 2 :]]


@contextmanager
def serving(command: list[str], env: dict[str, str], cwd: Path) -> Iterator[str]:
    port = int(command[command.index("--port") + 1])
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:  # wait for the server to listen (or to stop, which fails the test)
            if process.poll() is not None:
                pytest.fail(f"HQ stopped with {process.returncode}:\n{process.stdout.read()}")
            try:
                httpx.get(f"{url}/v1/health", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail("HQ did not listen within 60 s")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(20)


def _program(installed: Installed, command: list[str]) -> list[str]:
    """The command with its program taken from the environment the wheel was installed in."""
    assert Path(command[0]).name == "sistercommittee-hq"
    return [str(installed.bin("sistercommittee-hq")), *command[1:]]


def test_the_container_recipe_installs_the_wheel_and_runs_serve():
    text = (HQ / "Containerfile").read_text("utf-8")
    assert re.search(r"pip install .*--constraint", text)
    assert '.whl)[hq]"' in text
    command, env = containerfile_command()
    assert command[:2] == ["sistercommittee-hq", "serve"]
    assert "SISTERCOMMITTEE_HQ_DATABASE_URL" in env
    assert "HEALTHCHECK" in text and "/v1/health" in text


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_the_container_command_serves_health(
    installed_wheel: Installed, tmp_path: Path, database: str, postgres
):
    # (postgres is a session fixture taken as an argument: set up before the per-test ones, it
    # runs initdb in the machine's own locale, not the tests' LANG.)
    command, container_env = containerfile_command()
    if database == "sqlite":
        url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    else:
        url = postgres.create_database()
    # As `podman run -e SISTERCOMMITTEE_HQ_DATABASE_URL=...` would set it over the recipe's ENV.
    env = {**clean_env(tmp_path / "home"), **container_env, "SISTERCOMMITTEE_HQ_DATABASE_URL": url}
    with serving(_on_port(_program(installed_wheel, command), _free_port()), env, tmp_path) as hq:
        answer = httpx.get(f"{hq}/v1/health").json()
    assert answer["status"] == "ok"
    assert answer["version"] == __version__
    assert answer["current_app_version"] == __version__


def test_the_systemd_unit_command_serves_health(
    installed_wheel: Installed, tmp_path: Path, postgres
):
    command, service = unit_command()
    assert command[1:4] == ["serve", "--host", "127.0.0.1"]  # only the reverse proxy reaches it
    assert service["EnvironmentFile"] == "/etc/sistercommittee-hq/hq.env"
    assert service["User"] == "sistercommittee-hq"
    # The environment file as docs/hq-deployment.md has it written, with a real database.
    env_file = tmp_path / "hq.env"
    env_file.write_text(
        f"SISTERCOMMITTEE_HQ_DATABASE_URL={postgres.create_database()}\n"
        "SISTERCOMMITTEE_HQ_CURRENT_APP_VERSION=9.1.0\n"
    )
    settings = dict(
        line.split("=", 1) for line in env_file.read_text().splitlines() if "=" in line
    )
    env = {**clean_env(tmp_path / "home"), **settings}
    with serving(_on_port(_program(installed_wheel, command), _free_port()), env, tmp_path) as hq:
        answer = httpx.get(f"{hq}/v1/health").json()
    assert answer["status"] == "ok"
    assert answer["version"] == __version__
    assert answer["current_app_version"] == "9.1.0"  # from the environment file


def test_a_bad_current_version_is_refused_with_a_sentence(installed_wheel: Installed,
                                                          tmp_path: Path):
    result = installed_wheel.run(
        installed_wheel.bin("sistercommittee-hq"), "serve", "--database-url",
        f"sqlite:///{tmp_path / 'hq.sqlite'}", "--current-app-version", "latest",
    )
    assert result.returncode == 2
    assert "'latest' is not an app version; give it like 0.2.0." in result.stderr
