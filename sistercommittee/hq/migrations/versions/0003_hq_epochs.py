"""hq epochs and device checkpoints: a restored or recreated database is told apart

Revision ID: 0003_hq_epochs
Revises: 0002_login_failures
Create Date: 2026-12-01 15:45:00

The first epoch is made here, with a random id: a database created anew (or one upgraded from
0001) starts an epoch of its own. Device checkpoints are filled from the feed already held.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003_hq_epochs"
down_revision = "0002_login_failures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    epochs = op.create_table(
        "hq_epochs",
        sa.Column("epoch", sa.String(length=36), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("epoch", name=op.f("pk_hq_epochs")),
        sa.UniqueConstraint("ordinal", name=op.f("uq_hq_epochs_ordinal")),
    )
    op.create_table(
        "hq_epoch_positions",
        sa.Column("epoch", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["epoch"],
            ["hq_epochs.epoch"],
            name=op.f("fk_hq_epoch_positions_epoch_hq_epochs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_hq_epoch_positions_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("epoch", "organization_id", name=op.f("pk_hq_epoch_positions")),
    )
    op.create_table(
        "device_checkpoints",
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("last_hlc", sa.String(length=24), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_device_checkpoints_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organization_id", "device_id", name=op.f("pk_device_checkpoints")),
    )
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    op.bulk_insert(
        epochs, [{"epoch": str(uuid.uuid4()), "ordinal": 1, "reason": "created", "started_at": now}]
    )
    op.execute(
        sa.text(
            "INSERT INTO device_checkpoints "
            "(organization_id, device_id, last_hlc, last_seq, updated_at) "
            "SELECT organization_id, device_id, max(hlc), max(seq), :now FROM changes "
            "GROUP BY organization_id, device_id"
        ).bindparams(now=now)
    )


def downgrade() -> None:
    op.drop_table("device_checkpoints")
    op.drop_table("hq_epoch_positions")
    op.drop_table("hq_epochs")
