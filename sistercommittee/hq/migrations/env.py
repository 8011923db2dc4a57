"""Alembic environment of HQ's schema (separate from the laptops'): run by hq.database only."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy.types import TypeDecorator

from sistercommittee.hq.database import VERSION_TABLE
from sistercommittee.hq.models import HqBase

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("HQ migrations run through sistercommittee.hq.database only")


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Column types as their plain storage type, so a migration never depends on later code."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


context.configure(
    connection=connection,
    target_metadata=HqBase.metadata,
    render_item=render_item,
    version_table=VERSION_TABLE,
)
context.run_migrations()
