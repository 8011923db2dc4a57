"""organization industries: what the town lives from, for the partner finder

Revision ID: 0013_organization_industries
Revises: 0012_purge_photo_consent
Create Date: 2026-12-01 22:40:00

- organizations.industries: the committee's own description of its town's main industries
  ("tourism, wine"), optional; it travels to HQ with the organization's row, and the partner
  finder matches it with the committees HQ's directory lists.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_organization_industries"
down_revision = "0012_purge_photo_consent"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("organizations", sa.Column("industries", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organizations") as batch:
        batch.drop_column("industries")
