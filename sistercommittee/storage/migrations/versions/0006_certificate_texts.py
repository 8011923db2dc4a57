"""certificate texts: the MOU's place of signing and our city's name in the partner's language

Revision ID: 0006_certificate_texts
Revises: 0005_sync_healing
Create Date: 2026-12-01 15:30:00

The certificate prints the place of signing in both languages; it was stored only in English,
so the partner's column read "Takayama City Hallにて署名". Both columns are optional: an MOU
without them prints the date alone in the partner's column, as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_certificate_texts"
down_revision = "0005_sync_healing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("mous", sa.Column("signed_place_local", sa.String(length=200), nullable=True))
    op.add_column("mous", sa.Column("home_city_local", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mous") as batch:
        batch.drop_column("home_city_local")
        batch.drop_column("signed_place_local")
