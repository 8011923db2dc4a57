"""Photo files between the laptops, through HQ. A photo's row syncs with the feed; its file, kept
beside the database under its SHA-256, goes by itself: after each sync the laptop sends the
files HQ lacks and fetches those it lacks, each checked against its hash. A laptop on an HQ that
keeps no files (an older one) syncs as before; the photos show once the files can travel."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select

from sistercommittee.domain import Photo
from sistercommittee.errors import SisterCommitteeError
from sistercommittee.services import stored_files
from sistercommittee.storage.database import Database
from sistercommittee.sync.client import HqClient

log = logging.getLogger(__name__)

BATCH = 500


@dataclass(frozen=True)
class FilesMoved:
    sent: int = 0
    received: int = 0
    problem: str | None = None  # why files did not travel this time


def _hashes(db: Database) -> list[str]:
    with db.read() as session:
        return sorted(set(session.scalars(select(Photo.sha256).where(Photo.deleted_at.is_(None)))))


def exchange(db: Database, client: HqClient) -> FilesMoved:
    """Send what HQ lacks, fetch what this laptop lacks. Never fails the sync it follows."""
    sent = received = 0
    try:
        hashes = _hashes(db)
        # Present is enough here (hashing every photo at every sync would be slow); HQ checks
        # each file it is sent against its hash, and a fetched file is checked before it is kept.
        here = [h for h in hashes if stored_files.stored_path(db.files_dir, h).is_file()]
        present = set(here)
        for start in range(0, len(here), BATCH):
            for sha256 in client.files_missing(here[start : start + BATCH]):
                client.put_file(sha256, stored_files.stored_path(db.files_dir, sha256).read_bytes())
                sent += 1
        for sha256 in (h for h in hashes if h not in present):
            content = client.get_file(sha256)
            stored_files.store_bytes(db.files_dir, content, sha256)
            received += 1
    except (SisterCommitteeError, OSError, ValueError) as error:
        log.warning("photo files did not travel: %s", error)
        return FilesMoved(sent, received, str(error))
    if sent or received:
        log.info("photo files: %d sent, %d received", sent, received)
    return FilesMoved(sent, received)
