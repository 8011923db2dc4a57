"""Schema versions: what the file has, what this app knows, and the upgrade between them.

Which revisions exist is read straight from the migration files, so that opening an up-to-date
database (every start of the app and every command) does not pay for importing Alembic; Alembic
itself is loaded only to run an upgrade.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*(.+)$", re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def _graph() -> dict[str, str | None]:
    """revision -> the revision it follows, from the files in versions/."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        down = found.get("down_revision", "None").strip()
        graph[found["revision"].strip().strip("'\"")] = (
            None if down == "None" else down.strip("'\"")
        )
    return graph


def known_revisions() -> frozenset[str]:
    return frozenset(_graph())


def head_revision() -> str:
    graph = _graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one line, found heads {sorted(heads)}")
    return heads.pop()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Bring the schema on ``connection`` to ``target`` inside the caller's transaction."""
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)
