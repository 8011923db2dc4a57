"""Everything a laptop holds that sync decides: for comparing two laptops' databases."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sistercommittee.domain import SYNCED_MODELS

LOCAL = {"updated_at"}  # when this laptop wrote the row: not synced


def content(path: Path) -> dict[str, Any]:
    """Every synced table (every field but the local ``updated_at``), the field clocks, the
    losing edits, the fields of newer versions kept aside, the latest clock merged per laptop."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found: dict[str, Any] = {}
        for model in SYNCED_MODELS:
            table = model.__tablename__  # type: ignore[attr-defined]
            columns = [
                c.name
                for c in model.__table__.columns  # type: ignore[attr-defined]
                if c.name not in LOCAL and not c.info.get("local")  # a laptop's own sort keys
            ]
            select_list = ", ".join(f'"{c}"' for c in columns)
            found[table] = connection.execute(
                f'SELECT {select_list} FROM "{table}" ORDER BY id'
            ).fetchall()
        found["sync_row_clocks"] = [
            (table, row_id, json.loads(clocks))  # the same clocks, in whatever key order
            for table, row_id, clocks in connection.execute(
                "SELECT table_name, row_id, clocks FROM sync_row_clocks ORDER BY table_name, row_id"
            )
        ]
        found["sync_conflicts"] = connection.execute(
            "SELECT table_name, row_id, field, losing_value, losing_clock, reason, resolution "
            "FROM sync_conflicts ORDER BY table_name, row_id, field, losing_clock"
        ).fetchall()
        found["sync_unknown_fields"] = connection.execute(
            "SELECT table_name, row_id, field, value FROM sync_unknown_fields ORDER BY 1, 2, 3"
        ).fetchall()
        found["sync_seen_devices"] = connection.execute(
            "SELECT device_id, last_hlc FROM sync_seen_devices ORDER BY device_id"
        ).fetchall()
        return found
    finally:
        connection.close()


def records(path: Path) -> dict[str, Any]:
    """Only the synced tables and the losing edits (what every laptop must agree on)."""
    found = content(path)
    found.pop("sync_seen_devices")
    return found
