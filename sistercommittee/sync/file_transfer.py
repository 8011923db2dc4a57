"""Stored files between the laptops, through HQ: photos and the scans of signed MOUs.

A photo's or a scan's row syncs with the feed; its file, kept beside the database under its
SHA-256 (services/stored_files.py), goes by itself: after each sync the laptop sends the files HQ
lacks and fetches those it lacks, each checked against its hash. A file that is still missing when
someone opens it (HQ was unreachable at the last sync, or the laptop that attached it synced
since) is fetched then, on demand (sync/file_fetch.py). A laptop on an HQ that keeps no files (an
older one) syncs as before; the files show once they can travel.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select

from sistercommittee.domain import MouScan, Photo
from sistercommittee.errors import SisterCommitteeError
from sistercommittee.messages import msg
from sistercommittee.services import stored_files
from sistercommittee.storage.database import Database
from sistercommittee.sync.client import HqClient
from sistercommittee.sync.errors import SyncError

log = logging.getLogger(__name__)

BATCH = 500
# Kinds of rows whose files travel: each has a ``sha256`` and a ``deleted_at`` column.
FILE_ROWS = (Photo, MouScan)


@dataclass(frozen=True)
class FilesMoved:
    sent: int = 0
    received: int = 0
    problem: str | None = None  # why files did not travel this time


def _hashes(db: Database) -> list[str]:
    """The files of every live photo and scan (a deleted one's file is not fetched)."""
    found: set[str] = set()
    with db.read() as session:
        for model in FILE_ROWS:
            found.update(session.scalars(select(model.sha256).where(model.deleted_at.is_(None))))
    return sorted(found)


def exchange(db: Database, client: HqClient) -> FilesMoved:
    """Send what HQ lacks, fetch what this laptop lacks. Never fails the sync it follows.

    A file HQ refuses (its content no longer matches its hash) or sends wrong is passed over and
    told; one HQ does not have yet (the laptop that added it has not sent it) waits for a later
    sync; a lost connection ends the exchange, to be taken up at the next sync."""
    sent = received = 0
    refused: list[str] = []
    try:
        hashes = _hashes(db)
        # Present is enough here (hashing every file at every sync would be slow); HQ checks
        # each file it is sent against its hash, and a fetched file is checked before it is kept.
        here = [h for h in hashes if stored_files.stored_path(db.files_dir, h).is_file()]
        present = set(here)
        for start in range(0, len(here), BATCH):
            for sha256 in client.files_missing(here[start : start + BATCH]):
                content = stored_files.stored_path(db.files_dir, sha256).read_bytes()
                try:
                    client.put_file(sha256, content)
                except SyncError as error:
                    if error.status not in (409, 413):
                        raise
                    refused.append(error.message)
                    continue
                sent += 1
        for sha256 in (h for h in hashes if h not in present):
            try:
                stored_files.store_bytes(db.files_dir, client.get_file(sha256), sha256)
            except SyncError as error:
                if error.status != 404:
                    raise
                continue  # not at HQ yet
            except ValueError:
                refused.append(msg("a file HQ sent is not what its SHA-256 names"))
                continue
            received += 1
    except (SisterCommitteeError, OSError) as error:
        log.warning("stored files did not travel: %s", error)
        reason = (
            error.message
            if isinstance(error, SisterCommitteeError)
            else error.strerror or type(error).__name__
        )
        return FilesMoved(
            sent,
            received,
            msg(
                "Some photos and MOU scans did not travel between the laptops this time; they "
                "will at the next sync ({reason}).",
                reason=reason,
            ),
        )
    if sent or received:
        log.info("stored files: %d sent, %d received", sent, received)
    if refused:
        log.warning("stored files refused: %s", "; ".join(refused))
        problem = msg(
            "A photo or MOU scan could not travel between the laptops ({reason}). Add it again "
            "on the laptop where it opens.",
            reason=refused[0],
        )
        return FilesMoved(sent, received, problem)
    return FilesMoved(sent, received)

