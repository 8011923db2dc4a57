"""photos of events and exchanges, who is pictured and their consent, and stories

Revision ID: 0010_photos_stories
Revises: 0009_agenda_reviews
Create Date: 2026-12-01 19:00:00

Three new synced tables; nothing existing changes. A photo belongs to an event or an exchange
(one of the two), its file is stored beside the database under its SHA-256 as MOU scans are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_photos_stories"
down_revision = "0009_agenda_reviews"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("exchange_id", sa.String(length=36), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("taken_on", sa.String(length=10), nullable=True),
        sa.Column("credit", sa.String(length=200), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_photos_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["exchange_id"], ["exchanges.id"], name=op.f("fk_photos_exchange_id_exchanges")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
    )
    with op.batch_alter_table("photos") as batch:
        batch.create_index(batch.f("ix_photos_event_id"), ["event_id"], unique=False)
        batch.create_index(batch.f("ix_photos_exchange_id"), ["exchange_id"], unique=False)

    op.create_table(
        "photo_people",
        sa.Column("photo_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("volunteer_id", sa.String(length=36), nullable=True),
        sa.Column("is_minor", sa.Boolean(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("guardian_name", sa.String(length=200), nullable=True),
        sa.Column("consent_on", sa.String(length=10), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_photo_people_photo_id_photos")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_photo_people_volunteer_id_volunteers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_people")),
    )
    with op.batch_alter_table("photo_people") as batch:
        batch.create_index(batch.f("ix_photo_people_photo_id"), ["photo_id"], unique=False)
        batch.create_index(batch.f("ix_photo_people_volunteer_id"), ["volunteer_id"], unique=False)

    op.create_table(
        "stories",
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("exchange_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("photo_ids", sa.JSON(), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_stories_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["exchange_id"], ["exchanges.id"], name=op.f("fk_stories_exchange_id_exchanges")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
    )
    with op.batch_alter_table("stories") as batch:
        batch.create_index(batch.f("ix_stories_event_id"), ["event_id"], unique=False)
        batch.create_index(batch.f("ix_stories_exchange_id"), ["exchange_id"], unique=False)


def downgrade() -> None:
    op.drop_table("stories")
    op.drop_table("photo_people")
    op.drop_table("photos")
