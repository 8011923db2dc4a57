"""Writing export files: whole or not at all, with errors a volunteer can act on."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sistercommittee.errors import SisterCommitteeError
from sistercommittee.messages import msg


class ExportFileError(SisterCommitteeError):
    """The export file cannot be written where the user asked."""


def current_umask() -> int:
    """The process's file-creation mask (read without changing it where the system tells it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it for a moment
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    """The permissions a saved file gets: those of the file it replaces, else what the user's
    umask gives a new file, as any program that saves a document does (a temporary file alone
    would be 0600, readable by nobody else even where the user wants it shared)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it,
    so that a failure never leaves a half-written file in place of a good one."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFileError(msg(
            "The folder {folder} does not exist; choose another place.",
            folder=folder,
        ))
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temporary, _mode_for(path))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ExportFileError(msg(
            "{path} cannot be written: {problem}.",
            path=path, problem=error.strerror or error,
        )) from error
    return path


def write_text(path: Path, text: str) -> Path:
    return write_bytes(path, text.encode("utf-8"))
