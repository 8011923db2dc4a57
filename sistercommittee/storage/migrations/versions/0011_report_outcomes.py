"""report outcomes: what the annual report for HQ counts and the invitation letter says

Revision ID: 0011_report_outcomes
Revises: 0010_photos_stories
Create Date: 2026-12-01 19:00:00

- events and exchanges: economic-development outcomes (trade mission, agreements signed,
  investment and its currency, jobs created); events also the youth among the attendance;
- exchanges: who pays the visitors' travel and stay (the passport number is among the
  participant's planning details, 0007_delegation_planner);
- exchange_rates: US dollars for one unit of a currency, entered per year, for the report's
  dollar total.

Every new column is optional or false, so existing rows read as "not recorded".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_report_outcomes"
down_revision = "0010_photos_stories"
branch_labels = None
depends_on = None

_OUTCOMES = (
    "trade_mission",
    "agreements_signed",
    "investment_minor",
    "investment_currency",
    "jobs_created",
)


def _outcome_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("trade_mission", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("agreements_signed", sa.Integer(), nullable=True),
        sa.Column("investment_minor", sa.Integer(), nullable=True),
        sa.Column("investment_currency", sa.String(length=3), nullable=True),
        sa.Column("jobs_created", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite adds an optional column (or one with a default) in place, without
    # copying the table.
    op.add_column("events", sa.Column("youth_attendance", sa.Integer(), nullable=True))
    for column in _outcome_columns():
        op.add_column("events", column)
    op.add_column("exchanges", sa.Column("travel_paid_by", sa.String(length=24), nullable=True))
    op.add_column("exchanges", sa.Column("stay_paid_by", sa.String(length=24), nullable=True))
    for column in _outcome_columns():
        op.add_column("exchanges", column)
    op.create_table(
        "exchange_rates",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("usd_per_unit", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
    )
    with op.batch_alter_table("exchange_rates") as batch:
        batch.create_index(batch.f("ix_exchange_rates_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exchange_rates") as batch:
        batch.drop_index(batch.f("ix_exchange_rates_year"))
    op.drop_table("exchange_rates")
    with op.batch_alter_table("exchanges") as batch:
        for name in (*_OUTCOMES, "stay_paid_by", "travel_paid_by"):
            batch.drop_column(name)
    with op.batch_alter_table("events") as batch:
        for name in (*_OUTCOMES, "youth_attendance"):
            batch.drop_column(name)
