"""sync healing: acknowledged changes kept for re-sending, merged clocks per device, HQ checkpoint

Revision ID: 0005_sync_healing
Revises: 0004
Create Date: 2026-12-01 15:40:00

A laptop that finds HQ restored from an older backup sends again what HQ lost (``sync_sent``) and
skips what it merged already (``sync_seen_devices``). Changes acknowledged before this revision
are not in ``sync_sent``; nothing else changes for existing databases.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_sync_healing"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_sent",
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("bases", sa.JSON(), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("hlc", name=op.f("pk_sync_sent")),
    )
    op.create_index(op.f("ix_sync_sent_sent_at"), "sync_sent", ["sent_at"], unique=False)
    op.create_table(
        "sync_seen_devices",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("last_hlc", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_seen_devices")),
    )
    op.create_table(
        "sync_hq_checkpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.String(length=36), nullable=True),
        sa.Column("acked_hlc", sa.String(length=24), nullable=True),
        sa.Column("healed_at", sa.String(length=32), nullable=True),
        sa.Column("heal_note", sa.Text(), nullable=True),
        sa.Column("checked_at", sa.String(length=32), nullable=True),
        sa.Column("check_position", sa.Integer(), nullable=True),
        sa.Column("check_problem", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_hq_checkpoint")),
    )


def downgrade() -> None:
    op.drop_table("sync_hq_checkpoint")
    op.drop_table("sync_seen_devices")
    op.drop_index(op.f("ix_sync_sent_sent_at"), table_name="sync_sent")
    op.drop_table("sync_sent")
