"""agenda and reviews: self-logged hours wait for approval, with an audit of the decisions; what
the partnership health view flags (a signatory who left office, a partner contact not answering);
the partner city's own dates to mark; reports sent to HQ

Revision ID: 0009_agenda_reviews
Revises: 0008_directory_listing
Create Date: 2026-12-01 18:45:00

Hours already stored were entered by the committee and keep counting: they are "approved" and not
self-logged. The new columns are optional, so a record written by an older version stays valid.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_agenda_reviews"
down_revision = "0008_directory_listing"
branch_labels = None
depends_on = None

def _stamps() -> tuple[sa.Column[str], ...]:
    """The columns every synced row carries (new objects for each table)."""
    return (
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
    )


def upgrade() -> None:
    with op.batch_alter_table("volunteer_hours") as batch:
        batch.add_column(
            sa.Column("self_logged", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("status", sa.String(length=24), nullable=False, server_default="approved")
        )
        batch.create_index("ix_volunteer_hours_status", ["status"], unique=False)
    op.create_table(
        "volunteer_hours_reviews",
        sa.Column("hours_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=24), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("reviewed_at", sa.String(length=32), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["hours_id"],
            ["volunteer_hours.id"],
            name="fk_volunteer_hours_reviews_hours_id_volunteer_hours",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_volunteer_hours_reviews"),
    )
    op.create_index("ix_volunteer_hours_reviews_hours_id", "volunteer_hours_reviews", ["hours_id"])
    op.create_table(
        "reports_sent",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="pk_reports_sent"),
    )
    op.create_index("ix_reports_sent_year", "reports_sent", ["year"])
    op.add_column(
        "partner_contacts", sa.Column("awaiting_reply_since", sa.String(length=10), nullable=True)
    )
    op.add_column(
        "mou_signatories", sa.Column("left_office_on", sa.String(length=10), nullable=True)
    )
    with op.batch_alter_table("partnerships") as batch:
        batch.add_column(
            sa.Column("marked_dates", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("partnerships") as batch:
        batch.drop_column("marked_dates")
    with op.batch_alter_table("mou_signatories") as batch:
        batch.drop_column("left_office_on")
    with op.batch_alter_table("partner_contacts") as batch:
        batch.drop_column("awaiting_reply_since")
    op.drop_index("ix_reports_sent_year", table_name="reports_sent")
    op.drop_table("reports_sent")
    op.drop_index("ix_volunteer_hours_reviews_hours_id", table_name="volunteer_hours_reviews")
    op.drop_table("volunteer_hours_reviews")
    with op.batch_alter_table("volunteer_hours") as batch:
        batch.drop_index("ix_volunteer_hours_status")
        batch.drop_column("status")
        batch.drop_column("self_logged")
