"""name readings: names in the alphabetical order of the user's language, Japanese by reading

Revision ID: 0015_name_readings
Revises: 0014_sync_membership
Create Date: 2026-12-01 22:30:00

- volunteers and exchange_host_families: ``name_reading``, how the name is read (furigana), synced
  like every field;
- volunteers: ``name_key`` and ``family_key``, where the name and the family name sort in the
  user's language (this laptop's own, never synced), with partial indexes over live volunteers
  for the list's pages; they come empty and are made on the first write after the upgrade
  (storage/name_keys.py);
- ``name_collation``: the collation and key version the stored keys were made in;
- a trigger empties a volunteer's keys when a name or reading changes without them (the merge of
  another laptop's changes writes with plain SQL), so that they are made again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_name_readings"
down_revision = "0014_sync_membership"
branch_labels = None
depends_on = None

STALE_KEYS_TRIGGER = """
CREATE TRIGGER volunteers_name_keys_stale
AFTER UPDATE OF given_name, family_name, name_reading ON volunteers
WHEN NEW.name_key IS OLD.name_key AND NEW.name_key IS NOT NULL
BEGIN
    UPDATE volunteers SET name_key = NULL, family_key = NULL WHERE id = NEW.id;
END
"""


def upgrade() -> None:
    op.add_column("volunteers", sa.Column("name_reading", sa.String(length=200), nullable=True))
    op.add_column("volunteers", sa.Column("name_key", sa.LargeBinary(), nullable=True))
    op.add_column("volunteers", sa.Column("family_key", sa.LargeBinary(), nullable=True))
    op.add_column(
        "exchange_host_families",
        sa.Column("name_reading", sa.String(length=200), nullable=True),
    )
    for name in ("name_key", "family_key"):
        op.create_index(
            f"ix_volunteers_live_{name}",
            "volunteers",
            [name, "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )
    op.create_table(
        "name_collation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("collation", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_name_collation")),
    )
    op.execute(STALE_KEYS_TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS volunteers_name_keys_stale")
    op.drop_table("name_collation")
    for name in ("family_key", "name_key"):
        op.drop_index(f"ix_volunteers_live_{name}", table_name="volunteers")
    with op.batch_alter_table("exchange_host_families") as batch:
        batch.drop_column("name_reading")
    with op.batch_alter_table("volunteers") as batch:
        for name in ("family_key", "name_key", "name_reading"):
            batch.drop_column(name)
