"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 22:46:40.335469
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "events",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("ends_at", sa.String(length=32), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=True),
        sa.Column("attendance", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "organizations",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("sci_member_number", sa.String(length=40), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_row_id"), ["row_id"], unique=False)

    op.create_table(
        "partnerships",
        sa.Column("city_name", sa.String(length=200), nullable=False),
        sa.Column("city_name_local", sa.String(length=200), nullable=True),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("signed_on", sa.String(length=10), nullable=True),
        sa.Column("focus_areas", sa.JSON(), nullable=False),
        sa.Column("committee", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnerships")),
    )
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnerships_city_name"), ["city_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_partnerships_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_partnerships_status"), ["status"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("last_hlc", sa.String(length=24), nullable=False),
        sa.Column("server_url", sa.String(length=500), nullable=True),
        sa.Column("pull_cursor", sa.Integer(), nullable=False),
        sa.Column("last_synced_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "volunteers",
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=True),
        sa.Column("sort_name", sa.String(length=201), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("committees", sa.JSON(), nullable=False),
        sa.Column("contact_consent", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.String(length=10), nullable=True),
        sa.Column("emergency_contact_name", sa.String(length=200), nullable=True),
        sa.Column("emergency_contact_phone", sa.String(length=20), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteers")),
    )
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_volunteers_active"), ["active"], unique=False)
        batch_op.create_index(batch_op.f("ix_volunteers_email"), ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_volunteers_family_name"), ["family_name"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_volunteers_sort_name"), ["sort_name"], unique=False)

    op.create_table(
        "event_budget_lines",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=24), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("planned_minor", sa.Integer(), nullable=True),
        sa.Column("actual_minor", sa.Integer(), nullable=True),
        sa.Column("in_kind", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_budget_lines_event_id_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_budget_lines")),
    )
    with op.batch_alter_table("event_budget_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_budget_lines_event_id"), ["event_id"], unique=False
        )

    op.create_table(
        "event_partnerships",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_partnerships_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_event_partnerships_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_partnerships")),
    )
    with op.batch_alter_table("event_partnerships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_partnerships_event_id"), ["event_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_partnerships_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "event_shifts",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("ends_at", sa.String(length=32), nullable=False),
        sa.Column("volunteer_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_shifts_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_event_shifts_volunteer_id_volunteers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_shifts")),
    )
    with op.batch_alter_table("event_shifts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_shifts_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_event_shifts_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "exchanges",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("direction", sa.String(length=24), nullable=False),
        sa.Column("program", sa.String(length=24), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("starts_on", sa.String(length=10), nullable=False),
        sa.Column("ends_on", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_exchanges_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchanges")),
    )
    with op.batch_alter_table("exchanges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchanges_direction"), ["direction"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_exchanges_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_exchanges_program"), ["program"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchanges_starts_on"), ["starts_on"], unique=False)

    op.create_table(
        "mous",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("signed_on", sa.String(length=10), nullable=True),
        sa.Column("signed_place", sa.String(length=200), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_mous_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mous")),
    )
    with op.batch_alter_table("mous", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mous_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "partner_contacts",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("organization", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partner_contacts_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_contacts")),
    )
    with op.batch_alter_table("partner_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_contacts_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "partnership_status_changes",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=True),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("changed_on", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_status_changes_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_status_changes")),
    )
    with op.batch_alter_table("partnership_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_status_changes_partnership_id"),
            ["partnership_id"],
            unique=False,
        )

    op.create_table(
        "volunteer_hours",
        sa.Column("volunteer_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("activity", sa.String(length=200), nullable=True),
        sa.Column("worked_on", sa.String(length=10), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_volunteer_hours_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_hours_volunteer_id_volunteers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_hours")),
    )
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_volunteer_hours_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_volunteer_hours_volunteer_id"), ["volunteer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_volunteer_hours_worked_on"), ["worked_on"], unique=False
        )

    op.create_table(
        "volunteer_languages",
        sa.Column("volunteer_id", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("level", sa.String(length=24), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_languages_volunteer_id_volunteers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_languages")),
    )
    with op.batch_alter_table("volunteer_languages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_volunteer_languages_language"), ["language"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_volunteer_languages_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "exchange_costs",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("in_kind", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["exchange_id"], ["exchanges.id"], name=op.f("fk_exchange_costs_exchange_id_exchanges")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_costs")),
    )
    with op.batch_alter_table("exchange_costs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_costs_exchange_id"), ["exchange_id"], unique=False
        )

    op.create_table(
        "exchange_host_families",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("volunteer_id", sa.String(length=36), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchanges.id"],
            name=op.f("fk_exchange_host_families_exchange_id_exchanges"),
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_exchange_host_families_volunteer_id_volunteers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_host_families")),
    )
    with op.batch_alter_table("exchange_host_families", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_host_families_exchange_id"), ["exchange_id"], unique=False
        )

    op.create_table(
        "exchange_itinerary",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("ends_at", sa.String(length=32), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchanges.id"],
            name=op.f("fk_exchange_itinerary_exchange_id_exchanges"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_itinerary")),
    )
    with op.batch_alter_table("exchange_itinerary", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_itinerary_exchange_id"), ["exchange_id"], unique=False
        )

    op.create_table(
        "exchange_participants",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("volunteer_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("is_youth", sa.Boolean(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchanges.id"],
            name=op.f("fk_exchange_participants_exchange_id_exchanges"),
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_exchange_participants_volunteer_id_volunteers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_participants")),
    )
    with op.batch_alter_table("exchange_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_participants_exchange_id"), ["exchange_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exchange_participants_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "mou_scans",
        sa.Column("mou_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["mou_id"], ["mous.id"], name=op.f("fk_mou_scans_mou_id_mous")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mou_scans")),
    )
    with op.batch_alter_table("mou_scans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mou_scans_mou_id"), ["mou_id"], unique=False)

    op.create_table(
        "mou_signatories",
        sa.Column("mou_id", sa.String(length=36), nullable=False),
        sa.Column("side", sa.String(length=24), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_local", sa.String(length=200), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("title_local", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["mou_id"], ["mous.id"], name=op.f("fk_mou_signatories_mou_id_mous")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mou_signatories")),
    )
    with op.batch_alter_table("mou_signatories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mou_signatories_mou_id"), ["mou_id"], unique=False)

    op.create_table(
        "mou_texts",
        sa.Column("mou_id", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["mou_id"], ["mous.id"], name=op.f("fk_mou_texts_mou_id_mous")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mou_texts")),
    )
    with op.batch_alter_table("mou_texts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mou_texts_mou_id"), ["mou_id"], unique=False)

    op.create_table(
        "exchange_stays",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("host_family_id", sa.String(length=36), nullable=False),
        sa.Column("from_date", sa.String(length=10), nullable=False),
        sa.Column("to_date", sa.String(length=10), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["exchange_id"], ["exchanges.id"], name=op.f("fk_exchange_stays_exchange_id_exchanges")
        ),
        sa.ForeignKeyConstraint(
            ["host_family_id"],
            ["exchange_host_families.id"],
            name=op.f("fk_exchange_stays_host_family_id_exchange_host_families"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["exchange_participants.id"],
            name=op.f("fk_exchange_stays_participant_id_exchange_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_stays")),
    )
    with op.batch_alter_table("exchange_stays", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_stays_exchange_id"), ["exchange_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("exchange_stays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_stays_exchange_id"))

    op.drop_table("exchange_stays")
    with op.batch_alter_table("mou_texts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mou_texts_mou_id"))

    op.drop_table("mou_texts")
    with op.batch_alter_table("mou_signatories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mou_signatories_mou_id"))

    op.drop_table("mou_signatories")
    with op.batch_alter_table("mou_scans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mou_scans_mou_id"))

    op.drop_table("mou_scans")
    with op.batch_alter_table("exchange_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_participants_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_participants_exchange_id"))

    op.drop_table("exchange_participants")
    with op.batch_alter_table("exchange_itinerary", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_itinerary_exchange_id"))

    op.drop_table("exchange_itinerary")
    with op.batch_alter_table("exchange_host_families", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_host_families_exchange_id"))

    op.drop_table("exchange_host_families")
    with op.batch_alter_table("exchange_costs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_costs_exchange_id"))

    op.drop_table("exchange_costs")
    with op.batch_alter_table("volunteer_languages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_languages_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_volunteer_languages_language"))

    op.drop_table("volunteer_languages")
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_hours_worked_on"))
        batch_op.drop_index(batch_op.f("ix_volunteer_hours_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_volunteer_hours_event_id"))

    op.drop_table("volunteer_hours")
    with op.batch_alter_table("partnership_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_status_changes_partnership_id"))

    op.drop_table("partnership_status_changes")
    with op.batch_alter_table("partner_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_contacts_partnership_id"))

    op.drop_table("partner_contacts")
    with op.batch_alter_table("mous", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mous_partnership_id"))

    op.drop_table("mous")
    with op.batch_alter_table("exchanges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchanges_starts_on"))
        batch_op.drop_index(batch_op.f("ix_exchanges_program"))
        batch_op.drop_index(batch_op.f("ix_exchanges_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_exchanges_direction"))

    op.drop_table("exchanges")
    with op.batch_alter_table("event_shifts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_shifts_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_event_shifts_event_id"))

    op.drop_table("event_shifts")
    with op.batch_alter_table("event_partnerships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_partnerships_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_event_partnerships_event_id"))

    op.drop_table("event_partnerships")
    with op.batch_alter_table("event_budget_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_budget_lines_event_id"))

    op.drop_table("event_budget_lines")
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteers_sort_name"))
        batch_op.drop_index(batch_op.f("ix_volunteers_family_name"))
        batch_op.drop_index(batch_op.f("ix_volunteers_email"))
        batch_op.drop_index(batch_op.f("ix_volunteers_active"))

    op.drop_table("volunteers")
    op.drop_table("sync_state")
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnerships_status"))
        batch_op.drop_index(batch_op.f("ix_partnerships_country"))
        batch_op.drop_index(batch_op.f("ix_partnerships_city_name"))

    op.drop_table("partnerships")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_row_id"))

    op.drop_table("outbox")
    op.drop_table("organizations")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_starts_at"))
        batch_op.drop_index(batch_op.f("ix_events_kind"))

    op.drop_table("events")
