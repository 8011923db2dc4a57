"""sync merge bookkeeping: per-field clocks, bases of pending changes, conflicts, HQ account

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 23:02:34.693969
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("organization_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("signed_in_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_account")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("losing_value", sa.JSON(), nullable=True),
        sa.Column("losing_clock", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("detected_at", sa.String(length=32), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolution", sa.String(length=24), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint(
            "table_name",
            "row_id",
            "field",
            "losing_clock",
            name=op.f("uq_sync_conflicts_table_name_row_id_field_losing_clock"),
        ),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_conflicts_resolved_at"), ["resolved_at"], unique=False
        )

    op.create_table(
        "sync_outbox_bases",
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("bases", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("hlc", name=op.f("pk_sync_outbox_bases")),
    )
    op.create_table(
        "sync_row_clocks",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_row_clocks")),
    )


def downgrade() -> None:
    op.drop_table("sync_row_clocks")
    op.drop_table("sync_outbox_bases")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_resolved_at"))

    op.drop_table("sync_conflicts")
    op.drop_table("sync_account")
