"""HQ's own schema: its migrations give exactly the tables the models declare."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sistercommittee.hq.database import HqDatabase, head_revision
from sistercommittee.hq.models import HqBase


def test_migrations_match_the_models_on_sqlite(hq_db):
    with hq_db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": "hq_alembic_version"}
        )
        assert compare_metadata(context, HqBase.metadata) == []
        assert context.get_current_revision() == head_revision()


def test_upgrade_twice_is_harmless(tmp_path):
    db = HqDatabase(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    db.upgrade()
    db.upgrade()
    assert db.is_current()
    db.dispose()
