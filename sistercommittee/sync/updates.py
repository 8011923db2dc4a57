"""Is a newer release of the app out? HQ's health answer names the current one (its
administrator sets it, docs/hq-deployment.md); this module asks and compares, nothing more: the
app tells the user and never downloads or installs anything by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx

from sistercommittee import __version__
from sistercommittee.messages import msg
from sistercommittee.sync.client import HqClient
from sistercommittee.sync.errors import SyncError

# 1.2, 1.2.3, 1.2.3rc1, 1.2.3.post1, 1.2.3.dev4: the release and pre-release parts of PEP 440.
_VERSION = re.compile(r"(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?")
_PRE = {"a": 0, "b": 1, "rc": 2}
_FINAL = 3


def version_key(text: str) -> tuple[tuple[int, ...], int, int, int, int] | None:
    """A key that sorts versions as PEP 440 does for these forms; None for anything else."""
    match = _VERSION.fullmatch(text.strip())
    if match is None:
        return None
    release, pre, pre_number, post, dev = match.groups()
    numbers = tuple(int(part) for part in release.split("."))
    while len(numbers) > 1 and numbers[-1] == 0:  # 1.2.0 is 1.2
        numbers = numbers[:-1]
    stage = _PRE[pre] if pre else _FINAL
    if dev is not None and pre is None and post is None:
        stage = -1  # 1.0.dev3 comes before 1.0a1
    development = int(dev) if dev is not None else 1 << 30  # a .dev release comes before
    return numbers, stage, int(pre_number or 0), int(post or 0), development


@dataclass(frozen=True)
class UpdateCheck:
    installed: str  # this app's version
    current: str  # the release HQ names as current
    server_url: str

    @property
    def newer_available(self) -> bool:
        mine, theirs = version_key(self.installed), version_key(self.current)
        return mine is not None and theirs is not None and theirs > mine


def check_for_update(
    server_url: str,
    *,
    installed: str = __version__,
    transport: httpx.BaseTransport | None = None,
) -> UpdateCheck:
    """Ask HQ at ``server_url`` which app release is current. Raises SyncError with a sentence
    when HQ cannot be reached or its answer names no version."""
    with HqClient(server_url, transport=transport) as client:
        answer: dict[str, Any] = client.health()
    current = answer.get("current_app_version") if isinstance(answer, dict) else None
    if not isinstance(current, str) or version_key(current) is None:
        raise SyncError(
            msg(
                "HQ at {server_url} does not say which release of the app is current; its "
                "administrator can upgrade it (docs/hq-deployment.md).",
                server_url=client.server_url,
            )
        )
    return UpdateCheck(installed=installed, current=current.strip(), server_url=client.server_url)
