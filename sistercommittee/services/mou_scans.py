"""Scans of a signed MOU: checked when attached (a PDF or image that is what its name says, at
most 50 MB), kept beside the database by their SHA-256 (services/stored_files.py, as photos are),
and checked against that hash whenever they are opened.

The same file attached twice is kept once. Deleting a scan only tombstones its row; the file
stays, because undo and the other laptops may still need it. The file travels between laptops
through HQ after each sync (sync/file_transfer.py), like a photo's.
"""

from __future__ import annotations

import mimetypes
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Mou, MouScan
from sistercommittee.errors import StorageError, ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import bulk, rows, stored_files
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.mou_lookups import delete_part, live_mou, mou_of, restore_part
from sistercommittee.storage.database import Database

MAX_SCAN_BYTES = 50 * 1024 * 1024

# What a scan may be, by media type: the extensions people use and the bytes such a file starts
# with (checked, so that a document renamed to .pdf is caught when it is attached, not when HQ
# or the certificate printer fails to open it).
SCAN_TYPES: dict[str, str] = {
    "application/pdf": "PDF",
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/tiff": "TIFF",
    "image/webp": "WebP",
}


def _content_matches(media_type: str, head: bytes) -> bool:
    if media_type == "application/pdf":
        return b"%PDF-" in head[:1024]  # some scanners put a few bytes before the header
    if media_type == "image/png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if media_type == "image/jpeg":
        return head.startswith(b"\xff\xd8\xff")
    if media_type == "image/tiff":
        return head.startswith((b"II*\x00", b"MM\x00*"))
    if media_type == "image/webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    return False


class ScanFileError(StorageError):
    """A scan's stored file is missing or no longer what was attached."""


class ScanMissingError(ScanFileError):
    """The scan's file is not on this laptop: ``sha256`` names the content to fetch."""

    def __init__(self, message: str, *, file_name: str, sha256: str) -> None:
        super().__init__(message)
        self.file_name = file_name
        self.sha256 = sha256


def _scan_problem(source: Path) -> tuple[str | None, str | None]:
    """(media type, None) for an acceptable scan, or (None, what is wrong with it)."""
    name = source.name
    kinds = "PDF, PNG, JPEG, TIFF or WebP"
    try:
        if not source.exists():
            return None, msg(
                "There is no file at {source}. Check the folder and the file name.",
                source=source,
            )
        if source.is_dir():
            return None, msg("{source} is a folder. Choose the scanned file itself.", source=source)
        size = source.stat().st_size
        media_type, _ = mimetypes.guess_type(name, strict=False)
        if media_type not in SCAN_TYPES:
            return None, (
                msg(
                    "{name} is not a kind of file kept as a scan. Save or scan the MOU as "
                    "{kinds}.",
                    name=name, kinds=kinds,
                )
            )
        if size == 0:
            return None, msg("{name} is empty. Scan the MOU again.", name=name)
        if size > MAX_SCAN_BYTES:
            return None, (
                msg(
                    "{name} is {megabytes:.1f} MB; a scan can be at most "
                    "{most} MB. Scan at a lower resolution or save it as a "
                    "compressed PDF.",
                    name=name,
                    megabytes=size / 1024 / 1024,
                    most=MAX_SCAN_BYTES // 1024 // 1024,
                )
            )
        with source.open("rb") as handle:
            head = handle.read(1024)
    except PermissionError:
        return None, msg("{name} cannot be read: you have no permission to open it.", name=name)
    except OSError as error:
        return None, msg("{name} cannot be read ({strerror}).", name=name, strerror=error.strerror)
    if not _content_matches(media_type, head):
        return None, (
            msg(
                "{name} is named as a {kind} file, but its content is not "
                "{kind}. Save it again as {kinds}.",
                name=name, kind=SCAN_TYPES[media_type], kinds=kinds,
            )
        )
    return media_type, None


def _display_name(source: Path) -> str:
    """The file's name as shown beside the scan: without control characters (a file name may hold
    them), and shortened to fit the column with its extension kept."""
    name = "".join("?" if unicodedata.category(char) == "Cc" else char for char in source.name)
    if len(name) <= 255:
        return name
    suffix = source.suffix[:16]
    return name[: 255 - len(suffix)] + suffix


def attach_scan(db: Database, mou_id: str, source: Path) -> Changes:
    """Attach a scan of the signed MOU (PDF, PNG, JPEG, TIFF or WebP, at most 50 MB).

    The file is copied into the store before the row is written, so that the database lock is
    not held during the copy; if the row cannot be written, the stored copy is simply unused.
    """
    source = Path(source)
    media_type, problem = _scan_problem(source)
    with db.read() as session:
        live_mou(session, mou_id)
    if problem is not None or media_type is None:
        raise ValidationError.single("source", problem or msg("The file cannot be attached."))
    sha256, size = stored_files.store(db.files_dir, source, MAX_SCAN_BYTES, "scan")
    with db.write() as session:
        mou, _ = live_mou(session, mou_id)
        twin = session.scalar(
            select(MouScan.file_name).where(
                MouScan.mou_id == mou.id, MouScan.sha256 == sha256, MouScan.deleted_at.is_(None)
            )
        )
        if twin is not None:
            raise ValidationError.single(
                "source", msg("This MOU already has this scan (attached as {twin}).", twin=twin)
            )
        scan = MouScan(
            mou_id=mou.id,
            file_name=_display_name(source),
            sha256=sha256,
            media_type=media_type,
            size_bytes=size,
        )
        session.add(scan)
        session.flush()
        return Changes.of(Entity.PARTNERSHIPS, ids=(scan.id, mou.id))


def _get_scan(session: Session, scan_id: str) -> tuple[MouScan, Mou]:
    scan = rows.live(session, MouScan, scan_id, "scan")
    return scan, mou_of(session, scan, "scan")


def scan_file(db: Database, scan_id: str) -> Path:
    """The stored file of a scan, after checking it is still exactly what was attached.

    Raises ScanMissingError when the file is not on this laptop (attached on another one and
    not fetched yet, or lost): the sync can fetch it from HQ (sync/file_transfer.py)."""
    with db.read() as session:
        scan, _ = _get_scan(session, scan_id)
        file_name, sha256 = scan.file_name, scan.sha256
    path = stored_files.stored_path(db.files_dir, sha256)
    if not path.is_file():
        raise ScanMissingError(
            msg(
                "The stored copy of {file_name} is missing (it should be {path}). Restore the "
                "folder {name} from a backup, or attach the scan again.",
                file_name=file_name, path=path, name=db.files_dir.name,
            ),
            file_name=file_name,
            sha256=sha256,
        )
    try:
        actual = stored_files.hash_file(path)
    except OSError as error:
        raise ScanFileError(
            msg(
                "The stored copy of {file_name} cannot be read ({strerror}).",
                file_name=file_name, strerror=error.strerror,
            )
        ) from error
    if actual != sha256:
        raise ScanFileError(
            msg(
                "The stored copy of {file_name} was changed after it was attached, so it is no "
                "longer the signed document. Restore it from a backup, or attach the scan "
                "again.",
                file_name=file_name,
            )
        )
    return path


def delete_scan(db: Database, scan_id: str) -> Changes:
    """Remove a scan from the MOU. The stored file is kept for undo and for the other laptops."""
    return delete_part(db, MouScan, scan_id, "scan")


def restore_scan(db: Database, scan_id: str) -> Changes:
    """Bring back a deleted scan (the undo of a delete)."""
    return restore_part(db, MouScan, scan_id, "scan")


def delete_scans(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several scans as one action: all of them, or none."""
    return bulk.each(db, delete_scan, ids, "scan")


def restore_scans(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several scans (the undo of delete_scans): all of them, or none."""
    return bulk.each(db, restore_scan, ids, "scan")
