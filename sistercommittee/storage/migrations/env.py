"""Alembic environment: always run by storage.migrate with an open connection."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy.types import TypeDecorator

from sistercommittee.domain import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through sistercommittee.storage.migrate only")


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Write the app's column types as their plain storage type, so that a migration never
    depends on code that may change after it was written."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    render_item=render_item,
)
context.run_migrations()
