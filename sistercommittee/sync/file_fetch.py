"""Fetching one stored file from HQ when someone opens it and it is not on this laptop: a scan
attached on another laptop after this one's last sync, or one whose fetch failed then. Each file
is checked against its hash before it is kept; what went wrong is told in a sentence."""

from __future__ import annotations

from pathlib import Path

from sistercommittee.errors import StorageError
from sistercommittee.messages import msg
from sistercommittee.services import mou_scans, stored_files
from sistercommittee.storage.database import Database
from sistercommittee.sync.client import HqClient
from sistercommittee.sync.credentials import SecretStore
from sistercommittee.sync.errors import NotSignedInError, SyncError
from sistercommittee.sync.service import _token


class FileNotFetchedError(StorageError):
    """A file that is not on this laptop could not be fetched from HQ; the message says why."""


def fetch(db: Database, store: SecretStore, sha256: str, file_name: str) -> Path:
    """Fetch one missing file from HQ now and keep it: its stored path. Raises a StorageError
    with a sentence saying why when HQ cannot be reached, has not got it, or sends other
    content than its hash names (nothing is kept then)."""
    _, server_url, token = _token(db, store)  # NotSignedInError: no HQ to ask
    with HqClient(server_url, token) as client:
        try:
            content = client.get_file(sha256)
        except SyncError as error:
            if error.status == 404:
                raise FileNotFetchedError(
                    msg(
                        "{file_name} is not on this laptop, and HQ does not have it yet either: "
                        "sync the laptop it was attached on, then open it again.",
                        file_name=file_name,
                    )
                ) from error
            raise FileNotFetchedError(
                msg(
                    "{file_name} is not on this laptop yet, and HQ could not send it: "
                    "{problem} Open it again once HQ can be reached.",
                    file_name=file_name,
                    problem=error.message,
                )
            ) from error
    try:
        stored_files.store_bytes(db.files_dir, content, sha256)
    except ValueError as error:
        raise FileNotFetchedError(
            msg(
                "The copy of {file_name} that HQ sent is not the file that was attached (its "
                "content does not match). Nothing was kept; attach it again on the laptop that "
                "has it.",
                file_name=file_name,
            )
        ) from error
    return stored_files.stored_path(db.files_dir, sha256)


def scan_path(db: Database, store: SecretStore, scan_id: str) -> Path:
    """The stored file of a scan, fetched from HQ first when it is not on this laptop yet (a
    laptop never signed in to HQ gets the sentence about restoring it from a backup)."""
    try:
        return mou_scans.scan_file(db, scan_id)
    except mou_scans.ScanMissingError as missing:
        try:
            fetch(db, store, missing.sha256, missing.file_name)
        except NotSignedInError:
            raise missing from None
    return mou_scans.scan_file(db, scan_id)
