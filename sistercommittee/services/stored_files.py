"""Files kept beside the database, named by the SHA-256 of their content (in a sub-folder named
by its first two hex digits), as MOU scans are: the same file added twice is kept once, and a
stored file can always be checked against the hash recorded with it."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

from sistercommittee.errors import StorageError, ValidationError
from sistercommittee.messages import msg


def stored_path(files_dir: Path, sha256: str) -> Path:
    return files_dir / sha256[:2] / sha256


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def is_stored(files_dir: Path, sha256: str) -> bool:
    """The file is there and is still exactly the content of that hash."""
    path = stored_path(files_dir, sha256)
    return path.is_file() and hash_file(path) == sha256


def store_bytes(files_dir: Path, content: bytes, sha256: str) -> None:
    """Keep ``content`` received from elsewhere (another laptop through HQ), after checking it is
    what its hash says; written under a temporary name and renamed, never half written."""
    if hashlib.sha256(content).hexdigest() != sha256:
        raise ValueError("the content does not match its hash")
    files_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".incoming-", dir=files_dir)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        target = stored_path(files_dir, sha256)
        target.parent.mkdir(exist_ok=True)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def store(files_dir: Path, source: Path, max_bytes: int, what: str) -> tuple[str, int]:
    """Copy ``source`` into the store: (its SHA-256, its size). Content already there is kept.
    A disk that refuses the copy is a StorageError saying so; nothing is half written."""
    try:
        return _store(files_dir, source, max_bytes, what)
    except OSError as error:
        raise StorageError(
            msg(
                "{name} could not be stored in {files_dir} ({strerror}). Nothing was added.",
                name=source.name, files_dir=files_dir, strerror=error.strerror,
            )
        ) from error


def _store(files_dir: Path, source: Path, max_bytes: int, what: str) -> tuple[str, int]:
    files_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".incoming-", dir=files_dir)
    try:
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                size += len(chunk)
                if size > max_bytes:
                    raise ValidationError.single(
                        "source",
                        msg(
                            "{name} grew beyond {max_bytes_1024_1024} MB while it was being "
                            "copied. Add the {what} again once it is saved.",
                            name=source.name,
                            max_bytes_1024_1024=max_bytes // 1024 // 1024,
                            what=what,
                        ),
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha256 = digest.hexdigest()
        target = stored_path(files_dir, sha256)
        if target.is_file() and hash_file(target) == sha256:
            os.unlink(temporary)
        else:
            target.parent.mkdir(exist_ok=True)
            os.replace(temporary, target)
        return sha256, size
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
