"""directory listing: whether the committee's partnerships appear in HQ's directory, and the
public contact shown beside them

Revision ID: 0008_directory_listing
Revises: 0007_delegation_planner
Create Date: 2026-12-01 18:45:00

The organization's row syncs to HQ, which lists the partnerships of members that opted in. Both
columns start as "not listed" and empty: no committee appears before it chooses to.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_directory_listing"
down_revision = "0007_delegation_planner"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "organizations",
        sa.Column("directory_listed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "organizations", sa.Column("public_contact", sa.String(length=254), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("organizations") as batch:
        batch.drop_column("public_contact")
        batch.drop_column("directory_listed")
