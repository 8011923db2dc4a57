"""purge of minors' data covers their photo consent: what the purge removed, and photos withheld

Revision ID: 0012_purge_photo_consent
Revises: 0011_report_outcomes
Create Date: 2026-12-01 22:00:00

- photos.minors_purged: how many minors recorded in the photo had their record (and consent)
  removed by a purge after the trip; such a photo is no longer published. 0 for every photo.
- minor_data_purges: the counts of what a purge removed, by kind (planning details, consent
  form ticks, minors' photo consent records, photos withheld, unsent stories changed); empty
  for the purges made before, whose totals stay in fields_cleared and records_removed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_purge_photo_consent"
down_revision = "0011_report_outcomes"
branch_labels = None
depends_on = None

_KINDS = (
    "planning_details",
    "consent_forms",
    "photo_consents",
    "photos_withheld",
    "stories_changed",
)


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite adds an optional column (or one with a default) in place.
    op.add_column(
        "photos",
        sa.Column("minors_purged", sa.Integer(), nullable=False, server_default="0"),
    )
    for name in _KINDS:
        op.add_column("minor_data_purges", sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("minor_data_purges") as batch:
        for name in _KINDS:
            batch.drop_column(name)
    with op.batch_alter_table("photos") as batch:
        batch.drop_column("minors_purged")
