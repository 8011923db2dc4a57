"""unknown fields: values of fields (and rows of tables) this version does not know, kept aside

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 15:40:00

A laptop with an older schema keeps what newer laptops send of fields it has no column for, so
that it never drops them and fills them in once an upgrade adds the column (sync/unknown.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_unknown_fields",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint(
            "table_name", "row_id", "field", name=op.f("pk_sync_unknown_fields")
        ),
    )
    op.create_index(
        "ix_sync_unknown_fields_table_name_field",
        "sync_unknown_fields",
        ["table_name", "field"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_sync_unknown_fields_table_name_field", table_name="sync_unknown_fields")
    op.drop_table("sync_unknown_fields")
