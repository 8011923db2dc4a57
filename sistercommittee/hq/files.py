"""Stored files at HQ (photos, MOU scans), per organization, by SHA-256: sent once by the laptop
that added the file, fetched by the others. The content is checked against its hash before it is
kept."""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import insert, select

from sistercommittee.domain.base import utcnow
from sistercommittee.hq.caller import Caller, HqError
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import HqFile
from sistercommittee.messages import msg

MAX_FILE_BYTES = 50 * 1024 * 1024  # a MOU scan's limit on the laptop (a photo's is 40 MB)
MAX_ASKED = 1000
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _check_hash(sha256: str) -> None:
    if not SHA256.match(sha256):
        raise HqError(422, msg("A file is named by its SHA-256: 64 lower-case hex digits."))


def missing(db: HqDatabase, caller: Caller, hashes: list[str]) -> list[str]:
    """Of ``hashes``, those HQ does not hold for the caller's organization."""
    if len(hashes) > MAX_ASKED:
        raise HqError(422, msg("Ask about at most {most} files at a time.", most=MAX_ASKED))
    for sha256 in hashes:
        _check_hash(sha256)
    if not hashes:
        return []
    with db.read() as connection:
        held = set(
            connection.scalars(
                select(HqFile.sha256).where(
                    HqFile.organization_id == caller.organization_id, HqFile.sha256.in_(hashes)
                )
            )
        )
    return [sha256 for sha256 in dict.fromkeys(hashes) if sha256 not in held]


def put_file(db: HqDatabase, caller: Caller, sha256: str, content: bytes) -> bool:
    """Keep a file; True when it is new. The same content again changes nothing."""
    _check_hash(sha256)
    if not caller.can_write:
        raise HqError(403, msg("Your HQ account is read-only, so files cannot be sent."))
    # 409: the request is well formed, but its content conflicts with the name it is sent under.
    if not content:
        raise HqError(409, msg("The file is empty."))
    if len(content) > MAX_FILE_BYTES:
        raise HqError(413, msg("The file is larger than 50 MB."))
    if hashlib.sha256(content).hexdigest() != sha256:
        raise HqError(409, msg("The file's content does not match its SHA-256."))
    with db.write() as connection:
        held = connection.scalar(
            select(HqFile.sha256).where(
                HqFile.organization_id == caller.organization_id, HqFile.sha256 == sha256
            )
        )
        if held is not None:
            return False
        connection.execute(
            insert(HqFile).values(
                organization_id=caller.organization_id,
                sha256=sha256,
                size=len(content),
                content=content,
                uploaded_by=caller.email,
                uploaded_at=utcnow(),
            )
        )
    return True


def get_file(db: HqDatabase, caller: Caller, sha256: str) -> bytes:
    _check_hash(sha256)
    with db.read() as connection:
        content = connection.scalar(
            select(HqFile.content).where(
                HqFile.organization_id == caller.organization_id, HqFile.sha256 == sha256
            )
        )
    if content is None:
        raise HqError(404, msg("HQ has no such file for your organization."))
    return bytes(content)
