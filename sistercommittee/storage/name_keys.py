"""The volunteers' sort keys, kept in the collation of the user's language.

The volunteer list is paged in SQL over thousands of people, so its name order must come from an
index: each volunteer row holds ``name_key`` and ``family_key`` (sistercommittee.names), bytes
whose byte order is the language's alphabetical order. They are this laptop's own (never synced:
another laptop may sort in another language) and are made here, in one place, for every way a
name gets written:

- every write transaction, just before it commits, makes the keys of the live volunteers that have
  none: new rows (added in the app, imported, received from another laptop, restored from a
  snapshot) and rows whose name changed (a trigger of migration 0014 empties the keys of a row
  whose name or reading changed without them, including the merge's plain-SQL updates);
- a snapshot's load (sync/snapshot.py) makes the keys of its volunteers as it writes their rows
  (``keys_of``), so that its commit finds none missing and does not write them a second time;
- ``use_collation`` (when the app opens the database, in the user's language) makes all keys
  again when the collation or the key version recorded in ``name_collation`` differs.

A write that touched no volunteer pays one index lookup for it (5 µs, on the partial index of
``name_key`` over live volunteers, measured at scale 100).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from sistercommittee.collation import ROOT, sort_key, stamp
from sistercommittee.names import person_keys

log = logging.getLogger(__name__)

WRITES = "writes"  # session.info: the session belongs to a write transaction
_CHUNK = 500
NAME_COLUMNS = ("given_name", "family_name", "name_reading")  # what the keys are made of
KEY_COLUMNS = ("name_key", "family_key")


def stored_collation(session: Session) -> str:
    """The collation of the stored keys ("" when none was chosen yet)."""
    found = session.connection().exec_driver_sql(
        "SELECT collation FROM name_collation WHERE id = 1"
    ).scalar()
    return str(found or "")


def _collation_of(recorded: str) -> str:
    return recorded.partition("@")[0] or ROOT


def current_collation(session: Session) -> str:
    """The collation names sort in on this database ("ja"; the root order when none was
    chosen), for lists sorted in Python or through ``collation_function``."""
    return _collation_of(stored_collation(session))


def collation_function(session: Session) -> None:
    """Register ``sc_collation_key(text)`` on the session's connection: the sort key of a text
    in the database's collation, for ordering short tables (partnerships) in SQL."""
    collation = current_collation(session)
    raw: Any = session.connection().connection.dbapi_connection
    raw.create_function(
        "sc_collation_key",
        1,
        lambda text: None if text is None else sort_key(collation, text),
        deterministic=True,
    )


def keys_of(
    collation: str, given: str | None, family: str | None, reading: str | None
) -> tuple[bytes, bytes]:
    """A volunteer's (name_key, family_key) in ``collation``, from the NAME_COLUMNS' values:
    for a writer that makes rows with plain SQL and their keys with them (a snapshot's load)."""
    return person_keys(collation, given or "", family, reading)


def fill_missing(session: Session) -> int:
    """Make the keys of live volunteers that have none; returns how many."""
    connection = session.connection()
    rows = connection.exec_driver_sql(
        "SELECT id, given_name, family_name, name_reading FROM volunteers "
        "WHERE name_key IS NULL AND deleted_at IS NULL"
    ).all()
    if not rows:
        return 0
    collation = _collation_of(stored_collation(session))
    updates = []
    for row_id, given, family, reading in rows:
        updates.append((*keys_of(collation, given, family, reading), row_id))
    for start in range(0, len(updates), _CHUNK):
        connection.exec_driver_sql(
            "UPDATE volunteers SET name_key = ?, family_key = ? WHERE id = ?",
            updates[start : start + _CHUNK],
        )
    return len(updates)


def set_collation(session: Session, collation: str) -> bool:
    """Record ``collation`` for the stored keys; when it differs from what they were made in,
    empty them all so that they are made again before the commit. Returns whether it differed."""
    wanted = stamp(collation)
    recorded = stored_collation(session)
    if recorded == wanted:
        return False
    connection = session.connection()
    connection.exec_driver_sql(
        "INSERT INTO name_collation (id, collation) VALUES (1, ?) "
        "ON CONFLICT (id) DO UPDATE SET collation = excluded.collation",
        (wanted,),
    )
    connection.exec_driver_sql(
        "UPDATE volunteers SET name_key = NULL, family_key = NULL WHERE name_key IS NOT NULL"
    )
    log.info("name keys made again in %s (were %s)", wanted, recorded or "none")
    return True


def needs_keys(session: Session, collation: str) -> bool:
    """Whether the database's keys are not (all) those of ``collation``: read only."""
    if stored_collation(session) != stamp(collation):
        return True
    missing = session.connection().exec_driver_sql(
        "SELECT 1 FROM volunteers WHERE name_key IS NULL AND deleted_at IS NULL LIMIT 1"
    ).first()
    return missing is not None


def _before_commit(session: Session) -> None:
    if not session.info.get(WRITES):
        return
    session.flush()
    made = fill_missing(session)
    if made > 100:
        log.info("name keys made for %d volunteers", made)


def install(session_class: type[Session]) -> None:
    event.listen(session_class, "before_commit", _before_commit)


def use_collation(db: Any, collation: str) -> bool:
    """Sort names in ``collation`` from now on: when the stored keys are of another collation
    (or some are missing), make them again in one write. Returns whether anything was written.
    ``db`` is a storage.database.Database."""
    with db.read() as session:
        if not needs_keys(session, collation):
            return False
    with db.write() as session:
        set_collation(session, collation)
    return True
