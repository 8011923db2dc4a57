"""sync membership: the organization's membership standing, as HQ says it in every sync answer

Revision ID: 0014_sync_membership
Revises: 0013_organization_industries
Create Date: 2026-12-01 22:00:00

sync_account keeps the account's role, which HQ now says in every sync answer (checkpoint, push,
pull) instead of only at sign-in, and beside it the organization's membership standing: good,
lapsed or none (no dues recorded at HQ), and the date the dues are paid through. Both are empty
until the next sync with an HQ that says them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_sync_membership"
down_revision = "0013_organization_industries"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sync_account", sa.Column("membership", sa.String(length=16), nullable=True))
    op.add_column("sync_account", sa.Column("dues_paid_through", sa.String(length=10), nullable=True))
    op.add_column("sync_account", sa.Column("role_learned_at", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_account") as batch:
        batch.drop_column("role_learned_at")
        batch.drop_column("dues_paid_through")
        batch.drop_column("membership")
