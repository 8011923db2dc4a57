"""Writing export files: whole or not at all, with errors a volunteer can act on."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sistercommittee.errors import SisterCommitteeError


class ExportFileError(SisterCommitteeError):
    """The export file cannot be written where the user asked."""


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it,
    so that a failure never leaves a half-written file in place of a good one."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFileError(f"The folder {folder} does not exist; choose another place.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ExportFileError(f"{path} cannot be written: {error.strerror or error}.") from error
    return path


def write_text(path: Path, text: str) -> Path:
    return write_bytes(path, text.encode("utf-8"))
