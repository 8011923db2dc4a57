"""hq photo files: the photos' files, kept per organization under their SHA-256

Revision ID: 0006_hq_photo_files
Revises: 0005_console_staff
Create Date: 2026-12-01 19:10:00

Laptops sync photo rows through the change feed and the photos' files through this table, so
that a photo added on one laptop shows on the others.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_hq_photo_files"
down_revision = "0005_console_staff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_files",
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded_by", sa.String(length=254), nullable=False),
        sa.Column("uploaded_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_hq_files_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organization_id", "sha256", name=op.f("pk_hq_files")),
    )


def downgrade() -> None:
    op.drop_table("hq_files")
