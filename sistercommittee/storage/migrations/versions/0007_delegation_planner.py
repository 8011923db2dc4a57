"""delegation planner: participants' and host families' planning details, checklist ticks, visa
lead times, the privacy setting and the record of each purge of minors' data

Revision ID: 0007_delegation_planner
Revises: 0006_certificate_texts
Create Date: 2026-12-01 18:50:00

New tables only: existing rows are untouched, and an exchange without planning details shows its
checklist from the exchange's dates and people alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_delegation_planner"
down_revision = "0006_certificate_texts"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
    ]


def _table(name: str, *columns: sa.Column[object], parent: tuple[str, str] | None = None) -> None:
    constraints: list[sa.schema.SchemaItem] = [sa.PrimaryKeyConstraint("id", name=f"pk_{name}")]
    if parent is not None:
        column, target = parent
        constraints.append(
            sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{name}_{column}_{target}")
        )
    op.create_table(name, *columns, *_synced(), *constraints)
    if parent is not None:
        with op.batch_alter_table(name) as batch:
            batch.create_index(f"ix_{name}_{parent[0]}", [parent[0]], unique=False)


def upgrade() -> None:
    _table(
        "participant_details",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("allergies", sa.Text(), nullable=True),
        sa.Column("medical_notes", sa.Text(), nullable=True),
        sa.Column("passport_number", sa.String(length=40), nullable=True),
        sa.Column("passport_expires_on", sa.String(length=10), nullable=True),
        sa.Column("nationality", sa.String(length=2), nullable=True),
        sa.Column("emergency_contact", sa.String(length=300), nullable=True),
        sa.Column("purged_at", sa.String(length=32), nullable=True),
        parent=("participant_id", "exchange_participants"),
    )
    _table(
        "host_family_details",
        sa.Column("host_family_id", sa.String(length=36), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("pets", sa.String(length=200), nullable=True),
        sa.Column("available_from", sa.String(length=10), nullable=True),
        sa.Column("available_to", sa.String(length=10), nullable=True),
        sa.Column("guest_gender", sa.String(length=20), nullable=False),
        sa.Column("takes_minors", sa.Boolean(), nullable=False),
        parent=("host_family_id", "exchange_host_families"),
    )
    _table(
        "checklist_checks",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("item_key", sa.String(length=120), nullable=False),
        sa.Column("done_on", sa.String(length=10), nullable=True),
        sa.Column("done_by", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("due_on", sa.String(length=10), nullable=True),
        parent=("exchange_id", "exchanges"),
    )
    _table(
        "visa_lead_times",
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("visa_required", sa.Boolean(), nullable=False),
        sa.Column("lead_days", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
    )
    with op.batch_alter_table("visa_lead_times") as batch:
        batch.create_index("ix_visa_lead_times_country", ["country"], unique=False)
    _table(
        "planner_settings",
        sa.Column("purge_after_days", sa.Integer(), nullable=False),
        sa.Column("reminder_days", sa.Integer(), nullable=False),
    )
    _table(
        "minor_data_purges",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("purged_at", sa.String(length=32), nullable=False),
        sa.Column("purged_by", sa.String(length=200), nullable=True),
        sa.Column("minors", sa.Integer(), nullable=False),
        sa.Column("fields_cleared", sa.Integer(), nullable=False),
        sa.Column("records_removed", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.String(length=10), nullable=False),
        parent=("exchange_id", "exchanges"),
    )


def downgrade() -> None:
    for name in (
        "minor_data_purges",
        "planner_settings",
        "visa_lead_times",
        "checklist_checks",
        "host_family_details",
        "participant_details",
    ):
        op.drop_table(name)
